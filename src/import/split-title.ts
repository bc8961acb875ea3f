/**
 * Headings: whether the first line of a provision is its title ("1. Definitions." followed
 * by its body) or the start of its text ("1. The sovereignty of Ukraine is reaffirmed."),
 * and the lines that head a part of their own (an appendix, a second document).
 */

import { AUXILIARIES, MINOR_WORDS, PART_WORDS } from './heading-words.js';

/** What came right after the first line of a provision, as far as a title needs to know. */
export interface HeadContext {
  /** Its marker was written without a space ("1.Definitions"), as headings are in EUPL-1.2. */
  tight: boolean;
  /** The line is underlined by a rule or marked `#` in Markdown. */
  marked: boolean;
  /**
   * What followed: nothing, a sub-point, a line after a blank line, a line going on in
   * lower case (the same sentence, wrapped), a short capitalised line that reads as the next
   * heading ("B. Territory"), or any other line.
   */
  after: 'none' | 'child' | 'blank' | 'lower' | 'heading' | 'text';
  /** Length of the line that followed, when one did. */
  nextLength: number;
}

/** Longest line that can be a title: headings are short, clauses are not. */
const MAX_TITLE = 100;
const MAX_TITLE_WORDS = 12;
// Two sentences: a run-in heading ("2. Grant of Copyright License. Subject to ...") or prose.
// A word of one letter before the stop is an initial or an abbreviation ("U.S. GOVERNMENT").
const SENTENCE_BREAK = /\p{L}{2}[.!?]["”’)]?[ \t]+["“‘(]?\p{Lu}/u;

/**
 * The title of a provision whose first line is `head`, or `undefined` when that line is the
 * start of its text. A title is a short capitalised phrase (at most 100 characters and 12
 * words, one sentence, no auxiliary verb, not ending with `:` `;` `,` or a dash) followed
 * by a body or by sub-points, and one of: its marker or a rule marks it as a heading; it
 * is in title case or capitals; a blank line or a sub-point follows it and it has no final
 * full stop or is at most three words ("Other rights."); or, with no final full stop, it is
 * at most six words and half as long as the line that follows it. Outside title case, a
 * figure rules a title out ("3. Within 100 days."). A final full stop is dropped.
 */
export function titleOf(head: string, context: HeadContext): string | undefined {
  if (context.after === 'none' || context.after === 'lower' || head.length > MAX_TITLE) {
    return undefined;
  }
  const title = head.replace(/[ \t]*\.$/u, '');
  if (
    title === '' ||
    !/^["“‘'(]?\p{Lu}/u.test(title) ||
    /[:;,\-–—!?]$/u.test(title) ||
    SENTENCE_BREAK.test(title)
  ) {
    return undefined;
  }
  const words = title.split(/[ \t]+/u);
  if (words.length > MAX_TITLE_WORDS || words.some((word) => AUXILIARIES.has(bare(word)))) {
    return undefined;
  }
  if (context.tight || context.marked) return title;
  if (context.after === 'heading') return undefined;
  if (isTitleCase(words)) return title;
  const ended = title.length < head.length;
  const figure = /\d/u.test(title);
  if (figure) return undefined;
  const apart = context.after === 'blank' || context.after === 'child';
  if (apart && (words.length <= 3 || !ended)) return title;
  return !ended && words.length <= 6 && title.length * 2 <= context.nextLength ? title : undefined;
}

/**
 * Whether `line` (starting a paragraph) heads a document of its own when the numbering
 * starts again after it: a short capitalised line with no final punctuation, such as "GNU
 * GENERAL PUBLIC LICENSE" before the second text of LGPL-3.0.
 */
export function isFrontMatterHeading(line: string): boolean {
  return (
    line.length <= 80 &&
    /^\p{Lu}/u.test(line) &&
    !/[.,;:!?]$/u.test(line) &&
    line.split(/[ \t]+/u).length <= 10
  );
}

// "Appendix", "Annex 2", "Exhibit A - Notice", "APPENDIX: How to apply": the word alone, or
// with a short designation, then the end of the line or punctuation.
const PART = new RegExp(
  String.raw`^(?:${PART_WORDS})(?:[ \t]{1,3}[\p{L}\d]{1,4})?[ \t]{0,3}(?:[:.(\-–—]|$)`,
  'iu',
);

/** The line after a candidate heading, as far as `isPartHeading` needs to know. */
export interface NextLine {
  /** Its text. */
  text: string;
  /** It starts a paragraph. */
  paragraphStart: boolean;
}

/**
 * Whether `line` (starting a paragraph after the first point) opens an unnumbered part: an
 * appendix, annex, exhibit, schedule, attachment or addendum heading, or a line in capitals
 * that stands alone ("NO WARRANTY", "END OF TERMS AND CONDITIONS", a notice's heading): at
 * most 100 characters and 14 words, no comma, semicolon or auxiliary verb, no final
 * punctuation, and `next` is a new paragraph or not in capitals, so the first line of a
 * paragraph in capitals is not taken for one.
 */
export function isPartHeading(line: string, next: NextLine | undefined): boolean {
  if (line.length > 120) return false;
  if (PART.test(line)) return true;
  if (
    line.length > 100 ||
    /[\p{Ll},;]|[.:!?]$/u.test(line) ||
    (line.match(/\p{Lu}/gu)?.length ?? 0) < 3
  ) {
    return false;
  }
  const words = line.split(/[ \t]+/u);
  if (words.length > 14 || words.some((word) => AUXILIARIES.has(bare(word)))) return false;
  return next === undefined || next.paragraphStart || /\p{Ll}/u.test(next.text);
}

function isTitleCase(words: readonly string[]): boolean {
  let significant = 0;
  for (const word of words) {
    const letters = bare(word);
    if (letters === '' || MINOR_WORDS.has(letters)) continue;
    significant++;
    if (!/^["“‘'(]?[\p{Lu}\d]/u.test(word)) return false;
  }
  return significant > 0;
}

/** The word in lower case without its punctuation: "Licensee's" -> "licensees". */
function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}]/gu, '');
}
