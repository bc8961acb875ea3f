import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/import/read-marker.js';

/** The readings of the marker `line` starts with, as `kind style value designation`. */
function readingsOf(line: string): string[] | undefined {
  return readMarker(line)?.readings.map(
    (reading) =>
      `${reading.kind} ${reading.style} ${reading.value} ${reading.designation}${reading.prose === true ? ' prose' : ''}`,
  );
}

describe('readMarker: one row per numbering scheme', () => {
  it.each([
    ['1. One', ['number . 1 1'], '1. ', false],
    ['12) Twelve', ['number ) 12 12'], '12) ', false],
    ['(3) Three', ['number () 3 3'], '(3) ', false],
    ['1.Definitions', ['number . 1 1'], '1.', true],
    ['14.Jurisdiction', ['number . 14 14'], '14.', true],
    ['2.1 Grants', ['outline . 1 2.1'], '2.1 ', false],
    ['2.1. Grants', ['outline . 1 2.1'], '2.1. ', false],
    ['1.10.1. "Patent Claims"', ['outline . 1 1.10.1'], '1.10.1. ', false],
    ['Section 1 – Definitions.', ['number section 1 1'], 'Section 1 – ', false],
    ['Section 2. Scope', ['number section 2 2'], 'Section 2. ', false],
    ['SECTION 3: Terms', ['number section 3 3'], 'SECTION 3: ', false],
    ['Article 1', ['number article 1 1'], 'Article 1', false],
    ['Article IV – Powers', ['upper-roman article 4 IV'], 'Article IV – ', false],
    ['Art. 5 - Scope', ['number art. 5 5'], 'Art. 5 - ', false],
    ['Clause 7. Payment', ['number clause 7 7'], 'Clause 7. ', false],
    ['§ 1 Geltungsbereich', ['number § 1 1'], '§ 1 ', false],
    ['§2. Scope', ['number § 2 2'], '§2. ', false],
    ['Point 4: Four.', ['number point 4 4'], 'Point 4: ', false],
    ['point 4 - four', ['number point 4 4'], 'point 4 - ', false],
    ['4 - Four', ['number - 4 4'], '4 - ', false],
    ['A. Any file that results from a change', ['upper-letter . 1 A'], 'A. ', false],
    ['B) reproduce and Share', ['upper-letter ) 2 B'], 'B) ', false],
    ['a. first', ['lower-letter . 1 a'], 'a. ', false],
    ['b) second', ['lower-letter ) 2 b'], 'b) ', false],
    ['(c) third', ['lower-letter () 3 c'], '(c) ', false],
    ['i) changes to the Program', ['lower-letter ) 9 i', 'lower-roman ) 1 i'], 'i) ', false],
    ['v. a URI', ['lower-letter . 22 v', 'lower-roman . 5 v'], 'v. ', false],
    ['ii) additions', ['lower-roman ) 2 ii'], 'ii) ', false],
    ['(iv) fourth', ['lower-roman () 4 iv'], '(iv) ', false],
    ['xxxix. last', ['lower-roman . 39 xxxix'], 'xxxix. ', false],
    ['I. Introduction', ['upper-letter . 9 I prose', 'upper-roman . 1 I'], 'I. ', false],
    ['XII. Final', ['upper-roman . 12 XII'], 'XII. ', false],
    ['- dash', ['bullet - 0 '], '- ', false],
    ['* star', ['bullet * 0 '], '* ', false],
    ['• round', ['bullet • 0 '], '• ', false],
    ['— ‘The Licence’:this Licence.', ['bullet — 0 '], '— ', false],
    ['– en dash', ['bullet – 0 '], '– ', false],
    ['1.', ['number . 1 1'], '1.', false],
    ['-', ['bullet - 0 '], '-', false],
  ])('%j', (line, readings, marker, tight) => {
    expect(readingsOf(line)).toEqual(readings);
    expect(readMarker(line)?.length).toBe(marker.length);
    expect(line.startsWith(marker)).toBe(true);
    expect(readMarker(line)?.tight).toBe(tight);
  });
});

describe('readMarker: headings in prose', () => {
  it.each([
    ['A. Security', ['upper-letter . 1 A prose']],
    ['B. Territory and borders', ['upper-letter . 2 B prose']],
    ['A. Offer from the Licensor – Licensed Material. Every recipient', ['upper-letter . 1 A']],
    ['C. indicate the Licensed Material', ['upper-letter . 3 C']],
    ['A. retain the following:', ['upper-letter . 1 A']],
    ['A.', ['upper-letter . 1 A']],
  ])('%j', (line, readings) => {
    expect(readingsOf(line)).toEqual(readings);
  });
});

describe('readMarker: what is not a marker', () => {
  it.each([
    ['a plain sentence', 'The parties agree.'],
    ['a year and a comma', '2025, the year'],
    ['a reference running on', 'section 3 of this License'],
    ['a reference with its sub-section', 'Section 2.1 of this License shall terminate.'],
    ['a reference with brackets', 'Section 4(c), as requested.'],
    ['point without a separator', 'point 4 of the plan'],
    ['plural sections', 'Sections 3.1, 3.2 and 3.4 are conditions'],
    ['an abbreviation', 'e.g. this one'],
    ['a word with a full stop', 'Inc. is a company'],
    ['a word that only looks roman', 'mix. of colours'],
    ['mixed case', 'Ii. nothing'],
    ['an opening bracket', '(For example, a function)'],
    ['a negative number', '-5 degrees'],
    ['a bullet glued to its word', '-foo'],
    ['a number glued to a lower-case word', '3.the'],
    ['a version', '1.1.1.1.1 release'],
  ])('%s: %j', (_name, line) => {
    expect(readMarker(line)).toBeUndefined();
  });

  it('reads a 400,000-character line in one pass', () => {
    expect(readMarker('\t1'.repeat(200_000).trim())).toBeUndefined();
    expect(readMarker(`1. ${'x'.repeat(400_000)}`)?.length).toBe(3);
  });
});
