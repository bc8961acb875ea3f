import { isRecord } from '../internal/describe-value.js';
import { DraftdiffError, DraftValidationError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { inspectJson } from '../internal/inspect-json.js';
import { readOptions } from '../internal/options.js';
import { encodePointer } from '../internal/pointer.js';
import type { Draft } from './draft.js';
import { DraftSchema } from './draft-schema.js';
import { fastParseDraft } from './fast-parse.js';
import { type Limits, resolveLimits } from './limits.js';
import type { Provision } from './provision.js';
import { toValidationIssues } from './validation-issues.js';

/** Options of `parseDraft` and `safeParseDraft`. */
export interface ParseDraftOptions {
  /** The file the input came from; error messages name it. @defaultValue undefined */
  file?: string;
  /** Limits on nesting and size; see `Limits`. @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/** The result of `safeParseDraft`: the draft, or the error `parseDraft` would have thrown. */
export type SafeParseDraftResult =
  | { success: true; draft: Draft }
  | { success: false; error: DraftdiffError };

/**
 * Validates and normalises a draft (defaults applied, a fresh object that shares nothing with
 * `input`). Throws `DraftValidationError` naming the JSON Pointer of every offending field,
 * or `DraftdiffError` with code `LIMIT_EXCEEDED` for input too deep or too large and
 * `INVALID_ARGUMENT` for input that is not JSON-like (a cycle, a `Date`, a class instance) or
 * bad options. Nothing else escapes: an input whose getters or proxy traps throw is an
 * `INVALID_ARGUMENT` with the original error as `cause`.
 *
 * @example
 * const draft = parseDraft(JSON.parse(readFileSync('drafts/axios.json', 'utf8')));
 */
export function parseDraft(input: unknown, options: ParseDraftOptions = {}): Draft {
  return guardCall('parseDraft', [input, options], () => {
    const { file, limits: wanted } = readOptions(options, 'parseDraft');
    if (file !== undefined && typeof file !== 'string') {
      throw new DraftdiffError('INVALID_ARGUMENT', 'parseDraft: options.file must be a string');
    }
    const limits = resolveLimits(wanted);
    try {
      // Valid input in the usual shape is answered by the fast path compiled from the schema;
      // anything else, and every error, goes through the zod path below (see fast-parse.ts).
      const fast = fastParseDraft(input, limits);
      if (fast !== undefined) return fast;
      inspectJson(input, limits.maxDepth, file);
      if (countProvisions(input, limits.maxProvisions) > limits.maxProvisions) {
        throw tooManyProvisions(limits, file);
      }
      const result = DraftSchema.safeParse(input);
      if (!result.success) {
        throw new DraftValidationError(toValidationIssues(result.error), { file });
      }
      checkSize(result.data, limits, file);
      return withoutUndefined(result.data);
    } catch (error) {
      if (error instanceof DraftdiffError) throw error;
      const where = file === undefined ? '' : `${file}: `;
      // A `maxDepth` raised far past the default lets the recursive schema overflow the stack.
      if (error instanceof RangeError) {
        throw new DraftdiffError('LIMIT_EXCEEDED', `${where}input is nested too deeply to read`, {
          file,
          cause: error,
        });
      }
      throw new DraftdiffError('INVALID_ARGUMENT', `${where}input could not be read`, {
        file,
        cause: error,
      });
    }
  });
}

/** Like `parseDraft`, but returns `{ success, draft | error }` and never throws. */
export function safeParseDraft(
  input: unknown,
  options: ParseDraftOptions = {},
): SafeParseDraftResult {
  try {
    return { success: true, draft: parseDraft(input, options) };
  } catch (error) {
    if (error instanceof DraftdiffError) return { success: false, error };
    // Anything else is a bug in draftdiff; still never throw, but keep the cause.
    return {
      success: false,
      error: new DraftdiffError('INVALID_DRAFT', 'draft could not be validated', { cause: error }),
    };
  }
}

function checkSize(draft: Draft, limits: Limits, file: string | undefined): void {
  let count = 0;
  const stack: { provision: Provision; path: (string | number)[] }[] = draft.provisions.map(
    (provision, index) => ({ provision, path: ['provisions', index] }),
  );
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { provision, path } = next;
    count++;
    if (count > limits.maxProvisions) throw tooManyProvisions(limits, file);
    if (provision.text.length > limits.maxTextLength) {
      const pointer = encodePointer([...path, 'text']);
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${file === undefined ? '' : `${file}: `}${pointer}: text of ${provision.text.length} characters exceeds the limit of ${limits.maxTextLength}`,
        { path: pointer, file },
      );
    }
    provision.items?.forEach((item, index) => {
      stack.push({ provision: item, path: [...path, 'items', index] });
    });
  }
}

function tooManyProvisions(limits: Limits, file: string | undefined): DraftdiffError {
  return new DraftdiffError(
    'LIMIT_EXCEEDED',
    `${file === undefined ? '' : `${file}: `}draft has more than ${limits.maxProvisions} provisions`,
    { path: '/provisions', file },
  );
}

/**
 * The provisions `input` holds, each counted once per place it stands (as zod walks and copies
 * them), up to a little past `max`. Counted per distinct object, so a sub-point list shared by
 * reference at every level, whose places double with each level, is refused here in time linear
 * in its objects rather than walked by zod for ever. Only `provisions` and `items` arrays are
 * followed; anything malformed is left to the schema to report. Recursive: `inspectJson` has
 * bounded the depth.
 */
function countProvisions(input: unknown, max: number): number {
  const placesUnder = new Map<object, number>();
  const count = (list: unknown): number => {
    if (!Array.isArray(list)) return 0;
    let total = list.length;
    for (const item of list) {
      if (total > max) break;
      if (typeof item !== 'object' || item === null) continue;
      let under = placesUnder.get(item);
      if (under === undefined) {
        under = count('items' in item ? item.items : undefined);
        placesUnder.set(item, under);
      }
      total += under;
    }
    return total;
  };
  return typeof input === 'object' && input !== null && 'provisions' in input
    ? count(input.provisions)
    : 0;
}

/**
 * Removes members whose value is `undefined` (zod keeps an optional field given as
 * `undefined`), so a parsed draft is plain JSON: `toJsonPatch` and `applyPatch` accept it and
 * a JSON round trip gives it back unchanged. In place, on zod's fresh copy; iterative.
 */
function withoutUndefined(draft: Draft): Draft {
  const stack: unknown[] = [draft];
  while (stack.length > 0) {
    const value = stack.pop();
    // Most values are strings and numbers: one `typeof` passes them.
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      // A loop, not `push(...value)`: spreading 200,000 provisions as arguments overflows.
      for (const item of value) stack.push(item);
      continue;
    }
    if (!isRecord(value)) continue;
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) delete value[key];
      else stack.push(value[key]);
    }
  }
  return draft;
}
