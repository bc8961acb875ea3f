import type { z } from 'zod';
import { inspectJson } from '../internal/inspect-json.js';
import { encodePointer } from '../internal/pointer.js';
import type { Draft } from './draft.js';
import { DraftSchema } from './draft-schema.js';
import { DraftdiffError, DraftValidationError, type ValidationIssue } from './errors.js';
import { type Limits, resolveLimits } from './limits.js';

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
 * or `DraftdiffError` with code `LIMIT_EXCEEDED` for input too deep or too large.
 *
 * @example
 * const draft = parseDraft(JSON.parse(readFileSync('drafts/axios.json', 'utf8')));
 */
export function parseDraft(input: unknown, options: ParseDraftOptions = {}): Draft {
  const limits = resolveLimits(options.limits);
  inspectJson(input, limits.maxDepth, options.file);
  const result = DraftSchema.safeParse(input);
  if (!result.success) {
    throw new DraftValidationError(toValidationIssues(result.error), { file: options.file });
  }
  checkSize(result.data, limits, options.file);
  return result.data;
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

/** Converts zod issues into `{ path, message }` with JSON Pointer paths. */
function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((segment) =>
      typeof segment === 'number' ? segment : String(segment),
    );
    if (issue.code === 'unrecognized_keys') {
      // Point at each unknown key itself, not at the object that holds it.
      for (const key of issue.keys) {
        issues.push({ path: encodePointer([...path, key]), message: 'unknown field' });
      }
      continue;
    }
    issues.push({ path: encodePointer(path), message: describeIssue(issue) });
  }
  return issues;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'options' in issue && issue.options !== undefined) {
    return `unknown ${issue.discriminator ?? 'kind'}; expected one of ${issue.options.map(String).join(', ')}`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  // zod reports a missing field as "expected string, received undefined".
  return message.endsWith('received undefined')
    ? `required (${message.replace(/, received undefined$/, '')})`
    : message;
}

function checkSize(draft: Draft, limits: Limits, file: string | undefined): void {
  let count = 0;
  const stack = [
    ...draft.provisions.map((provision, index) => ({
      provision,
      path: ['provisions', index] as (string | number)[],
    })),
  ];
  while (stack.length > 0) {
    const { provision, path } = stack.pop() as (typeof stack)[number];
    count++;
    if (count > limits.maxProvisions) {
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${file === undefined ? '' : `${file}: `}draft has more than ${limits.maxProvisions} provisions`,
        { path: '/provisions', file },
      );
    }
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
