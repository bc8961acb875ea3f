/** Code points at or above U+0300: below them every string is already NFC (combining marks start there). */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/**
 * `text` in Unicode normal form C, without calling `normalize` for text that is NFC already
 * because it has no code point at or above U+0300 (most clauses): `normalize` copies the
 * string even when nothing changes.
 */
export function toNfc(text: string): string {
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}
