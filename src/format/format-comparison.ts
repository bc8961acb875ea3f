import type { Comparison, ComparisonRow } from '../compare/comparison.js';
import { selectRows } from '../compare/filter-comparison.js';
import { readComparison, readRow } from '../compare/read-comparison.js';
import { describeValue as describeArgument } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { parseSource } from '../model/parse-part.js';
import type { Source } from '../model/source.js';
import { casingOfRows, rowSentence, sourceName } from './comparison-cells.js';
import { formatHtml } from './comparison-html.js';
import { formatMarkdown } from './comparison-markdown.js';
import {
  COMPARISON_FORMATS,
  type ComparisonFormat,
  type FormatComparisonOptions,
} from './comparison-options.js';
import { formatText } from './comparison-text.js';
import { escapePlainText } from './escape.js';

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
