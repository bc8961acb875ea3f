import type * as z from 'zod';
import type { ValidationIssue } from '../internal/errors.js';
import { encodePointer } from '../internal/pointer.js';

// zod issues as draftdiff reports them; shared by `parseDraft` and the checks of single terms
// and sources. Internal: not exported from the package.

/** Converts zod issues into `{ path, message }` with JSON Pointer paths. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
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
