/**
 * Reading the words around a figure: where its clause starts and ends, the words before and
 * after it, and the context string shown to readers. Every function looks at a window of at
 * most `WINDOW` characters, so a pass over all the figures of a text stays linear.
 */

import { isInlineSpaceCode } from './patterns.js';
import { OPEN_ENDING_WORDS } from './vocabulary.js';

/** How far, in UTF-16 code units, any look around a figure reaches. */
export const WINDOW = 100;

/** One word of prose and where it sits. */
export interface Word {
  /** The word as written. */
  text: string;
  /** Offset of its first code unit. */
  start: number;
  /** Offset just past its last code unit. */
  end: number;
}

/** The index of the first word from `from` that fails `test`; `words.length` when all pass. */
export function skipWords(
  words: readonly Word[],
  from: number,
  test: (word: Word) => boolean,
): number {
  let index = from;
  for (let word = words[index]; word !== undefined && test(word); word = words[index]) index++;
  return index;
}

/** The bare lower-case form of a word, for the word lists ("Ukraine's" gives "ukraine"). */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/['’]s?$/u, '');
}

/** Whether the character at `index` ends a clause: `;` `:` `!` `?`, a line break, or a full stop. */
export function isBoundary(text: string, index: number): boolean {
  // Character codes, not regexes: this runs for every character of every context window.
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return true;
  switch (code) {
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x2028:
    case 0x2029:
      return true;
    case 0x0a:
    case 0x0d:
      return !isSoftWrap(text, index);
    case 0x2e: // .
      break;
    default:
      return false;
  }
  const next = text.charCodeAt(index + 1);
  if (!Number.isNaN(next) && !isSpaceCode(next)) return false; // "1.5", "U.S.A"
  // "U.S. guarantee", "Donald J. Trump": a single capital before the stop is an initial.
  return !(isUpperCase(text[index - 1]) && !isLetter(text[index - 2]));
}

/** Most spaces looked past on either side of a line break (indentation). */
const WRAP_REACH = 12;

/**
 * Whether the line break at `index` only wraps a sentence: the line before ends in neither
 * punctuation that closes a clause nor a blank, and the next line goes on in lower case
 * (licences are hard-wrapped: "shall, upon 60 days\n   notice from Participant").
 */
function isSoftWrap(text: string, index: number): boolean {
  let before = index - 1;
  if (text.charCodeAt(index) === 0x0a && text.charCodeAt(before) === 0x0d) before--;
  const beforeLimit = before - WRAP_REACH;
  while (before > beforeLimit && isInlineSpaceCode(text.charCodeAt(before))) before--;
  const last = text[before];
  if (last === undefined || !/[\p{L}\p{N},)”"’]/u.test(last)) return false;
  let after = index + 1;
  if (text.charCodeAt(index) === 0x0d && text.charCodeAt(after) === 0x0a) after++;
  const afterLimit = after + WRAP_REACH;
  while (after < afterLimit && isInlineSpaceCode(text.charCodeAt(after))) after++;
  const next = text[after] ?? '';
  if (/\p{Ll}/u.test(next)) return true;
  // "(as amended on\nSeptember 28, 1979)": no clause ends in a preposition or an article.
  return (
    /[\p{L}\p{N}$€£]/u.test(next) &&
    OPEN_ENDED.test(text.slice(Math.max(0, before - 7), before + 1))
  );
}

/** The last word of a line that cannot end a clause: the line goes on after the break. */
const OPEN_ENDED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${OPEN_ENDING_WORDS})$`, 'iu');

/** Whether `code` is white space as `\s` defines it (spelled out: no regex per character). */
function isSpaceCode(code: number): boolean {
  if (code < 0x100) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isUpperCase(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /\p{Lu}/u.test(char);
}

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /\p{L}/u.test(char);
}

/** Start of the clause that holds `index`, looking back no further than `floor`. */
export function clauseStart(text: string, index: number, floor: number): number {
  const limit = Math.max(floor, index - WINDOW);
  for (let at = index - 1; at >= limit; at--) {
    if (isBoundary(text, at)) return at + 1;
  }
  return limit;
}

/** End of the clause that holds `index`, looking ahead no further than `ceiling`. */
export function clauseEnd(text: string, index: number, ceiling: number): number {
  const limit = Math.min(ceiling, index + WINDOW, text.length);
  for (let at = index; at < limit; at++) {
    if (isBoundary(text, at)) return at;
  }
  return limit;
}

/** What a character is to a word: none, a letter (or mark), inner punctuation (`'` `’` `-`), a digit. */
enum CharacterClass {
  None,
  Letter,
  Inner,
  Digit,
}

/** Classes of non-ASCII code units, worked out once each (0: not yet; else class + 1). */
const CLASS_CACHE = new Uint8Array(0x10000);

/** The class of the UTF-16 code unit `code`; outside ASCII, a regex the first time only. */
function classOf(code: number): CharacterClass {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      return CharacterClass.Letter;
    }
    if (code >= 0x30 && code <= 0x39) return CharacterClass.Digit;
    return code === 0x27 || code === 0x2d ? CharacterClass.Inner : CharacterClass.None;
  }
  const cached = CLASS_CACHE[code] ?? 0;
  if (cached !== 0) return cached - 1;
  const computed = classOfUnicode(code);
  CLASS_CACHE[code] = computed + 1;
  return computed;
}

function classOfUnicode(code: number): CharacterClass {
  if (code === 0x2019) return CharacterClass.Inner;
  // A lone surrogate half is neither: letters outside the BMP end a word (rare in prose).
  const char = String.fromCharCode(code);
  if (/[\p{L}\p{M}]/u.test(char)) return CharacterClass.Letter;
  return /\p{N}/u.test(char) ? CharacterClass.Digit : CharacterClass.None;
}

/** Whether the code unit at `index` can be part of a word (a window cut next to it cut a word). */
function isWordAt(text: string, index: number): boolean {
  return (
    index >= 0 && index < text.length && classOf(text.charCodeAt(index)) !== CharacterClass.None
  );
}

/** Longest word read; longer runs of letters are not words of prose. */
const MAX_WORD = 60;

/**
 * The run of word characters from `start`, read as a word: leading `'` and `-` are skipped;
 * no word when it holds a digit ("G8") or no letter, or is over `MAX_WORD` long.
 */
function readRun(
  text: string,
  start: number,
  limit: number,
): { word: Word | undefined; end: number } {
  let at = start;
  let first = -1;
  let digit = false;
  while (at < limit) {
    const kind = classOf(text.charCodeAt(at));
    if (kind === CharacterClass.None) break;
    if (kind === CharacterClass.Digit) digit = true;
    if (kind === CharacterClass.Letter && first === -1) first = at;
    at++;
  }
  if (digit || first === -1 || at - first > MAX_WORD) return { word: undefined, end: at };
  return { word: { text: text.slice(first, at), start: first, end: at }, end: at };
}

/** The whole words inside `[from, to)`; a word cut by either edge is left out. */
export function wordsBetween(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let at = from;
  // A run that starts before `from` was cut by the window: skip it.
  if (isWordAt(text, from - 1)) {
    while (at < to && isWordAt(text, at)) at++;
  }
  while (at < to) {
    if (!isWordAt(text, at)) {
      at++;
      continue;
    }
    const run = readRun(text, at, to);
    const cut = run.end === to && isWordAt(text, to);
    if (run.word !== undefined && !cut) words.push(run.word);
    at = run.end;
  }
  return words;
}

/**
 * The words that follow `position`, each after one to three spaces (punctuation, a figure or
 * a line break ends the run), at most `count` of them and none ending past `ceiling`.
 */
export function wordsAfter(text: string, position: number, count: number, ceiling: number): Word[] {
  const words: Word[] = [];
  const limit = Math.min(ceiling, text.length);
  let at = position;
  while (words.length < count) {
    let spaces = 0;
    while (spaces < 4 && at < limit && isInlineSpaceCode(text.charCodeAt(at))) {
      at++;
      spaces++;
    }
    if (spaces === 0 || spaces > 3 || at >= limit) break;
    if (classOf(text.charCodeAt(at)) !== CharacterClass.Letter) break;
    const run = readRun(text, at, limit);
    // A word running into the ceiling may go on past it: not a whole word.
    if (run.word === undefined || isWordAt(text, run.end)) break;
    words.push(run.word);
    at = run.end;
  }
  return words;
}

/** Moves `index` off the low half of a surrogate pair, so a slice never splits a character. */
function safeIndex(text: string, index: number, direction: 1 | -1): number {
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  const splitsPair = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  return splitsPair ? index + direction : index;
}

/** How far the context reaches on each side of a figure. */
const CONTEXT_SIDE = 80;
/** Longest context: the schema's limit. */
const MAX_CONTEXT = 500;

/**
 * The clause around `[start, end)`, white space collapsed: the words that say what the figure
 * measures, for a reader. At most `CONTEXT_SIDE` characters on each side, cut at word edges.
 */
export function contextOf(text: string, start: number, end: number): string {
  let from = safeIndex(text, clauseStart(text, start, Math.max(0, start - CONTEXT_SIDE)), 1);
  if (isWordAt(text, from - 1)) {
    // The window cut a word in two: drop the partial word at its edge.
    while (from < start && isWordAt(text, from)) from++;
  }
  let to = safeIndex(text, clauseEnd(text, end, end + CONTEXT_SIDE), -1);
  if (isWordAt(text, to)) {
    while (to > end && isWordAt(text, to - 1)) to--;
  }
  const context = collapseSpaces(text.slice(from, to)).trim();
  // A figure with a long qualifier and 60-letter words could pass the schema's 500.
  return context.length <= MAX_CONTEXT
    ? context
    : `${context.slice(0, safeIndex(context, MAX_CONTEXT - 1, -1))}…`;
}

/** Runs of white space as one space; checked by code first, as most contexts have none. */
function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 0x20;
    if ((space && previousSpace) || (!space && isSpaceCode(code))) {
      return text.replace(/\s+/gu, ' ');
    }
    previousSpace = space;
  }
  return text;
}
