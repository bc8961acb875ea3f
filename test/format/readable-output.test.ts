import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDrafts, formatDiff, fromText } from '../../src/index.js';

// What a reader sees for the diffs people make most: points deleted, inserted and renumbered,
// with sub-points. Every line is pinned, so a change of wording here is a deliberate one.

const TWENTY_EIGHT = readFileSync(new URL('../fixtures/28-points.txt', import.meta.url), 'utf8');

/** The text with top-level point `gone` deleted and the later points numbered down. */
function withoutPoint(text: string, gone: number): string {
  const lines: string[] = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    const match = /^(\d+)\. (.*)$/.exec(line);
    if (match !== null) {
      const number = Number(match[1]);
      skipping = number === gone;
      if (!skipping) lines.push(number > gone ? `${number - 1}. ${match[2]}` : line);
    } else if (!skipping) {
      lines.push(line);
    }
  }
  return lines.join('\n');
}

function textDiff(before: string, after: string): string {
  return formatDiff(
    diffDrafts(fromText(before, { id: 'a' }), fromText(after, { id: 'b' })),
    'text',
  );
}

describe('renumbering, folded at every level', () => {
  it('deleting point 3 of 28 reads as one removal and one run, sub-points folded in', () => {
    const diff = diffDrafts(
      fromText(TWENTY_EIGHT, { id: 'a' }),
      fromText(withoutPoint(TWENTY_EIGHT, 3), { id: 'b' }),
    );
    // The diff keeps one change per provision (26 sub-points and 25 points renumbered)...
    expect(diff.stats['provision.renumbered']).toBe(51);
    // ...and the text shows two lines for them.
    expect(formatDiff(diff, 'text')).toBe(
      [
        'a -> b: 52 changes',
        '',
        'Provisions',
        '  - Point 3 was removed ("Russia is expected not to invade its neighbours, and NATO…")',
        '  # Points 4-28 are now 3-27 (up by one), and their 26 sub-points with them',
        '',
      ].join('\n'),
    );
    expect(formatDiff(diff, 'markdown')).toContain(
      '- Points 4-28 are now 3-27 (up by one), and their 26 sub-points with them\n',
    );
    expect(formatDiff(diff, 'html')).toContain(
      '<li><bdi>Points 4-28 are now 3-27 (up by one), and their 26 sub-points with them</bdi></li>',
    );
  });

  it.each([
    [
      'a sub-point run inside a point',
      '1. Head:\n- a one\n- b two\n- c three\n- d four\n- e five',
      '1. Head:\n- b two\n- c three\n- d four\n- e five',
      ['  - Point 1.a was removed ("a one")', '  # Points 1.b-1.e are now 1.a-1.d (up by one)'],
    ],
    [
      'a single renumbered point carries its sub-points',
      '1. One.\n2. Two.\n3. Three:\n- x\n- y',
      '1. One.\n2. Three:\n- x\n- y',
      [
        '  - Point 2 was removed ("Two.")',
        '  # Point 3 is now point 2, and its 2 sub-points with it',
      ],
    ],
    [
      'renumbered and reworded: both numbers, so no two lines name different points alike',
      '1. Alpha beta gamma.\n2. The cap is 600,000 personnel.\n3. Delta epsilon zeta eta.\n4. Theta iota kappa.',
      '1. Alpha beta gamma.\n2. A new point about mediation.\n3. The cap is 400,000 personnel.\n4. Delta epsilon zeta eta theta.\n5. Theta iota kappa.',
      [
        '  + Point 2 was added ("A new point about mediation.")',
        '  # Points 2-4 are now 3-5 (down by one)',
        '  ~ Point 2 (now 3) was reworded (67% similar)',
        '      The cap is [-600,000-]{+400,000+} personnel.',
        '  ~ Point 3 (now 4) was reworded (80% similar)',
        '      Delta epsilon zeta eta{+ theta+}.',
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    const lines = textDiff(before, after).split('\n');
    const start = lines.indexOf('Provisions') + 1;
    const end = lines.indexOf('', start);
    expect(lines.slice(start, end === -1 ? undefined : end)).toEqual(expected);
  });

  it('names where a term is by point number, old and new', () => {
    const text = textDiff(
      '1. Alpha beta gamma.\n2. The cap is 600,000 personnel.',
      '1. Alpha beta gamma.\n2. A new point about mediation.\n3. The cap is 400,000 personnel.',
    );
    expect(text).toContain('  ~ Cap: 600,000 -> 400,000 personnel (-33.3%)  (point 2, now 3)\n');
  });
});
