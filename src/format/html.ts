import type { DraftDiff, Hunk } from '../diff/change.js';
import { readDiff } from '../diff/read-diff.js';
import { REWRITE_SIMILARITY } from '../diff/summarize.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { pushAll } from '../internal/push-all.js';
import {
  type DiffOutline,
  outlineDiff,
  type ProvisionRow,
  type RewordedRow,
  type TermRow,
  textOf,
} from './diff-outline.js';
import { escapeHtml, isolateHtml } from './escape.js';
import { htmlDocument } from './html-page.js';

/** Options of `formatDiffHtml` and `formatChangelogHtml`. */
export interface HtmlOptions {
  /**
   * Title of the page, in `<title>` and the main heading (escaped like every other string).
   * @defaultValue "Changes from OLD to NEW" for one diff, "Changelog" for several
   */
  title?: string;
}

/**
 * Formats a diff as one self-contained HTML page: a summary, a legend, term changes as a table
 * with arrows and percentages, provisions added and removed, an inline redline (`<del>`/`<ins>`)
 * per reworded provision, and the remaining changes. The page has inline CSS only (light and
 * dark, readable on a phone), no script and no external resource, and its Content Security
 * Policy forbids both; every user-supplied string is escaped once with `escapeHtml`.
 *
 * @example
 * writeFileSync('redline.html', formatDiffHtml(diffDrafts(before, after)));
 */
export function formatDiffHtml(diff: DraftDiff, options: HtmlOptions = {}): string {
  return guardCall('formatDiffHtml', [diff, options], () => {
    readDiff(diff, 'formatDiffHtml');
    const { title } = readHtmlOptions(options, 'formatDiffHtml');
    return renderDiffHtml(diff, title);
  });
}

/** `formatDiffHtml` of a diff its caller has checked (`formatDiff`): no second check. */
export function renderDiffHtml(diff: DraftDiff, title?: string): string {
  const outline = outlineDiff(diff);
  const chosen = title ?? `Changes from ${outline.from} to ${outline.to}`;
  return page(chosen, [renderSummary(outline), LEGEND, ...renderBody(outline, 2)]);
}

/**
 * Formats several diffs (a changelog, one diff per step of the lineage) as one page, a section
 * per diff in the order given; same guarantees as `formatDiffHtml`.
 */
export function formatChangelogHtml(
  diffs: readonly DraftDiff[],
  options: HtmlOptions = {},
): string {
  return guardCall('formatChangelogHtml', [diffs, options], () => {
    if (!Array.isArray(diffs)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `formatChangelogHtml: diffs must be an array of DraftDiffs, got ${describeValue(diffs, 40)}`,
      );
    }
    for (let index = 0; index < diffs.length; index++) {
      readDiff(diffs[index], 'formatChangelogHtml', `diffs[${index}]`);
    }
    const { title } = readHtmlOptions(options, 'formatChangelogHtml');
    const outlines = diffs.map(outlineDiff);
    const sections = outlines.map((outline) =>
      [
        '<section class="diff">',
        `<h2>${isolateHtml(outline.from)} → ${isolateHtml(outline.to)}</h2>`,
        renderSummary(outline),
        ...renderBody(outline, 3),
        '</section>',
      ].join('\n'),
    );
    const summary = `<p class="summary">${diffs.length} ${diffs.length === 1 ? 'step' : 'steps'}.</p>`;
    return page(title ?? 'Changelog', [summary, LEGEND, ...sections]);
  });
}

/** The options of both pages, checked: `title`, when given, is a string. */
function readHtmlOptions(options: HtmlOptions | undefined, caller: string): HtmlOptions {
  const checked = readOptions(options, caller);
  if (checked.title !== undefined && typeof checked.title !== 'string') {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: options.title must be a string, got ${describeValue(checked.title, 40)}`,
    );
  }
  return checked;
}

function renderSummary(outline: DiffOutline): string {
  if (outline.total === 0) return '<p class="summary">No differences.</p>';
  const noun = outline.total === 1 ? 'change' : 'changes';
  return `<p class="summary">${outline.total} ${noun}: ${escapeHtml(outline.counts)}.</p>`;
}

/** The sections of one diff, with headings starting at `<h{level}>`. */
function renderBody(outline: DiffOutline, level: 2 | 3): string[] {
  const heading = (text: string) => `<h${level}>${text}</h${level}>`;
  const parts: string[] = [];
  if (outline.terms.length > 0) {
    pushAll(
      parts,
      [
        '<section class="terms">',
        heading('Terms'),
        '<div class="scroll"><table>',
        '<colgroup><col class="term"><col class="side"><col class="arrow"><col class="side"><col class="change"></colgroup>',
        '<thead><tr><th scope="col">Term</th><th scope="col">Before</th><th scope="col" aria-label="becomes"></th><th scope="col">After</th><th scope="col">Change</th></tr></thead>',
        '<tbody>',
      ],
      outline.terms.map(renderTermRow),
      ['</tbody></table></div>', '</section>'],
    );
  }
  if (outline.provisions.length > 0) {
    pushAll(
      parts,
      ['<section class="provisions">', heading('Provisions added and removed')],
      outline.provisions.map((row) => renderProvisionRow(row, level + 1)),
      ['</section>'],
    );
  }
  if (outline.reworded.length > 0) {
    pushAll(
      parts,
      ['<section class="reworded">', heading('Reworded provisions')],
      outline.reworded.map((row) => renderRewordedRow(row, level + 1)),
      ['</section>'],
    );
  }
  if (outline.other.length > 0) {
    pushAll(
      parts,
      ['<section class="other">', heading('Other changes'), '<ul>'],
      outline.other.map((text) => `<li>${isolateHtml(text)}</li>`),
      ['</ul>', '</section>'],
    );
  }
  return parts;
}

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

function renderTermRow(row: TermRow): string {
  const name =
    row.label === row.key
      ? `<span class="label">${isolateHtml(row.label)}</span>`
      : `<span class="label">${isolateHtml(row.label)}</span> <span class="key">${isolateHtml(row.key)}</span>`;
  const where =
    row.place === undefined ? '' : ` <span class="where">in ${isolateHtml(row.place)}</span>`;
  const before =
    row.before === undefined
      ? '<span class="none">(none)</span>'
      : `<del>${isolateHtml(row.before)}</del>`;
  const after =
    row.after === undefined
      ? '<span class="none">(none)</span>'
      : `<ins>${isolateHtml(row.after)}</ins>`;
  // Never an empty cell: a change with no figure to measure says so in words.
  const status =
    row.change === 'added'
      ? 'new'
      : row.change === 'removed'
        ? 'dropped'
        : row.detail === ''
          ? 'changed'
          : '';
  const arrow = ARROWS[row.direction];
  const detail = [
    arrow === '' ? '' : `<span class="${row.direction}" aria-hidden="true">${arrow}</span>`,
    isolateHtml(row.detail),
    status,
  ]
    .filter((part) => part !== '' && part !== '<bdi></bdi>')
    .join(' ');
  return [
    `<tr class="${row.change}">`,
    `<th scope="row" data-label="Term">${name}${where}</th>`,
    `<td data-label="Before">${before}</td>`,
    '<td class="arrow" aria-hidden="true">→</td>',
    `<td data-label="After">${after}</td>`,
    `<td data-label="Change" class="${row.direction}">${detail}</td>`,
    '</tr>',
  ].join('');
}

function renderProvisionRow(row: ProvisionRow, level: number): string {
  const verb = row.change === 'added' ? 'Added' : 'Removed';
  const tag = row.change === 'added' ? 'ins' : 'del';
  const title = row.title === undefined ? '' : `: ${isolateHtml(row.title)}`;
  return [
    `<article class="provision ${row.change}">`,
    `<h${level}>${verb} ${isolateHtml(row.reference)}${title}</h${level}>`,
    `<p class="text" dir="auto"><${tag}>${escapeHtml(row.text)}</${tag}></p>`,
    '</article>',
  ].join('\n');
}

/**
 * A reworded provision: its redline; or, when little is shared (`REWRITE_SIMILARITY`), the
 * two texts side by side, which read better than a wall of deletions and insertions.
 */
function renderRewordedRow(row: RewordedRow, level: number): string {
  const title = row.title === undefined ? '' : `: ${isolateHtml(row.title)}`;
  const percent = `${Math.round(row.similarity * 100)}% similar`;
  const rewritten = row.similarity < REWRITE_SIMILARITY;
  const meta = rewritten
    ? `Rewritten: ${percent}`
    : `${percent}${row.coarse ? ', rewritten as a whole' : ''}`;
  const body = rewritten
    ? [
        '<div class="sides">',
        `<div><p class="side">Before</p><p class="text" dir="auto"><del>${escapeHtml(textOf(row.hunks, 'delete'))}</del></p></div>`,
        `<div><p class="side">After</p><p class="text" dir="auto"><ins>${escapeHtml(textOf(row.hunks, 'insert'))}</ins></p></div>`,
        '</div>',
      ]
    : [`<p class="redline" dir="auto">${redlineHtml(row.hunks)}</p>`];
  return [
    `<article class="provision ${rewritten ? 'rewritten' : 'reworded'}">`,
    `<h${level}>${isolateHtml(capitalise(row.reference))}${title}</h${level}>`,
    `<p class="meta">${meta}</p>`,
    ...body,
    '</article>',
  ].join('\n');
}

/** Renders hunks inline: deletions in `<del>`, insertions in `<ins>`, whitespace kept by CSS. */
export function redlineHtml(hunks: readonly Hunk[]): string {
  return hunks
    .map((hunk) => {
      const text = escapeHtml(hunk.text);
      if (hunk.op === 'delete') return `<del>${text}</del>`;
      if (hunk.op === 'insert') return `<ins>${text}</ins>`;
      return text;
    })
    .join('');
}

const LEGEND = [
  '<aside class="legend" aria-label="Legend">',
  '<span><del>removed words</del></span>',
  '<span><ins>added words</ins></span>',
  '<span><span class="up">▲</span> figure rose</span>',
  '<span><span class="down">▼</span> figure fell</span>',
  '</aside>',
].join('\n');

// Colours meet WCAG AA contrast in both schemes; the table turns into labelled cards on
// narrow screens rather than scrolling sideways.
const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--del-bg:#ffebe9;--del-fg:#82071e;--ins-bg:#dafbe1;--ins-fg:#116329}
@media (prefers-color-scheme:dark){:root{--fg:#f0f6fc;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--card:#151b23;--del-bg:#490202;--del-fg:#ffa198;--ins-bg:#04260f;--ins-fg:#7ee787}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3,h4{font-size:1.05rem;margin:1.25rem 0 .25rem}
h1,h2,h3,h4,th,td,li,p{overflow-wrap:break-word}
.summary{color:var(--muted);margin:.25rem 0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.5rem;background:var(--card);font-size:.9rem}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline}
del+ins{margin-left:.2em}
.up{color:var(--ins-fg)}
.down{color:var(--del-fg)}
.redline,.text{white-space:pre-wrap;margin:.25rem 0;padding:.5rem .75rem;background:var(--card);border-radius:.5rem}
.meta,.key,.where,.none{color:var(--muted);font-size:.875rem}
.key{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;table-layout:fixed}
.terms col.term{width:26%}.terms col.side{width:26%}.terms col.arrow{width:2rem}.terms col.change{width:18%}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
th[scope=row]{font-weight:600}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
.side{margin:.25rem 0 0;color:var(--muted);font-size:.875rem}
.arrow{color:var(--muted)}
@media (max-width:40rem){
main{padding:.75rem}
h1{font-size:1.35rem}
table,tbody,tr,th,td{display:block;width:100%}
colgroup{display:none}
.sides{grid-template-columns:1fr}
thead{display:none}
tr{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;padding:.25rem .5rem}
th,td{border:0;padding:.2rem 0}
td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.875rem}
.arrow{display:none}
}
`.trim();

/** Wraps sections in the page (see `htmlDocument`). */
function page(title: string, body: string[]): string {
  return htmlDocument(title, STYLE, body);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
