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
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DraftdiffError';
    this.code = code;
    this.path = options.path;
    this.file = options.file;
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
    const shown = issues
      .slice(0, ISSUES_IN_MESSAGE)
      .map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
    const more =
      issues.length > ISSUES_IN_MESSAGE ? ` (and ${issues.length - ISSUES_IN_MESSAGE} more)` : '';
    const where = options.file === undefined ? '' : `${options.file}: `;
    super('INVALID_DRAFT', `${where}invalid draft: ${shown.join('; ')}${more}`, {
      path: issues[0]?.path,
      file: options.file,
    });
    this.name = 'DraftValidationError';
    this.issues = issues;
  }
}
