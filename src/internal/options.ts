import { DraftdiffError } from './errors.js';

/**
 * The options argument of a public function, checked: `undefined` stands for no options, and
 * anything that is not an object (`null`, a string, an array) is a `DraftdiffError`
 * `INVALID_ARGUMENT` naming the function, rather than a `TypeError` on the first field read.
 * Internal: not exported from the package.
 */
export function readOptions<T extends object>(options: T | undefined, caller: string): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const got = options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: options must be an object, got ${got}`,
    );
  }
  return options;
}
