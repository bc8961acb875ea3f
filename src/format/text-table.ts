import { numberAt } from '../internal/read-at.js';

/**
 * Plain-text layout for terminals: words wrapped to a width, and table columns narrowed to fit a
 * line. A word is broken only when it is wider than its whole column; nothing is cut off.
 */

/** Length in code points: what a terminal shows for most scripts (wide CJK is not measured). */
export function widthOf(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The widest word of `text`. */
export function widestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(' ')) widest = Math.max(widest, widthOf(word));
  return widest;
}

/**
 * `text` (one line, single spaces, as `escapePlainText` leaves it) wrapped into lines of at most
 * `width` code points, greedily at spaces; a word wider than `width` is broken, as a last resort.
 * Always at least one line.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    let rest = word;
    let size = widthOf(rest);
    if (used > 0 && used + 1 + size <= width) {
      line += ` ${rest}`;
      used += 1 + size;
      continue;
    }
    if (used > 0) lines.push(line);
    while (size > width) {
      const points = Array.from(rest);
      lines.push(points.slice(0, width).join(''));
      rest = points.slice(width).join('');
      size -= width;
    }
    line = rest;
    used = size;
  }
  lines.push(line);
  return lines;
}

/**
 * Column widths for cells that may each be at most `cap` wide (or as wide as their widest
 * word), narrowed (widest first, never below a column's widest word) until a line of them, `gap` apart, fits `lineWidth`; undefined
 * when even that does not fit.
 */
export function fitColumns(
  table: readonly (readonly string[])[],
  cap: number,
  gap: number,
  lineWidth: number | undefined,
): number[] | undefined {
  const columns = table[0]?.length ?? 0;
  const widths: number[] = [];
  const floors: number[] = [];
  for (let column = 0; column < columns; column++) {
    let widest = 0;
    let word = 0;
    for (const cells of table) {
      const cell = cells[column] ?? '';
      widest = Math.max(widest, widthOf(cell));
      word = Math.max(word, widestWord(cell));
    }
    // A word wider than the cap widens its column: words wrap, they are not cut.
    widths.push(Math.min(widest, Math.max(cap, word)));
    floors.push(word);
  }
  if (lineWidth === undefined) return widths;
  let total = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, columns - 1);
  while (total > lineWidth) {
    // The widest column that can still give: one character at a time, so widths stay even.
    let pick = -1;
    for (let column = 0; column < columns; column++) {
      const spare = numberAt(widths, column) > numberAt(floors, column);
      if (spare && (pick === -1 || numberAt(widths, column) > numberAt(widths, pick))) {
        pick = column;
      }
    }
    if (pick === -1) return undefined;
    widths[pick] = numberAt(widths, pick) - 1;
    total--;
  }
  return widths;
}

/**
 * `text` wrapped to `lineWidth`, its first line indented by `lead` spaces and the others by
 * `indent`; one line when there is no width.
 */
export function hangingWrap(
  text: string,
  lineWidth: number | undefined,
  indent: number,
  lead = 0,
): string[] {
  const first = ' '.repeat(lead);
  if (lineWidth === undefined || lead + widthOf(text) <= lineWidth) return [first + text];
  const [top = '', ...rest] = wrapWords(text, Math.max(1, lineWidth - lead));
  if (rest.length === 0) return [first + top];
  const pad = ' '.repeat(indent);
  const others = wrapWords(rest.join(' '), Math.max(1, lineWidth - indent));
  return [first + top, ...others.map((line) => pad + line)];
}
