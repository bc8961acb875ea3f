import type { Timeline, TimelineStep, TimelineVersion } from '../compare/timeline.js';
import type { DraftDiff } from '../diff/change.js';
import { describeTermValue } from '../diff/describe-term.js';
import { readDiff } from '../diff/read-diff.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { termTypeIssue } from '../model/parse-part.js';
import type { Source } from '../model/source.js';
import { outlineDiff } from './diff-outline.js';
import { escapeHtml, isolateHtml } from './escape.js';
import { htmlDocument } from './html-page.js';

/**
 * The timeline as a picture: versions as cards in columns along their dates, `basedOn` drawn
 * as arcs between them, and under them one band per key whose cells take the colour of the
 * value, with the versions that changed it marked and the outlets that report it named. Pure
 * HTML and CSS (one inline SVG for the arcs): nothing to run, nothing to load.
 */

/** Options of `formatTimelineHtml`. */
export interface TimelineHtmlOptions {
  /** Title of the page, in `<title>` and the main heading (escaped). @defaultValue 'Timeline of N versions' */
  title?: string;
  /**
   * The diffs along the lineage (`changelog(drafts).map((entry) => entry.diff)`): when given,
   * the page ends with what changed at each step, in a few lines each.
   * @defaultValue none
   */
  steps?: readonly DraftDiff[];
}

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
const COLUMN = 176;
const HEAD = 184;
const ARCS = 84;

/**
 * Formats a `Timeline` as one self-contained HTML page: the versions as cards in columns under
 * their days (several versions of one day share its heading; undated versions are marked so),
 * the lineage as arcs from each version to those based on it, one band per key followed whose
 * cells are coloured by value and marked where the value changed or was dropped, each naming
 * its outlets, then the same story in sentences and, with `steps`, what changed at each step.
 * Inline CSS only (light and dark), no script, a Content Security Policy that forbids both,
 * and every string from the drafts escaped once with `escapeHtml`. Deterministic.
 *
 * Throws `DraftdiffError` `INVALID_ARGUMENT` when the timeline or an option is malformed.
 *
 * @example
 * writeFileSync('timeline.html', formatTimelineHtml(buildTimeline(drafts)));
 */
export function formatTimelineHtml(timeline: Timeline, options: TimelineHtmlOptions = {}): string {
  return guardCall('formatTimelineHtml', [timeline, options], () => {
    const { title, steps } = readTimelineHtmlOptions(options);
    readTimeline(timeline);
    const count = timeline.versions.length;
    const heading = title ?? `Timeline of ${count} version${count === 1 ? '' : 's'}`;
    const bands = timeline.tracks.map(
      (track): Band => ({
        key: track.key,
        label: track.label,
        cells: track.steps.map(cellOfStep),
      }),
    );
    const picture = [
      legend('differs from what the version is based on'),
      '<section class="picture" aria-label="Timeline">',
      '<div class="scroll">',
      grid(timeline.versions.length, [
        ...dayHeads(timeline),
        '<div class="head">Lineage</div>',
        arcs(timeline),
        '<div class="head">Version</div>',
        ...timeline.versions.map(versionCard),
        ...bands.flatMap(bandCells),
      ]),
      '</div>',
      '</section>',
    ];
    const body = [
      `<p class="summary">${escapeHtml(describeSpan(timeline))}</p>`,
      // No versions, no picture: an empty grid would be `repeat(0, ...)`, which CSS rejects.
      ...(count === 0 ? [] : picture),
      ...stories(bands, timeline.versions),
      ...(steps === undefined ? [] : stepList(steps)),
    ];
    return htmlDocument(heading, `${STYLE}\n${PAGE_STYLE}`, body, 'draftdiff-timeline');
  });
}

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

// Reading the input ---------------------------------------------------------------------------

function readTimelineHtmlOptions(options: TimelineHtmlOptions): TimelineHtmlOptions {
  const checked = readOptions(options, 'formatTimelineHtml');
  const fail = (message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `formatTimelineHtml: ${message}`);
  if (checked.title !== undefined && typeof checked.title !== 'string') {
    throw fail(`options.title must be a string, got ${describeValue(checked.title, 40)}`);
  }
  if (checked.steps !== undefined) {
    if (!Array.isArray(checked.steps)) {
      throw fail(
        `options.steps must be an array of DraftDiffs, got ${describeValue(checked.steps, 40)}`,
      );
    }
    checked.steps.forEach((diff, index) => {
      readDiff(diff, 'formatTimelineHtml', `options.steps[${index}]`);
    });
  }
  return checked;
}

/**
 * Checks the parts of a timeline the page reads, so a hand-built one that is malformed fails
 * with the path of the fault rather than a TypeError halfway through.
 */
function readTimeline(timeline: Timeline): void {
  const fail = (path: string, message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `formatTimelineHtml: timeline${path} ${message}`, {
      path: path.replace(/\[(\d+)\]|\./g, (_, index) => `/${index ?? ''}`).replace(/\/$/, ''),
    });
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(timeline)) throw fail('', `must be a Timeline, got ${describeValue(timeline, 40)}`);
  for (const field of ['versions', 'days', 'edges', 'tracks'] as const) {
    if (!Array.isArray(timeline[field])) throw fail(`.${field}`, 'must be an array');
  }
  const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
  const isSources = (value: unknown) =>
    Array.isArray(value) &&
    value.every(
      (source) =>
        isObject(source) && typeof source.outlet === 'string' && optionalText(source.citing),
    );
  const ids = new Set<string>();
  timeline.versions.forEach((version, index) => {
    const valid =
      isObject(version) &&
      typeof version.id === 'string' &&
      typeof version.title === 'string' &&
      optionalText(version.version) &&
      optionalText(version.date) &&
      Array.isArray(version.basedOn) &&
      version.basedOn.every((id) => typeof id === 'string') &&
      isSources(version.sources);
    if (!valid) throw fail(`.versions[${index}]`, 'must be a TimelineVersion');
    ids.add(version.id);
  });
  timeline.days.forEach((day, index) => {
    if (!isObject(day) || !optionalText(day.day) || !Array.isArray(day.drafts)) {
      throw fail(`.days[${index}]`, 'must be a TimelineDay');
    }
  });
  timeline.edges.forEach((edge, index) => {
    if (!isObject(edge) || !ids.has(edge.from as string) || !ids.has(edge.to as string)) {
      throw fail(`.edges[${index}]`, 'must join two of the versions');
    }
  });
  timeline.tracks.forEach((track, index) => {
    if (!isObject(track) || typeof track.key !== 'string' || typeof track.label !== 'string') {
      throw fail(`.tracks[${index}]`, 'must be a TimelineTrack');
    }
    if (!Array.isArray(track.steps) || track.steps.length !== timeline.versions.length) {
      throw fail(`.tracks[${index}].steps`, 'must hold one step per version');
    }
    track.steps.forEach((step, at) => {
      const valid =
        isObject(step) &&
        Object.hasOwn(EVENT_WORDS, step.event as string) &&
        (step.value === undefined || Number.isInteger(step.value)) &&
        // A term the page can put in words: every field of its type, a known kind.
        (step.term === undefined || termTypeIssue(step.term) === undefined) &&
        Array.isArray(step.from) &&
        step.from.every((id) => typeof id === 'string') &&
        isSources(step.sources);
      if (!valid) throw fail(`.tracks[${index}].steps[${at}]`, 'must be a TimelineStep');
    });
  });
}

// The picture ---------------------------------------------------------------------------------

function grid(columns: number, cells: readonly string[]): string {
  // The only computed style: how many columns. Everything else is the stylesheet's.
  return [
    `<div class="grid" style="grid-template-columns:${HEAD}px repeat(${columns},${COLUMN}px)">`,
    ...cells,
    '</div>',
  ].join('\n');
}

function dayHeads(timeline: Timeline): string[] {
  return [
    '<div class="head">Date</div>',
    ...timeline.days.map((day) => {
      const span = Math.max(1, day.drafts.length);
      const text = day.day === undefined ? 'date unknown' : readableDay(day.day);
      const undated = day.day === undefined ? ' undated' : '';
      return `<div class="day${undated}" style="grid-column:span ${span}">${escapeHtml(text)}</div>`;
    }),
  ];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-11-20` as `20 Nov 2025`: the same in every locale, so the page is deterministic. */
function readableDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return day;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** One arc per edge, parent to child, drawn over the columns the versions stand in. */
function arcs(timeline: Timeline): string {
  const place = new Map(timeline.versions.map((version, index) => [version.id, index]));
  const width = timeline.versions.length * COLUMN;
  const centre = (index: number) => index * COLUMN + COLUMN / 2;
  const base = ARCS - 6;
  const paths = timeline.edges.map((edge) => {
    const from = place.get(edge.from) as number;
    const to = place.get(edge.to) as number;
    // Longer spans rise higher, so nested arcs from one parent stay apart.
    const lift = Math.min(base - 4, 16 + 10 * Math.abs(to - from));
    const d = `M${centre(from)} ${base}C${centre(from)} ${base - lift} ${centre(to)} ${base - lift} ${centre(to)} ${base - 7}`;
    return `<path d="${d}" marker-end="url(#draftdiff-arrow)"><title>${escapeHtml(edge.to)} is based on ${escapeHtml(edge.from)}</title></path>`;
  });
  const dots = timeline.versions.map(
    (_, index) => `<circle cx="${centre(index)}" cy="${base}" r="4"></circle>`,
  );
  return [
    `<svg class="arcs" role="img" aria-label="Lineage: ${timeline.edges.length} ${timeline.edges.length === 1 ? 'link' : 'links'}" width="${width}" height="${ARCS}" viewBox="0 0 ${width} ${ARCS}" style="grid-column:span ${Math.max(1, timeline.versions.length)}">`,
    '<defs><marker id="draftdiff-arrow" viewBox="0 0 8 8" refX="4" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"></path></marker></defs>',
    ...paths,
    ...dots,
    '</svg>',
  ].join('\n');
}

function versionCard(version: TimelineVersion): string {
  const label =
    version.version === undefined ? '' : `<p class="label">${escapeHtml(version.version)}</p>`;
  const date = version.date === undefined ? 'date unknown' : version.date;
  const who = outletsOf(version.sources);
  return [
    `<article class="version ${version.coverage === 'partial' ? 'partial' : 'complete'}">`,
    `<p class="id">${escapeHtml(version.id)}</p>`,
    label,
    `<p class="date">${escapeHtml(date)}</p>`,
    who.length === 0 ? '' : `<p class="who">${who.map(escapeHtml).join('; ')}</p>`,
    `<p class="coverage">${version.coverage === 'partial' ? 'partial' : 'complete'}${version.basedOn.length === 0 ? '' : ` · based on ${version.basedOn.map(escapeHtml).join(', ')}`}</p>`,
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('');
}

/** How many colours the values cycle through (the stylesheet defines `.value-0` to this - 1). */
const COLOURS = 6;

const EVENT_WORDS: Record<BandCell['event'], string> = {
  stated: 'first stated',
  unchanged: 'same',
  changed: 'changed',
  unaddressed: 'not addressed',
  dropped: 'dropped',
  silent: 'silent',
};

function bandCells(band: Band): string[] {
  const head = `<div class="head key-head"><span class="label">${escapeHtml(band.label)}</span><span class="key">${escapeHtml(band.key)}</span></div>`;
  return [head, ...band.cells.map(renderCell)];
}

/** Leaving a stated value unaddressed is a change too, and is drawn as one. */
function departs(cell: BandCell): string {
  return cell.event === 'unaddressed' && cell.from.length > 0 ? ' departs' : '';
}

function renderCell(cell: BandCell): string {
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

// The story in sentences ----------------------------------------------------------------------

function stories(bands: readonly Band[], versions: readonly TimelineVersion[]): string[] {
  if (bands.length === 0) return [];
  const lines = ['<section class="stories">', '<h2>What each version says</h2>'];
  for (const band of bands) {
    lines.push(
      `<h3>${isolateHtml(band.label)} <span class="key">${escapeHtml(band.key)}</span></h3>`,
      '<ol>',
    );
    band.cells.forEach((cell, index) => {
      const version = versions[index];
      if (version === undefined || (cell.event === 'silent' && cell.text === undefined)) return;
      const when = version.date === undefined ? '' : ` (${escapeHtml(version.date)})`;
      const from = cell.from.map(escapeHtml).join(', ');
      const said =
        cell.text === undefined
          ? `dropped it${from === '' ? '' : `, which ${from} stated`}`
          : cell.event === 'unaddressed'
            ? `not addressed${from === '' ? '' : `, where ${from} stated a value`}`
            : `${isolateHtml(cell.text)}, ${EVENT_WORDS[cell.event]}${from === '' ? '' : ` from ${from}`}`;
      const confidence =
        cell.confidence === undefined ? '' : ` (confidence: ${escapeHtml(cell.confidence)})`;
      const who =
        cell.who.length === 0 ? '' : `; reported by ${cell.who.map(escapeHtml).join('; ')}`;
      lines.push(
        `<li class="${cell.event}${departs(cell)}"><span class="id">${isolateHtml(version.id)}</span>${when}: ${said}${confidence}${who}</li>`,
      );
    });
    lines.push('</ol>');
  }
  lines.push('</section>');
  return lines;
}

function stepList(steps: readonly DraftDiff[]): string[] {
  const lines = ['<section class="steps">', '<h2>Changes at each step</h2>'];
  if (steps.length === 0)
    lines.push('<p>No lineage: none of the versions is based on another.</p>');
  for (const outline of steps.map(outlineDiff)) {
    const summary =
      outline.total === 0
        ? 'no differences'
        : `${outline.total} ${outline.total === 1 ? 'change' : 'changes'}: ${outline.counts}`;
    lines.push(
      '<article class="step">',
      `<h3>${isolateHtml(outline.from)} → ${isolateHtml(outline.to)}</h3>`,
      `<p class="summary">${escapeHtml(summary)}</p>`,
    );
    if (outline.terms.length > 0) {
      lines.push('<ul>');
      for (const row of outline.terms) {
        const before = row.before === undefined ? '(none)' : row.before;
        const after = row.after === undefined ? '(none)' : row.after;
        const detail = row.detail === '' ? '' : ` (${escapeHtml(row.detail)})`;
        lines.push(
          `<li>${isolateHtml(row.label)}: <del>${isolateHtml(before)}</del> → <ins>${isolateHtml(after)}</ins>${detail}</li>`,
        );
      }
      lines.push('</ul>');
    }
    lines.push('</article>');
  }
  lines.push('</section>');
  return lines;
}

// Words ---------------------------------------------------------------------------------------

function cellOfStep(step: TimelineStep): BandCell {
  const term = step.term;
  return {
    ...(step.value === undefined ? {} : { value: step.value }),
    ...(term === undefined ? {} : { text: describeTermValue(term) }),
    event: step.event,
    who: outletsOf(step.sources),
    ...(term?.confidence === undefined ? {} : { confidence: String(term.confidence) }),
    from: [...step.from],
  };
}

/** `Outlet` or `Outlet citing Other`, deduplicated in order. */
function outletsOf(sources: readonly Source[]): string[] {
  const names = sources.map((source) =>
    source.citing === undefined
      ? String(source.outlet)
      : `${source.outlet} citing ${source.citing}`,
  );
  return [...new Set(names)];
}

/** `7 versions from 20 Nov 2025 to 24 Dec 2025 (2 undated), 6 lineage links, 3 keys followed.` */
function describeSpan(timeline: Timeline): string {
  const dated = timeline.days.flatMap((day) => (day.day === undefined ? [] : [day.day])).sort();
  const undated = timeline.days
    .filter((day) => day.day === undefined)
    .reduce((sum, day) => sum + day.drafts.length, 0);
  const count = timeline.versions.length;
  const parts = [`${count} ${count === 1 ? 'version' : 'versions'}`];
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (first !== undefined && last !== undefined) {
    parts[0] +=
      first === last
        ? ` on ${readableDay(first)}`
        : ` from ${readableDay(first)} to ${readableDay(last)}`;
  }
  if (undated > 0) parts[0] += ` (${undated} undated)`;
  const links = timeline.edges.length;
  parts.push(`${links} lineage ${links === 1 ? 'link' : 'links'}`);
  const keys = timeline.tracks.length;
  parts.push(`${keys} ${keys === 1 ? 'key' : 'keys'} followed`);
  return `${parts.join(', ')}.`;
}

/** The key to the colours and marks; `changed` says what a change is measured against. */
function legend(changed: string): string {
  return [
    '<aside class="legend" aria-label="Legend">',
    '<span><span class="swatch value-0"></span><span class="swatch value-1"></span><span class="swatch value-2"></span> one colour per value</span>',
    `<span><span class="mark">changed</span> ${changed}</span>`,
    '<span class="none">·</span> silent',
    '<span><span class="version-swatch partial"></span> partial account</span>',
    '</aside>',
  ].join('\n');
}

// Colours meet WCAG AA contrast on their backgrounds in both schemes. The grid scrolls
// sideways inside its box (the heading column stays put); the page itself never does.
const STYLE = `
.draftdiff-timeline{--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--accent:#9a3412;--v0:#dbeafe;--v1:#fde68a;--v2:#d1fae5;--v3:#fce7f3;--v4:#e0e7ff;--v5:#fed7aa;--del-bg:#ffebe9;--del-fg:#82071e;--ins-bg:#dafbe1;--ins-fg:#116329}
@media (prefers-color-scheme:dark){.draftdiff-timeline{--fg:#f0f6fc;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--card:#151b23;--accent:#fdba74;--v0:#1e3a5f;--v1:#4d3b05;--v2:#064e3b;--v3:#5b1a3f;--v4:#312e81;--v5:#5c2d0c;--del-bg:#490202;--del-fg:#ffa198;--ins-bg:#04260f;--ins-fg:#7ee787}}
.draftdiff-timeline{color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",sans-serif}
.draftdiff-timeline *{box-sizing:border-box}
.draftdiff-timeline h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
.draftdiff-timeline h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.draftdiff-timeline h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.draftdiff-timeline p,.draftdiff-timeline li,.draftdiff-timeline span{overflow-wrap:anywhere}
.draftdiff-timeline .summary{color:var(--muted);margin:.25rem 0 1rem}
.draftdiff-timeline .legend{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.5rem;background:var(--card);font-size:.875rem;margin-bottom:1rem}
.draftdiff-timeline .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;margin-right:.15rem;vertical-align:-.1rem}
.draftdiff-timeline .version-swatch{display:inline-block;width:1.4rem;height:.9rem;border:2px dashed var(--muted);border-radius:.2rem;vertical-align:-.1rem}
.draftdiff-timeline .scroll{overflow-x:auto;padding-bottom:.5rem}
.draftdiff-timeline .grid{display:grid;gap:6px 0;align-items:stretch;font-size:.8125rem}
.draftdiff-timeline .head{position:sticky;left:0;z-index:1;background:var(--bg);padding:.35rem .5rem .35rem 0;font-weight:600;color:var(--muted)}
.draftdiff-timeline .key-head{color:var(--fg);border-top:1px solid var(--line)}
.draftdiff-timeline .key-head .label{display:block}
.draftdiff-timeline .key{display:block;font:400 .75rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.draftdiff-timeline h3 .key{display:inline}
.draftdiff-timeline .day{padding:.3rem .5rem;margin:0 3px;border-bottom:3px solid var(--fg);font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.draftdiff-timeline .day.undated{border-bottom-style:dotted;color:var(--muted);font-weight:600}
.draftdiff-timeline .arcs{display:block;color:var(--muted);fill:none;stroke:currentColor;stroke-width:1.5}
.draftdiff-timeline .arcs circle,.draftdiff-timeline .arcs marker path{fill:currentColor;stroke:none}
.draftdiff-timeline .version{margin:0 3px;padding:.4rem .5rem;border:2px solid var(--fg);border-radius:.5rem;background:var(--card)}
.draftdiff-timeline .version.partial{border-style:dashed;border-color:var(--muted)}
.draftdiff-timeline .version p{margin:0}
.draftdiff-timeline .version .id{font-weight:700}
.draftdiff-timeline .version .label{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.draftdiff-timeline .version .date,.draftdiff-timeline .version .coverage{color:var(--muted)}
.draftdiff-timeline .version .who{font-style:italic}
.draftdiff-timeline .version .who,.draftdiff-timeline .cell .who{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.draftdiff-timeline .cell{margin:0 3px;padding:.3rem .45rem;border-radius:.35rem;border-top:1px solid var(--line);display:flex;flex-direction:column;gap:.1rem}
.draftdiff-timeline .cell.silent{align-items:center;justify-content:center;background:none}
.draftdiff-timeline .none{color:var(--muted);font-size:1.1rem}
.draftdiff-timeline .value{font-weight:600}
.draftdiff-timeline .mark{align-self:flex-start;font-size:.6875rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .3rem;border-radius:.25rem;background:var(--bg);color:var(--muted)}
.draftdiff-timeline .cell.changed,.draftdiff-timeline .cell.dropped,.draftdiff-timeline .cell.departs{box-shadow:inset 4px 0 0 var(--accent)}
.draftdiff-timeline .cell.changed .mark,.draftdiff-timeline .cell.dropped .mark,.draftdiff-timeline .cell.departs .mark,.draftdiff-timeline .legend .mark{color:var(--accent)}
.draftdiff-timeline .cell.dropped{background:var(--del-bg);color:var(--del-fg);justify-content:center}
.draftdiff-timeline .cell.unaddressed .value{font-style:italic}
.draftdiff-timeline .who,.draftdiff-timeline .from,.draftdiff-timeline .confidence{font-size:.75rem}
.draftdiff-timeline .who{color:var(--fg)}
.draftdiff-timeline .confidence{font-style:italic}
.draftdiff-timeline .value-0{background:var(--v0)}
.draftdiff-timeline .value-1{background:var(--v1)}
.draftdiff-timeline .value-2{background:var(--v2)}
.draftdiff-timeline .value-3{background:var(--v3)}
.draftdiff-timeline .value-4{background:var(--v4)}
.draftdiff-timeline .value-5{background:var(--v5)}
.draftdiff-timeline .stories ol,.draftdiff-timeline .steps ul{padding-left:1.5rem}
.draftdiff-timeline .stories .id{font-weight:600}
.draftdiff-timeline .stories li.changed,.draftdiff-timeline .stories li.dropped,.draftdiff-timeline .stories li.departs{color:var(--accent)}
.draftdiff-timeline del{background:var(--del-bg);color:var(--del-fg)}
.draftdiff-timeline ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:none}
`.trim();

const PAGE_STYLE = `
:root{color-scheme:light dark}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff}
@media (prefers-color-scheme:dark){body{background:#0d1117}}
main{max-width:80rem;margin:0 auto;padding:1rem}
@media (max-width:40rem){main{padding:.75rem}.draftdiff-timeline h1{font-size:1.35rem}}
`.trim();
