import type { Change, DraftDiff, Hunk } from '../diff/change.js';
import { readDiff } from '../diff/read-diff.js';
import { REWRITE_SIMILARITY } from '../diff/summarize.js';
import { assertNever } from '../internal/assert-never.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { pushAll } from '../internal/push-all.js';
import { readAt } from '../internal/read-at.js';
import { placeOf, textOf } from './diff-outline.js';
import { escapePlainText } from './escape.js';
import { type ChangeGroup, describeGroup, groupRenumberings } from './group-changes.js';
import { renderDiffHtml } from './html.js';
import { renderDiffMarkdown } from './markdown.js';

/** The output formats of `formatDiff`. */
export type DiffFormat = 'text' | 'markdown' | 'html' | 'json';

/** What a painter is asked to style in text output. */
export type PaintRole = 'heading' | 'insert' | 'delete' | 'change' | 'dim';

/** Options of `formatDiff`. */
export interface FormatDiffOptions {
  /**
   * Styles a piece of text output (the CLI passes one that adds terminal colors). Must return
   * the text unchanged but for styling. @defaultValue no styling
   */
  paint?: (role: PaintRole, text: string) => string;
}

/**
 * Renders a diff for people (`text`) or programs (`json`, the `DraftDiff` as stable JSON).
 *
 * @example
 * console.log(formatDiff(diffDrafts(a, b), 'text'));
 */
export function formatDiff(
  diff: DraftDiff,
  format: DiffFormat,
  options: FormatDiffOptions = {},
): string {
  return guardCall('formatDiff', [diff, format, options], () => {
    readDiff(diff, 'formatDiff');
    const { paint } = readOptions(options, 'formatDiff');
    if (paint !== undefined && typeof paint !== 'function') {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `formatDiff: options.paint must be a function, got ${describeValue(paint, 40)}`,
      );
    }
    switch (format) {
      case 'text':
        return formatDiffText(diff, options);
      case 'markdown':
        return renderDiffMarkdown(diff);
      case 'html':
        return renderDiffHtml(diff);
      case 'json':
        return formatDiffJson(diff);
      default:
        // `describeValue`, not `String`: a null-prototype object or a deeply nested array would throw.
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `unknown format ${describeValue(format, 40)}; expected one of text, markdown, html, json`,
        );
    }
  });
}

/**
 * The diff as JSON. The entry check is shallow, so a value JSON cannot hold (a bigint, a cycle,
 * nesting past the stack) surfaces here, as the `DraftdiffError` it is for the caller.
 */
function formatDiffJson(diff: DraftDiff): string {
  try {
    return `${JSON.stringify(diff, null, 2)}\n`;
  } catch (error) {
    const reason =
      error instanceof Error && typeof error.message === 'string'
        ? error.message.replace(/\s+/g, ' ').slice(0, 120)
        : describeValue(error, 40);
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `formatDiff: diff cannot be written as JSON: ${reason}`,
      { cause: error },
    );
  }
}

const plain = (_role: PaintRole, text: string) => text;

/** Which section of the text output a change belongs to. */
function sectionOf(change: Change): 'terms' | 'provisions' | 'draft' {
  if (change.kind.startsWith('term.')) return 'terms';
  if (change.kind === 'draft.changed') return 'draft';
  return 'provisions';
}

/**
 * Every user string (draft and provision ids, summaries, clause text) goes through
 * `escapePlainText`, as in formatComparison's text, so a hostile clause can neither forge a
 * line nor reorder or restyle the terminal.
 */
function formatDiffText(diff: DraftDiff, options: FormatDiffOptions): string {
  const paint = options.paint ?? plain;
  const lines: string[] = [];
  const count = diff.changes.length;
  lines.push(
    paint(
      'heading',
      `${escapePlainText(diff.from)} -> ${escapePlainText(diff.to)}: ${count === 0 ? 'no changes' : `${count} change${count === 1 ? '' : 's'}`}`,
    ),
  );
  const sections: [string, 'terms' | 'provisions' | 'draft'][] = [
    ['Terms', 'terms'],
    ['Provisions', 'provisions'],
    ['Draft', 'draft'],
  ];
  for (const [title, section] of sections) {
    const changes = diff.changes.filter((change) => sectionOf(change) === section);
    if (changes.length === 0) continue;
    lines.push('', paint('heading', title));
    for (const group of groupRenumberings(changes)) pushAll(lines, formatGroup(group, paint));
  }
  return `${lines.join('\n')}\n`;
}

function formatGroup(
  group: ChangeGroup,
  paint: (role: PaintRole, text: string) => string,
): string[] {
  if (group.kind === 'renumber.run' || group.kind === 'change.folded') {
    const [marker, role] =
      group.kind === 'renumber.run' ? markerOf(readAt(group.changes, 0)) : markerOf(group.change);
    return [`  ${paint(role, marker)} ${escapePlainText(describeGroup(group))}`];
  }
  const [marker, role] = markerOf(group);
  const line = `  ${paint(role, marker)} ${escapePlainText(group.summary)}${whereOf(group)}`;
  if (group.kind !== 'provision.reworded') return [line];
  if (group.similarity < REWRITE_SIMILARITY) {
    // Little is shared: the two texts read better whole than as a redline of mostly red and green.
    return [
      line,
      `      ${paint('delete', 'was:')} ${escapePlainText(textOf(group.hunks, 'delete'))}`,
      `      ${paint('insert', 'now:')} ${escapePlainText(textOf(group.hunks, 'insert'))}`,
    ];
  }
  return [line, `      ${redlineText(group.hunks, paint)}`];
}

function markerOf(change: Change): [string, PaintRole] {
  switch (change.kind) {
    case 'provision.added':
    case 'term.added':
      return ['+', 'insert'];
    case 'provision.removed':
    case 'term.removed':
      return ['-', 'delete'];
    case 'provision.moved':
      return ['>', 'change'];
    case 'provision.renumbered':
      return ['#', 'dim'];
    case 'provision.split':
    case 'provision.merged':
      return ['%', 'change'];
    case 'provision.reworded':
    case 'provision.retitled':
    case 'term.changed':
    case 'draft.changed':
      return ['~', 'change'];
    default:
      return assertNever(change);
  }
}

/** Term changes say where they are: `(point 6)`, `(point 2, now 3)`, `(whole draft)`. */
function whereOf(change: Change): string {
  if (
    change.kind !== 'term.added' &&
    change.kind !== 'term.removed' &&
    change.kind !== 'term.changed'
  ) {
    return '';
  }
  return `  (${escapePlainText(placeOf(change) ?? 'whole draft')})`;
}

/** wdiff-style inline redline: `[-old-]{+new+}`, on one line. */
function redlineText(
  hunks: readonly Hunk[],
  paint: (role: PaintRole, text: string) => string,
): string {
  return hunks
    .map((hunk) => {
      const text = escapePlainText(hunk.text);
      if (hunk.op === 'delete') return paint('delete', `[-${text}-]`);
      if (hunk.op === 'insert') return paint('insert', `{+${text}+}`);
      return text;
    })
    .join('');
}
