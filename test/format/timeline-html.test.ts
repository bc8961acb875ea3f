import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  changelog,
  compareDrafts,
  DraftdiffError,
  formatComparison,
  formatDiffHtml,
  formatTimelineHtml,
  history,
  parseDraft,
  type Timeline,
} from '../../src/index.js';
import { cap, draftOf, point } from '../support/build.js';
import { DRAFTS, ELECTIONS, version } from '../support/timeline-story.js';
import { sampleDiff } from './hand-built.js';

const CAP = 'armed-forces.personnel-cap';

/** The cells of the cap's band, leak-a to undated. */
const CAP_CELLS = [
  '<div class="cell stated value-0"><span class="mark">first stated</span><span class="value">about 400,000 personnel</span><span class="who">Outlet leak-a</span></div>',
  '<div class="cell changed value-1"><span class="mark">changed</span><span class="value">about 500,000 personnel</span><span class="from">from leak-a</span><span class="who">Outlet leak-b</span></div>',
  '<div class="cell changed value-2"><span class="mark">changed</span><span class="value">at most 600,000 personnel</span><span class="from">from leak-b</span><span class="who">Outlet v1</span></div>',
  '<div class="cell changed value-3"><span class="mark">changed</span><span class="value">at most 800,000 personnel</span><span class="confidence">confidence: reported</span><span class="from">from v1</span><span class="who">Outlet v2b</span></div>',
  '<div class="cell changed value-4"><span class="mark">changed</span><span class="value">at most 800,000 personnel in peacetime</span><span class="from">from v1</span><span class="who">Outlet v2</span></div>',
  '<div class="cell changed value-3"><span class="mark">changed</span><span class="value">at most 800,000 personnel</span><span class="from">from v2</span><span class="who">Outlet v5</span></div>',
  '<div class="cell silent" title="silent"><span class="none">·</span></div>',
];

describe('formatTimelineHtml', () => {
  const timeline = buildTimeline(DRAFTS);
  const page = formatTimelineHtml(timeline);
  const lines = page.split('\n');

  it('is one self-contained page under a strict Content Security Policy', () => {
    // The same frame as the redline page: doctype, CSP first, referrer, viewport, colour scheme.
    const frame = formatDiffHtml(sampleDiff()).split('\n').slice(0, 8);
    expect(lines.slice(0, 8)).toEqual(frame);
    expect(frame[4]).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    // The one url() is the SVG marker, a fragment of the page itself.
    expect(page.match(/url\(/g)).toEqual(['url(', 'url(', 'url(', 'url(']);
    expect(page).toContain('marker-end="url(#draftdiff-arrow)"');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|@import|url\((?!#)/i);
    expect(lines).toContain('<title>Timeline of 7 versions</title>');
    expect(lines).toContain('<main class="draftdiff-timeline">');
    expect(page.endsWith('</html>\n')).toBe(true);
  });

  it('sums up the span and puts the versions under their days', () => {
    expect(lines).toContain(
      '<p class="summary">7 versions from 19 Nov 2025 to 24 Dec 2025 (1 undated), 4 lineage links, 3 keys followed.</p>',
    );
    expect(lines).toContain(
      '<div class="grid" style="grid-template-columns:184px repeat(7,176px)">',
    );
    expect(lines.filter((line) => line.startsWith('<div class="day'))).toEqual([
      '<div class="day" style="grid-column:span 2">19 Nov 2025</div>',
      '<div class="day" style="grid-column:span 1">20 Nov 2025</div>',
      '<div class="day" style="grid-column:span 2">23 Nov 2025</div>',
      '<div class="day" style="grid-column:span 1">24 Dec 2025</div>',
      '<div class="day undated" style="grid-column:span 1">date unknown</div>',
    ]);
    expect(lines).toContain(
      '<article class="version complete"><p class="id">v2</p><p class="date">2025-11-23T18:00:00Z</p><p class="who">Outlet v2</p><p class="coverage">complete · based on v1</p></article>',
    );
    expect(lines).toContain(
      '<article class="version partial"><p class="id">undated</p><p class="date">date unknown</p><p class="who">Outlet undated</p><p class="coverage">partial · based on v2</p></article>',
    );
  });

  it('draws one arc per basedOn edge, from the parent column to the child column', () => {
    const arcs = lines.filter((line) => line.startsWith('<path d="M'));
    expect(arcs).toEqual([
      '<path d="M440 78C440 52 616 52 616 71" marker-end="url(#draftdiff-arrow)"><title>v2b is based on v1</title></path>',
      '<path d="M440 78C440 42 792 42 792 71" marker-end="url(#draftdiff-arrow)"><title>v2 is based on v1</title></path>',
      '<path d="M792 78C792 52 968 52 968 71" marker-end="url(#draftdiff-arrow)"><title>v5 is based on v2</title></path>',
      '<path d="M792 78C792 42 1144 42 1144 71" marker-end="url(#draftdiff-arrow)"><title>undated is based on v2</title></path>',
    ]);
    expect(lines.filter((line) => line.startsWith('<circle'))).toHaveLength(7);
  });

  it('colours each cell by its value and marks changes, drops and silence', () => {
    const start = lines.indexOf(
      '<div class="head key-head"><span class="label">Armed forces cap</span><span class="key">armed-forces.personnel-cap</span></div>',
    );
    expect(lines.slice(start + 1, start + 8)).toEqual(CAP_CELLS);
    expect(lines).toContain(
      '<div class="cell dropped" title="dropped (was in v1)"><span class="mark">dropped</span></div>',
    );
  });

  it('tells the same story in sentences, silent versions left out', () => {
    const start = lines.indexOf(
      '<h3><bdi>Elections deadline</bdi> <span class="key">elections.deadline</span></h3>',
    );
    expect(lines.slice(start, start + 5)).toEqual([
      '<h3><bdi>Elections deadline</bdi> <span class="key">elections.deadline</span></h3>',
      '<ol>',
      '<li class="stated"><span class="id"><bdi>v1</bdi></span> (2025-11-20): <bdi>100 days</bdi>, first stated; reported by Outlet v1</li>',
      '<li class="dropped"><span class="id"><bdi>v2</bdi></span> (2025-11-23T18:00:00Z): dropped it, which v1 stated</li>',
      '</ol>',
    ]);
    expect(lines).toContain(
      '<li class="changed"><span class="id"><bdi>v2b</bdi></span> (2025-11-23): <bdi>at most 800,000 personnel</bdi>, changed from v1 (confidence: reported); reported by Outlet v2b</li>',
    );
  });

  it('ends with the changes at each step when given the changelog', () => {
    const withSteps = formatTimelineHtml(timeline, {
      title: 'The cap',
      steps: changelog(DRAFTS).map((entry) => entry.diff),
    }).split('\n');
    expect(withSteps).toContain('<h1>The cap</h1>');
    const start = withSteps.indexOf('<h3><bdi>v1</bdi> → <bdi>v2</bdi></h3>');
    expect(withSteps.slice(start, start + 6)).toEqual([
      '<h3><bdi>v1</bdi> → <bdi>v2</bdi></h3>',
      '<p class="summary">6 changes: 3 metadata changes, 2 terms removed, 1 term changed</p>',
      '<ul>',
      '<li><bdi>Armed forces cap</bdi>: <del><bdi>at most 600,000 personnel</bdi></del> → <ins><bdi>at most 800,000 personnel in peacetime</bdi></ins> (+33.3%; different condition)</li>',
      '<li><bdi>Elections deadline</bdi>: <del><bdi>100 days</bdi></del> → <ins><bdi>(none)</bdi></ins></li>',
      '<li><bdi>Amnesty wartime actions</bdi>: <del><bdi>yes</bdi></del> → <ins><bdi>(none)</bdi></ins></li>',
    ]);
    expect(formatTimelineHtml(timeline, { steps: [] })).toContain(
      '<p>No lineage: none of the versions is based on another.</p>',
    );
  });

  it('is deterministic: the same drafts in any order give the same bytes', () => {
    expect(formatTimelineHtml(buildTimeline([...DRAFTS].reverse()))).toBe(page);
  });

  it('escapes every string from the drafts, with control and bidi characters replaced', () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- c --> right\u202Eto left\u2066 esc\u001b[2J';
    const draft = parseDraft(
      draftOf(
        'hostile',
        [
          point(6, 'Cap.', {
            terms: [
              cap(5, { label: hostile, unit: hostile, condition: hostile, sources: [hostile] }),
            ],
          }),
        ],
        {
          title: hostile,
          version: hostile,
          date: '2025-11-20',
          sources: [{ outlet: hostile, citing: hostile, kind: 'leak' }],
        },
      ),
    );
    const html = formatTimelineHtml(buildTimeline([draft]), { title: hostile });
    const body = html.slice(html.indexOf('</style>'));
    expect(body).not.toMatch(/<script|<img|<!--|\u202E|\u2066/);
    expect(body).not.toContain('\u001b');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('right\uFFFDto left\uFFFD');
    expect(body).toContain('esc\uFFFD[2J');
    expect(html).toContain(`<p class="label">${'&lt;script&gt;alert(1)&lt;/script&gt;'}`);
  });

  it.each([
    [undefined, {}, 'formatTimelineHtml: timeline must be a Timeline, got undefined', ''],
    [{ versions: [] }, {}, 'formatTimelineHtml: timeline.days must be an array', '/days'],
    [
      { ...buildTimeline(DRAFTS), edges: [{ from: 'v1', to: 'nowhere' }] },
      {},
      'formatTimelineHtml: timeline.edges[0] must join two of the versions',
      '/edges/0',
    ],
    [
      { ...buildTimeline(DRAFTS), tracks: [{ key: CAP, label: 'Cap', steps: [] }] },
      {},
      'formatTimelineHtml: timeline.tracks[0].steps must hold one step per version',
      '/tracks/0/steps',
    ],
    [
      buildTimeline(DRAFTS),
      { title: 5 },
      'formatTimelineHtml: options.title must be a string, got 5',
      undefined,
    ],
    [
      buildTimeline(DRAFTS),
      { steps: 'all' },
      'formatTimelineHtml: options.steps must be an array of DraftDiffs, got "all"',
      undefined,
    ],
  ])('rejects a malformed timeline or option (%#)', (given, options, message, path) => {
    const attempt = () => formatTimelineHtml(given as Timeline, options as never);
    expect(attempt).toThrow(DraftdiffError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message, path }));
  });

  it('rejects a step whose term the page could not put in words (an unknown kind)', () => {
    const timeline = buildTimeline(DRAFTS);
    const [track] = timeline.tracks;
    const at = track?.steps.findIndex((step) => step.term !== undefined) ?? -1;
    expect(at).toBeGreaterThanOrEqual(0);
    const steps = track?.steps.map((step, index) =>
      index === at ? { ...step, term: { ...step.term, kind: 'weird' } } : step,
    );
    const odd = { ...timeline, tracks: [{ ...track, steps }] };
    expect(() => formatTimelineHtml(odd as Timeline)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: `formatTimelineHtml: timeline.tracks[0].steps[${at}] must be a TimelineStep`,
        path: `/tracks/0/steps/${at}`,
      }),
    );
  });

  it('rejects a step whose event is not a string, even one that names an event once made text', () => {
    const timeline = buildTimeline(DRAFTS);
    const [track] = timeline.tracks;
    const steps = track?.steps.map((step, index) =>
      index === 0 ? { ...step, event: [step.event] } : step,
    );
    const odd = { ...timeline, tracks: [{ ...track, steps }] };
    expect(() => formatTimelineHtml(odd as Timeline)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'formatTimelineHtml: timeline.tracks[0].steps[0] must be a TimelineStep',
        path: '/tracks/0/steps/0',
      }),
    );
  });

  it('marks a value left unaddressed as a departure, in the band and the sentences', () => {
    const unaddressed = { key: 'elections.deadline', kind: 'unaddressed' } as const;
    const drafts = [
      version('text', { elections: ELECTIONS }, { date: '2025-11-20' }),
      version('edit', { elections: unaddressed }, { date: '2025-11-23', basedOn: ['text'] }),
    ];
    const html = formatTimelineHtml(buildTimeline(drafts)).split('\n');
    expect(html).toContain(
      '<div class="cell unaddressed departs value-1"><span class="mark">not addressed</span><span class="value">not addressed</span><span class="from">from text</span><span class="who">Outlet edit</span></div>',
    );
    expect(html).toContain(
      '<li class="unaddressed departs"><span class="id"><bdi>edit</bdi></span> (2025-11-23): not addressed, where text stated a value; reported by Outlet edit</li>',
    );
  });

  it('draws no picture for no versions', () => {
    const empty = formatTimelineHtml(buildTimeline([]));
    expect(empty).toContain('<p class="summary">0 versions, 0 lineage links, 0 keys followed.</p>');
    expect(empty).not.toContain('class="grid"');
    expect(empty).not.toContain('<svg');
  });

  it('says what a change is measured against in the legend', () => {
    expect(lines).toContain(
      '<span><span class="mark">changed</span> differs from what the version is based on</span>',
    );
  });

  it('does not mutate the timeline', () => {
    const copy = structuredClone(timeline);
    formatTimelineHtml(timeline);
    expect(timeline).toEqual(copy);
  });
});

describe('formatComparison html, view timeline', () => {
  const comparison = compareDrafts(history(DRAFTS), { keys: [CAP] } as never);

  it('draws one band per row across the drafts in column order, marking each change', () => {
    const html = formatComparison(compareDrafts(history(DRAFTS)), 'html', { view: 'timeline' });
    const lines = html.split('\n');
    expect(lines[0]).toBe('<section class="draftdiff-timeline">');
    expect(lines).toContain('<h2>Comparison of 7 drafts</h2>');
    const start = lines.indexOf(
      '<div class="head key-head"><span class="label">Armed forces cap</span><span class="key">armed-forces.personnel-cap</span></div>',
    );
    // In column order, v2 is measured against v2b, the value to its left, not its parent.
    expect(lines.slice(start + 1, start + 8)).toEqual(
      CAP_CELLS.map((cell) =>
        cell.includes('in peacetime') ? cell.replace('from v1', 'from v2b') : cell,
      ),
    );
    expect(html).not.toContain('<table>');
    expect(lines).toContain(
      '<span><span class="mark">changed</span> differs from the value to its left</span>',
    );
  });

  it('wraps the bands in a page on request, and rejects an unknown view', () => {
    const html = formatComparison(comparison, 'html', { view: 'timeline', page: true });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<section class="draftdiff-timeline">');
    expect(() => formatComparison(comparison, 'html', { view: 'river' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'formatComparison: view must be "matrix" or "timeline"',
      }),
    );
  });
});
