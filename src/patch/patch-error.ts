import { readField } from '../internal/describe-value.js';
import {
  DraftdiffError,
  type DraftdiffErrorCode,
  type DraftdiffErrorOptions,
} from '../internal/errors.js';

/** Options accepted by the `PatchError` constructor. */
export interface PatchErrorOptions extends DraftdiffErrorOptions {
  /** Index in the patch of the operation that failed; absent when the patch as a whole is bad. */
  operationIndex?: number;
}

/**
 * A JSON Patch that cannot be applied: a `DraftdiffError` (code `INVALID_PATCH`,
 * `FORBIDDEN_KEY` or `LIMIT_EXCEEDED`) that also says which operation failed. `path` is the
 * failing operation's `path` (or `from`), never the document.
 */
export class PatchError extends DraftdiffError {
  /** Index in the patch of the operation that failed; `undefined` when the patch as a whole is bad. */
  readonly operationIndex: number | undefined;

  constructor(code: DraftdiffErrorCode, message: string, options: PatchErrorOptions = {}) {
    super(code, message, options);
    this.name = 'PatchError';
    const index = readField(options, 'operationIndex');
    this.operationIndex = typeof index === 'number' ? index : undefined;
  }
}
