/**
 * The project's own tokenizer for redlines and similarity. Linear in the text (one sticky
 * regex step per token, no backtracking across tokens) and never splits a figure ("600,000",
 * "$100 billion", "3.5%") or a grapheme (combining marks, emoji sequences, flags).
 *
 * Why not jsdiff's tokenizers: its default word tokenizer splits "600,000" into 600 , 000,
 * and its `intlSegmenter` option is quadratic on Node 20 (DESIGN.md, "Two traps").
 */

import { codePointAt } from './read-at.js';

/** What a token is. */
export type TokenType = 'figure' | 'word' | 'space' | 'symbol';

// Each alternative consumes at least one character and none can match the empty string;
// repetitions are over disjoint classes or start with a mandatory separator, so each step is
// linear in the token it returns. The groups are, in order, figure, word, space and symbol;
// they are numbered rather than named because a named match allocates a `groups` object per
// token, about a tenth of the tokenizer's time.
const TOKEN =
  /(\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])|(?:[A-Z]{1,2}[$€£¥]|[$€£¥])?\d+(?:[,.\u00a0\u202f]\d+)*(?:%|[ \u00a0](?:per[ \u00a0]cent|percent)|(?:bn|mn|m|k)|[ \u00a0](?:million|billion|trillion|bn))?(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)|(\s+)|([\s\S])/uy;

const MARK = /^\p{M}$/u;

/** Code points that always continue the grapheme before them. */
function extendsGrapheme(char: string): boolean {
  const code = codePointAt(char, 0);
  return (
    MARK.test(char) ||
    code === 0x200c || // zero width non-joiner
    code === 0x200d || // zero width joiner
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0x1f3fb && code <= 0x1f3ff) || // emoji skin-tone modifiers
    (code >= 0xe0020 && code <= 0xe007f) // emoji tag sequences
  );
}

/** Prepend characters (UAX #29) attach to the code point after them. */
const PREPEND = new Set([
  0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x0d4e,
  0x110bd, 0x110cd, 0x111c2, 0x111c3, 0x1193f, 0x11941, 0x11a3a, 0x11a84, 0x11a85, 0x11a86, 0x11a87,
  0x11a88, 0x11a89, 0x11d46, 0x11f02,
]);

function isPrepend(char: string): boolean {
  return PREPEND.has(codePointAt(char, 0));
}

const REGIONAL_INDICATOR = /^[\u{1f1e6}-\u{1f1ff}]$/u;
const ZERO_WIDTH_JOINER = '\u200d';
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Line breaks and other control characters (UAX #29 CR, LF and Control, less format characters). */
const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}]$/u;

/**
 * Whether `next` belongs to the grapheme that `last` ends, `regionalRun` being the number of
 * regional indicators that end it: the one rule `extendGrapheme` and `cutsGrapheme` share.
 */
function joinsGrapheme(last: string, next: string, regionalRun: number): boolean {
  // UAX #29 GB3-GB5: CR LF is one grapheme, and nothing else joins a line break or control on
  // either side. Otherwise a joiner or prepend sign would take the CR of a CR LF and leave the
  // LF to the next token, and a redline could cut the pair.
  if (CONTROL.test(last) || CONTROL.test(next)) return last === '\r' && next === '\n';
  return (
    extendsGrapheme(next) ||
    // GB11: a joiner joins emoji ("👨‍👩‍👧"); taking any code point after it would split the
    // Hangul jamo "ᅡᅡ" in "‍ᅡᅡ", which a joiner does not join.
    (last === ZERO_WIDTH_JOINER && PICTOGRAPHIC.test(next)) ||
    isPrepend(last) ||
    joinsHangul(last, next) ||
    // Flags are pairs of regional indicators: join the second to the first only.
    (regionalRun % 2 === 1 && REGIONAL_INDICATOR.test(next))
  );
}

/** One token with its type. */
export interface Token {
  text: string;
  type: TokenType;
}

/**
 * Where a scanner leaves the type of the token whose end it returns. A loop makes one and
 * hands it to every scan, so that scanning allocates nothing but the texts of the tokens.
 */
export interface Scanned {
  type: TokenType;
}

/** A fresh `Scanned` for one loop of scans. */
export function createScanned(): Scanned {
  return { type: 'symbol' };
}

/** Figures and words are what similarity counts ("the words"); spaces and symbols are not. */
export function isWordType(type: TokenType): boolean {
  return type === 'figure' || type === 'word';
}

/**
 * Splits text into tokens whose concatenation is exactly the text. A figure's currency prefix
 * only counts when written right before the digits ("US$5", "€180bn").
 */
export function tokenize(text: string): Token[] {
  return tokensBy(text, scanToken);
}

/**
 * `tokenize` without the ASCII fast path: the reference `test/internal/tokenize.test.ts`
 * holds the fast path to. Internal; slower.
 */
export function tokenizeWithRegex(text: string): Token[] {
  return tokensBy(text, scanTokenWithRegex);
}

function tokensBy(
  text: string,
  scan: (text: string, index: number, scanned: Scanned) => number,
): Token[] {
  const tokens: Token[] = [];
  const scanned = createScanned();
  let index = 0;
  while (index < text.length) {
    const end = scan(text, index, scanned);
    tokens.push({ text: text.slice(index, end), type: scanned.type });
    index = end;
  }
  return tokens;
}

/** The texts of `tokenize(text)`, without the objects: what the redline diffs. */
export function tokenTexts(text: string): string[] {
  const texts: string[] = [];
  const scanned = createScanned();
  let index = 0;
  while (index < text.length) {
    const end = scanToken(text, index, scanned);
    texts.push(text.slice(index, end));
    index = end;
  }
  return texts;
}

/**
 * Scans the token starting at `index`: returns where it ends and leaves its type in
 * `scanned`. Internal: `TokenTable` scans with it.
 */
export function scanToken(text: string, index: number, scanned: Scanned): number {
  const fast = scanAsciiToken(text, index, scanned);
  return fast === -1 ? scanTokenWithRegex(text, index, scanned) : fast;
}

/** `scanToken` by the regex alone: the definition the ASCII fast path must agree with. */
export function scanTokenWithRegex(text: string, index: number, scanned: Scanned): number {
  TOKEN.lastIndex = index;
  const match = TOKEN.exec(text);
  if (match === null) {
    throw new Error(`tokenize: no token at ${index}, though the last alternative takes any`);
  }
  scanned.type =
    match[1] !== undefined
      ? 'figure'
      : match[2] !== undefined
        ? 'word'
        : match[3] !== undefined
          ? 'space'
          : 'symbol';
  // Every alternative is one whole group, so the match is the token before grapheme extension.
  const value = match[0];
  return extendGrapheme(text, index + value.length, value);
}

const RIGHT_SINGLE_QUOTE = 0x2019;

/** An ASCII letter or digit: the word characters the ASCII scanners read themselves. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/** `\s` restricted to ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * `scanToken` for the tokens plain English is made of, without the regex (whose match arrays
 * cost more than the rest of the tokenizer): the token's end, its type left in `scanned`, or
 * -1 when the token might be anything else: a figure, a non-ASCII letter or space, a grapheme
 * extension. It gives the regex's answer or none:
 * - a word can only start a figure when it starts with a capital and a currency sign follows
 *   within two characters ("US$5"), so those go to the regex;
 * - the word, space and symbol alternatives are tried in the regex's order, and each stops
 *   exactly where its regex would, deferring whenever a non-ASCII character could extend it.
 *
 * It reads no character past `end + 1` of the token it returns, where the regex may look any
 * distance ahead ("1,2345x" backtracks to "1"): `TokenTable.scanPair` relies on this to reuse
 * the tokens of a shared prefix.
 */
export function scanAsciiToken(text: string, index: number, scanned: Scanned): number {
  const length = text.length;
  const first = text.charCodeAt(index);
  let end = index + 1;
  let type: TokenType;
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
    if (first <= 0x5a) {
      const second = text.charCodeAt(index + 1);
      if (isCurrencySign(second)) return -1;
      if (second >= 0x41 && second <= 0x5a && isCurrencySign(text.charCodeAt(index + 2))) return -1;
    }
    // [\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*
    for (;;) {
      while (end < length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
      if (end >= length) break;
      const next = text.charCodeAt(end);
      if (next === 0x27 || next === 0x2d || next === RIGHT_SINGLE_QUOTE) {
        if (end + 1 >= length) break;
        const after = text.charCodeAt(end + 1);
        if (isAsciiAlphanumeric(after)) {
          end += 2;
          continue;
        }
        if (after >= 0x80) return -1;
        break;
      }
      if (next >= 0x80) return -1;
      break;
    }
    type = 'word';
  } else if (isAsciiSpace(first)) {
    while (end < length && isAsciiSpace(text.charCodeAt(end))) end++;
    if (end < length && text.charCodeAt(end) >= 0x80) return -1;
    type = 'space';
  } else if (first < 0x80 && !(first >= 0x30 && first <= 0x39) && first !== 0x24) {
    // Any other ASCII character but a digit or "$" (which may start a figure) is a symbol.
    type = 'symbol';
  } else {
    return -1;
  }
  if (end < length && text.charCodeAt(end) >= 0x300) return -1;
  scanned.type = type;
  return end;
}

function isCurrencySign(code: number): boolean {
  // $ € £ ¥
  return code === 0x24 || code === 0x20ac || code === 0xa3 || code === 0xa5;
}

/** Moves `end` past code points that belong to the grapheme ending at `end`. */
function extendGrapheme(text: string, end: number, value: string): number {
  // Fast path for the common case, same answer: no code point below U+0300 extends a grapheme
  // (combining marks start there; joiners, selectors, modifiers, tags and regional indicators
  // lie far above), and none below U+0600 (the first prepend character) or a surrogate joins
  // what follows it (but CR, whose LF a run of spaces always takes with it).
  if (
    end >= text.length ||
    (text.charCodeAt(end) < 0x300 && value.charCodeAt(value.length - 1) < 0x600)
  ) {
    return end;
  }
  let last = lastCodePoint(value);
  let regionalRun = REGIONAL_INDICATOR.test(last) ? 1 : 0;
  while (end < text.length) {
    const next = String.fromCodePoint(codePointAt(text, end));
    // A lone surrogate is a code point of its own here, so it never pairs with anything.
    if (!joinsGrapheme(last, next, regionalRun)) break;
    regionalRun = REGIONAL_INDICATOR.test(next) ? regionalRun + 1 : 0;
    last = next;
    end += next.length;
  }
  return end;
}

/** The Hangul syllable type of a code point (UAX #29), or undefined for any other. */
function hangulType(char: string): 'L' | 'V' | 'T' | 'LV' | 'LVT' | undefined {
  const code = codePointAt(char, 0);
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c)) return 'L';
  if ((code >= 0x1160 && code <= 0x11a7) || (code >= 0xd7b0 && code <= 0xd7c6)) return 'V';
  if ((code >= 0x11a8 && code <= 0x11ff) || (code >= 0xd7cb && code <= 0xd7fb)) return 'T';
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 0 ? 'LV' : 'LVT';
  return undefined;
}

/**
 * UAX #29 GB6-GB8: jamo join into syllables. A word token holds them already; this matters
 * when a grapheme reaches them by extension, as "؀ᅡᅡ" does through its prepend sign.
 */
function joinsHangul(last: string, next: string): boolean {
  const before = hangulType(last);
  if (before === undefined) return false;
  const after = hangulType(next);
  if (before === 'L') return after !== undefined && after !== 'T';
  if (before === 'V' || before === 'LV') return after === 'V' || after === 'T';
  return after === 'T';
}

/**
 * True when cutting `text` at `index` would split a surrogate pair or a grapheme by the rules
 * the tokenizer keeps whole: for code that trims text a code unit at a time, as the redline
 * does when it folds whitespace (src/diff/redline.ts).
 */
export function cutsGrapheme(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) return true;
  let regionalRun = 0;
  for (let at = index; at >= 2 && REGIONAL_INDICATOR.test(text.slice(at - 2, at)); at -= 2) {
    regionalRun++;
  }
  const last = lastCodePoint(text.slice(Math.max(0, index - 2), index));
  return joinsGrapheme(last, String.fromCodePoint(codePointAt(text, index)), regionalRun);
}

function lastCodePoint(value: string): string {
  const code = codePointAt(value, value.length - 1);
  // A trailing low surrogate belongs to a pair that started one unit earlier.
  if (code >= 0xdc00 && code <= 0xdfff && value.length >= 2) {
    const pair = codePointAt(value, value.length - 2);
    if (pair > 0xffff) return String.fromCodePoint(pair);
  }
  return String.fromCodePoint(code);
}

/**
 * The lower-cased word and figure tokens of a text, for similarity: what a reader would call
 * "the words", without spacing and punctuation.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  const scanned = createScanned();
  let index = 0;
  while (index < text.length) {
    const end = scanToken(text, index, scanned);
    if (isWordType(scanned.type)) words.push(text.slice(index, end).toLowerCase());
    index = end;
  }
  return words;
}
