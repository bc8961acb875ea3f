import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';

/**
 * Limits that keep draftdiff bounded on hostile or huge input. Each has a safe default; when
 * one is hit the call fails with a `DraftdiffError` of code `LIMIT_EXCEEDED`, or (for the
 * word-diff budget) degrades deterministically to a coarse whole-clause rewording.
 */
export interface Limits {
  /** Deepest nesting of arrays and objects in any JSON input. @defaultValue 200 */
  maxDepth: number;
  /** Most provisions (sub-points included) in one draft. @defaultValue 200000 */
  maxProvisions: number;
  /** Longest clause text, in UTF-16 code units. @defaultValue 1000000 */
  maxTextLength: number;
  /** Largest word-level edit script (in tokens) before a clause is redlined as a whole. @defaultValue 2000 */
  maxEditLength: number;
  /**
   * Most JSON values `applyPatch` builds: its copy of the document plus every value an `add`,
   * `replace` or `copy` puts in, counted as values: each string, number, boolean, null, object
   * and array where it stands, except that an object holding 32 containers or more that
   * several places share is built, and counted, once. Checked before each value is built. The default holds a draft of `maxProvisions` provisions of about 16 values
   * each (3.2 million) and a patch of 1.8 million more, while 22 `copy` operations that
   * double a document each time (an 881-byte patch) are refused at the 22nd.
   * @defaultValue 5000000
   */
  maxPatchNodes: number;
}

/** The defaults of every limit. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 200,
  maxProvisions: 200_000,
  maxTextLength: 1_000_000,
  maxEditLength: 2_000,
  maxPatchNodes: 5_000_000,
});

/** Whether `name` names a limit: a key of `DEFAULT_LIMITS`, which holds every one. */
function isLimitName(name: string): name is keyof Limits {
  return Object.hasOwn(DEFAULT_LIMITS, name);
}

/**
 * Fills the limits a caller left out with the defaults. Throws `DraftdiffError`
 * `INVALID_ARGUMENT` for limits that are not an object, a name that is not a limit (a typo
 * would otherwise leave the default silently in force), or a value that is not a whole number
 * of at least 0 (`Infinity` is accepted: no limit). A `NaN` limit would switch a check off
 * without saying so, since every comparison with `NaN` is false.
 */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return guardCall('resolveLimits', [limits], () => {
    if (limits === undefined) return { ...DEFAULT_LIMITS };
    if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        'limits must be an object such as { maxDepth: 500 }',
      );
    }
    const resolved: Limits = { ...DEFAULT_LIMITS };
    for (const name of Object.keys(limits)) {
      if (!isLimitName(name)) {
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `unknown limit ${JSON.stringify(name.slice(0, 100))}; expected one of ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
        );
      }
      const value: unknown = limits[name];
      if (value === undefined) continue;
      if (
        typeof value !== 'number' ||
        !(Number.isInteger(value) || value === Number.POSITIVE_INFINITY) ||
        value < 0
      ) {
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `limit ${name} must be a whole number of at least 0 (or Infinity), got ${describeValue(value, 40)}`,
        );
      }
      resolved[name] = value;
    }
    return resolved;
  });
}
