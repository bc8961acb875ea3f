import type * as z from 'zod';
import {
  describeValue,
  joinAlternatives,
  readField,
  TYPE_NOUNS,
} from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { compileFastCheck } from '../model/fast-parse.js';
import { ProvisionSchema } from '../model/provision.js';
import { TermSchema } from '../model/term.js';
import type { Change, DraftDiff, Hunk } from './change.js';
import {
  ChangeKindSchema,
  ChangeSchema,
  DraftDiffOutlineSchema,
  DraftDiffSchema,
  HunkSchema,
  ProvisionListSchema,
} from './change-schema.js';

/**
 * Checks of a `DraftDiff`, a `Change` or a hunk passed to a public function (a formatter, a
 * matcher, `rebuildText`), which may have been built by hand or read back from JSON: the value
 * is parsed with its schema (`change-schema.ts`), and a wrong shape is a `DraftdiffError`
 * `INVALID_ARGUMENT` naming the function, the first wrong field and what it holds, rather than
 * a `TypeError` deep in a formatter.
 *
 * Only types count: a field missing or of the wrong type, an unknown kind, a value outside an
 * enum. Formats, lengths and ranges do not (a key that breaks the key pattern, an empty label,
 * an unknown field): formatters print whatever a diff holds, escaped, and a diff built by
 * `diffDrafts` from drafts that `parseDraft` accepted has them right anyway. The value itself is
 * returned, not zod's copy, so nothing is normalised behind the caller's back.
 * Internal: not exported from the package.
 */

/** `diff` as a `DraftDiff` (what `diffDrafts` returns); `name` is how messages call it (`diff`, `diffs[2]`). */
export function readDiff(value: unknown, caller: string, name = 'diff'): DraftDiff {
  assertReads(DIFF, value, caller, name);
  return value;
}

/** `diff` as a `DraftDiff` whose changes are read for their kind only (see `changesOf`). */
export function readDiffOutline(value: unknown, caller: string, name = 'diff'): DraftDiffOutline {
  assertReads(DIFF_OUTLINE, value, caller, name);
  return value;
}

/** `change` as a `Change`. */
export function readChange(value: unknown, caller: string, name = 'change'): Change {
  assertReads(CHANGE, value, caller, name);
  return value;
}

/** `value` as one hunk of a redline: an object with an `op` of the three and a string `text`. */
export function checkHunk(value: unknown, caller: string, name: string): Hunk {
  assertReads(HUNK, value, caller, name);
  return value;
}

/** A diff read by `readDiffOutline`: each change is an object of a known kind, the rest unread. */
export type DraftDiffOutline = z.output<typeof DraftDiffOutlineSchema>;

/** How values of type `T` are read: the schema of `T`, and the check compiled from it. */
interface Reader<T> {
  schema: z.ZodType;
  /**
   * True for what the schema accepts in full (every diff `diffDrafts` makes), answered by a walk
   * that neither copies nor collects issues; false sends the value to zod, for the message.
   */
  fast: (value: unknown) => boolean;
  /** Never set: the type the schema describes (`change-schema.ts` checks that they match). */
  readonly type?: T;
}

function readerOf<T>(schema: z.ZodType): Reader<T> {
  return { schema, fast: compileFastCheck(schema) };
}

const DIFF = readerOf<DraftDiff>(DraftDiffSchema);
const DIFF_OUTLINE = readerOf<DraftDiffOutline>(DraftDiffOutlineSchema);
const CHANGE = readerOf<Change>(ChangeSchema);
const HUNK = readerOf<Hunk>(HunkSchema);

/** The zod issues that say a value does not have its type; the others are left to `parseDraft`. */
const TYPE_ISSUES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_union',
  'invalid_value',
]);

/** What a message says a value of these schemas must be, when it is not even of their type. */
const NOUNS = new Map<unknown, string>([
  [DraftDiffSchema, 'a DraftDiff (the result of diffDrafts)'],
  [DraftDiffOutlineSchema, 'a DraftDiff (the result of diffDrafts)'],
  [ChangeSchema, 'a change object'],
  [ChangeKindSchema, 'a change object'],
  [TermSchema, 'a term object'],
  [ProvisionSchema, 'a provision object'],
  [ProvisionListSchema, 'an array of provisions'],
  [HunkSchema, 'a hunk { op, text }'],
]);

/**
 * The same for a discriminated union whose discriminator holds no known value, and for the
 * kinds of `ChangeKindSchema`: named by their list rather than spelled out.
 */
const KIND_LISTS = new Map<unknown, string>([
  [ChangeSchema, 'one of CHANGE_KINDS'],
  [ChangeKindSchema.shape.kind, 'one of CHANGE_KINDS'],
  [TermSchema, 'one of TERM_KINDS'],
]);

/** zod's error map for these checks: what the value must be, as the message will say it. */
function mustBe(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return NOUNS.get(issue.inst) ?? TYPE_NOUNS[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_union':
      return KIND_LISTS.get(issue.inst) ?? 'one of the types it may have';
    case 'invalid_value':
      return (
        KIND_LISTS.get(issue.inst) ??
        joinAlternatives(issue.values.map((value) => JSON.stringify(value) ?? String(value)))
      );
    default:
      return undefined;
  }
}

const PARSE_OPTIONS = { reportInput: true, error: mustBe } as const;

/**
 * Returns when `value` has the type `reader` reads (its schema finds no type issue); otherwise
 * throws the `DraftdiffError` naming the first wrong field.
 */
function assertReads<T>(
  reader: Reader<T>,
  value: unknown,
  caller: string,
  name: string,
): asserts value is T {
  if (reader.fast(value)) return;
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = reader.schema.safeParse(value, PARSE_OPTIONS);
  } catch (error) {
    // Provisions nest through `items`: a cycle, or nesting deeper than the stack, ends here.
    if (!(error instanceof RangeError)) throw error;
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: ${name} is nested too deeply to read`,
      {
        cause: error,
      },
    );
  }
  if (result.success) return;
  const issue = result.error.issues.find((found) => TYPE_ISSUES.has(found.code));
  if (issue === undefined) return;
  // A discriminator with no known value is reported on the object; the value is its field.
  const got =
    issue.code === 'invalid_union' && issue.path.length > 0
      ? readKey(issue.input, issue.path[issue.path.length - 1])
      : issue.input;
  throwInvalid(caller, `${name}${describeIssuePath(issue.path)}`, issue.message, got);
}

function readKey(record: unknown, key: PropertyKey | undefined): unknown {
  return typeof key === 'string' || typeof key === 'number'
    ? readField(record, String(key))
    : undefined;
}

/** `.changes[3].before.key`: the path as a JavaScript expression would reach it. */
function describeIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  }
  return text;
}

function throwInvalid(caller: string, name: string, must: string, got: unknown): never {
  throw new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${name} must be ${must}, got ${describeValue(got, 40)}`,
  );
}
