import type { Comparison } from '../compare/comparison.js';
import type { Casing } from '../diff/casing.js';
import { maxOf, pushAll } from '../internal/push-all.js';
import { numberAt, readAt } from '../internal/read-at.js';
import {
  cellValue,
  defaultTitle,
  describeValue,
  LEGEND,
  markerOf,
  rowSentence,
  SILENT,
  tally,
} from './comparison-cells.js';
import type { FormatComparisonOptions } from './comparison-options.js';
import { escapePlainText } from './escape.js';
import type { PaintRole } from './format-diff.js';
import { fitColumns, hangingWrap, widthOf, wrapWords } from './text-table.js';

// `formatComparison`'s text: the matrix in aligned columns, or a block per row when it cannot fit.

const plainPaint = (_role: PaintRole, text: string) => text;

export function formatText(
  comparison: Comparison,
  width: number,
  options: FormatComparisonOptions,
  casing: Casing,
): string {
  const paint = options.paint ?? plainPaint;
  const { lineWidth } = options;
  const lines = hangingWrap(
    escapePlainText(options.title ?? defaultTitle(comparison)),
    lineWidth,
    2,
  ).map((line) => paint('heading', line));
  pushAll(lines, hangingWrap(tally(comparison), lineWidth, 2));
  if (comparison.rows.length > 0) {
    const header = ['', options.rowName === 'key' ? 'key' : 'label', ...comparison.drafts];
    const body = comparison.rows.map((row) => [
      markerOf(row),
      options.rowName === 'key' ? row.key : row.label,
      ...comparison.drafts.map((id) => describeValue(cellValue(row, id), casing)),
    ]);
    const table = [header, ...body].map((cells) => cells.map((cell) => escapePlainText(cell)));
    const widths = fitColumns(table, width, GAP.length, lineWidth);
    lines.push('');
    pushAll(
      lines,
      widths === undefined
        ? stackedRows(comparison, table, lineWidth, paint)
        : tableRows(comparison, table, widths, paint),
    );
    lines.push('');
    // One entry a line when the legend is wider than the line.
    if (lineWidth === undefined || widthOf(LEGEND) <= lineWidth) lines.push(LEGEND);
    else for (const entry of LEGEND.split(GAP)) pushAll(lines, hangingWrap(entry, lineWidth, 2));
  }
  if (options.details ?? true) {
    const disagreements = comparison.rows.filter((row) => row.agreement === 'disagree');
    if (disagreements.length > 0) {
      lines.push('', paint('heading', 'Disagreements'));
      for (const row of disagreements) {
        const sentence = `${markerOf(row)} ${rowSentence(row, true, escapePlainText, casing)}`;
        pushAll(lines, hangingWrap(sentence, lineWidth, 2));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Between two columns. */
const GAP = '  ';

/**
 * The matrix, each cell wrapped to its column: a row takes as many lines as its tallest cell.
 * The text is painted, then padded outside the paint, so styles never cover the gaps and the
 * last column carries no trailing spaces.
 */
function tableRows(
  comparison: Comparison,
  table: readonly (readonly string[])[],
  widths: readonly number[],
  paint: (role: PaintRole, text: string) => string,
): string[] {
  const lines: string[] = [];
  table.forEach((cells, index) => {
    const row = index === 0 ? undefined : comparison.rows[index - 1];
    const wrapped = cells.map((cell, column) => wrapWords(cell, numberAt(widths, column)));
    const height = maxOf(wrapped.map((cell) => cell.length));
    const last = cells.length - 1;
    for (let line = 0; line < height; line++) {
      const painted = wrapped.map((cell, column) => {
        const text = cell[line] ?? '';
        const gap = column === last ? '' : ' '.repeat(numberAt(widths, column) - widthOf(text));
        if (text === '') return gap;
        if (index === 0) return paint('heading', text) + gap;
        if (column === 0 && row?.agreement === 'disagree') return paint('change', text) + gap;
        if (text === SILENT && cells[column] === SILENT) return paint('dim', text) + gap;
        return text + gap;
      });
      lines.push(painted.join(GAP).trimEnd());
    }
  });
  return lines;
}

/**
 * When the matrix cannot fit the line (many drafts, a narrow terminal), one block per row:
 * the marker and the row's name, then each draft that states the key with its value.
 */
function stackedRows(
  comparison: Comparison,
  table: readonly (readonly string[])[],
  lineWidth: number | undefined,
  paint: (role: PaintRole, text: string) => string,
): string[] {
  const lines: string[] = [];
  const drafts = readAt(table, 0).slice(2);
  table.slice(1).forEach((cells, index) => {
    const row = readAt(comparison.rows, index);
    const mark = readAt(cells, 0);
    const marker = mark === '' ? ' ' : mark;
    const head = hangingWrap(`${marker} ${readAt(cells, 1)}`, lineWidth, 2);
    pushAll(
      lines,
      head.map((line, at) =>
        at === 0 && row.agreement === 'disagree' ? paint('change', line) : line,
      ),
    );
    drafts.forEach((id, column) => {
      const value = readAt(cells, column + 2);
      if (value === SILENT) return;
      pushAll(lines, hangingWrap(`${id}: ${value}`, lineWidth, 6, 4));
    });
  });
  return lines;
}
