/**
 * Numbers that name a place in a text or in the law, never an amount: references ("Section
 * 2.1", "Sections 2.1 or 2.2", "§ 3", "Article 5", "paragraph 2(b)"), version numbers
 * ("version 2.0", "v. 1.1"), and citations ("48 C.F.R. 2.101", "17 U.S.C. § 101"). A
 * reference is read to the end of its list ("Sections 1, 2, 5, 6, 7, and 8"), so that no
 * number of the list is taken for a count.
 */

import { ABBREVIATION, SPACE, stickyMatch, windowBefore } from './patterns.js';
import { REFERENCE_WORDS } from './vocabulary.js';

const S = SPACE;

// Tested on a window of `REFERENCE_REACH` characters: constant time per number.
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:[^\p{L}\p{N}](?:${REFERENCE_WORDS.join('|')})\s{1,3}|[#№§]${S}?)$`,
  'iu',
);
/** Longest reference word and the spaces after it, looked at before a number. */
const REFERENCE_REACH = 24;

/** One designator of a list: "2.1", "2.2(b)", "252.227-7014(a)(1)", "5a", "(b)". */
const DESIGNATOR = new RegExp(
  String.raw`(?:\d{1,6}(?:[.\-–]\d{1,6}){0,5}(?:[a-z](?!\p{L}))?|\([a-zA-Z0-9]{1,6}\))(?:${S}?\([a-zA-Z0-9]{1,6}\)){0,6}`,
  'uy',
);
/** What joins two designators of one list: ", ", " and ", ", and/or ", " through ". */
const SEPARATOR = new RegExp(
  String.raw`(?:(?:${S}{0,2},)?\s{1,3}(?:and/or|and|or|through|thru|to|until|&)\s{1,3}|${S}{0,2}[,–—-]${S}{0,3})(?:§{1,2}${S}?)?(?=[\d(])`,
  'iuy',
);
/** The code between a title number and a section: " C.F.R. ", " U.S.C. § ". */
const CITATION_CODE = new RegExp(
  String.raw`${S}{1,2}(?:${ABBREVIATION})${S}{0,2}(?:§{1,2}${S}?)?(?=\d)`,
  'uy',
);

/**
 * Whether the number at `at` follows a word that names a place ("Section 2.1", "v. 1.1",
 * "§ 3", "Suite 330"), looking back no further than `floor`. The word may end the previous
 * line: licences wrap "Section\n2.1".
 */
export function isReferenceNumber(text: string, at: number, floor: number): boolean {
  let index = at - 1;
  while (index >= at - 3 && /\s/u.test(text[index] ?? '')) index--;
  const code = text.charCodeAt(index);
  const letterOrMark =
    code === 0x2e ||
    code === 0xa7 ||
    code === 0x23 ||
    code === 0x2116 ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a);
  if (!letterOrMark) return false; // neither "word " nor "#", "№", "§" right before the number
  return REFERENCE_BEFORE.test(windowBefore(text, Math.max(floor, at - REFERENCE_REACH), at));
}

/**
 * End of the list of designators that starts at `at`: "2.1 or 2.2", "1, 2, 5, 6, 7, and 8",
 * "2.2(a) and 2.2(b)", "12.212 and 48 C.F.R. 227.7202-1 through 227.7202-4".
 */
export function designatorsEnd(text: string, at: number): number {
  let end = at;
  let position = at;
  // Every round consumes at least one character, so the loop is linear in the list's length.
  for (;;) {
    const designator = stickyMatch(DESIGNATOR, text, position);
    if (designator === null || designator[0].length === 0) return end;
    end = position + designator[0].length;
    const code = stickyMatch(CITATION_CODE, text, end);
    if (code !== null) {
      position = end + code[0].length;
      continue;
    }
    const separator = stickyMatch(SEPARATOR, text, end);
    if (separator === null) return end;
    position = end + separator[0].length;
  }
}

/**
 * End of the citation at `at` ("48 C.F.R. 2.101", "5 U.S.C. 552", "17 U.S.C. § 101"), or
 * `undefined` when the number there cites nothing.
 */
export function citationEnd(text: string, at: number): number | undefined {
  const title = stickyMatch(DESIGNATOR, text, at);
  if (title === null || title[0].length === 0) return undefined;
  return stickyMatch(CITATION_CODE, text, at + title[0].length) === null
    ? undefined
    : designatorsEnd(text, at);
}
