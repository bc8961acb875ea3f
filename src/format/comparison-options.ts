import type { ComparisonFilter } from '../compare/filter-comparison.js';
import type { PaintRole } from './format-diff.js';

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
