import type { Comparison, ComparisonRow } from '../compare/comparison.js';
import type { Casing } from '../diff/casing.js';
import {
  attribution,
  cellValue,
  defaultTitle,
  describeValue,
  markerOf,
  rowSentence,
  SILENT,
  tally,
} from './comparison-cells.js';
import type { FormatComparisonOptions } from './comparison-options.js';
import { escapeHtml, isolateHtml } from './escape.js';
import { type BandCell, bandsHtml } from './timeline-bands.js';

// `formatComparison`'s HTML: the matrix as a table with inline style, or (`view: 'timeline'`)
// one band per key drawn by the timeline page's bands.

const STYLE = [
  '.draftdiff-comparison{font-family:system-ui,sans-serif;font-size:14px;color:#1a1a1a}',
  '.draftdiff-comparison table{border-collapse:collapse}',
  '.draftdiff-comparison caption{text-align:left;font-weight:600;padding:4px 0}',
  '.draftdiff-comparison th,.draftdiff-comparison td{border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top}',
  '.draftdiff-comparison thead th{background:#f3f3f3}',
  '.draftdiff-comparison tr.disagree td,.draftdiff-comparison tr.disagree th{background:#fff1f0}',
  '.draftdiff-comparison tr.near td,.draftdiff-comparison tr.near th{background:#fffbe6}',
  '.draftdiff-comparison td.silent{color:#999;text-align:center}',
  '.draftdiff-comparison .key,.draftdiff-comparison .note{display:block;color:#666;font-size:12px}',
  '.draftdiff-comparison .marker{font-weight:700;text-align:center}',
].join('\n');

export function formatHtml(
  comparison: Comparison,
  options: FormatComparisonOptions,
  casing: Casing,
): string {
  const title = escapeHtml(options.title ?? defaultTitle(comparison));
  if (options.view === 'timeline') {
    const fragment = bandsHtml(
      comparison.drafts,
      comparison.rows.map((row) => ({
        key: row.key,
        label: row.label,
        cells: bandOf(comparison, row, casing),
      })),
      options.title ?? defaultTitle(comparison),
    );
    return options.page === true ? htmlPage(title, fragment) : fragment;
  }
  const parts = ['<section class="draftdiff-comparison">', `<style>\n${STYLE}\n</style>`];
  parts.push('<table>', `<caption>${title}</caption>`, '<thead>', '<tr>');
  parts.push('<th scope="col" title="agreement"></th>', '<th scope="col">Key</th>');
  for (const id of comparison.drafts) parts.push(`<th scope="col">${isolateHtml(id)}</th>`);
  parts.push('</tr>', '</thead>', '<tbody>');
  for (const row of comparison.rows) {
    const classes = [row.agreement, ...(row.near === true ? ['near'] : [])].join(' ');
    const meaning = row.near === true ? 'agree, bounds differ' : row.agreement;
    parts.push(`<tr class="${classes}">`);
    parts.push(
      `<td class="marker" title="${escapeHtml(meaning)}">${escapeHtml(markerOf(row))}</td>`,
    );
    const note = row.note === undefined ? '' : `<span class="note">${isolateHtml(row.note)}</span>`;
    parts.push(
      `<th scope="row">${isolateHtml(row.label)}<span class="key">${isolateHtml(row.key)}</span>${note}</th>`,
    );
    for (const id of comparison.drafts) {
      const value = cellValue(row, id);
      if (value === 'silent') {
        parts.push(`<td class="silent" title="silent">${SILENT}</td>`);
        continue;
      }
      const who = attribution(row, [id]).join('; ');
      parts.push(
        `<td title="${escapeHtml(who)}">${isolateHtml(describeValue(value, casing))}</td>`,
      );
    }
    parts.push('</tr>');
  }
  parts.push('</tbody>', '</table>', `<p>${escapeHtml(tally(comparison))}</p>`);
  if (options.details ?? true) {
    const disagreements = comparison.rows.filter((row) => row.agreement === 'disagree');
    if (disagreements.length > 0) {
      parts.push('<ul class="disagreements">');
      for (const row of disagreements)
        parts.push(`<li>${rowSentence(row, true, isolateHtml, casing)}</li>`);
      parts.push('</ul>');
    }
  }
  parts.push('</section>');
  const fragment = `${parts.join('\n')}\n`;
  return options.page === true ? htmlPage(title, fragment) : fragment;
}

/** A fragment as a whole page; `title` is escaped already. */
function htmlPage(title: string, fragment: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

/**
 * One row as the cells of a band, in column order: each stated value is `changed` when it is on
 * another side than the last value stated to its left, so the marks read left to right.
 */
function bandOf(comparison: Comparison, row: ComparisonRow, casing: Casing): BandCell[] {
  const sideOf = new Map<string, number>();
  row.sides.forEach((side, index) => {
    for (const id of side.drafts) sideOf.set(id, index);
  });
  let last: { id: string; side: number | undefined } | undefined;
  return comparison.drafts.map((id): BandCell => {
    const value = cellValue(row, id);
    if (value === 'silent') return { event: 'silent', who: [], from: [] };
    const side = sideOf.get(id);
    const event =
      value.kind === 'unaddressed'
        ? 'unaddressed'
        : last === undefined
          ? 'stated'
          : last.side === side
            ? 'unchanged'
            : 'changed';
    const from = event === 'changed' && last !== undefined ? [last.id] : [];
    last = { id, side };
    return {
      ...(side === undefined ? {} : { value: side }),
      text: describeValue(value, casing),
      event,
      who: attribution(row, [id]),
      ...(value.confidence === undefined ? {} : { confidence: String(value.confidence) }),
      from,
    };
  });
}
