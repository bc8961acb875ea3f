import { describeValue, isArray, readField } from './describe-value.js';

/**
 * The one error model of draftdiff: every public function returns, or throws a
 * `DraftdiffError` (of which `DraftValidationError` is the variant for invalid drafts).
 */

/** Every code a `DraftdiffError` can carry. */
export type DraftdiffErrorCode =
  /** A draft failed validation; the error is a `DraftValidationError` with `issues`. */
  | 'INVALID_DRAFT'
  /** A configured limit (depth, size, count) was exceeded. */
  | 'LIMIT_EXCEEDED'
  /** A JSON Patch operation is malformed or cannot be applied. */
  | 'INVALID_PATCH'
  /** A key such as `__proto__` that could reach an object's prototype. */
  | 'FORBIDDEN_KEY'
  /** Plain text that cannot be imported. */
  | 'INVALID_TEXT'
  /** `basedOn` forms a cycle. */
  | 'LINEAGE_CYCLE'
  /** `basedOn` names a draft that is not in the set. */
  | 'UNKNOWN_PARENT'
  /** Two drafts in one set share an id. */
  | 'DUPLICATE_ID'
  /** An argument that is not what the function accepts (wrong format name, bad option). */
  | 'INVALID_ARGUMENT'
  /** A file could not be read or parsed (CLI). */
  | 'INVALID_INPUT';

/** Options accepted by the `DraftdiffError` constructor. */
export interface DraftdiffErrorOptions {
  /** JSON Pointer of the offending value, when there is one. */
  path?: string;
  /** The file the input came from, when known. */
  file?: string;
  /** The underlying error. */
  cause?: unknown;
}

/** A failure of draftdiff, with a machine-readable `code`. */
export class DraftdiffError extends Error {
  /** What went wrong, as a stable code to switch on. */
  readonly code: DraftdiffErrorCode;
  /** JSON Pointer of the offending value, when there is one. */
  readonly path: string | undefined;
  /** The file the input came from, when known. */
  readonly file: string | undefined;

  constructor(code: DraftdiffErrorCode, message: string, options: DraftdiffErrorOptions = {}) {
    // An error must not fail to be made: arguments of the wrong type are described, not used.
    const cause = readField(options, 'cause');
    const path = readField(options, 'path');
    const file = readField(options, 'file');
    super(
      typeof message === 'string' ? message : describeValue(message),
      cause === undefined ? undefined : { cause },
    );
    this.name = 'DraftdiffError';
    this.code = code;
    this.path = typeof path === 'string' ? path : undefined;
    this.file = typeof file === 'string' ? file : undefined;
  }
}

/** One problem found while validating a draft. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending field: `/provisions/5/terms/0/value`; `""` is the root. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** How many issues the message of a `DraftValidationError` spells out; all are in `issues`. */
const ISSUES_IN_MESSAGE = 5;

/** A draft that does not match `DraftSchema`. */
export class DraftValidationError extends DraftdiffError {
  /** Every problem found, each with the JSON Pointer of the offending field. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options: { file?: string } = {}) {
    const checked = readIssues(issues);
    const shown = checked
      .slice(0, ISSUES_IN_MESSAGE)
      .map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
    const more =
      checked.length > ISSUES_IN_MESSAGE ? ` (and ${checked.length - ISSUES_IN_MESSAGE} more)` : '';
    const given = readField(options, 'file');
    const file = typeof given === 'string' ? given : undefined;
    const where = file === undefined ? '' : `${file}: `;
    super('INVALID_DRAFT', `${where}invalid draft: ${shown.join('; ')}${more}`, {
      path: checked[0]?.path,
      file,
    });
    this.name = 'DraftValidationError';
    this.issues = checked;
  }
}

/** The issues as given when they are issues; anything else is described, never trusted. */
function readIssues(issues: unknown): ValidationIssue[] {
  if (!isArray(issues)) return [];
  let items: unknown[];
  try {
    items = Array.from(issues);
  } catch {
    return [];
  }
  return items.map((issue: unknown) => {
    const path = readField(issue, 'path');
    const message = readField(issue, 'message');
    return {
      path: typeof path === 'string' ? path : '',
      message: typeof message === 'string' ? message : describeValue(message),
    };
  });
}
