// An HTML-breaking and a Markdown-breaking string in every field a formatter prints, through
// real drafts (parseDraft, diffDrafts, compareDrafts), not hand-built diffs: titles, versions,
// summaries, sources, provision ids, numbers, titles and texts, term labels, units,
// conditions, subjects, members, text values and draft ids (compareDrafts takes drafts that
// skipped parseDraft, so ids are free text there).
//
// The check is differential: each output is compared with the output for the same drafts
// carrying a harmless string instead. HTML must have the same tags and attributes, in the
// same order (nothing injected) and no raw `<` outside them; Markdown, rendered by a CommonMark
// renderer with raw HTML switched on, must give the same tags too; text must have the same
// lines and no control or bidirectional-override characters.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_FORMATS,
  compareDrafts,
  type Draft,
  type DraftDiff,
  diffDrafts,
  formatComparison,
  formatDiff,
  parseDraft,
} from '../../src/index.js';

// Raw HTML on, and bare URLs turned into links, as many renderers do.
const markdownIt = (
  createRequire(import.meta.url)('markdown-it') as (options?: object) => {
    render(source: string): string;
  }
)({ html: true, linkify: true });

const HARMLESS = 'plain words';

/** Strings that break HTML or Markdown when printed raw. */
const PAYLOADS: [string, string][] = [
  ['HTML-breaking', `"><script>alert(1)</script><img src=x onerror=alert(1)>'&amp;<!--`],
  ['attribute-breaking', `x" onmouseover="alert(1)" data-x='y`],
  [
    'Markdown-breaking',
    '**b** _e_ [l](javascript:x) ![i](y) `c` ~~s~~ <b>r</b> |a|\n# h\n- i\n> q\\',
  ],
  ['line- and terminal-breaking', 'one\r\ntwo\u2028three\u001b[31mred\u001b[0m\u202eevil\u0007'],
  ['terminal-driving', '\u001b[2J\u001b]0;PWNED\u0007 \u2066x\u2069 \u200f'],
  ['URL-carrying', 'see https://example.com/x?a=1, www.example.org and mail@example.net'],
];

/**
 * Sixty words of one side only, so the provisions that carry them never pair up: they share
 * only the payload, and sit on either side of the shared provision (not between the same two
 * neighbours, where a lone pair forms on few words).
 */
function words(which: 'old' | 'new'): string {
  return Array.from({ length: 60 }, (_, index) => `${which}${index}`).join(' ');
}

/** Two drafts that carry `payload` in every free-text field, and differ in all of them. */
function draftsCarrying(payload: string): [Draft, Draft] {
  // Ids allow no line breaks or tabs and no spaces at the ends.
  const id = `id ${payload.replace(/[\s]/g, '_')}`;
  const sources = [
    {
      outlet: `${payload} outlet`,
      citing: `${payload} citing`,
      url: `${payload} url`,
      title: `${payload} headline`,
      note: `${payload} note`,
      kind: 'leak' as const,
    },
  ];
  const cap = (value: number) => ({
    key: 'armed-forces.personnel-cap',
    kind: 'quantity' as const,
    value,
    unit: `${payload} unit`,
    bound: 'exact' as const,
    condition: `${payload} condition`,
    label: `${payload} label`,
    note: `${payload} note`,
    sources: [`${payload} outlet`],
  });
  const side = (which: 'old' | 'new', value: number): Draft => {
    const shared = {
      id,
      number: `${payload.replace(/\s/g, '_').slice(0, 40)} ${which === 'old' ? '1' : '2'}`,
      title: `${payload} heading ${which}`,
      text: which === 'old' ? `${payload} the clause` : `${payload} the clause, amended`,
      topics: [`${payload} topic`],
      terms: [
        cap(value),
        { key: 'wording', kind: 'text' as const, value: `${payload} ${which}` },
        { key: 'guarantors', kind: 'set' as const, members: [`${payload} ${which}`] },
        {
          key: 'territory.kherson',
          kind: 'status' as const,
          value: which === 'old' ? 'frozen' : 'returned',
          subject: `${payload} subject`,
        },
      ],
    };
    const only = {
      id: `${id} ${which}`,
      text: `${payload} ${words(which)}`,
      title: `${payload} ${which} only`,
    };
    return {
      id: which === 'old' ? 'before' : 'after',
      title: `${payload} title ${which}`,
      version: `${payload} version ${which}`,
      summary: `${payload} summary ${which}`,
      coverage: 'complete',
      sources,
      provisions: which === 'old' ? [shared, only] : [only, shared],
      terms: [
        {
          key: `only.${which}`,
          kind: 'duration',
          value: 100,
          unit: 'days',
          from: `${payload} from`,
          bound: 'exact',
        },
      ],
    };
  };
  return [side('old', 600_000), side('new', 400_000)];
}

/** Tag names and attribute names, in order; the text between tags must hold no raw `<`. */
function htmlSkeleton(html: string): string[] {
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const tag =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*"|='[^']*')?)*)\s*\/?>|<!DOCTYPE html>/gi;
  const outside = body.replace(tag, '');
  expect(outside).not.toMatch(/</);
  return [...body.matchAll(tag)].map((match) => {
    const attributes = [...(match[3] ?? '').matchAll(/([^\s=]+)(?:="[^"]*"|='[^']*')?/g)];
    return `${match[1] ?? ''}${match[2] ?? 'doctype'}(${attributes.map((attribute) => attribute[1]).join(' ')})`;
  });
}

/** What a CommonMark renderer makes of the Markdown, as a skeleton. */
function markdownSkeleton(markdown: string): string[] {
  return htmlSkeleton(markdownIt.render(markdown));
}

/** HTML or Markdown output, checked free of control (but line feed) and bidi characters. */
function printable(output: string): string {
  expect(output.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  return output;
}

/** Lines of text output, checked free of control and bidirectional-override characters. */
function textLines(text: string): number {
  expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  return text.split('\n').length;
}

describe.each(PAYLOADS)('a %s string in every field', (_name, payload) => {
  const [before, after] = draftsCarrying(payload);
  const [plainBefore, plainAfter] = draftsCarrying(HARMLESS);
  const diff = diffDrafts(before, after);
  const plainDiff = diffDrafts(plainBefore, plainAfter);
  // Draft ids that skipped parseDraft: free text in the columns of a comparison.
  const withIds = (drafts: [Draft, Draft], text: string) =>
    compareDrafts([
      { ...drafts[0], id: `${text} A` },
      { ...drafts[1], id: `${text} B` },
    ]);
  const comparison = withIds([before, after], payload);
  const plainComparison = withIds([plainBefore, plainAfter], HARMLESS);

  it('reaches the diff: every kind of change the formatters print is there', () => {
    expect(new Set(diff.changes.map((change) => change.kind))).toEqual(
      new Set(plainDiff.changes.map((change) => change.kind)),
    );
    expect(diff.changes.map((change) => change.kind)).toEqual(
      expect.arrayContaining([
        'draft.changed',
        'provision.renumbered',
        'provision.retitled',
        'provision.reworded',
        'provision.added',
        'provision.removed',
        'term.added',
        'term.removed',
        'term.changed',
      ]),
    );
  });

  it('formatDiff html: the same tags and attributes as for a harmless string', () => {
    expect(htmlSkeleton(printable(formatDiff(diff, 'html')))).toEqual(
      htmlSkeleton(formatDiff(plainDiff, 'html')),
    );
  });

  it('formatDiff markdown: renders to the same tags as for a harmless string', () => {
    const markdown = printable(formatDiff(diff, 'markdown'));
    expect(markdownSkeleton(markdown)).toEqual(markdownSkeleton(formatDiff(plainDiff, 'markdown')));
    expect(markdownIt.render(markdown)).not.toMatch(
      /<script|<img|<a |<b>|<h1>h|<blockquote>|<code>/,
    );
  });

  it('formatDiff json: parses back to the diff', () => {
    expect(JSON.parse(formatDiff(diff, 'json'))).toEqual(JSON.parse(JSON.stringify(diff)));
  });

  it('formatDiff text: the same lines, and no control or bidi characters', () => {
    expect(textLines(formatDiff(diff, 'text'))).toBe(textLines(formatDiff(plainDiff, 'text')));
  });

  it('formatComparison html, as a fragment and a page: the same tags and attributes', () => {
    for (const page of [false, true]) {
      expect(
        htmlSkeleton(printable(formatComparison(comparison, 'html', { page, title: payload }))),
      ).toEqual(htmlSkeleton(formatComparison(plainComparison, 'html', { page, title: HARMLESS })));
    }
  });

  it('formatComparison markdown: renders to the same tags', () => {
    const markdown = printable(formatComparison(comparison, 'markdown', { title: payload }));
    expect(markdownSkeleton(markdown)).toEqual(
      markdownSkeleton(formatComparison(plainComparison, 'markdown', { title: HARMLESS })),
    );
    expect(markdownIt.render(markdown)).not.toMatch(
      /<script|<img|<a |<b>|<h1>h|<blockquote>|<code>/,
    );
  });

  it('formatComparison text: the same lines, and no control or bidi characters', () => {
    // Cells wide enough never to wrap, so only a forged line break could add a line.
    const width = 1000;
    for (const rowName of ['label', 'key'] as const) {
      expect(
        textLines(formatComparison(comparison, 'text', { title: payload, rowName, width })),
      ).toBe(
        textLines(formatComparison(plainComparison, 'text', { title: HARMLESS, rowName, width })),
      );
    }
  });

  it('formatComparison json: parses back to the comparison', () => {
    for (const format of COMPARISON_FORMATS)
      expect(typeof formatComparison(comparison, format)).toBe('string');
    expect(JSON.parse(formatComparison(comparison, 'json'))).toEqual(
      JSON.parse(JSON.stringify(comparison)),
    );
  });
});

// The text format prints every user string on one line of its own making: line breaks and
// other whitespace runs become one space, and control and bidirectional formatting characters
// become U+FFFD, as in formatComparison's text (both use escapePlainText). These pin the output;
// the second diff is hand-built, for draft ids that parseDraft would refuse.
describe('formatDiff text, exactly', () => {
  const hostile = 'one\r\ntwo\u2028three\u001b[31mred\u001b[0m\u202eevil\u0007';

  it('a clause, a title, a provision id and a term label that try to forge lines', () => {
    const id = 'p \u202e1\u2066';
    const draft = (which: 'old' | 'new', value: number): Draft => ({
      id: which === 'old' ? 'before' : 'after',
      title: `Plan\n+ forged ${which}`,
      coverage: 'complete',
      provisions: [
        {
          id,
          number: '1',
          text: `Troops withdraw${which === 'old' ? '' : ` ${hostile}`}.`,
          terms: [
            {
              key: 'armed-forces.personnel-cap',
              label: `Cap\r\n  ~ forged\u001b[2J`,
              kind: 'quantity',
              value,
              unit: 'personnel',
              bound: 'exact',
            },
          ],
        },
      ],
    });
    expect(formatDiff(diffDrafts(draft('old', 600_000), draft('new', 400_000)), 'text')).toBe(
      [
        'before -> after: 3 changes',
        '',
        'Terms',
        // Where the term is, by the number a reader sees rather than the (hostile) id.
        '  ~ Cap ~ forged\uFFFD[2J: 600,000 -> 400,000 personnel (-33.3%)  (point 1)',
        '',
        'Provisions',
        // Too little in common for a redline: the two texts, each on a line of its own.
        '  ~ Point 1 was rewritten (25% similar)',
        '      was: Troops withdraw.',
        '      now: Troops withdraw one two three\uFFFD[31mred\uFFFD[0m\uFFFDevil\uFFFD.',
        '',
        'Draft',
        '  ~ Title changed from "Plan + forged old" to "Plan + forged new"',
        '',
      ].join('\n'),
    );
  });

  it('a renumbering and draft ids in a hand-built diff', () => {
    const provision = (number: string) => ({ id: 'p', number, text: 'Same.' });
    const before = { id: 'a', title: 'A', coverage: 'complete', provisions: [] } as Draft;
    const nothing = diffDrafts(before, before);
    const diff = {
      ...nothing,
      stats: { ...nothing.stats, 'provision.renumbered': 1 },
      from: 'a\u001b]0;title\u0007',
      to: 'b\n\u2067c',
      changes: [
        {
          kind: 'provision.renumbered',
          path: '/provisions/0',
          beforePath: '/provisions/0',
          provisionId: 'p\u202d',
          fromNumber: '1\r',
          toNumber: '2\u0000',
          before: provision('1\r'),
          after: provision('2\u0000'),
          summary: 'Point 1\r is now point 2\u0000',
        },
      ],
    } as DraftDiff;
    expect(formatDiff(diff, 'text')).toBe(
      [
        'a\uFFFD]0;title\uFFFD -> b \uFFFDc: 1 change',
        '',
        'Provisions',
        '  # Point 1 is now point 2\uFFFD',
        '',
      ].join('\n'),
    );
  });
});

// Issue 13, item 7: bidirectional text in a user string must not reorder the tool's own words.
describe('bidi isolation in HTML', () => {
  const cap = (label: string, value: number) => ({
    id: 'x',
    title: 'Plan',
    coverage: 'complete' as const,
    provisions: [
      {
        id: 'p1',
        number: '1',
        text: 'Cap.',
        terms: [{ key: 'cap', label, kind: 'quantity' as const, value, unit: 'personnel' }],
      },
    ],
  });
  const label = 'Cap \u202eevil\u202c שלום';
  const diff = diffDrafts(cap(label, 600_000), { ...cap(label, 400_000), id: 'y' });

  it('isolates every user string in <bdi>, and shows the override as U+FFFD', () => {
    const html = formatDiff(diff, 'html');
    expect(html).toContain('<span class="label"><bdi>Cap \uFFFDevil\uFFFD שלום</bdi></span>');
    expect(html).toContain('<del><bdi>600,000 personnel</bdi></del>');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const comparison = formatComparison(compareDrafts([parseDraft(cap(label, 600_000))]), 'html');
    expect(comparison).toContain('<th scope="row"><bdi>Cap \uFFFDevil\uFFFD שלום</bdi>');
    expect(comparison).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
