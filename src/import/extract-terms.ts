import { guardCall } from '../internal/guard-call.js';
import { DraftdiffError } from '../model/errors.js';
import type {
  Bound,
  DateTerm,
  DurationTerm,
  MoneyTerm,
  QuantityTerm,
  ShareTerm,
} from '../model/term.js';
import { contextOf, SPACE, WINDOW, type Word, wordsAfter } from './clause.js';
import {
  baseKey,
  keySegment,
  plainWord,
  subjectAfter,
  subjectBefore,
  uniqueKey,
} from './term-key.js';
import {
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  MONTHS,
  NUMBER_WORDS,
  PERSONNEL_UNIT,
  PERSONNEL_WORDS,
  SCALES,
  STOP_WORDS,
} from './vocabulary.js';

/** Where a term sits in the text it was found in: UTF-16 offsets, `text.slice(start, end)`. */
export interface TermSpan {
  /** Offset of the first code unit of the phrase. */
  start: number;
  /** Offset just past the last code unit of the phrase. */
  end: number;
}

/** What every term found in prose carries besides its kind's fields. */
export interface TermLocation {
  /** The phrase in the text: bound words, figure and unit ("capped at 600,000 personnel"). */
  span: TermSpan;
  /** The clause around the phrase, white space collapsed: what the figure measures. */
  context: string;
}

/** A term found in prose: a quantity, money, duration, share or date, with where it was found. */
export type ExtractedTerm =
  | (QuantityTerm & TermLocation)
  | (MoneyTerm & TermLocation)
  | (DurationTerm & TermLocation)
  | (ShareTerm & TermLocation)
  | (DateTerm & TermLocation);

/** The kinds of term that `extractTerms` finds. */
export const EXTRACTED_TERM_KINDS = ['quantity', 'money', 'duration', 'share', 'date'] as const;

/** One of `EXTRACTED_TERM_KINDS`. */
export type ExtractedTermKind = (typeof EXTRACTED_TERM_KINDS)[number];

/** Options of `extractTerms`. */
export interface ExtractTermsOptions {
  /**
   * Which kinds of term to return. The others are still recognised (so "$5" never turns
   * into a quantity when money is left out), just not returned.
   * @defaultValue all of `EXTRACTED_TERM_KINDS`
   */
  kinds?: readonly ExtractedTermKind[];
}

/**
 * Finds the typed terms stated in prose: quantities ("capped at 600,000 personnel"), money
 * ("$100bn"), durations ("within 100 days"), shares ("50%", "50:50", "half the profits") and
 * dates ("20 November 2025"), each with its `span` in `text` and the `context` around it.
 * Not figures: references ("Article 5", "point 21"), names ("G8", "F-16"), years ("in
 * 2025"), list numbers ("1." at the start of a line), times ("10:30").
 *
 * A key is `kind[.unit][.subject]`: the unit only for quantities (what is counted), the
 * subject the noun that says what the figure measures (nearest before it in its clause, else
 * the head of the phrase after it), so the same clause rewritten keeps its key; repeats get
 * `.2`, `.3`, ... in reading order. Never throws for a string; linear in its length.
 *
 * @example
 * extractTerms('The army will be capped at 600,000 personnel in peacetime.');
 * // [{ key: 'quantity.personnel.army', kind: 'quantity', value: 600000, unit: 'personnel',
 * //    bound: 'at-most', condition: 'in peacetime', span: { start: 17, end: 44 }, context: ... }]
 */
export function extractTerms(text: string, options: ExtractTermsOptions = {}): ExtractedTerm[] {
  return guardCall('extractTerms', [text, options], () => {
    if (typeof text !== 'string') {
      throw new DraftdiffError(
        'INVALID_TEXT',
        `extractTerms expects a string, got ${describe(text)}`,
      );
    }
    return collectTerms(text, resolveKinds(options), new Map());
  });
}

/** The kinds asked for, checked. */
export function resolveKinds(options: ExtractTermsOptions): ReadonlySet<ExtractedTermKind> {
  if (typeof options !== 'object' || options === null) {
    throw new DraftdiffError('INVALID_ARGUMENT', 'options must be an object');
  }
  const kinds = options.kinds ?? EXTRACTED_TERM_KINDS;
  if (!Array.isArray(kinds) || kinds.some((kind) => !EXTRACTED_TERM_KINDS.includes(kind))) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `kinds must be an array of ${EXTRACTED_TERM_KINDS.join(', ')}`,
    );
  }
  return new Set(kinds);
}

/**
 * The terms of `text`, with keys made unique against (and recorded in) `seenKeys`, so that a
 * caller extracting several texts of one draft gets keys unique across all of them.
 */
export function collectTerms(
  text: string,
  kinds: ReadonlySet<ExtractedTermKind>,
  seenKeys: Map<string, number>,
): ExtractedTerm[] {
  const findings = findFigures(text);
  const terms: ExtractedTerm[] = [];
  findings.forEach((finding, index) => {
    // Look around each figure only as far as its neighbours, so words are not shared.
    const floor = findings[index - 1]?.extentEnd ?? 0;
    const ceiling = findings[index + 1]?.start ?? text.length;
    const term = completeTerm(text, finding, floor, ceiling);
    if (!kinds.has(term.kind)) return;
    term.key = uniqueKey(term.key, seenKeys);
    terms.push(term);
  });
  return terms;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

// ---------------------------------------------------------------------------------------------
// Phase 1: find the figures. One global regex finds the places where a figure can start;
// at each, a few sticky regexes of bounded length try the forms in order. Every quantifier is
// bounded or runs over one class with a fixed delimiter, so no regex can backtrack
// catastrophically, and the scan resumes after each figure: linear in the text's length.
// ---------------------------------------------------------------------------------------------

interface Place {
  /** Start of the phrase (bound words included). */
  start: number;
  /** End of the phrase. */
  end: number;
  /** End of what qualifies it after the phrase (condition, "of the profits"): not a subject. */
  extentEnd: number;
}

type DurationUnit = DurationTerm['unit'];

type Finding =
  | (Place & {
      kind: 'quantity';
      value: number;
      /** The unit noun after the figure, canonical; `undefined` for a bare figure. */
      unit: string | undefined;
      bound: Bound;
      condition: string | undefined;
    })
  | (Place & {
      kind: 'money';
      amount: number;
      currency: string;
      bound: Bound;
      condition: string | undefined;
    })
  | (Place & {
      kind: 'duration';
      value: number;
      unit: DurationUnit;
      bound: Bound;
      from: string | undefined;
    })
  | (Place & {
      kind: 'share';
      value: number;
      bound: Bound;
      of: string | undefined;
      /** Head noun of `of`: the subject of the share. */
      ofHead: string | undefined;
      ratio: number[] | undefined;
    })
  | (Place & { kind: 'date'; value: string });

/** A figure, or where to resume scanning when the place held none. */
type Attempt = Finding | { skipTo: number } | undefined;

const S = SPACE;
/** A figure as newsrooms write it: 600,000 / 1 000 / 1.5 / 2025. Not followed by more digits. */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,4}|\d{1,15}(?:\.\d{1,6})?)(?!\d|[.,]\d)`;
const LONG_SCALE = 'thousand|million|billion|trillion';
const SHORT_SCALE = 'bn|mn|mln|tn|trn|m|k';
const SCALE = String.raw`(?:${S}{1,2}(${LONG_SCALE})|${S}?(${SHORT_SCALE}))(?!\p{L})`;
const MONTH = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const TIME_UNIT = 'hours?|days?|weeks?|months?|years?';
const UNITS_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS_WORD =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUMBER_WORD = String.raw`(?:${UNITS_WORD})[ \u00a0-]hundred|hundred|(?:${TENS_WORD})(?:[ \u00a0-](?:${UNITS_WORD})(?!\p{L}))?|${TEENS_WORD}|${UNITS_WORD}`;
const CURRENCY_WORD = `US${S}dollars?|dollars?|euros?|pounds?${S}sterling|pounds?|roubles?|rubles?|hryvnias?|hryvnas?`;

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}]|-\d)/uy;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(\d{1,2})(?:st|nd|rd|th)?${S}{1,2}(${MONTH})(?!\p{L})\.?,?${S}{1,2}(\d{4})(?![\d\p{L}])`,
  'iuy',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(${MONTH})(?!\p{L})\.?${S}{1,2}(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}]),?${S}{1,2}(\d{4})(?![\d\p{L}])`,
  'iuy',
);
const RATIO = /(\d{1,3})([:/])(\d{1,3})(?:\2(\d{1,3}))?(?![\d\p{L}]|[.,:/]\d)/uy;
const MONEY_AFTER = new RegExp(
  String.raw`(${NUMBER})(?:${SCALE})?${S}{1,2}(${CURRENCY_WORD})(?!\p{L})`,
  'iuy',
);
const MONEY_BEFORE = new RegExp(
  String.raw`(US\$|\$|€|£|₽|₴|(?:USD|EUR|GBP|RUB|UAH)(?=${S}?\d))${S}?(${NUMBER})(?:${SCALE})?(?![\p{L}\d])`,
  'iuy',
);
const PERCENT = new RegExp(
  String.raw`(${NUMBER})(?:${S}{0,2}%|${S}{1,2}(?:per${S}?cent|percent)(?!\p{L}))`,
  'iuy',
);
const DURATION = new RegExp(String.raw`(${NUMBER})(?:${S}{1,3}|-)(${TIME_UNIT})(?!\p{L})`, 'iuy');
const WORD_DURATION = new RegExp(
  String.raw`(${NUMBER_WORD})(?:${S}{1,3}|-)(${TIME_UNIT})(?!\p{L})`,
  'iuy',
);
const QUANTITY = new RegExp(
  // Not before a letter ("8th"), a compound ("28-point"), "%", or ":5" "/7" (times, ratios).
  String.raw`(${NUMBER})(?:${S}{1,2}(${LONG_SCALE}))?(?!\p{L}|-[\p{L}\d]|%|[:/]\d)`,
  'iuy',
);
const BARE_NUMBER = new RegExp(NUMBER, 'uy');
const FRACTION = /(half|thirds?|quarters?)(?!\p{L})/iuy;
const FRACTION_COUNT = /[^\p{L}\p{N}]((one|a|an|two|three)[ \u00a0-])$/iu;
const EQUAL_SPLIT = new RegExp(
  String.raw`(?:(?:split|shared|divided|distributed)${S}{1,2}equally|equally${S}{1,2}(?:split|shared|divided|distributed))(?!\p{L})`,
  'iuy',
);
const CONDITION = new RegExp(
  String.raw`,?${S}{1,2}((?:in|during)${S}{1,2}(?:peace-?time|war-?time|peace${S}time|war${S}time|times?${S}of${S}(?:peace|war))|under${S}martial${S}law)(?![\p{L}\p{N}])`,
  'iuy',
);
const OF_WORD = new RegExp(`${S}{1,2}of(?=${S})`, 'iuy');
const FROM_WORD = new RegExp(`${S}{1,2}(?:of|from|after|following)(?=${S})`, 'iuy');
const LIST_MARKER_AFTER = /(?:\.\d{1,3}){0,3}(?:[.):]|[ \t]{1,3}[-–—])(?=[ \t\r\n]|$)/uy;

/** The places a figure can start. Digits inside words ("G8", "F-16", "4-28") are not places. */
const CANDIDATE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}\p{M}_.,+\-/:@#№§\u2010-\u2015\u2212])\d`,
    String.raw`(?<![\p{L}\p{N}])[$€£₽₴]`,
    String.raw`(?<![\p{L}\p{N}\p{M}_])(?:US\$|usd|eur|gbp|rub|uah|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|${TEENS_WORD}|${TENS_WORD}|${UNITS_WORD}|hundred|half|thirds?|quarters?|split|shared|divided|distributed|equally)`,
  ].join('|'),
  'giu',
);

/** The three-letter month prefixes `CANDIDATE` stops at. */
const MONTH_ANCHORS = new Set([...MONTHS.keys()].filter((name) => name.length === 3));

function findFigures(text: string): Finding[] {
  const findings: Finding[] = [];
  let floor = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const at = match.index;
    const attempt = tryAt(text, at, match[0].toLowerCase(), floor);
    if (attempt === undefined) continue;
    if ('skipTo' in attempt) {
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, attempt.skipTo);
      continue;
    }
    findings.push(attempt);
    floor = attempt.extentEnd;
    CANDIDATE.lastIndex = attempt.extentEnd;
  }
  return findings;
}

function tryAt(text: string, at: number, anchor: string, floor: number): Attempt {
  const first = anchor[0] ?? '';
  if (first >= '0' && first <= '9') return tryDigits(text, at, floor);
  if ('$€£₽₴'.includes(first) || /^(?:us\$|usd|eur|gbp|rub|uah)$/u.test(anchor)) {
    return tryMoneyBefore(text, at, floor);
  }
  if (MONTH_ANCHORS.has(anchor)) return tryMonthFirstDate(text, at);
  if (/^(?:half|thirds?|quarters?)$/u.test(anchor)) return tryFraction(text, at, floor);
  if (/^(?:split|shared|divided|distributed|equally)$/u.test(anchor)) {
    return tryEqualSplit(text, at, floor);
  }
  return tryWordDuration(text, at, floor);
}

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function tryDigits(text: string, at: number, floor: number): Attempt {
  const iso = stickyMatch(ISO_DATE, text, at);
  if (iso !== null) {
    const value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const end = at + iso[0].length;
    return value === undefined ? { skipTo: end } : dateFinding(at, end, value);
  }
  const dayFirst = stickyMatch(DAY_MONTH_YEAR, text, at);
  if (dayFirst !== null) {
    const month = MONTHS.get((dayFirst[2] as string).toLowerCase()) ?? 0;
    const value = isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
    const end = at + dayFirst[0].length;
    return value === undefined ? { skipTo: end } : dateFinding(at, end, value);
  }
  if (isReference(text, at, floor) || isListMarker(text, at)) {
    return { skipTo: at + (stickyMatch(BARE_NUMBER, text, at)?.[0].length ?? 1) };
  }
  const ratio = stickyMatch(RATIO, text, at);
  if (ratio !== null) return ratioFinding(text, at, ratio, floor);
  const money = stickyMatch(MONEY_AFTER, text, at);
  if (money !== null) {
    const currency = CURRENCY_WORDS.get(singular(money[4] as string)) ?? 'USD';
    const amount = scaled(money[1] as string, money[2] ?? money[3]);
    return moneyFinding(text, at, at + money[0].length, amount, currency, floor);
  }
  const percent = stickyMatch(PERCENT, text, at);
  if (percent !== null) return percentFinding(text, at, percent, floor);
  const duration = stickyMatch(DURATION, text, at);
  if (duration !== null) {
    const unit = durationUnit(duration[2] as string);
    return durationFinding(
      text,
      at,
      at + duration[0].length,
      figure(duration[1] as string),
      unit,
      floor,
    );
  }
  return quantityFinding(text, at, floor);
}

function tryMoneyBefore(text: string, at: number, floor: number): Attempt {
  const money = stickyMatch(MONEY_BEFORE, text, at);
  if (money === null) return undefined;
  const symbol = (money[1] as string).toLowerCase().trim();
  const currency = CURRENCY_PREFIXES.get(symbol) ?? 'USD';
  const amount = scaled(money[2] as string, money[3] ?? money[4]);
  return moneyFinding(text, at, at + money[0].length, amount, currency, floor);
}

function tryMonthFirstDate(text: string, at: number): Attempt {
  const match = stickyMatch(MONTH_DAY_YEAR, text, at);
  if (match === null) return undefined;
  const month = MONTHS.get((match[1] as string).toLowerCase()) ?? 0;
  const value = isoDate(Number(match[3]), month, Number(match[2]));
  const end = at + match[0].length;
  return value === undefined ? { skipTo: end } : dateFinding(at, end, value);
}

function tryWordDuration(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(WORD_DURATION, text, at);
  if (match === null) return undefined;
  const value = wordNumber(match[1] as string);
  const unit = durationUnit(match[2] as string);
  return durationFinding(text, at, at + match[0].length, value, unit, floor);
}

/** "half the profits", "two thirds of the seats", "a quarter of the revenue". */
function tryFraction(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(FRACTION, text, at);
  if (match === null) return undefined;
  const word = (match[1] as string).toLowerCase();
  const end = at + match[0].length;
  const isHalf = word === 'half';
  const phrase = ofPhrase(text, end, !isHalf);
  if (phrase === undefined) return undefined;
  // A count before the fraction: "two thirds", "three quarters", "a half".
  const { window } = windowBefore(text, Math.max(floor, at - 8), at);
  const count = FRACTION_COUNT.exec(window);
  const countWord = count?.[2]?.toLowerCase();
  const start = count === null ? at : at - (count[1] as string).length;
  const times = countWord === 'two' ? 2 : countWord === 'three' ? 3 : 1;
  const unit = isHalf ? 1 / 2 : word.startsWith('third') ? 1 / 3 : 1 / 4;
  const value = times * unit;
  if (value > 1 || (isHalf && times > 1)) return undefined;
  const bounded = withBound(text, start, floor);
  return {
    kind: 'share',
    start: bounded.start,
    end,
    extentEnd: phrase.end,
    value,
    bound: bounded.bound,
    of: phrase.of,
    ofHead: phrase.head,
    ratio: undefined,
  };
}

/** "split equally", "shared equally", "equally divided": half each, between two parties. */
function tryEqualSplit(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(EQUAL_SPLIT, text, at);
  if (match === null) return undefined;
  const end = at + match[0].length;
  // "split equally among the five" is not a half each.
  const next = wordsAfter(text, end, 1, end + WINDOW)[0];
  if (next !== undefined && /^among(?:st)?$/iu.test(next.text)) return { skipTo: end };
  const bounded = withBound(text, at, floor);
  return {
    kind: 'share',
    start: bounded.start,
    end,
    extentEnd: end,
    value: 0.5,
    bound: bounded.bound,
    of: undefined,
    ofHead: undefined,
    ratio: undefined,
  };
}

/** "50:50", "60/40", "2:1": a split when the parts add up to 100, or are single digits with ":". */
function ratioFinding(text: string, at: number, match: RegExpExecArray, floor: number): Attempt {
  const end = at + match[0].length;
  const parts = [match[1], match[3], match[4]]
    .filter((part): part is string => part !== undefined)
    .map(Number);
  const sum = parts.reduce((total, part) => total + part, 0);
  const percentSplit = sum === 100;
  // Single digits only, so "10:30" (a time) and "24/7" are not splits.
  const smallSplit =
    match[2] === ':' &&
    (match[1] as string).length === 1 &&
    (match[3] as string).length === 1 &&
    (match[4] ?? '0').length === 1;
  if (sum === 0 || !(percentSplit || smallSplit)) return { skipTo: end };
  const bounded = withBound(text, at, floor);
  const phrase = ofPhrase(text, end, true);
  return {
    kind: 'share',
    start: bounded.start,
    end,
    extentEnd: phrase?.end ?? end,
    value: (parts[0] as number) / sum,
    bound: bounded.bound,
    of: phrase?.of,
    ofHead: phrase?.head,
    ratio: parts,
  };
}

/**
 * A percentage is a share of something ("50%", "50% of the profits"); but a bounded one that
 * names no whole ("up to 40%") is a rate with a cap, a quantity in percent, and so is any
 * figure over 100%.
 */
function percentFinding(text: string, at: number, match: RegExpExecArray, floor: number): Attempt {
  const end = at + match[0].length;
  const raw = match[1] as string;
  const bounded = withBound(text, at, floor);
  const phrase = ofPhrase(text, end, true);
  const fraction = Number(`${plainNumber(raw)}e-2`);
  if (fraction > 1 || (phrase === undefined && bounded.bound !== 'exact')) {
    const condition = conditionAfter(text, end);
    return {
      kind: 'quantity',
      start: bounded.start,
      end,
      extentEnd: condition?.end ?? end,
      value: figure(raw),
      unit: 'percent',
      bound: bounded.bound,
      condition: condition?.text,
    };
  }
  return {
    kind: 'share',
    start: bounded.start,
    end,
    extentEnd: phrase?.end ?? end,
    value: fraction,
    bound: bounded.bound,
    of: phrase?.of,
    ofHead: phrase?.head,
    ratio: undefined,
  };
}

function moneyFinding(
  text: string,
  at: number,
  end: number,
  amount: number,
  currency: string,
  floor: number,
): Finding {
  const bounded = withBound(text, at, floor);
  const condition = conditionAfter(text, end);
  return {
    kind: 'money',
    start: bounded.start,
    end,
    extentEnd: condition?.end ?? end,
    amount,
    currency,
    bound: bounded.bound,
    condition: condition?.text,
  };
}

function durationFinding(
  text: string,
  at: number,
  end: number,
  value: number,
  unit: DurationUnit,
  floor: number,
): Finding {
  const bounded = withBound(text, at, floor);
  const from = fromPhrase(text, end);
  return {
    kind: 'duration',
    start: bounded.start,
    end,
    extentEnd: from?.end ?? end,
    value,
    unit,
    bound: bounded.bound,
    from: from?.text,
  };
}

function dateFinding(start: number, end: number, value: string): Finding {
  return { kind: 'date', start, end, extentEnd: end, value };
}

/** Latest year-like figure that reads as a year rather than a count ("the 2020 plan"). */
const YEAR_RANGE = { from: 1800, to: 2199 };

function quantityFinding(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(QUANTITY, text, at);
  // The digits after `at` are no places of their own, so resuming at the next character is enough.
  if (match === null) return { skipTo: at + 1 };
  const raw = match[1] as string;
  let end = at + match[0].length;
  // "(3)" in running text numbers a list.
  if (text[at - 1] === '(' && text[end] === ')' && /^\d{1,3}$/u.test(raw)) return { skipTo: end };
  const [first, second] = wordsAfter(text, end, 2, end + WINDOW);
  let unit: string | undefined;
  if (first !== undefined && isUnitNoun(first)) {
    // "5,000 Ukrainian troops": a capitalised adjective before the noun.
    const useSecond =
      /^\p{Lu}/u.test(first.text) &&
      second !== undefined &&
      /^\p{Ll}/u.test(second.text) &&
      isUnitNoun(second);
    const noun = useSecond ? (second as Word) : first;
    unit = canonicalUnit(noun.text);
    end = noun.end;
  }
  if (first !== undefined && MONTHS.has(first.text.toLowerCase().replace(/\.$/u, ''))) {
    return { skipTo: end }; // "20 November": a date without its year.
  }
  if (MONTH_BEFORE.test(windowBefore(text, Math.max(floor, at - 14), at).window)) {
    return { skipTo: end }; // "November 20": the same.
  }
  const bounded = withBound(text, at, floor);
  const plain = /^\d{4}$/u.test(raw) && match[2] === undefined;
  const year = Number(raw);
  if (
    plain &&
    year >= YEAR_RANGE.from &&
    year <= YEAR_RANGE.to &&
    bounded.bound === 'exact' &&
    unit !== PERSONNEL_UNIT
  ) {
    return { skipTo: at + raw.length }; // "in 2025", "the 2020 plan": a year, not a count.
  }
  const condition = conditionAfter(text, end);
  return {
    kind: 'quantity',
    start: bounded.start,
    end,
    extentEnd: condition?.end ?? end,
    value: scaled(raw, match[2]),
    unit,
    bound: bounded.bound,
    condition: condition?.text,
  };
}

function isUnitNoun(word: Word): boolean {
  const plain = plainWord(word.text);
  return !STOP_WORDS.has(plain) && !MONTHS.has(plain) && !SCALES.has(plain);
}

function canonicalUnit(word: string): string {
  const plain = plainWord(word);
  return PERSONNEL_WORDS.has(plain) ? PERSONNEL_UNIT : plain;
}

// --- around a figure ------------------------------------------------------------------------

const BOUNDS: ReadonlyMap<string, Bound> = new Map([
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['capped at', 'at-most'],
  ['limited to', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['not to exceed', 'at-most'],
  ['not exceeding', 'at-most'],
  ['a maximum of', 'at-most'],
  ['maximum of', 'at-most'],
  ['less than', 'at-most'],
  ['fewer than', 'at-most'],
  ['within', 'at-most'],
  ['no later than', 'at-most'],
  ['at least', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['no fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['minimum of', 'at-least'],
  ['more than', 'at-least'],
  ['in excess of', 'at-least'],
  ['about', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['roughly', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
]);

function phrasePattern(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((left, right) => right.length - left.length)
    .map((phrase) => phrase.replace('.', '\\.').split(' ').join(`${S}{1,2}`))
    .join('|');
}

// The window handed to these is a few dozen characters: each test is constant time.
const BOUND_BEFORE = new RegExp(
  String.raw`[^\p{L}\p{N}]((${phrasePattern(BOUNDS.keys())})${S}{1,2})$`,
  'iu',
);
/** Nouns that name a place in a text: the number after them is a reference, not a count. */
const REFERENCE_WORDS = [
  'articles?',
  'art\\.',
  'points?',
  'paragraphs?',
  'para\\.',
  'sections?',
  'sec\\.',
  'clauses?',
  'chapters?',
  'items?',
  'annex(?:es)?',
  'appendix',
  'resolutions?',
  'protocols?',
  'no\\.',
  'nos\\.',
  'numbers?',
  'pages?',
  'steps?',
  'phases?',
  'stages?',
  'parts?',
  'rules?',
  'schedules?',
  'versions?',
  'rounds?',
  'lines?',
  'tables?',
  'figures?',
  'fig\\.',
];
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:[^\p{L}\p{N}](?:${REFERENCE_WORDS.join('|')})${S}{1,2}|[#№§]${S}?)$`,
  'iu',
);
const BOUND_REACH = 32;
const MONTH_BEFORE = new RegExp(String.raw`[^\p{L}\p{N}](?:${MONTH})\.?${S}{1,2}$`, 'iu');

/** `text[from, to)` with the character before it (a space at the start of the text). */
function windowBefore(text: string, from: number, to: number): { window: string; offset: number } {
  return from === 0
    ? { window: ` ${text.slice(0, to)}`, offset: -1 }
    : { window: text.slice(from - 1, to), offset: from - 1 };
}

/** The bound words right before `start` ("capped at", "within approximately"), nearest first. */
function withBound(text: string, start: number, floor: number): { start: number; bound: Bound } {
  let bound: Bound | undefined;
  let at = start;
  // At most two bound phrases in a row: "within approximately 100 days".
  for (let round = 0; round < 2; round++) {
    // Every bound phrase ends in a letter or "." and a space: most figures stop here.
    if (!endsWithWordAndSpace(text, at)) break;
    const from = Math.max(floor, at - BOUND_REACH);
    const { window } = windowBefore(text, from, at);
    const match = BOUND_BEFORE.exec(window);
    if (match === null) break;
    const phrase = (match[2] as string).toLowerCase().replace(/\s+/gu, ' ');
    bound ??= BOUNDS.get(phrase) ?? 'exact';
    at -= (match[1] as string).length;
  }
  return { start: at, bound: bound ?? 'exact' };
}

/** Whether `text` before `at` ends in a letter or "." followed by one or two spaces. */
function endsWithWordAndSpace(text: string, at: number): boolean {
  let index = at - 1;
  if (!isSpaceCode(text.charCodeAt(index))) return false;
  if (isSpaceCode(text.charCodeAt(index - 1))) index--;
  const code = text.charCodeAt(index - 1);
  return (
    code === 0x2e ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0xa7
  );
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** "Article 5", "point 21", "No. 3", "§ 4": a number that names a place in a text. */
function isReference(text: string, at: number, floor: number): boolean {
  const last = text.charCodeAt(at - 1);
  if (!endsWithWordAndSpace(text, at) && last !== 0x23 && last !== 0x2116 && last !== 0xa7) {
    return false; // neither "word " nor "#", "№", "§" right before the number
  }
  const { window } = windowBefore(text, Math.max(floor, at - 16), at);
  return REFERENCE_BEFORE.test(window);
}

/** "1." "2)" "(3)" "10.1." "4 -" at the start of a line number the list, they count nothing. */
function isListMarker(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 12 && /[ \t(]/u.test(text[lineStart - 1] ?? '')) {
    lineStart--;
  }
  const atLineStart = lineStart === 0 || /[\n\r\u2028\u2029]/u.test(text[lineStart - 1] ?? '');
  if (!atLineStart) return false;
  const numberEnd = at + (stickyMatch(BARE_NUMBER, text, at)?.[0].length ?? 1);
  return stickyMatch(LIST_MARKER_AFTER, text, numberEnd) !== null;
}

function conditionAfter(text: string, end: number): { text: string; end: number } | undefined {
  const match = stickyMatch(CONDITION, text, end);
  return match === null ? undefined : { text: match[1] as string, end: end + match[0].length };
}

const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'this',
  'these',
  'those',
  'all',
  'any',
  'his',
  'her',
  'our',
  'such',
  'a',
  'an',
]);

/**
 * What a share is of: "of the profits from this venture" gives `profits`. With `needOf`
 * false the "of" may be missing ("half the profits").
 */
function ofPhrase(
  text: string,
  end: number,
  needOf: boolean,
): { of: string; head: string | undefined; end: number } | undefined {
  const ofMatch = stickyMatch(OF_WORD, text, end);
  if (ofMatch === null && needOf) return undefined;
  const start = ofMatch === null ? end : end + ofMatch[0].length;
  const words = wordsAfter(text, start, 8, start + WINDOW);
  let index = 0;
  while (index < words.length && DETERMINERS.has(plainWord((words[index] as Word).text))) index++;
  if (ofMatch === null && index === 0) return undefined; // "half" alone is not a share.
  const content: Word[] = [];
  for (; index < words.length && content.length < 4; index++) {
    const word = words[index] as Word;
    if (STOP_WORDS.has(plainWord(word.text))) break;
    content.push(word);
  }
  const firstWord = content[0];
  const lastWord = content[content.length - 1];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  return {
    of: text.slice(firstWord.start, lastWord.end),
    head: keySegment(plainWord(lastWord.text)),
    end: lastWord.end,
  };
}

const CLAUSE_WORDS = new Set([
  'and',
  'or',
  'but',
  'which',
  'that',
  'who',
  'will',
  'shall',
  'would',
  'must',
  'should',
  'can',
  'may',
  'if',
  'when',
  'while',
  'where',
  'unless',
  'until',
]);

/** What a duration counts from: "within 100 days of the signing" gives "the signing". */
function fromPhrase(text: string, end: number): { text: string; end: number } | undefined {
  const match = stickyMatch(FROM_WORD, text, end);
  if (match === null) return undefined;
  const start = end + match[0].length;
  const words: Word[] = [];
  for (const word of wordsAfter(text, start, 6, start + WINDOW)) {
    if (CLAUSE_WORDS.has(word.text.toLowerCase())) break;
    words.push(word);
  }
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  return { text: text.slice(firstWord.start, lastWord.end), end: lastWord.end };
}

// --- numbers --------------------------------------------------------------------------------

/** The digits of a figure without thousands separators: "600,000" gives "600000". */
function plainNumber(raw: string): string {
  return /^[\d.]+$/u.test(raw) ? raw : raw.replace(/[, \u00a0\u202f\u2009]/gu, '');
}

function figure(raw: string): number {
  return Number(plainNumber(raw));
}

/** A figure times its scale word, computed by the parser ("1.2e6"), so 1.2 million is exact. */
function scaled(raw: string, scale: string | undefined): number {
  const exponent = scale === undefined ? 0 : (SCALES.get(scale.toLowerCase()) ?? 0);
  return Number(`${plainNumber(raw)}e${exponent}`);
}

/** "six" 6, "twenty-five" 25, "one hundred" 100, "hundred" 100. */
function wordNumber(raw: string): number {
  const parts = raw.toLowerCase().split(/[ \u00a0-]/u);
  if (parts[1] === 'hundred') return (NUMBER_WORDS.get(parts[0] as string) ?? 1) * 100;
  return parts.reduce((total, part) => total + (NUMBER_WORDS.get(part) ?? 0), 0);
}

function durationUnit(raw: string): DurationUnit {
  const unit = raw.toLowerCase();
  return (unit.endsWith('s') ? unit : `${unit}s`) as DurationUnit;
}

function singular(raw: string): string {
  const lower = raw.toLowerCase().replace(/\s+/gu, ' ');
  return lower.replace(/s(?= sterling|$)/u, '');
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] as number)) return undefined;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// ---------------------------------------------------------------------------------------------
// Phase 2: the words around each figure give its subject (for the key) and its context.
// ---------------------------------------------------------------------------------------------

function completeTerm(
  text: string,
  finding: Finding,
  floor: number,
  ceiling: number,
): ExtractedTerm {
  const span = { start: finding.start, end: finding.end };
  const context = contextOf(text, finding.start, finding.extentEnd);
  const subject = () =>
    subjectBefore(text, finding.start, floor) ?? subjectAfter(text, finding.extentEnd, ceiling);
  switch (finding.kind) {
    case 'quantity': {
      const found = subject();
      // A bare figure counts what its subject names, when that is people under arms.
      const unit =
        finding.unit ??
        (found !== undefined && PERSONNEL_WORDS.has(found) ? PERSONNEL_UNIT : 'units');
      const unitSegment = keySegment(unit, 1) ?? 'units';
      return {
        key: baseKey('quantity', unitSegment, found),
        kind: 'quantity',
        value: finding.value,
        unit,
        bound: finding.bound,
        ...(finding.condition === undefined ? {} : { condition: finding.condition }),
        span,
        context,
      };
    }
    case 'money':
      return {
        key: baseKey('money', undefined, subject()),
        kind: 'money',
        amount: finding.amount,
        currency: finding.currency,
        bound: finding.bound,
        ...(finding.condition === undefined ? {} : { condition: finding.condition }),
        span,
        context,
      };
    case 'duration':
      return {
        key: baseKey('duration', undefined, subject()),
        kind: 'duration',
        value: finding.value,
        unit: finding.unit,
        bound: finding.bound,
        ...(finding.from === undefined ? {} : { from: finding.from }),
        span,
        context,
      };
    case 'share':
      return {
        key: baseKey('share', undefined, finding.ofHead ?? subject()),
        kind: 'share',
        value: finding.value,
        bound: finding.bound,
        ...(finding.of === undefined ? {} : { of: finding.of }),
        ...(finding.ratio === undefined ? {} : { ratio: finding.ratio }),
        span,
        context,
      };
    case 'date':
      return {
        key: baseKey('date', undefined, subject()),
        kind: 'date',
        value: finding.value,
        span,
        context,
      };
  }
}
