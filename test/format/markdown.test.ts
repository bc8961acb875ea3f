import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../src/format/format-diff.js';
import { formatDiffMarkdown, redlineMarkdown } from '../../src/format/markdown.js';
import type { Change, Hunk } from '../../src/index.js';
import { diffOf, markdownIt, provision, sampleDiff } from './hand-built.js';
import { diffCarrying, PAYLOADS } from './payloads.js';

describe('formatDiffMarkdown', () => {
  it('says there are no differences when there are none', () => {
    expect(formatDiffMarkdown(diffOf('a', 'b', []))).toBe(
      '# Changes from a to b\n\nNo differences.\n',
    );
  });

  it('puts headline changes first, then redlines, then the rest', () => {
    expect(formatDiffMarkdown(sampleDiff())).toBe(
      [
        '# Changes from us-draft to counter-draft',
        '',
        '10 changes: 1 metadata change, 1 provision added, 1 provision removed, 3 provisions renumbered, 1 provision reworded, 1 term added, 1 term removed, 1 term changed.',
        '',
        '## Headline changes',
        '',
        '- **Armed forces cap** (armed-forces\\.personnel-cap, provision cap): at most 600,000 personnel → at most 400,000 personnel (-33.3%)',
        '- **Elections** (elections\\.deadline): dropped, was 100 days',
        '- **Reconstruction fund** (reconstruction\\.fund): new, $100 billion',
        '- Removed point 3: NATO will not expand further.',
        '- Added point 28: All parties receive a full amnesty.',
        '',
        '## Reworded provisions',
        '',
        // Renumbered and reworded: named by both numbers, so no two changes say "point 5".
        '### Point 6 (now 5): Armed forces',
        '',
        '*80% similar*',
        '',
        'The armed forces are capped at ~~600,000~~ **400,000** personnel **in peacetime**.',
        '',
        '## Other changes',
        '',
        '- Title changed from "Plan" to "Counter-plan"',
        '- Points 4-6 are now 3-5 (up by one)',
        '',
      ].join('\n'),
    );
  });

  it('renders as intended in a CommonMark renderer', () => {
    const html = markdownIt.render(formatDiffMarkdown(sampleDiff()));
    expect(html).toContain(
      '<p>The armed forces are capped at <s>600,000</s> <strong>400,000</strong> personnel <strong>in peacetime</strong>.</p>',
    );
    expect(html).toContain(
      '<li><strong>Armed forces cap</strong> (armed-forces.personnel-cap, provision cap): at most 600,000 personnel → at most 400,000 personnel (-33.3%)</li>',
    );
    expect(html.match(/<li>/g)).toHaveLength(7);
    expect(html.match(/<h2>/g)).toHaveLength(3);
  });

  it('is what formatDiff gives for markdown', () => {
    expect(formatDiff(sampleDiff(), 'markdown')).toBe(formatDiffMarkdown(sampleDiff()));
  });

  it('shows a rewrite as its two texts, and names a provision without a number by its text', () => {
    const before = provision('x', undefined, 'Old.');
    const after = provision('x', undefined, 'New.');
    const change: Change = {
      kind: 'provision.reworded',
      path: '/provisions/0',
      summary: 'reworded',
      provisionId: 'x',
      beforePath: '/provisions/0',
      similarity: 0,
      coarse: true,
      hunks: [
        { op: 'delete', text: 'Old.' },
        { op: 'insert', text: 'New.' },
      ],
      before,
      after,
    };
    const markdown = formatDiffMarkdown(diffOf('a', 'b', [change]));
    expect(markdown).toContain(
      '### "New."\n\n*Rewritten: 0% similar*\n\nBefore: Old.\n\nAfter: New.\n',
    );
  });
});

describe('escaping', () => {
  it.each(PAYLOADS)('prints %j as text in every field', (payload) => {
    const markdown = formatDiffMarkdown(diffCarrying(payload));
    const html = markdownIt.render(markdown);
    // Only the structure the formatter makes: no tag, link, image, table or code from the payload.
    const tags = new Set(html.match(/<\/?[a-z0-9]+/g));
    expect([...tags].sort()).toEqual(
      [
        '<h1',
        '</h1',
        '<h2',
        '</h2',
        '<h3',
        '</h3',
        '<p',
        '</p',
        '<ul',
        '</ul',
        '<li',
        '</li',
        '<s',
        '</s',
        '<strong',
        '</strong',
        '<em',
        '</em',
      ].sort(),
    );
    expect(html).not.toMatch(/href=|<script|<img|<a |<code|<table|<!--/);
    // The same blocks whatever the payload: a line break in a value starts nothing new.
    expect(html.match(/<h[1-3]>/g)).toHaveLength(5);
    expect(html.match(/<li>/g)).toHaveLength(6);
    // Escaped once: the payload reads back as it was written (line breaks as spaces).
    const flat = payload.replace(/\r\n|\n/g, ' ');
    expect(decodeEntities(html)).toContain(flat);
  });
});

describe('redlineMarkdown', () => {
  it.each<[string, Hunk[], string]>([
    [
      'a replaced figure',
      [eq('capped at '), del('600,000'), ins('400,000'), eq(' personnel')],
      'capped at ~~600,000~~ **400,000** personnel',
    ],
    [
      'an insertion with its leading space',
      [eq('personnel'), ins(' in peacetime'), eq('.')],
      'personnel **in peacetime**.',
    ],
    [
      'a deletion with its trailing space',
      [eq('a '), del('large '), eq('army')],
      'a ~~large~~ army',
    ],
    [
      'punctuation against a letter widens to the word',
      [eq('the cap'), del('.'), ins(';'), eq(' Next')],
      'the ~~cap.~~ **cap;** Next',
    ],
    [
      'a region inside one word widens on both sides',
      [eq('pre'), del('-'), eq('war')],
      // A lone `-` could be a rule where a line starts, so a hunk of just that is escaped.
      '~~pre\\-war~~ **prewar**',
    ],
    [
      'two regions joined by a widened word merge',
      [eq('x '), del('('), eq('a'), del(')'), eq(' y')],
      'x ~~(a)~~ **a** y',
    ],
    ['whitespace-only changes stay unmarked', [eq('a'), ins(' '), eq('b')], 'a b'],
    ['leading and trailing whitespace is trimmed', [ins('  new  ')], '**new**'],
    [
      'an escaped marker inside a region',
      [eq('a '), del('**x**'), eq(' b')],
      'a ~~\\*\\*x\\*\\*~~ b',
    ],
  ])('%s', (_name, hunks, expected) => {
    expect(redlineMarkdown(hunks)).toBe(expected);
  });

  it('marks exactly the changed words, whatever the text (CommonMark, markdown-it)', () => {
    // Letters, digits, ASCII punctuation, odd spaces (no-break, vertical tab, BOM), a dash, an
    // accented letter and an emoji (a symbol outside the BMP).
    const characters = [
      ...'abz09 .,;:!?*_~`\'"()[]{}<>&|#+-\\\n',
      '\u00a0',
      '\u000b',
      '\ufeff',
      '\u2014',
      '\u00e9',
      '\u{1f600}',
    ];
    const text = fc
      .array(fc.constantFrom(...characters), { maxLength: 12 })
      .map((chosen) => chosen.join(''));
    const hunk = fc.record({ op: fc.constantFrom<Hunk['op']>('equal', 'delete', 'insert'), text });
    fc.assert(
      fc.property(fc.array(hunk, { maxLength: 8 }), (hunks) => {
        const html = markdownIt.renderInline(redlineMarkdown(hunks));
        // No markup but ours; a marker that failed to pair would show up below as extra text.
        expect(html.replace(/<\/?(s|strong)>/g, '')).not.toContain('<');
        const withoutDeleted = strip(html.replace(/<s>.*?<\/s>/g, ''));
        const withoutInserted = strip(html.replace(/<strong>.*?<\/strong>/g, ''));
        expect(withoutDeleted).toBe(join(hunks, 'delete').replace(/\s+/g, ''));
        expect(withoutInserted).toBe(join(hunks, 'insert').replace(/\s+/g, ''));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

function eq(text: string): Hunk {
  return { op: 'equal', text };
}

function del(text: string): Hunk {
  return { op: 'delete', text };
}

function ins(text: string): Hunk {
  return { op: 'insert', text };
}

/** The text one side of the redline rebuilds: equal plus everything but `without`. */
function join(hunks: readonly Hunk[], without: Hunk['op']): string {
  return hunks
    .filter((hunk) => hunk.op !== without)
    .map((hunk) => hunk.text)
    .join('');
}

/** Text content with tags removed, entities decoded and whitespace dropped (only words matter). */
function strip(text: string): string {
  return decodeEntities(text.replace(/<\/?(s|strong)>/g, '')).replace(/\s+/g, '');
}

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
