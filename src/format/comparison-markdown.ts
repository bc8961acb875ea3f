import type { Comparison } from '../compare/comparison.js';
import type { Casing } from '../diff/casing.js';
import {
  cellValue,
  defaultTitle,
  describeValue,
  LEGEND,
  markerOf,
  rowSentence,
  tally,
} from './comparison-cells.js';
import type { FormatComparisonOptions } from './comparison-options.js';
import { escapeMarkdown } from './escape.js';

// `formatComparison`'s Markdown: a heading, the tally, the matrix as a table, the disagreements.

export function formatMarkdown(
  comparison: Comparison,
  options: FormatComparisonOptions,
  casing: Casing,
): string {
  const lines = [
    `## ${escapeMarkdown(options.title ?? defaultTitle(comparison))}`,
    '',
    tally(comparison),
  ];
  if (comparison.rows.length > 0) {
    const header = ['', 'Key', ...comparison.drafts.map(escapeMarkdown)];
    lines.push('', tableLine(header), tableLine(header.map(() => '---')));
    for (const row of comparison.rows) {
      const name = `${escapeMarkdown(row.label)} (${escapeMarkdown(row.key)})${row.note === undefined ? '' : ` *${escapeMarkdown(row.note)}*`}`;
      const cells = comparison.drafts.map((id) =>
        escapeMarkdown(describeValue(cellValue(row, id), casing)),
      );
      lines.push(tableLine([markerOf(row), name, ...cells]));
    }
    lines.push('', escapeMarkdown(LEGEND));
  }
  if (options.details ?? true) {
    const disagreements = comparison.rows.filter((row) => row.agreement === 'disagree');
    if (disagreements.length > 0) {
      lines.push('', '### Disagreements', '');
      for (const row of disagreements)
        lines.push(`- ${rowSentence(row, true, escapeMarkdown, casing)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
