import { assertNever } from '../internal/assert-never.js';
import type { Bound, Term } from '../model/term.js';
import { type Casing, NO_CASING } from './casing.js';

/**
 * Plain-English rendering of terms, shared by summaries and every formatter, so a figure
 * reads the same everywhere. No `Intl`: output must not depend on the ICU build.
 */

/** Formats a number with thousands separators and at most three decimals: `600,000`, `3.5`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0 || Object.is(value, -0);
  // Past 1.8e305 the scaling overflows (1e308 read "Infinity"); such a figure has no decimals.
  const scaled = Math.abs(value) * 1000;
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) / 1000 : Math.abs(value);
  const [whole = '0', fraction] = String(rounded).split('.');
  // Very large or small numbers print in exponent form; leave those as they are.
  if (whole.includes('e')) return `${negative ? '-' : ''}${whole}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && rounded !== 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Formats a fraction as a signed percentage with one decimal at most: `-33.3%`, `+50%`. */
export function formatPercentChange(relative: number): string {
  if (!Number.isFinite(relative * 100)) {
    // Past 1.8e306 even the percentage overflows: shift the exponent by two instead.
    const [mantissa, exponent] = relative.toExponential().split('e');
    return `${relative > 0 ? '+' : ''}${mantissa}e+${Number(exponent) + 2}%`;
  }
  const scaled = Math.round(relative * 1000) / 10;
  // Past 1.8e305 the scaling overflows, as in `formatNumber`.
  const percent = Number.isFinite(scaled) ? scaled : relative * 100;
  return `${percent > 0 ? '+' : ''}${formatNumber(percent)}%`;
}

/** Formats a fraction 0..1 as a percentage: `0.5` gives `50%`. */
export function formatShare(value: number): string {
  return `${formatNumber(Math.round(value * 10000) / 100)}%`;
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Formats an amount of money: `$100 billion`, `€2.5 million`, `1,200 CHF`. */
export function formatMoney(amount: number, currency: string): string {
  let figure = formatNumber(amount);
  for (const [scale, name] of SCALES) {
    if (Math.abs(amount) >= scale) {
      figure = `${formatNumber(amount / scale)} ${name}`;
      break;
    }
  }
  const sign = CURRENCY_SIGNS[currency];
  if (sign === undefined) return `${figure} ${currency}`;
  return figure.startsWith('-') ? `-${sign}${figure.slice(1)}` : `${sign}${figure}`;
}

const BOUND_WORDS: Record<Bound, string> = {
  exact: '',
  'at-most': 'at most ',
  'at-least': 'at least ',
  about: 'about ',
};

/** The words a bound puts before a figure: `at most `, `about `, or nothing. */
export function boundPrefix(bound: Bound | undefined): string {
  return BOUND_WORDS[bound ?? 'exact'];
}

/**
 * Turns a kebab status value into words: `frozen-at-contact-line` gives `frozen at contact
 * line`; with the drafts' `casing`, `relinquished-to-russia` gives `relinquished to Russia`.
 */
export function humanizeStatus(value: string, casing: Casing = NO_CASING): string {
  return value.split('-').map(casing).join(' ');
}

/** The human label of a term: its `label`, or words made from its key. */
export function termLabel(term: Pick<Term, 'key' | 'label'>): string {
  return term.label ?? labelFromKey(term.key);
}

/** Words made from a dotted key: `armed-forces.personnel-cap` gives `Armed forces personnel cap`. */
export function labelFromKey(key: string): string {
  const words = key.replaceAll('.', ' ').replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Words that already say how a span is counted ("counted back from the agreement", "since
 * signing"): such a `from` is written as it is, not after another "from".
 */
const COUNTING_WORDS =
  /^(?:from|since|after|before|until|till|following|of|counted|counting|dating|starting|running|beginning|measured|back)\b/iu;

/** `from the signing`, or the phrase as given when it says how it counts: `counted back from the agreement`. */
export function describeFrom(from: string): string {
  return COUNTING_WORDS.test(from) ? from : `from ${from}`;
}

/**
 * The value of a term in words, with its unit and qualifiers: `at most 600,000 personnel`.
 * `casing` restores the capitals of proper nouns in status values (see `casing.ts`).
 */
export function describeTermValue(term: Term, casing: Casing = NO_CASING): string {
  switch (term.kind) {
    case 'quantity':
      return `${boundPrefix(term.bound)}${formatNumber(term.value)} ${term.unit}${term.condition === undefined ? '' : ` ${term.condition}`}`;
    case 'money':
      return `${boundPrefix(term.bound)}${formatMoney(term.amount, term.currency)}${term.condition === undefined ? '' : ` ${term.condition}`}`;
    case 'duration': {
      const unit = term.value === 1 ? term.unit.replace(/s$/, '') : term.unit;
      return `${boundPrefix(term.bound)}${formatNumber(term.value)} ${unit}${term.from === undefined ? '' : ` ${describeFrom(term.from)}`}`;
    }
    case 'share': {
      const ratio = term.ratio === undefined ? '' : ` (${term.ratio.map(formatNumber).join(':')})`;
      const of = term.of === undefined ? '' : ` of ${term.of}`;
      const holder = term.holder === undefined ? '' : ` to ${term.holder}`;
      return `${boundPrefix(term.bound)}${formatShare(term.value)}${ratio}${of}${holder}`;
    }
    case 'status':
      return humanizeStatus(term.value, casing);
    case 'flag':
      return term.value ? 'yes' : 'no';
    case 'set':
      return term.members.length === 0 ? 'none' : term.members.join(', ');
    case 'date':
      return term.value;
    case 'text':
      return `"${term.value}"`;
    case 'unaddressed':
      return 'not addressed';
    default:
      return assertNever(term);
  }
}
