/**
 * Money: a currency before the amount ("$100 billion", "€180bn", "USD 20 million") or after it
 * ("50 million euros", "ten thousand dollars ($10,000)").
 */

import { captured } from '../capture.js';
import { boundAfter, boundBefore } from './bound.js';
import { conditionAfter, conditionBefore } from './condition.js';
import type { Attempt, MoneyFinding } from './finding.js';
import { bracketedWordsEnd, type Numeral } from './numeral.js';
import { scaleFigure } from './parse-number.js';
import { NUMBER, SPACE, stickyMatch } from './patterns.js';
import {
  CURRENCY_CODE,
  CURRENCY_PREFIXES,
  CURRENCY_SYMBOL,
  CURRENCY_WORD,
  CURRENCY_WORDS,
  LONG_SCALE,
  SHORT_SCALE,
} from './vocabulary.js';

const S = SPACE;

const SCALE = String.raw`(?:${S}{1,2}(${LONG_SCALE})|${S}?(${SHORT_SCALE}))(?!\p{L})`;
const MONEY_BEFORE = new RegExp(
  String.raw`(${CURRENCY_SYMBOL}|(?:${CURRENCY_CODE})(?=${S}?\d))${S}?(${NUMBER})(?:${SCALE})?(?![\p{L}\d])`,
  'iuy',
);
/** What makes a number money when it follows: "bn dollars", " euros". */
const CURRENCY_AFTER = new RegExp(
  String.raw`(?:${S}?(${SHORT_SCALE})(?!\p{L}))?${S}{1,2}(${CURRENCY_WORD})(?!\p{L})`,
  'iuy',
);
/** The amount in figures after an amount in words: "ten thousand dollars ($10,000)". */
const BRACKETED_AMOUNT = new RegExp(
  String.raw`${S}{0,2}\(${S}?(?:${CURRENCY_SYMBOL})?${S}?(${NUMBER})${S}?\)`,
  'uy',
);

/** The money written from the currency symbol or code at `at`, or `undefined`. */
export function recogniseMoneyBefore(text: string, at: number, floor: number): Attempt {
  const money = stickyMatch(MONEY_BEFORE, text, at);
  if (money === null) return undefined;
  const symbol = captured(money, 1).toLowerCase().trim();
  const currency = CURRENCY_PREFIXES.get(symbol) ?? 'USD';
  const amount = scaleFigure(captured(money, 2), money[3] ?? money[4]);
  const figureEnd = at + money[0].length;
  const end = bracketedWordsEnd(text, figureEnd) ?? figureEnd;
  return moneyFinding(text, { start: at, end, amount, currency }, floor);
}

/** The money that `numeral` states when a currency name follows it, or `undefined`. */
export function recogniseMoneyAfter(text: string, numeral: Numeral, floor: number): Attempt {
  const match = stickyMatch(CURRENCY_AFTER, text, numeral.end);
  if (match === null) return undefined;
  const short = match[1];
  let amount = numeral.value;
  if (short !== undefined) {
    if (numeral.scale !== undefined || numeral.digits === undefined) {
      return undefined; // "1 million bn dollars", "six bn dollars": not an amount
    }
    amount = scaleFigure(numeral.digits, short);
  }
  const currency = CURRENCY_WORDS.get(singular(captured(match, 2))) ?? 'USD';
  let end = numeral.end + match[0].length;
  const bracketed = stickyMatch(BRACKETED_AMOUNT, text, end);
  if (bracketed !== null && numeral.words && !numeral.paired) {
    amount = scaleFigure(captured(bracketed, 1), undefined);
    end += bracketed[0].length;
  }
  return moneyFinding(text, { start: numeral.start, end, amount, currency }, floor);
}

function moneyFinding(
  text: string,
  money: { start: number; end: number; amount: number; currency: string },
  floor: number,
): MoneyFinding {
  const before = boundBefore(text, money.start, floor);
  const after = boundAfter(text, money.end);
  const end = after?.end ?? money.end;
  const condition = conditionAfter(text, end) ?? conditionBefore(text, before.start, floor);
  return {
    kind: 'money',
    start: before.start,
    end,
    extentEnd: Math.max(end, condition?.end ?? end),
    amount: money.amount,
    currency: money.currency,
    bound: before.bound === 'exact' ? (after?.bound ?? 'exact') : before.bound,
    condition,
  };
}

/** A currency word in the singular, lower case: "Pounds Sterling" gives "pound sterling". */
function singular(raw: string): string {
  const lower = raw.toLowerCase().replace(/\s+/gu, ' ');
  return lower.replace(/s(?= sterling|$)/u, '');
}
