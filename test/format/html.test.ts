import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/escape.js';
import { formatDiff } from '../../src/format/format-diff.js';
import { formatChangelogHtml, formatDiffHtml, redlineHtml } from '../../src/format/html.js';
import { formatDiffMarkdown } from '../../src/format/markdown.js';
import { DraftdiffError } from '../../src/index.js';
import { deepFreeze } from '../support/build.js';
import { diffOf, sampleDiff } from './hand-built.js';
import { diffCarrying, PAYLOADS } from './payloads.js';

describe('formatDiffHtml', () => {
  const page = formatDiffHtml(sampleDiff());
  const lines = page.split('\n');

  it('is one self-contained page under a strict Content Security Policy', () => {
    expect(lines.slice(0, 5)).toEqual([
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    ]);
    expect(lines).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    expect(page).toContain('@media (max-width:40rem)');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(page.endsWith('</html>\n')).toBe(true);
  });

  it('has a title, a summary and a legend', () => {
    expect(lines).toContain('<title>Changes from us-draft to counter-draft</title>');
    expect(lines).toContain('<h1>Changes from us-draft to counter-draft</h1>');
    expect(lines).toContain(
      '<p class="summary">10 changes: 1 metadata change, 1 provision added, 1 provision removed, 3 provisions renumbered, 1 provision reworded, 1 term added, 1 term removed, 1 term changed.</p>',
    );
    expect(lines).toContain('<span><del>removed words</del></span>');
    expect(lines).toContain('<span><ins>added words</ins></span>');
  });

  it('shows term changes as a table with arrows and percentages', () => {
    expect(lines).toContain(
      '<tr class="changed"><th scope="row" data-label="Term"><span class="label"><bdi>Armed forces cap</bdi></span> <span class="key"><bdi>armed-forces.personnel-cap</bdi></span> <span class="where">in <bdi>provision cap</bdi></span></th><td data-label="Before"><del><bdi>at most 600,000 personnel</bdi></del></td><td class="arrow" aria-hidden="true">→</td><td data-label="After"><ins><bdi>at most 400,000 personnel</bdi></ins></td><td data-label="Change" class="down"><span class="down" aria-hidden="true">▼</span> <bdi>-33.3%</bdi></td></tr>',
    );
    expect(page).toContain('<td data-label="After"><ins><bdi>$100 billion</bdi></ins></td>');
    expect(page).toContain('<td data-label="Change" class="none">dropped</td>');
    expect(page.match(/<tr class=/g)).toHaveLength(3);
  });

  it('redlines each reworded provision inline', () => {
    expect(lines).toContain('<h3><bdi>Point 6 (now 5)</bdi>: <bdi>Armed forces</bdi></h3>');
    expect(lines).toContain(
      '<p class="redline" dir="auto">The armed forces are capped at <del>600,000</del><ins>400,000</ins> personnel<ins> in peacetime</ins>.</p>',
    );
    expect(lines).toContain('<h3>Removed <bdi>point 3</bdi></h3>');
    expect(lines).toContain(
      '<p class="text" dir="auto"><del>NATO will not expand further.</del></p>',
    );
    expect(lines).toContain('<li><bdi>Points 4-6 are now 3-5 (up by one)</bdi></li>');
  });

  it('says so when nothing changed, and takes a title', () => {
    const empty = formatDiffHtml(diffOf('a', 'b', []), { title: 'Draft <1> & <2>' });
    expect(empty).toContain('<title>Draft &lt;1&gt; &amp; &lt;2&gt;</title>');
    expect(empty).toContain('<p class="summary">No differences.</p>');
    expect(empty).not.toContain('<table>');
  });

  it('is what formatDiff gives for html', () => {
    expect(formatDiff(sampleDiff(), 'html')).toBe(page);
  });

  it('puts several diffs on one changelog page', () => {
    const changelog = formatChangelogHtml([sampleDiff(), diffOf('counter-draft', 'final', [])]);
    expect(changelog).toContain('<title>Changelog</title>');
    expect(changelog).toContain('<p class="summary">2 steps.</p>');
    expect(changelog).toContain('<h2><bdi>us-draft</bdi> → <bdi>counter-draft</bdi></h2>');
    expect(changelog).toContain('<h2><bdi>counter-draft</bdi> → <bdi>final</bdi></h2>');
    expect(changelog).toContain('<h3>Terms</h3>');
    expect(changelog).toContain('<h4><bdi>Point 6 (now 5)</bdi>: <bdi>Armed forces</bdi></h4>');
  });
});

describe('input', () => {
  it('is never mutated', () => {
    const diff = deepFreeze(sampleDiff());
    expect(formatDiffHtml(diff)).toBe(formatDiffHtml(sampleDiff()));
    expect(formatDiffMarkdown(diff)).toBe(formatDiffMarkdown(sampleDiff()));
  });

  it.each([
    ['null', null, 'diff must be a DraftDiff (the result of diffDrafts), got null'],
    [
      'an object without changes',
      { from: 'a', to: 'b' },
      'diff.changes must be an array, got undefined',
    ],
    [
      'an unknown change kind',
      diffOf('a', 'b', [{ kind: 'term.renamed' } as never]),
      'diff.changes[0].kind must be one of CHANGE_KINDS, got "term.renamed"',
    ],
  ])('%s is a DraftdiffError with code INVALID_ARGUMENT', (_name, diff, message) => {
    for (const format of [formatDiffHtml, formatDiffMarkdown]) {
      let error: unknown;
      try {
        format(diff as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DraftdiffError);
      expect((error as DraftdiffError).code).toBe('INVALID_ARGUMENT');
      expect((error as DraftdiffError).message).toBe(`${format.name}: ${message}`);
    }
  });
});

describe('escaping', () => {
  it.each(PAYLOADS)('prints %j as text, escaped once, in every field', (payload) => {
    const page = formatDiffHtml(diffCarrying(payload), { title: payload });
    const body = page.slice(page.indexOf('</style>'));
    expect(body).not.toMatch(/<script|<img|<a |<!--|href=/);
    // Every tag in the page is one the formatter writes.
    const tags = new Set(body.match(/<\/?[a-z0-9]+/g));
    for (const tag of tags) {
      expect([
        'head',
        'body',
        'html',
        'main',
        'h1',
        'h2',
        'h3',
        'p',
        'aside',
        'span',
        'del',
        'ins',
        'section',
        'div',
        'table',
        'colgroup',
        'col',
        'bdi',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'article',
        'ul',
        'li',
        'style',
        'title',
      ]).toContain(tag.replace(/^<\/?/, ''));
    }
    // Escaped exactly once: the escaped payload is there, a doubly escaped one is not.
    expect(body).toContain(escapeHtml(payload));
    if (/[&<>"']/.test(payload)) expect(body).not.toContain(escapeHtml(escapeHtml(payload)));
    expect(page).toContain(`<title>${escapeHtml(payload)}</title>`);
  });

  it('keeps line breaks of a redline as text, for CSS to show', () => {
    expect(
      redlineHtml([
        { op: 'equal', text: 'a\n<b>' },
        { op: 'insert', text: ' & c' },
      ]),
    ).toBe('a\n&lt;b&gt;<ins> &amp; c</ins>');
  });
});
