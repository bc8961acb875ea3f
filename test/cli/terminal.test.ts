import { describe, expect, it } from 'vitest';
import { shouldColor, terminalPainter } from '../../src/cli/terminal.js';
import { formatDiff } from '../../src/format/format-diff.js';
import { sampleDiff } from '../format/hand-built.js';

describe('shouldColor', () => {
  it.each<[string, boolean, Record<string, string | undefined>, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['NO_COLOR on a terminal', true, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR is unset', true, { NO_COLOR: '' }, true],
    ['FORCE_COLOR on a pipe', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR beats NO_COLOR', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['an empty FORCE_COLOR forces', false, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=0 turns color off', true, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false turns color off', true, { FORCE_COLOR: 'false' }, false],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
  ])('%s', (_name, isTTY, env, expected) => {
    expect(shouldColor({ isTTY, env })).toBe(expected);
  });
});

describe('terminalPainter', () => {
  const paint = terminalPainter();

  it.each([
    ['insert', '\u001b[32m+\u001b[39m'],
    ['delete', '\u001b[31m+\u001b[39m'],
    ['change', '\u001b[33m+\u001b[39m'],
    ['heading', '\u001b[1m+\u001b[22m'],
    ['dim', '\u001b[90m+\u001b[39m'],
  ] as const)('paints %s', (role, expected) => {
    expect(paint(role, '+')).toBe(expected);
  });

  it('changes nothing but styling', () => {
    const plain = formatDiff(sampleDiff(), 'text');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping the escapes is the point.
    const stripped = formatDiff(sampleDiff(), 'text', { paint }).replace(/\u001b\[\d+m/g, '');
    expect(stripped).toBe(plain);
    expect(paint('insert', '')).toBe('');
  });
});
