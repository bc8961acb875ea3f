/**
 * The regular-expression grammar every recogniser of figures shares (white space, a number,
 * a percent sign, an abbreviation), and the helpers that run it; the words the recognisers
 * take in are in `vocabulary.ts`. Every quantifier is bounded or runs over one class with a fixed delimiter, so no
 * pattern can backtrack catastrophically: each test at a place costs a bounded amount.
 */

/** Horizontal white space that may sit inside one phrase ("600,000 personnel"). */
export const SPACE = String.raw`[ \t\u00a0\u202f\u2009]`;

const S = SPACE;

/** A figure as newsrooms write it: 600,000 / 1 000 / 1.5 / 2025. Not followed by more digits. */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,4}|\d{1,15}(?:\.\d{1,6})?)(?!\d|[.,]\d)`;

/** "per cent", "percent", "%": what makes a figure a percentage. */
export const PERCENT_SIGN = String.raw`${S}{0,2}%|${S}{1,2}(?:per${S}?cent|percent)(?!\p{L})`;

/**
 * A dotted abbreviation of capitals ("C.F.R.", "U.S.C.", "Stat.") or a short all-capital one
 * ("USC"): between two figures it names a code or a reporter, so the figures cite a law.
 */
export const ABBREVIATION = String.raw`(?:\p{Lu}\p{Ll}{0,5}\.${S}?){1,5}|\p{Lu}{2,6}(?!\p{L})`;

/** Runs `pattern` (sticky) at `at` only. */
export function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * `text[from, to)` with the character before it (a space at the start of the text), so a
 * pattern that wants a non-letter before a word can test the window alone.
 */
export function windowBefore(text: string, from: number, to: number): string {
  return from === 0 ? ` ${text.slice(0, to)}` : text.slice(from - 1, to);
}

/** Whether `code` is a space or tab inside one line of prose. */
export function isInlineSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009;
}
