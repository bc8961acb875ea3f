import type { Change } from '../diff/change.js';
import { readChange } from '../diff/read-diff.js';
import { guardCall } from '../internal/guard-call.js';
import { sidesOf } from './change-sides.js';
import { oneLine, printValue } from './print-value.js';

/**
 * One line that says what a change is, in the vocabulary of `ExpectedChange` so it can be
 * pasted into an expectation, then its summary:
 * `{ kind: "term.changed", key: "armed-forces.personnel-cap", from: 600000, to: 400000 }  Armed forces cap: ...`.
 */
export function describeChange(change: Change): string {
  return guardCall('describeChange', [change], () => {
    readChange(change, 'describeChange');
    const fields: string[] = [`kind: ${printValue(change.kind)}`];
    if ('key' in change) fields.push(`key: ${printValue(change.key)}`);
    const provisionId = 'provisionId' in change ? change.provisionId : undefined;
    if (provisionId !== undefined) fields.push(`provisionId: ${printValue(provisionId)}`);
    const { before, after } = sidesOf(change);
    if (before.present) fields.push(`from: ${printValue(before.main)}`);
    if (after.present) fields.push(`to: ${printValue(after.main)}`);
    return `{ ${fields.join(', ')} }  ${oneLine(change.summary)}`;
  });
}
