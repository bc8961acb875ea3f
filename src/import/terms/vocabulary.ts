/**
 * The closed word lists of term extraction. They are English, small and generic (no place or
 * party names), so that the same lists serve a ceasefire text, a term sheet or a bill.
 *
 * Lists that are looked up word by word are sets and maps; lists that a recogniser's regular
 * expression takes in are alternations (`'hours?|days?'`), written here as the pattern wants
 * them, so a change to the words is made in this file and nowhere else. How the words are
 * put together (spaces, order, what may follow) is grammar, and stays with the recognisers.
 */

import type { Bound } from '../../model/term.js';
import { SPACE } from './patterns.js';

/** Words that never name what a figure measures: function words, bound words, fillers. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'above',
  'after',
  'all',
  'almost',
  'also',
  'am',
  'among',
  'amongst',
  'an',
  'and',
  'another',
  'any',
  'approximately',
  'are',
  'around',
  'as',
  'at',
  'be',
  'been',
  'before',
  'being',
  'below',
  'between',
  'both',
  'but',
  'by',
  'can',
  'cannot',
  'capped',
  'close',
  'could',
  'did',
  'do',
  'does',
  'due',
  'during',
  'each',
  'either',
  'estimated',
  'every',
  'exactly',
  'exceed',
  'exceeding',
  'few',
  'fewer',
  'first',
  'for',
  'from',
  'further',
  'had',
  'has',
  'have',
  'having',
  'he',
  'her',
  'here',
  'his',
  'i',
  'if',
  'in',
  'including',
  'into',
  'is',
  'it',
  'its',
  'just',
  'last',
  'least',
  'less',
  'limited',
  'many',
  'max',
  'maximum',
  'may',
  'might',
  'min',
  'minimum',
  'more',
  'most',
  'much',
  'must',
  'nearly',
  'neither',
  'next',
  'no',
  'nor',
  'not',
  'of',
  'off',
  'on',
  'only',
  'onto',
  'or',
  'other',
  'our',
  'out',
  'over',
  'own',
  'past',
  'per',
  'prior',
  'provided',
  'roughly',
  'same',
  'shall',
  'she',
  'should',
  'so',
  'some',
  'such',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'total',
  'under',
  'unless',
  'until',
  'up',
  'upon',
  'via',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'will',
  'with',
  'within',
  'without',
  'worth',
  'would',
  'you',
  'your',
]);

/**
 * Words after which the next word is most likely a verb ("will be capped", "it produces",
 * "to rebuild"). Without a part-of-speech tagger this is the cheapest way to keep verbs out
 * of keys: the word after one of these is skipped when looking for the measured noun.
 */
export const VERB_MARKERS: ReadonlySet<string> = new Set([
  'also',
  'are',
  'be',
  'been',
  'being',
  'can',
  'cannot',
  'could',
  'did',
  'do',
  'does',
  'had',
  'has',
  'have',
  'he',
  'is',
  'it',
  'may',
  'might',
  'must',
  'not',
  'shall',
  'she',
  'should',
  'that',
  'they',
  'to',
  'was',
  'we',
  'were',
  'which',
  'who',
  'will',
  'would',
]);

/**
 * Verbs that link a subject to its figure ("the forces remain at 800,000", "the cap stands
 * at 600,000", "the output split 50:50"): the figure measures the subject, never the verb.
 * They are passed over when looking for the measured noun before a figure; only forms that
 * are not common nouns there are listed ("a 60/40 split" still names its split after it).
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'become',
  'becomes',
  'became',
  'comprise',
  'comprises',
  'equal',
  'equals',
  'falls',
  'fell',
  'grew',
  'grow',
  'grows',
  'hover',
  'hovers',
  'lasted',
  'lasts',
  'number',
  'numbering',
  'numbers',
  'reach',
  'reaches',
  'remain',
  'remains',
  'rises',
  'ran',
  'rose',
  'runs',
  'split',
  'splits',
  'stand',
  'stands',
  'stays',
  'stood',
  'total',
  'totals',
]);

/** Endings of adverbs ("automatically", "prospectively"): they never name what a figure measures. */
export const ADVERB_ENDING = /(?:ally|ely|ously|ively|fully|edly|ingly|ably|ibly|arily)$/u;

/**
 * Nouns for people under arms, all counted in one unit so that "600,000 personnel" and
 * "800,000 troops" state the same measure; a bare figure after "armed forces" counts them too.
 */
export const PERSONNEL_WORDS: ReadonlySet<string> = new Set([
  'armies',
  'army',
  'force',
  'forces',
  'military',
  'personnel',
  'servicemembers',
  'servicemen',
  'servicewomen',
  'soldiers',
  'troops',
]);

/** The unit that every word of `PERSONNEL_WORDS` is counted in. */
export const PERSONNEL_UNIT = 'personnel';

/** Month names and their usual abbreviations, to their number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

/** Number words that count durations: "six months", "twenty-five years", "one hundred days". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
]);

/** Powers of ten that scale words and their newsroom abbreviations stand for. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['k', 3],
  ['million', 6],
  ['mn', 6],
  ['mln', 6],
  ['m', 6],
  ['billion', 9],
  ['bn', 9],
  ['trillion', 12],
  ['tn', 12],
  ['trn', 12],
]);

/** Currency symbols and codes written before an amount, to their ISO 4217 code. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us$', 'USD'],
  ['$', 'USD'],
  ['usd', 'USD'],
  ['€', 'EUR'],
  ['eur', 'EUR'],
  ['£', 'GBP'],
  ['gbp', 'GBP'],
  ['₽', 'RUB'],
  ['rub', 'RUB'],
  ['₴', 'UAH'],
  ['uah', 'UAH'],
]);

/** Currency words written after an amount (singular, lower case), to their ISO 4217 code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['us dollar', 'USD'],
  ['euro', 'EUR'],
  ['pound', 'GBP'],
  ['pound sterling', 'GBP'],
  ['rouble', 'RUB'],
  ['ruble', 'RUB'],
  ['hryvnia', 'UAH'],
  ['hryvna', 'UAH'],
]);

/** Scale words written out: "1.2 million". */
export const LONG_SCALE = 'thousand|million|billion|trillion';

/** Scale abbreviations of newsrooms, for money only ("$100bn"): "5m" may be five metres. */
export const SHORT_SCALE = 'bn|mn|mln|tn|trn|m|k';

/** Month names and their abbreviations, lower case. */
export const MONTH = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/** The units of a duration, singular or plural. */
export const TIME_UNIT = 'hours?|days?|weeks?|months?|years?';

/** Words between a figure and its time unit that do not change the unit: "five business days". */
export const DAY_KIND = 'business|calendar|working|consecutive|clear|full|banking';

/** Currency names written after an amount. */
export const CURRENCY_WORD = `US${SPACE}dollars?|dollars?|euros?|pounds?${SPACE}sterling|pounds?|roubles?|rubles?|hryvnias?|hryvnas?`;

/** Currency symbols written before an amount. */
export const CURRENCY_SYMBOL = String.raw`US\$|\$|€|£|₽|₴`;

/** Bound phrases written before a figure. */
export const BOUNDS_BEFORE: ReadonlyMap<string, Bound> = new Map([
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
  ['not fewer than', 'at-least'],
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

/** Bound words written after a figure: "50% or more", "ten or fewer lines". */
export const BOUNDS_AFTER: ReadonlyMap<string, Bound> = new Map([
  ['more', 'at-least'],
  ['greater', 'at-least'],
  ['higher', 'at-least'],
  ['longer', 'at-least'],
  ['above', 'at-least'],
  ['over', 'at-least'],
  ['less', 'at-most'],
  ['fewer', 'at-most'],
  ['lower', 'at-most'],
  ['shorter', 'at-most'],
  ['below', 'at-most'],
  ['under', 'at-most'],
]);

/** Nouns that name a place in a text (or a version, or a room): the number after them is one. */
export const REFERENCE_WORDS: readonly string[] = [
  '(?:sub-?)?articles?',
  '(?:sub-?)?sections?',
  '(?:sub-?)?paragraphs?',
  '(?:sub-?)?clauses?',
  'arts?\\.',
  'secs?\\.',
  'paras?\\.',
  'subparas?\\.',
  'cl\\.',
  'chap\\.',
  'ch\\.',
  'pt\\.',
  'points?',
  'items?',
  'chapters?',
  'parts?',
  'titles?',
  'annex(?:es)?',
  'appendix',
  'appendices',
  'exhibits?',
  'schedules?',
  'recitals?',
  'rules?',
  'regulations?',
  'directives?',
  'resolutions?',
  'protocols?',
  'no\\.',
  'nos\\.',
  'numbers?',
  'pages?',
  'pp?\\.',
  'steps?',
  'phases?',
  'stages?',
  'rounds?',
  'lines?',
  'tables?',
  'figures?',
  'fig\\.',
  'footnotes?',
  'options?',
  'versions?',
  'ver\\.',
  'v\\.?',
  'rev\\.',
  'revisions?',
  'releases?',
  'editions?',
  'suite',
  'ste\\.',
  'floors?',
  'fl\\.',
  'rooms?',
  'rm\\.',
  'apt\\.',
  'apartments?',
  'box',
  'building',
  'bldg\\.',
];

/** Words that close a share or a count of parts, never a unit: "two thirds". */
export const NOT_UNITS: ReadonlySet<string> = new Set([
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'percent',
  'per',
  'cent',
]);

/** Parts of a text: "the foregoing two (2) sentences" counts no term, it points at text. */
export const TEXT_PARTS: ReadonlySet<string> = new Set([
  'article',
  'chapter',
  'clause',
  'item',
  'line',
  'page',
  'paragraph',
  'point',
  'provision',
  'recital',
  'section',
  'sentence',
  'subparagraph',
  'subsection',
]);

/** Bound words that set a deadline: the figure after them is a year ("no later than 2026"). */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(['no later than', 'within']);

/** Two words that name people under arms though neither alone does: "service members". */
export const PERSONNEL_COMPOUNDS: ReadonlySet<string> = new Set([
  'service member',
  'service members',
  'uniformed personnel',
]);

/** Street types after a house number and a street name: "1 Microsoft Way". */
export const STREET_TYPE =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Way|Court|Ct|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Plaza|Circle|Row|Crescent|Close|Gardens|Park|Alley|Walk|Quay|Wharf|Broadway|Strasse|Straße';

/** Words that open a new clause: the phrase a duration counts from stops before them. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
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

/** Words that open a noun phrase without saying what it names. */
export const DETERMINERS: ReadonlySet<string> = new Set([
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

/** Irregular participles that stand before the noun they qualify. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'written',
  'given',
  'taken',
  'chosen',
]);

/** The number words below ten, as an alternation. */
export const UNITS_WORD = 'one|two|three|four|five|six|seven|eight|nine';

/** The tens from twenty, as an alternation. */
export const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** Ten to nineteen, as an alternation. */
export const TEENS_WORD =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** Fraction words that state a share: "half the profits", "two thirds of the seats". */
export const FRACTION_WORD = 'half|thirds?|quarters?';

/** Verbs that split something equally with "equally": "shared equally", "equally divided". */
export const SPLIT_VERB = 'split|shared|divided|distributed';

/** Currency codes written before an amount ("USD 20 million"), as an alternation. */
export const CURRENCY_CODE = 'USD|EUR|GBP|RUB|UAH';

/** Words that point at a stretch of the text itself: "the foregoing", "the following". */
export const POINTING_WORDS = 'foregoing|preceding|following|above|previous|next|last|first|said';

/** Words that announce a phone number: "Tel.: 555 0100". */
export const PHONE_WORDS = 'tel|telephone|phone|fax|mobile|ph';

/** Words after a duration that say what it counts from: "within 100 days of the signing". */
export const FROM_WORDS = 'of|from|after|following';

/**
 * Names of instruments that a date after them cites ("the WIPO Copyright Treaty adopted on
 * 20 December 1996"), capitalised as titles write them.
 */
export const INSTRUMENT_NAMES = 'Treaty|Convention|Directive|Regulation|Act|Protocol|Charter';

/** Words that cannot end a clause (articles, prepositions, conjunctions): the line goes on. */
export const OPEN_ENDING_WORDS = 'the|an?|of|on|to|at|in|by|for|from|with|within|than|under|and|or';
