import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const DRAFTS = [
  'drafts/axios-28-points.json',
  'drafts/irish-times-bloomberg.json',
  'drafts/other-accounts-400k.json',
];

/** Widest line, in code points. */
function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => Array.from(line).length));
}

describe('draftdiff compare fits the width', () => {
  it.each([
    ['80 columns when not a terminal', [], {}, 80],
    // NO_COLOR: the width is measured without the escape codes of colors.
    ['the terminal width', [], { isTTY: true, columns: 100, env: { NO_COLOR: '1' } }, 100],
    [
      '--width over the terminal',
      ['--width', '60'],
      { isTTY: true, columns: 100, env: { NO_COLOR: '1' } },
      60,
    ],
  ])('%s', async (_name, flags, options, width) => {
    const result = await run(['compare', ...DRAFTS, ...flags], options);
    expect(result.code).toBe(1);
    expect(widest(result.stdout)).toBeLessThanOrEqual(width);
    // Labels wrap, they are not cut.
    expect(result.stdout).not.toContain('…');
  });

  it('lists rows as blocks when the columns cannot fit, and wraps sentences', async () => {
    const { stdout } = await run(['compare', ...DRAFTS, '--only', 'disagree', '--width', '60']);
    expect(stdout).toBe(
      [
        'Comparison of 3 drafts',
        '1 key: 1 disagree, 0 agree, 0 stated by one draft',
        '',
        '≠ Armed forces cap',
        '    axios-28-points: at most 600,000 personnel',
        '    irish-times-bloomberg: at most 600,000 personnel',
        '    other-accounts-400k: at most 400,000 personnel',
        '',
        '≠ disagree  = agree  ≈ agree, bounds differ  · silent',
        '',
        'Disagreements',
        '≠ Armed forces cap: at most 600,000 personnel (Axios; Taipei',
        '  Times citing Bloomberg; The Irish Times citing Bloomberg)',
        '  vs at most 400,000 personnel (AFP; The Moscow Times citing',
        '  AFP)',
        '',
      ].join('\n'),
    );
  });

  it.each([['19'], ['wide'], ['0']])('refuses --width %s with one line', async (width) => {
    const result = await run(['compare', ...DRAFTS, '--width', width]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--width must be a whole number of at least 20');
  });
});
