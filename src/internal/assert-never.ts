import { describeValue, readField } from './describe-value.js';
import { DraftdiffError } from './errors.js';

/**
 * Proves that a switch over a union handled every case. Reached only by input that bypassed
 * the types (plain JavaScript, a diff written by a newer version), which is named by its `kind`
 * as an argument error rather than thrown as a `TypeError`.
 */
export function assertNever(value: never): never {
  const kind = readField(value, 'kind');
  throw new DraftdiffError(
    'INVALID_ARGUMENT',
    `unknown kind ${typeof kind === 'string' ? JSON.stringify(kind) : describeValue(kind, 40)}`,
  );
}
