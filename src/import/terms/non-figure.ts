/**
 * Digits that state no figure: references and citations (see `reference.ts`), street
 * addresses ("51 Franklin Street"), phone numbers, times ("5 p.m."), codes with a leading
 * zero ("02110") and list markers ("1." at the start of a line). The scanner asks here before
 * any recogniser, and skips what is found.
 */

import { SPACE, stickyMatch, windowBefore } from './patterns.js';
import { citationEnd, designatorsEnd, isReferenceNumber } from './reference.js';
import { PHONE_WORDS, STREET_TYPE } from './vocabulary.js';

const S = SPACE;

/** A house number, one to three capitalised words and a street type: "1 Microsoft Way". */
const ADDRESS = new RegExp(
  String.raw`\d{1,6}[A-Za-z]?${S}{1,2}(?:\p{Lu}[\p{L}'’.\-]{0,24}${S}{1,2}){1,3}(?:${STREET_TYPE})(?!\p{L})`,
  'uy',
);
/** A clock time: "5 p.m.", "10:30 am", "9 o'clock". */
const TIME = new RegExp(
  String.raw`\d{1,2}(?:[:.]\d{2})?${S}{0,2}(?:[ap]\.${S}?m\.?|[ap]m|o['’]clock)(?!\p{L})`,
  'iuy',
);
/** The digits, brackets, spaces and dashes of one phone number. */
const PHONE_RUN = /\+?\(?\d{1,4}\)?(?:[ .\-/]{1,2}\(?\d{1,5}\)?){0,6}/uy;
// Tested on a window of a dozen characters before the number: constant time.
const PHONE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${PHONE_WORDS})\.?:?\s{0,3}$`,
  'iu',
);
const LEADING_ZERO = /0\d{1,15}/uy;
/** A list marker's number and what ends it: "1." "2)" "10.1." "4 -" "1.Definitions". */
const MARKER_NUMBER = /\d{1,4}/uy;
const MARKER_END = new RegExp(
  [
    String.raw`(?:\.\d{1,3}){0,3}(?:[.):]|[ \t]{1,3}[-–—])(?=[ \t\r\n]|$)`,
    String.raw`(?:\.\d{1,3}){0,3}\.(?=\p{Lu})`,
    String.raw`(?:\.\d{1,3}){1,3}\.?[ \t]{1,3}(?=\p{Lu})`,
  ].join('|'),
  'uy',
);
/** How far back a list marker may be indented, boxed or bulleted on its line. */
const MARKER_INDENT = 12;

/**
 * Where to resume scanning when the digits at `at` state no figure (a reference, citation,
 * address, phone number, time, code or list marker); `undefined` when they may state one.
 * `floor` is the end of the previous figure: nothing before it is looked at.
 */
export function nonFigureEnd(text: string, at: number, floor: number): number | undefined {
  if (text[at] === '+') return at + (stickyMatch(PHONE_RUN, text, at)?.[0].length ?? 1);
  const zero = stickyMatch(LEADING_ZERO, text, at);
  if (zero !== null) return at + zero[0].length;
  if (isReferenceNumber(text, at, floor)) return designatorsEnd(text, at);
  const citation = citationEnd(text, at);
  if (citation !== undefined) return citation;
  if (PHONE_BEFORE.test(windowBefore(text, Math.max(floor, at - 14), at))) {
    return at + (stickyMatch(PHONE_RUN, text, at)?.[0].length ?? 1);
  }
  const address = stickyMatch(ADDRESS, text, at);
  if (address !== null) return at + address[0].length;
  const time = stickyMatch(TIME, text, at);
  if (time !== null) return at + time[0].length;
  return listMarkerEnd(text, at);
}

/** End of the list marker at `at` ("1." "2)" "(3)" "10.1." at the start of a line), if it is one. */
function listMarkerEnd(text: string, at: number): number | undefined {
  let lineStart = at;
  while (
    lineStart > 0 &&
    at - lineStart < MARKER_INDENT &&
    /[ \t(*•>|]/u.test(text[lineStart - 1] ?? '')
  ) {
    lineStart--;
  }
  const atLineStart = lineStart === 0 || /[\n\r\u2028\u2029]/u.test(text[lineStart - 1] ?? '');
  if (!atLineStart) return undefined;
  const number = stickyMatch(MARKER_NUMBER, text, at);
  const numberEnd = at + (number?.[0].length ?? 1);
  const marker = stickyMatch(MARKER_END, text, numberEnd);
  return marker === null ? undefined : numberEnd + marker[0].length;
}
