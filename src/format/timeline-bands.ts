import type { TimelineStep } from '../compare/timeline.js';
import { escapeHtml } from './escape.js';
import { STYLE } from './timeline-style.js';

// The bands of a timeline, one per key, one cell per column: the view model (`Band`, `BandCell`)
// and its markup, shared by `formatTimelineHtml` and `formatComparison`'s timeline view.

/** What one cell of a band shows: a version's value of a key, plainly (escaped when rendered). */
export interface BandCell {
  /** Which value (its index among the band's distinct values); absent when there is none. */
  value?: number;
  /** The value in words; absent when the version does not state the key. */
  text?: string;
  /** What the version did to the key (a `BlameEvent`). */
  event: TimelineStep['event'];
  /** The outlets behind the value. */
  who: string[];
  /** How sure the source is, when the term says. */
  confidence?: string;
  /** The versions whose values it departs from (changed) or no longer states (dropped). */
  from: string[];
}

/** One key as a band of cells, one per column. */
export interface Band {
  key: string;
  label: string;
  cells: BandCell[];
}

/** The widths that the grid and the SVG of arcs share, in CSS pixels. */
export const COLUMN = 176;
export const HEAD = 184;

/**
 * The bands alone, as an HTML fragment with its own style: columns named by `columns` (draft
 * ids), one band per key. `formatComparison` draws its `timeline` view with it.
 */
export function bandsHtml(
  columns: readonly string[],
  bands: readonly Band[],
  title: string,
): string {
  const heads = [
    '<div class="head"></div>',
    ...columns.map((id) => `<div class="version"><p class="id">${escapeHtml(id)}</p></div>`),
  ];
  return [
    '<section class="draftdiff-timeline">',
    `<style>\n${STYLE}\n</style>`,
    `<h2>${escapeHtml(title)}</h2>`,
    legend('differs from the value to its left'),
    '<div class="scroll">',
    grid(columns.length, [...heads, ...bands.flatMap(bandCells)]),
    '</div>',
    '</section>',
    '',
  ].join('\n');
}

export function grid(columns: number, cells: readonly string[]): string {
  // The only computed style: how many columns. Everything else is the stylesheet's.
  return [
    `<div class="grid" style="grid-template-columns:${HEAD}px repeat(${columns},${COLUMN}px)">`,
    ...cells,
    '</div>',
  ].join('\n');
}

/** How many colours the values cycle through (the stylesheet defines `.value-0` to this - 1). */
export const COLOURS = 6;

export const EVENT_WORDS: Record<BandCell['event'], string> = {
  stated: 'first stated',
  unchanged: 'same',
  changed: 'changed',
  unaddressed: 'not addressed',
  dropped: 'dropped',
  silent: 'silent',
};

export function bandCells(band: Band): string[] {
  const head = `<div class="head key-head"><span class="label">${escapeHtml(band.label)}</span><span class="key">${escapeHtml(band.key)}</span></div>`;
  return [head, ...band.cells.map(renderCell)];
}

/** Leaving a stated value unaddressed is a change too, and is drawn as one. */
export function departs(cell: BandCell): string {
  return cell.event === 'unaddressed' && cell.from.length > 0 ? ' departs' : '';
}

export function renderCell(cell: BandCell): string {
  if (cell.event === 'silent' || cell.text === undefined) {
    const dropped = cell.event === 'dropped';
    const what = dropped
      ? `dropped${cell.from.length === 0 ? '' : ` (was in ${cell.from.join(', ')})`}`
      : 'silent';
    return `<div class="cell ${dropped ? 'dropped' : 'silent'}" title="${escapeHtml(what)}">${dropped ? '<span class="mark">dropped</span>' : '<span class="none">·</span>'}</div>`;
  }
  const colour = cell.value === undefined ? '' : ` value-${cell.value % COLOURS}`;
  const mark =
    cell.event === 'changed' || cell.event === 'stated' || cell.event === 'unaddressed'
      ? `<span class="mark">${EVENT_WORDS[cell.event]}</span>`
      : '';
  const from =
    cell.event !== 'dropped' && cell.from.length > 0
      ? `<span class="from">from ${cell.from.map(escapeHtml).join(', ')}</span>`
      : '';
  const confidence =
    cell.confidence === undefined
      ? ''
      : `<span class="confidence">confidence: ${escapeHtml(cell.confidence)}</span>`;
  const who =
    cell.who.length === 0 ? '' : `<span class="who">${cell.who.map(escapeHtml).join('; ')}</span>`;
  return `<div class="cell ${cell.event}${departs(cell)}${colour}">${mark}<span class="value">${escapeHtml(cell.text)}</span>${confidence}${from}${who}</div>`;
}

/** The key to the colours and marks; `changed` says what a change is measured against. */
export function legend(changed: string): string {
  return [
    '<aside class="legend" aria-label="Legend">',
    '<span><span class="swatch value-0"></span><span class="swatch value-1"></span><span class="swatch value-2"></span> one colour per value</span>',
    `<span><span class="mark">changed</span> ${changed}</span>`,
    '<span class="none">·</span> silent',
    '<span><span class="version-swatch partial"></span> partial account</span>',
    '</aside>',
  ].join('\n');
}
