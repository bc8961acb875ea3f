import { describe, expect, it } from 'vitest';
import { formatComparison, formatComparisonRow } from '../../src/format/format-comparison.js';
import type { PaintRole } from '../../src/format/format-diff.js';
import { type Comparison, type ComparisonRow, compareDrafts, parseDraft } from '../../src/index.js';
import { cap, draftOf, point } from '../support/build.js';

const axios = parseDraft(
  draftOf(
    'axios',
    [
      point(6, 'Cap.', { terms: [cap(600_000, { bound: 'at-most', sources: ['Axios'] })] }),
      point(21, 'Kherson.', {
        terms: [
          {
            key: 'territory.kherson',
            kind: 'status',
            value: 'frozen-at-contact-line',
            label: 'Kherson',
          },
        ],
      }),
      point(25, 'Elections.', {
        terms: [
          {
            key: 'elections.deadline',
            kind: 'duration',
            value: 100,
            unit: 'days',
            label: 'Elections',
          },
        ],
      }),
    ],
    { sources: [{ outlet: 'Axios', kind: 'full-text' }] },
  ),
);
const irish = parseDraft(
  draftOf(
    'irish-times',
    [{ id: 's1', text: 'Cap.', terms: [cap(600_000, { bound: 'at-most' })] }],
    {
      coverage: 'partial',
      sources: [{ outlet: 'The Irish Times', citing: 'Bloomberg', kind: 'summary' }],
    },
  ),
);
const other = parseDraft(
  draftOf(
    'other',
    [
      { id: 'o1', number: '6', text: 'Cap.', terms: [cap(400_000, { bound: 'about' })] },
      {
        id: 'o2',
        number: '21',
        text: 'K.',
        terms: [{ key: 'territory.kherson', kind: 'unaddressed' }],
      },
      {
        id: 'o3',
        number: '25',
        text: 'E.',
        terms: [
          { key: 'elections.deadline', kind: 'duration', value: 100, unit: 'days', bound: 'about' },
        ],
      },
    ],
    { coverage: 'partial', sources: [{ outlet: 'Other accounts', kind: 'analysis' }] },
  ),
);
const comparison = compareDrafts([axios, irish, other]);

describe('formatComparison: text', () => {
  it('draws an aligned matrix, marks disagreements and tells each one', () => {
    expect(formatComparison(comparison, 'text')).toBe(
      [
        'Comparison of 3 drafts',
        '3 keys: 2 disagree, 1 agree (1 with different bounds), 0 stated by one draft',
        '',
        '   label             axios                      irish-times                other',
        '≠  Armed forces cap  at most 600,000 personnel  at most 600,000 personnel  about 400,000 personnel',
        '≠  Kherson           frozen at contact line     ·                          not addressed',
        '≈  Elections         100 days                   ·                          about 100 days',
        '',
        '≠ disagree  = agree  ≈ agree, bounds differ  · silent',
        '',
        'Disagreements',
        '≠ Armed forces cap: at most 600,000 personnel (Axios; The Irish Times citing Bloomberg) vs about 400,000 personnel (Other accounts)',
        '≠ Kherson: frozen at contact line (Axios) vs not addressed (Other accounts); silent: irish-times',
        '',
      ].join('\n'),
    );
  });

  it('filters rows, names rows by key, wraps wide cells and can leave out the details', () => {
    expect(
      formatComparison(comparison, 'text', {
        only: 'agree',
        rowName: 'key',
        width: 10,
        details: false,
        title: 'Elections only',
      }),
    ).toBe(
      [
        'Elections only',
        '1 key: 0 disagree, 1 agree (1 with different bounds), 0 stated by one draft',
        '',
        // Words wrap at the cell width; a longer word widens its column rather than being cut.
        '   key                 axios     irish-times  other',
        '≈  elections.deadline  100 days  ·            about 100',
        '                                              days',
        '',
        '≠ disagree  = agree  ≈ agree, bounds differ  · silent',
        '',
      ].join('\n'),
    );
  });

  it('fits lineWidth: columns narrow and wrap, sentences wrap with a hanging indent', () => {
    expect(formatComparison(comparison, 'text', { lineWidth: 60 }).split('\n')).toEqual([
      'Comparison of 3 drafts',
      '3 keys: 2 disagree, 1 agree (1 with different bounds), 0',
      '  stated by one draft',
      '',
      '   label         axios          irish-times    other',
      '≠  Armed forces  at most        at most        about 400,000',
      '   cap           600,000        600,000        personnel',
      '                 personnel      personnel',
      '≠  Kherson       frozen at      ·              not addressed',
      '                 contact line',
      '≈  Elections     100 days       ·              about 100',
      '                                               days',
      '',
      '≠ disagree  = agree  ≈ agree, bounds differ  · silent',
      '',
      'Disagreements',
      '≠ Armed forces cap: at most 600,000 personnel (Axios; The',
      '  Irish Times citing Bloomberg) vs about 400,000 personnel',
      '  (Other accounts)',
      '≠ Kherson: frozen at contact line (Axios) vs not addressed',
      '  (Other accounts); silent: irish-times',
      '',
    ]);
  });

  it('lists each row as a block when even the narrowest columns do not fit', () => {
    const text = formatComparison(comparison, 'text', { lineWidth: 40, details: false });
    expect(text.split('\n')).toEqual([
      'Comparison of 3 drafts',
      '3 keys: 2 disagree, 1 agree (1 with',
      '  different bounds), 0 stated by one',
      '  draft',
      '',
      '≠ Armed forces cap',
      '    axios: at most 600,000 personnel',
      '    irish-times: at most 600,000',
      '      personnel',
      '    other: about 400,000 personnel',
      '≠ Kherson',
      '    axios: frozen at contact line',
      '    other: not addressed',
      '≈ Elections',
      '    axios: 100 days',
      '    other: about 100 days',
      '',
      '≠ disagree',
      '= agree',
      '≈ agree, bounds differ',
      '· silent',
      '',
    ]);
  });

  it.each([19, 20.5, -1])('refuses lineWidth %s', (lineWidth) => {
    expect(() => formatComparison(comparison, 'text', { lineWidth })).toThrowError(
      'lineWidth must be a whole number of at least 20',
    );
  });

  it('keeps every line within lineWidth, whatever the width (law)', () => {
    for (let lineWidth = 20; lineWidth <= 120; lineWidth++) {
      for (const line of formatComparison(comparison, 'text', { lineWidth }).split('\n')) {
        expect(Array.from(line).length).toBeLessThanOrEqual(lineWidth);
      }
    }
  });

  it('says so when no row is left', () => {
    expect(formatComparison(comparison, 'text', { key: 'nothing' })).toBe(
      'Comparison of 3 drafts\n0 keys: 0 disagree, 0 agree, 0 stated by one draft\n',
    );
  });

  it('paints headings, disagreement markers and silent cells, and nothing else', () => {
    const paint = (role: PaintRole, text: string) => `<${role}>${text}</${role}>`;
    const painted = formatComparison(comparison, 'text', { paint, details: false });
    const lines = painted.split('\n');
    expect(lines[0]).toBe('<heading>Comparison of 3 drafts</heading>');
    expect(lines[4]?.startsWith('<change>≠</change>  Armed forces cap')).toBe(true);
    expect(lines[5]).toContain('<dim>·');
    expect(painted.replace(/<\/?[a-z]+>/g, '')).toBe(
      formatComparison(comparison, 'text', { details: false }),
    );
  });

  it('keeps line breaks and control characters of values from breaking rows or the terminal', () => {
    const hostile = parseDraft(
      draftOf('x', [
        point(1, 'T.', {
          terms: [{ key: 'k', kind: 'text', value: 'line one\nline two\u001b[31m red \u202e' }],
        }),
      ]),
    );
    const text = formatComparison(compareDrafts([hostile]), 'text', { width: 60 });
    expect(text).toContain('"line one line two\uFFFD[31m red \uFFFD"');
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')).toHaveLength(8);
  });
});

describe('formatComparison: markdown', () => {
  it('is a table with a marker column, escaped cells and a list of disagreements', () => {
    expect(formatComparison(comparison, 'markdown')).toBe(
      [
        '## Comparison of 3 drafts',
        '',
        '3 keys: 2 disagree, 1 agree (1 with different bounds), 0 stated by one draft',
        '',
        '|  | Key | axios | irish-times | other |',
        '| --- | --- | --- | --- | --- |',
        '| ≠ | Armed forces cap (armed-forces\\.personnel-cap) | at most 600,000 personnel | at most 600,000 personnel | about 400,000 personnel |',
        '| ≠ | Kherson (territory\\.kherson) | frozen at contact line | · | not addressed |',
        '| ≈ | Elections (elections\\.deadline) *same figure, bounds differ: exact vs about* | 100 days | · | about 100 days |',
        '',
        '≠ disagree  = agree  ≈ agree, bounds differ  · silent',
        '',
        '### Disagreements',
        '',
        '- Armed forces cap: at most 600,000 personnel (Axios; The Irish Times citing Bloomberg) vs about 400,000 personnel (Other accounts)',
        '- Kherson: frozen at contact line (Axios) vs not addressed (Other accounts); silent: irish-times',
        '',
      ].join('\n'),
    );
  });

  it('escapes every user string: labels, values, outlets, titles', () => {
    const hostile = parseDraft(
      draftOf(
        'x',
        [
          point(1, 'T.', {
            terms: [
              {
                key: 'k',
                kind: 'text',
                value: '| cell | <img src=x> *bold*\n# heading',
                label: '[link](http://x)',
                sources: ['<b>Out|let</b>'],
              },
            ],
          }),
        ],
        { sources: [{ outlet: '<b>Out|let</b>', kind: 'leak' }] },
      ),
    );
    const other = parseDraft(
      draftOf('y', [point(1, 'T.', { terms: [{ key: 'k', kind: 'text', value: 'plain' }] })]),
    );
    const markdown = formatComparison(compareDrafts([hostile, other]), 'markdown', {
      title: '<script>',
    });
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('[link](');
    // `#` and `>` mid-line are no markup: only what Markdown would misread is escaped.
    expect(markdown).toContain('\\| cell \\| &lt;img src=x> \\*bold\\* # heading');
    // Every table row still has exactly the columns of the header: no pipe escaped the cell.
    const tableRows = markdown.split('\n').filter((line) => line.startsWith('| '));
    for (const line of tableRows) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('formatComparison: html', () => {
  it('is a table fragment with inline CSS, no script, and titles naming the sources', () => {
    const html = formatComparison(comparison, 'html');
    expect(html.startsWith('<section class="draftdiff-comparison">\n<style>')).toBe(true);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<!doctype');
    expect(html).toContain('<caption>Comparison of 3 drafts</caption>');
    expect(html).toContain('<th scope="col"><bdi>irish-times</bdi></th>');
    expect(html).toContain('<tr class="disagree">');
    expect(html).toContain('<tr class="agree near">');
    expect(html).toContain(
      '<td title="The Irish Times citing Bloomberg"><bdi>at most 600,000 personnel</bdi></td>',
    );
    expect(html).toContain('<td class="silent" title="silent">·</td>');
    expect(html).toContain(
      '<li><bdi>Kherson</bdi>: <bdi>frozen at contact line</bdi> (<bdi>Axios</bdi>) vs <bdi>not addressed</bdi> (<bdi>Other accounts</bdi>); silent: <bdi>irish-times</bdi></li>',
    );
  });

  it('is a whole page on request', () => {
    const html = formatComparison(comparison, 'html', { page: true, title: 'Who says what' });
    expect(
      html.startsWith(
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Who says what</title>',
      ),
    ).toBe(true);
    expect(html.endsWith('</section>\n</body>\n</html>\n')).toBe(true);
  });

  it('escapes every user string, attributes included', () => {
    const hostile = parseDraft(
      draftOf(
        'x',
        [
          point(1, 'T.', {
            terms: [
              {
                key: 'k',
                kind: 'text',
                value: '<script>alert(1)</script>',
                label: '<img onerror=x>',
                sources: ['"><svg onload=x>'],
              },
            ],
          }),
        ],
        { sources: [{ outlet: '"><svg onload=x>', kind: 'leak' }] },
      ),
    );
    const html = formatComparison(compareDrafts([hostile]), 'html', { title: '</style><script>' });
    expect(html).not.toMatch(/<script|<img|<svg|"><svg|<\/style><script/);
    expect(html).toContain('title="&quot;&gt;&lt;svg onload=x&gt;"');
    expect(html).toContain('&lt;img onerror=x&gt;');
  });

  it('rejects a hand-built row whose agreement is not one of the three, before any markup', () => {
    const row = { ...(comparison.rows[0] as ComparisonRow), agreement: '"><b>' as never };
    expect(() => formatComparison({ drafts: comparison.drafts, rows: [row] }, 'html')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'formatComparison: /rows/0/agreement must be "disagree", "agree" or "single"',
        path: '/rows/0/agreement',
      }),
    );
  });
});

describe('formatComparison: json and errors', () => {
  it('is the filtered comparison as JSON', () => {
    const json = formatComparison(comparison, 'json', { only: 'disagree' });
    const parsed = JSON.parse(json) as Comparison;
    expect(parsed.drafts).toEqual(['axios', 'irish-times', 'other']);
    expect(parsed.rows.map((row) => row.key)).toEqual([
      'armed-forces.personnel-cap',
      'territory.kherson',
    ]);
    expect(parsed.rows[0]).toEqual(JSON.parse(JSON.stringify(comparison.rows[0])));
    expect(json.endsWith('}\n')).toBe(true);
    expect(formatComparison(comparison, 'json')).toBe(formatComparison(comparison, 'json'));
  });

  it('rejects an unknown format and a bad width', () => {
    expect(() => formatComparison(comparison, 'yaml' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatComparison(comparison, 'text', { width: 3 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('formatComparisonRow', () => {
  it('tells a disagreement with the sources of each side', () => {
    expect(formatComparisonRow(comparison.rows[0] as ComparisonRow)).toBe(
      'Armed forces cap: at most 600,000 personnel (Axios; The Irish Times citing Bloomberg) vs about 400,000 personnel (Other accounts)',
    );
  });

  it('ends with the silent drafts and the note, unless told not to name the silent', () => {
    const elections = comparison.rows[2] as ComparisonRow;
    expect(formatComparisonRow(elections)).toBe(
      'Elections: 100 days (Axios) vs about 100 days (Other accounts); silent: irish-times [same figure, bounds differ: exact vs about]',
    );
    expect(formatComparisonRow(elections, { silent: false })).toBe(
      'Elections: 100 days (Axios) vs about 100 days (Other accounts) [same figure, bounds differ: exact vs about]',
    );
  });

  it('names a draft by its id when its value cites no outlet', () => {
    const bare = compareDrafts([
      parseDraft(draftOf('a', [point(1, 'x', { terms: [cap(1)] })])),
      parseDraft(draftOf('b', [point(1, 'x', { terms: [cap(1)] })])),
    ]);
    expect(formatComparisonRow(bare.rows[0] as ComparisonRow)).toBe(
      'Armed forces cap: 1 personnel (a; b)',
    );
  });
});
