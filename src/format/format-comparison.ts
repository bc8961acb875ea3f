import type { Comparison, ComparisonRow, ComparisonValue } from '../compare/comparison.js';
import { type ComparisonFilter, selectRows } from '../compare/filter-comparison.js';
import { readComparison, readRow } from '../compare/read-comparison.js';
import { addTerms, type Casing, casingFrom } from '../diff/casing.js';
import { describeTermValue } from '../diff/describe-term.js';
import { describeValue as describeArgument } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { maxOf, pushAll } from '../internal/push-all.js';
import { parseSource } from '../model/parse-part.js';
import type { Source } from '../model/source.js';
import { escapeHtml, escapeMarkdown, escapePlainText, isolateHtml } from './escape.js';
import type { PaintRole } from './format-diff.js';
import { fitColumns, hangingWrap, widthOf, wrapWords } from './text-table.js';
import { type BandCell, bandsHtml } from './timeline-html.js';

/** The output formats of `formatComparison`. */
export type ComparisonFormat = 'text' | 'markdown' | 'json' | 'html';

/** The formats `formatComparison` accepts, for validating a `--format` flag. */
export const COMPARISON_FORMATS = [
  'text',
  'markdown',
  'json',
  'html',
] as const satisfies readonly ComparisonFormat[];

/** Options of `formatComparison`; the filter fields pick the rows shown (see `ComparisonFilter`). */
export interface FormatComparisonOptions extends ComparisonFilter {
  /** Text: the widest a cell may be, in characters, before its words wrap onto more lines (at least 8; a longer word widens its column). @defaultValue 28 */
  width?: number;
  /**
   * Text: the widest a line may be (a terminal's width; at least 20). Columns narrow to fit,
   * down to their longest word; when even that is too wide, each row is listed as a block, one
   * line per draft. Long sentences wrap. @defaultValue no limit
   */
  lineWidth?: number;
  /** Text: what names a row, its human `label` or its dotted `key`. @defaultValue 'label' */
  rowName?: 'label' | 'key';
  /** Text, Markdown and HTML: list each disagreement as one sentence under the matrix. @defaultValue true */
  details?: boolean;
  /** Markdown heading, HTML caption and page title. @defaultValue 'Comparison of N drafts' */
  title?: string;
  /** HTML: a whole page (doctype, head, body) rather than a fragment. @defaultValue false */
  page?: boolean;
  /**
   * HTML: `matrix`, the table; or `timeline`, one band per key across the drafts in column
   * order, each cell coloured by value, marked where the value differs from the last one
   * stated to its left, and naming its outlets. Pass drafts in `history` order for a story;
   * `buildTimeline` adds dates and lineage. @defaultValue 'matrix'
   */
  view?: 'matrix' | 'timeline';
  /**
   * Text: styles a piece of output (the CLI passes one that adds terminal colors); must return
   * the text unchanged but for styling. @defaultValue no styling
   */
  paint?: (role: PaintRole, text: string) => string;
}

/** What a silent draft shows in a cell. */
const SILENT = '·';

const MARKERS = { disagree: '≠', near: '≈', agree: '=', single: '' } as const;

/**
 * Renders a comparison as a matrix, keys down and drafts across: `text` (aligned columns),
 * `markdown` (a table), `html` (a self-contained fragment, or a page with `page: true`; inline
 * CSS, no script) or `json` (the `Comparison`, rows filtered, as JSON with two-space indent).
 * Rows are marked `≠` when the drafts disagree, `=` when they agree, `≈` when they agree on a
 * figure with different bounds (`near`) and not at all when one draft states the key; a
 * silent draft shows `·`.
 *
 * Every string from the drafts goes through `escapeMarkdown` or `escapeHtml`; in text, line
 * breaks and control characters are replaced so a value cannot break the columns or drive the
 * terminal. Throws `DraftdiffError` `INVALID_ARGUMENT` for an unknown format or bad option.
 *
 * @example
 * console.log(formatComparison(compareDrafts(drafts), 'text', { only: 'disagree' }));
 */
export function formatComparison(
  comparison: Comparison,
  format: ComparisonFormat,
  options: FormatComparisonOptions = {},
): string {
  return guardCall('formatComparison', [comparison, format, options], () => {
    readOptions(options, 'formatComparison');
    const width = options.width ?? 28;
    if (!Number.isInteger(width) || width < 8) {
      throw new DraftdiffError('INVALID_ARGUMENT', 'width must be a whole number of at least 8');
    }
    const { lineWidth } = options;
    if (lineWidth !== undefined && (!Number.isInteger(lineWidth) || lineWidth < 20)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        'lineWidth must be a whole number of at least 20',
      );
    }
    checkFormatOptions(options);
    const checked = readComparison(comparison, 'formatComparison');
    const shown = selectRows(checked, options);
    // Learnt from every row, not only those shown: the capitals of a name may be in another.
    const casing = casingOfRows(checked.rows);
    switch (format) {
      case 'text':
        return formatText(shown, width, options, casing);
      case 'markdown':
        return formatMarkdown(shown, options, casing);
      case 'html':
        return formatHtml(shown, options, casing);
      case 'json':
        return `${JSON.stringify(shown, null, 2)}\n`;
      default:
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `unknown format ${describeArgument(format)}; expected one of ${COMPARISON_FORMATS.join(', ')}`,
        );
    }
  });
}

/** Options of `formatComparisonRow`. */
export interface FormatComparisonRowOptions {
  /** Name the silent drafts at the end of the sentence. @defaultValue true */
  silent?: boolean;
}

/**
 * One row as one plain sentence, each value followed by who reports it:
 * `Armed forces cap: 600,000 personnel (Axios; The Irish Times citing Bloomberg) vs about
 * 400,000 personnel (other accounts); silent: guardian`. A draft whose value cites no outlet is
 * named by its id. The row's note, if any, ends the sentence in brackets.
 */
export function formatComparisonRow(
  row: ComparisonRow,
  options: FormatComparisonRowOptions = {},
): string {
  return guardCall('formatComparisonRow', [row, options], () => {
    const { silent } = readOptions(options, 'formatComparisonRow');
    if (silent !== undefined && typeof silent !== 'boolean') {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        'formatComparisonRow: silent must be true or false',
      );
    }
    const checked = readRow(row, 'formatComparisonRow');
    return rowSentence(checked, silent ?? true, escapePlainText, casingOfRows([checked]));
  });
}

/** The options every format reads, checked so a wrong type fails here and not mid-format. */
function checkFormatOptions(options: FormatComparisonOptions): void {
  const fail = (message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `formatComparison: ${message}`);
  if (options.rowName !== undefined && options.rowName !== 'label' && options.rowName !== 'key') {
    throw fail('rowName must be "label" or "key"');
  }
  for (const flag of ['details', 'page'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') {
      throw fail(`${flag} must be true or false`);
    }
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw fail('title must be a string');
  }
  if (options.view !== undefined && options.view !== 'matrix' && options.view !== 'timeline') {
    throw fail('view must be "matrix" or "timeline"');
  }
  if (options.paint !== undefined && typeof options.paint !== 'function') {
    throw fail('paint must be a function');
  }
}

/** The sentence of `formatComparisonRow`, with every user string passed through `escapeText`. */
function rowSentence(
  row: ComparisonRow,
  silent: boolean,
  escapeText: (text: string) => string,
  casing: Casing,
): string {
  const sides = row.sides.map((side) => {
    const who = attribution(row, side.drafts);
    return `${escapeText(describeValue(side.value, casing))} (${who.map(escapeText).join('; ')})`;
  });
  let sentence = `${escapeText(row.label)}: ${sides.join(' vs ')}`;
  const quiet = silentDrafts(row);
  if (silent && quiet.length > 0) sentence += `; silent: ${quiet.map(escapeText).join(', ')}`;
  if (row.note !== undefined) sentence += ` [${escapeText(row.note)}]`;
  return sentence;
}

/** The outlets behind the drafts of one side, deduplicated in order; ids for drafts citing none. */
function attribution(row: ComparisonRow, drafts: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of drafts) {
    const sources = Object.hasOwn(row.sources, id) ? (row.sources[id] as Source[]) : [];
    if (sources.length === 0) names.push(id);
    for (const source of sources) names.push(sourceName(source));
  }
  return [...new Set(names)];
}

/** `Outlet`, or `Outlet citing Other` when the outlet attributes its account. */
export function describeSource(source: Source): string {
  return guardCall('describeSource', [source], () => {
    const checked = parseSource(source);
    if (!checked.success) {
      const issue = checked.issues[0];
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `describeSource: not a valid source${issue === undefined ? '' : ` (${issue.path || '(root)'}: ${issue.message})`}`,
        { path: issue?.path },
      );
    }
    return sourceName(checked.value);
  });
}

/** `describeSource` for a source already checked. */
function sourceName(source: Source): string {
  return source.citing === undefined ? source.outlet : `${source.outlet} citing ${source.citing}`;
}

function silentDrafts(row: ComparisonRow): string[] {
  return Object.entries(row.values)
    .filter(([, value]) => value === 'silent')
    .map(([id]) => id);
}

function cellValue(row: ComparisonRow, id: string): ComparisonValue {
  return Object.hasOwn(row.values, id) ? (row.values[id] as ComparisonValue) : 'silent';
}

/** A cell in words: `·` for a silent draft. Its terms are checked (`readComparison`): kinds known. */
function describeValue(value: ComparisonValue, casing: Casing): string {
  return value === 'silent' ? SILENT : describeTermValue(value, casing);
}

/**
 * The casing of the words the rows carry (labels, notes, names in sets and subjects), so a
 * status value keeps the capitals the drafts give its proper nouns: "relinquished to Russia".
 */
function casingOfRows(rows: readonly ComparisonRow[]): Casing {
  return casingFrom((add) => {
    for (const row of rows) {
      add(row.label);
      if (row.note !== undefined) add(row.note);
      for (const value of Object.values(row.values)) {
        if (value !== 'silent') {
          addTerms([value], add);
          if (value.kind === 'text' && typeof value.value === 'string') add(value.value);
        }
      }
    }
  });
}

function markerOf(row: ComparisonRow): string {
  if (row.agreement === 'disagree') return MARKERS.disagree;
  if (row.agreement === 'agree') return row.near === true ? MARKERS.near : MARKERS.agree;
  return MARKERS.single;
}

function defaultTitle(comparison: Comparison): string {
  const count = comparison.drafts.length;
  return `Comparison of ${count} draft${count === 1 ? '' : 's'}`;
}

/** `12 keys: 3 disagree, 5 agree (1 with different bounds), 4 stated by one draft`. */
function tally(comparison: Comparison): string {
  const count = (agreement: string) =>
    comparison.rows.filter((row) => row.agreement === agreement).length;
  const near = comparison.rows.filter((row) => row.near === true).length;
  const keys = comparison.rows.length;
  return `${keys} key${keys === 1 ? '' : 's'}: ${count('disagree')} disagree, ${count('agree')} agree${near > 0 ? ` (${near} with different bounds)` : ''}, ${count('single')} stated by one draft`;
}

const LEGEND = '≠ disagree  = agree  ≈ agree, bounds differ  · silent';

// Text ----------------------------------------------------------------------------------------

const plainPaint = (_role: PaintRole, text: string) => text;

function formatText(
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
        ? stackedRows(comparison, table, lineWidth as number, paint)
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
    const wrapped = cells.map((cell, column) => wrapWords(cell, widths[column] as number));
    const height = maxOf(wrapped.map((cell) => cell.length));
    const last = cells.length - 1;
    for (let line = 0; line < height; line++) {
      const painted = wrapped.map((cell, column) => {
        const text = cell[line] ?? '';
        const gap = column === last ? '' : ' '.repeat((widths[column] as number) - widthOf(text));
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
  lineWidth: number,
  paint: (role: PaintRole, text: string) => string,
): string[] {
  const lines: string[] = [];
  const drafts = (table[0] as readonly string[]).slice(2);
  table.slice(1).forEach((cells, index) => {
    const row = comparison.rows[index] as ComparisonRow;
    const marker = cells[0] === '' ? ' ' : (cells[0] as string);
    const head = hangingWrap(`${marker} ${cells[1] as string}`, lineWidth, 2);
    pushAll(
      lines,
      head.map((line, at) =>
        at === 0 && row.agreement === 'disagree' ? paint('change', line) : line,
      ),
    );
    drafts.forEach((id, column) => {
      const value = cells[column + 2] as string;
      if (value === SILENT) return;
      pushAll(lines, hangingWrap(`${id}: ${value}`, lineWidth, 6, 4));
    });
  });
  return lines;
}

// Markdown ------------------------------------------------------------------------------------

function formatMarkdown(
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

// HTML ----------------------------------------------------------------------------------------

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

function formatHtml(
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
