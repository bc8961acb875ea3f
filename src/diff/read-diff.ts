import type * as z from 'zod';
import { describeValue, joinAlternatives, TYPE_NOUNS } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { compileFastCheck } from '../model/fast-parse.js';
import { ProvisionSchema } from '../model/provision.js';
import { TermSchema } from '../model/term.js';
import type { Change, DraftDiff, Hunk } from './change.js';
import { ChangeSchema, DraftDiffSchema, HunkSchema, ProvisionListSchema } from './change-schema.js';

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
  return read(DraftDiffSchema, fastDiff, value, caller, name) as DraftDiff;
}

/** `change` as a `Change`. */
export function readChange(value: unknown, caller: string, name = 'change'): Change {
  return read(ChangeSchema, fastChange, value, caller, name) as Change;
}

/** `value` as one hunk of a redline: an object with an `op` of the three and a string `text`. */
export function checkHunk(value: unknown, caller: string, name: string): Hunk {
  return read(HunkSchema, fastHunk, value, caller, name) as Hunk;
}

// What the schema accepts in full (every diff `diffDrafts` makes) is answered by the walker
// compiled from it, which neither copies nor collects issues: zod's own parse of a large diff
// costs several times the formatting it guards. The rest goes to zod, for the message.
const fastDiff = compileFastCheck(DraftDiffSchema);
const fastChange = compileFastCheck(ChangeSchema);
const fastHunk = compileFastCheck(HunkSchema);

/** The zod issues that say a value does not have its type; the others are left to `parseDraft`. */
const TYPE_ISSUES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_union',
  'invalid_value',
]);

/** What a message says a value of these schemas must be, when it is not even of their type. */
const NOUNS = new Map<unknown, string>([
  [DraftDiffSchema, 'a DraftDiff (the result of diffDrafts)'],
  [ChangeSchema, 'a change object'],
  [TermSchema, 'a term object'],
  [ProvisionSchema, 'a provision object'],
  [ProvisionListSchema, 'an array of provisions'],
  [HunkSchema, 'a hunk { op, text }'],
]);

/** The same for a discriminated union whose discriminator holds no known value. */
const KIND_LISTS = new Map<unknown, string>([
  [ChangeSchema, 'one of CHANGE_KINDS'],
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
      return joinAlternatives(issue.values.map((value) => JSON.stringify(value) ?? String(value)));
    default:
      return undefined;
  }
}

const PARSE_OPTIONS = { reportInput: true, error: mustBe } as const;

function read(
  schema: z.ZodType,
  fast: (value: unknown) => boolean,
  value: unknown,
  caller: string,
  name: string,
): unknown {
  if (fast(value)) return value;
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(value, PARSE_OPTIONS);
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
  if (result.success) return value;
  const issue = result.error.issues.find((found) => TYPE_ISSUES.has(found.code));
  if (issue === undefined) return value;
  // A discriminator with no known value is reported on the object; the value is its field.
  const got =
    issue.code === 'invalid_union' && issue.path.length > 0
      ? readKey(issue.input, issue.path[issue.path.length - 1])
      : issue.input;
  return throwInvalid(caller, `${name}${describeIssuePath(issue.path)}`, issue.message, got);
}

function readKey(record: unknown, key: PropertyKey | undefined): unknown {
  if (typeof record !== 'object' || record === null || key === undefined) return undefined;
  return (record as Record<PropertyKey, unknown>)[key];
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
