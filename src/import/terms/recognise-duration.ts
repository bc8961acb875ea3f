/**
 * Durations: a number and a time unit, in any of the forms legal texts use: "100 days",
 * "a 100-day deadline", "six months", "thirty (30) days", "five (5) business days", "60 days'
 * notice", "within 30 days of the signing", "30 days or more".
 */

import { captured } from '../capture.js';
import { boundAfter, boundBefore } from './bound.js';
import type { Attempt, DurationFinding, DurationUnit } from './finding.js';
import { fromPhrase } from './from-phrase.js';
import type { Numeral } from './numeral.js';
import { SPACE, stickyMatch } from './patterns.js';
import { DAY_KIND, TIME_UNIT } from './vocabulary.js';

const S = SPACE;

const UNIT_AFTER = new RegExp(
  String.raw`(?:${S}{1,3}|-)(?:(?:${DAY_KIND})${S}{1,2})?(${TIME_UNIT})(?:['’]s?)?(?!\p{L})`,
  'iuy',
);

/** The duration that `numeral` states when a time unit follows it, or `undefined`. */
export function recogniseDuration(text: string, numeral: Numeral, floor: number): Attempt {
  const match = stickyMatch(UNIT_AFTER, text, numeral.end);
  if (match === null) return undefined;
  const unitEnd = numeral.end + match[0].length;
  const before = boundBefore(text, numeral.start, floor);
  const after = boundAfter(text, unitEnd);
  const end = after?.end ?? unitEnd;
  const from = fromPhrase(text, end);
  const finding: DurationFinding = {
    kind: 'duration',
    start: before.start,
    end,
    extentEnd: from?.end ?? end,
    value: numeral.value,
    unit: durationUnit(captured(match, 1)),
    bound: before.bound === 'exact' ? (after?.bound ?? 'exact') : before.bound,
    from: from?.text,
  };
  return finding;
}

/** The unit in the plural, lower case, as the model spells it, of a unit `TIME_UNIT` matched. */
function durationUnit(raw: string): DurationUnit {
  const unit = raw.toLowerCase();
  switch (unit.endsWith('s') ? unit.slice(0, -1) : unit) {
    case 'hour':
      return 'hours';
    case 'day':
      return 'days';
    case 'week':
      return 'weeks';
    case 'month':
      return 'months';
    case 'year':
      return 'years';
    default:
      throw new Error(`${JSON.stringify(raw)} is no time unit of TIME_UNIT`);
  }
}
