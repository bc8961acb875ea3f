import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { termTypeIssue } from '../model/parse-part.js';
import { TERM_KINDS } from '../model/term.js';
import { CHANGE_KINDS, type Change, type ChangeKind, type DraftDiff } from './change.js';

/**
 * Checks of a `DraftDiff` or a `Change` passed to a public function (a formatter, a matcher),
 * which may have been built by hand or read back from JSON: a wrong shape is a `DraftdiffError`
 * `INVALID_ARGUMENT` naming the function, the argument and what it got, rather than a
 * `TypeError` deep in a formatter. The diff, each change, the terms on its two sides (the type of
 * every field `TermSchema` gives them, not formats or lengths), and the fields of its provisions that formatters print (`text`, `id`,
 * `number`, `title`); not the provisions' own terms and sub-points, which no formatter reads.
 * Internal: not exported from the package.
 */

/** What the old or new side of a change holds, by kind (`none` and `any` are not checked). */
type SideShape = 'term' | 'provision' | 'provisions' | 'none' | 'any';

const SIDES: { [K in ChangeKind]: [before: SideShape, after: SideShape] } = {
  'draft.changed': ['any', 'any'],
  'provision.added': ['none', 'provision'],
  'provision.removed': ['provision', 'none'],
  'provision.moved': ['provision', 'provision'],
  'provision.renumbered': ['provision', 'provision'],
  'provision.split': ['provision', 'provisions'],
  'provision.merged': ['provisions', 'provision'],
  'provision.retitled': ['provision', 'provision'],
  'provision.reworded': ['provision', 'provision'],
  'term.added': ['none', 'term'],
  'term.removed': ['term', 'none'],
  'term.changed': ['term', 'term'],
};

const KINDS: ReadonlySet<unknown> = new Set(CHANGE_KINDS);
const TERM_KIND_SET: ReadonlySet<unknown> = new Set(TERM_KINDS);

/**
 * A `DraftDiff` (what `diffDrafts` returns): an object with string `from` and `to` and an array
 * of `changes`, each as `readDescribedChange` wants it. `name` is how messages call it (`diff`,
 * `diffs[2]`).
 */
export function readDiff(value: unknown, caller: string, name = 'diff'): DraftDiff {
  if (!isRecord(value)) {
    throw invalid(caller, `${name} must be a DraftDiff (the result of diffDrafts)`, value);
  }
  const { changes } = value;
  if (!Array.isArray(changes)) throw invalid(caller, `${name}.changes must be an array`, changes);
  for (const field of ['from', 'to'] as const) {
    if (typeof value[field] !== 'string') {
      throw invalid(caller, `${name}.${field} must be a string`, value[field]);
    }
  }
  // Indexes, not `forEach`: a hole in a sparse array is a missing change, not nothing.
  for (let index = 0; index < changes.length; index++) {
    readDescribedChange(changes[index], caller, `${name}.changes[${index}]`);
  }
  return value as unknown as DraftDiff;
}

/**
 * A `Change` as matching reads it: an object of a known `kind` whose old and new sides are a
 * term (a string `key`, a known `kind`), a provision (a string `text`) or, for splits and
 * merges, an array of provisions.
 */
export function readChange(value: unknown, caller: string, name = 'change'): Change {
  if (!isRecord(value)) throw invalid(caller, `${name} must be a change object`, value);
  const { kind } = value;
  if (!KINDS.has(kind)) throw invalid(caller, `${name}.kind must be one of CHANGE_KINDS`, kind);
  const [before, after] = SIDES[kind as ChangeKind];
  checkSide(value.before, before, caller, `${name}.before`);
  checkSide(value.after, after, caller, `${name}.after`);
  return value as unknown as Change;
}

/**
 * A `Change` as formatters and `describeChange` read it: `readChange`, and a string `summary`;
 * a reworded provision's `hunks` an array of hunks.
 */
export function readDescribedChange(value: unknown, caller: string, name = 'change'): Change {
  const change = readChange(value, caller, name);
  if (typeof change.summary !== 'string') {
    throw invalid(caller, `${name}.summary must be a string`, change.summary);
  }
  if (change.kind === 'provision.reworded') {
    const { hunks } = change as { hunks: unknown };
    if (!Array.isArray(hunks)) throw invalid(caller, `${name}.hunks must be an array`, hunks);
    for (let index = 0; index < hunks.length; index++) {
      checkHunk(hunks[index], caller, `${name}.hunks[${index}]`);
    }
  }
  return change;
}

/** One hunk of a redline: an object with an `op` of the three and a string `text`. */
export function checkHunk(value: unknown, caller: string, name: string): void {
  if (typeof value !== 'object' || value === null) {
    throw invalid(caller, `${name} must be a hunk { op, text }`, value);
  }
  const { op, text } = value as Record<string, unknown>;
  if (op !== 'equal' && op !== 'insert' && op !== 'delete') {
    throw invalid(caller, `${name}.op must be "equal", "insert" or "delete"`, op);
  }
  if (typeof text !== 'string') throw invalid(caller, `${name}.text must be a string`, text);
}

function checkSide(value: unknown, shape: SideShape, caller: string, name: string): void {
  switch (shape) {
    case 'term':
      checkTerm(value, caller, name);
      return;
    case 'provision':
      checkProvision(value, caller, name);
      return;
    case 'provisions':
      if (!Array.isArray(value)) {
        throw invalid(caller, `${name} must be an array of provisions`, value);
      }
      for (let index = 0; index < value.length; index++) {
        checkProvision(value[index], caller, `${name}[${index}]`);
      }
      return;
    default:
      return;
  }
}

function checkTerm(value: unknown, caller: string, name: string): void {
  if (!isRecord(value)) throw invalid(caller, `${name} must be a term object`, value);
  if (typeof value.key !== 'string')
    throw invalid(caller, `${name}.key must be a string`, value.key);
  if (!TERM_KIND_SET.has(value.kind)) {
    throw invalid(caller, `${name}.kind must be one of TERM_KINDS`, value.kind);
  }
  optionalString(value, 'label', caller, name);
  // The values too, by type (a status needs its `value`, a set its `members`): renderers read
  // them all. Not formats or lengths: a hostile key or label is printed, escaped.
  const issue = termTypeIssue(value);
  if (issue !== undefined) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: ${name} must be a term, but ${issue.path || '(root)'}: ${issue.message}`,
    );
  }
}

function checkProvision(value: unknown, caller: string, name: string): void {
  if (!isRecord(value)) throw invalid(caller, `${name} must be a provision object`, value);
  if (typeof value.text !== 'string') {
    throw invalid(caller, `${name}.text must be a string`, value.text);
  }
  for (const field of ['id', 'number', 'title'] as const)
    optionalString(value, field, caller, name);
}

function optionalString(
  record: Record<string, unknown>,
  field: string,
  caller: string,
  name: string,
): void {
  const value = record[field];
  if (value !== undefined && typeof value !== 'string') {
    throw invalid(caller, `${name}.${field} must be a string when given`, value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `caller: what must be so, got what it is`, the value described in a few words. */
function invalid(caller: string, must: string, got: unknown): DraftdiffError {
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${must}, got ${describeValue(got, 40)}`,
  );
}
