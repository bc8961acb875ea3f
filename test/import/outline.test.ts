import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterOf } from '../../src/import/letter-of.js';
import type { Provision } from '../../src/index.js';
import { fromText } from '../../src/index.js';
import { RUNS } from '../support/runs.js';

/** The outline of `text` as one line per provision: `id number «title»: text`, indented by depth. */
function outline(text: string): string[] {
  const lines: string[] = [];
  const walk = (provisions: readonly Provision[], depth: number) => {
    for (const provision of provisions) {
      const title = provision.title === undefined ? '' : ` «${provision.title}»`;
      lines.push(
        `${'  '.repeat(depth)}${provision.id} ${provision.number ?? '-'}${title}: ${provision.text}`,
      );
      walk(provision.items ?? [], depth + 1);
    }
  };
  walk(fromText(text, { id: 'outline' }).provisions, 0);
  return lines;
}

const lines = (...parts: string[]) => parts.join('\n');

/** A row of an outline table: what it shows, the text, and the outline expected. */
type Row = readonly [name: string, text: string, expected: readonly string[]];

/** One test per row: the outline `fromText` reads from the row's text, exactly. */
function outlineTable(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each(rows)('%s', (_name, text, expected) => {
      expect(outline(text)).toEqual(expected);
    });
  });
}

outlineTable('fromText: one row per numbering scheme', [
  ['1.', lines('1. One', '2. Two'), ['p1 1: One', 'p2 2: Two']],
  ['1)', lines('1) One', '2) Two'), ['p1 1: One', 'p2 2: Two']],
  ['(1)', lines('(1) One', '(2) Two'), ['p1 1: One', 'p2 2: Two']],
  [
    '1.Title',
    lines('1.Definitions', 'In this Licence:', '2.Scope of the rights', 'The Licensor grants.'),
    ['p1 1 «Definitions»: In this Licence:', 'p2 2 «Scope of the rights»: The Licensor grants.'],
  ],
  [
    '1.2.3',
    lines('1. one', '1.1 sub one', '1.2 sub two', '1.2.1 deep', '1.2.2 deeper', '1.3 sub three'),
    [
      'p1 1: one',
      '  p1.a 1.1: sub one',
      '  p1.b 1.2: sub two',
      '    p1.b.a 1.2.1: deep',
      '    p1.b.b 1.2.2: deeper',
      '  p1.c 1.3: sub three',
    ],
  ],
  [
    'Section 1 –',
    lines('Section 1 – Definitions.', 'Body one.', 'Section 2 – Scope.', 'Body two.'),
    ['p1 1 «Definitions»: Body one.', 'p2 2 «Scope»: Body two.'],
  ],
  [
    'Section 1.',
    lines('Section 1. The first', 'Section 2. The second'),
    ['p1 1: The first', 'p2 2: The second'],
  ],
  [
    'Article 1',
    lines('Article 1', 'Subject matter', '1. This applies.', 'Article 2', 'Scope', 'It ends.'),
    ['p1 1 «Subject matter»: ', '  p1.a 1.1: This applies.', 'p2 2 «Scope»: It ends.'],
  ],
  ['§ 1', lines('§ 1 Erster', '§ 2 Zweiter'), ['p1 1: Erster', 'p2 2: Zweiter']],
  ['Point 1:', lines('Point 1: One.', 'Point 2: Two.'), ['p1 1: One.', 'p2 2: Two.']],
  ['4 -', lines('4 - Four', '5 - Five'), ['p1 4: Four', 'p2 5: Five']],
  [
    'A.',
    lines('1. Modifications means:', 'A. Any file that results from a change;', 'B. Any new file.'),
    [
      'p1 1: Modifications means:',
      '  p1.a 1.A: Any file that results from a change;',
      '  p1.b 1.B: Any new file.',
    ],
  ],
  [
    'a)',
    lines('10. Guarantees:', 'a) first', 'b) second'),
    ['p1 10: Guarantees:', '  p1.a 10.a: first', '  p1.b 10.b: second'],
  ],
  [
    '(a)',
    lines('3. Conditions:', '(a) first', '(b) second'),
    ['p1 3: Conditions:', '  p1.a 3.a: first', '  p1.b 3.b: second'],
  ],
  [
    'i)',
    lines('2. Rights:', 'i) changes', 'ii) additions', 'iii) removals', 'iv) others'),
    [
      'p1 2: Rights:',
      '  p1.a 2.i: changes',
      '  p1.b 2.ii: additions',
      '  p1.c 2.iii: removals',
      '  p1.d 2.iv: others',
    ],
  ],
  [
    '(iv)',
    lines('2. Rights:', '(i) one', '(ii) two', '(iii) three', '(iv) four', '(v) five'),
    [
      'p1 2: Rights:',
      '  p1.a 2.i: one',
      '  p1.b 2.ii: two',
      '  p1.c 2.iii: three',
      '  p1.d 2.iv: four',
      '  p1.e 2.v: five',
    ],
  ],
  [
    'I. II. III.',
    lines('I. Introduction to the text', 'II. Scope of the text', 'III. Terms of the text'),
    ['p1 I: Introduction to the text', 'p2 II: Scope of the text', 'p3 III: Terms of the text'],
  ],
  [
    'bullets - * • — –',
    lines('1. Measures:', '- one', '* two', '• three', '— four', '– five'),
    [
      'p1 1: Measures:',
      '  p1.a 1.a: one',
      '  p1.b 1.b: two',
      '  p1.c 1.c: three',
      '  p1.d 1.d: four',
      '  p1.e 1.e: five',
    ],
  ],
]);

outlineTable('fromText: nesting by the order in which schemes appear', [
  [
    'a new scheme opens a deeper level; a continued one closes the levels below it',
    lines('1. one', 'a) alpha', '- dash', 'b) beta', '2. two', 'a) again'),
    [
      'p1 1: one',
      '  p1.a 1.a: alpha',
      '    p1.a.a 1.a.a: dash',
      '  p1.b 1.b: beta',
      'p2 2: two',
      '  p2.a 2.a: again',
    ],
  ],
  [
    'a third-level numeric list under a lettered item (CC-BY-4.0)',
    lines(
      'Section 2 – Scope.',
      'a. License grant.',
      '1. Subject to the terms:',
      'A. reproduce the Material; and',
      'B. produce Adapted Material.',
      '2. Exceptions apply.',
      'b. Other rights.',
      '1. Moral rights are not licensed.',
      'Section 3 – License Conditions.',
      'Your exercise is subject to conditions.',
    ),
    [
      'p1 2 «Scope»: ',
      '  p1.a 2.a «License grant»: ',
      '    p1.a.a 2.a.1: Subject to the terms:',
      '      p1.a.a.a 2.a.1.A: reproduce the Material; and',
      '      p1.a.a.b 2.a.1.B: produce Adapted Material.',
      '    p1.a.b 2.a.2: Exceptions apply.',
      '  p1.b 2.b «Other rights»: ',
      '    p1.b.a 2.b.1: Moral rights are not licensed.',
      'p2 3 «License Conditions»: Your exercise is subject to conditions.',
    ],
  ],
  [
    'i) after h) is the letter i',
    lines('1. Terms:', 'g) seven', 'h) eight', 'i) nine', 'j) ten'),
    [
      'p1 1: Terms:',
      '  p1.a 1.g: seven',
      '  p1.b 1.h: eight',
      '  p1.c 1.i: nine',
      '  p1.d 1.j: ten',
    ],
  ],
  [
    'i) after b) opens a roman list, and v) continues it (EPL)',
    lines(
      '3. Requirements:',
      'a) it complies; and',
      'b) its licence:',
      'i) disclaims',
      'ii) excludes',
      'iii) states',
      'iv) informs',
      'v) ends',
      'c) the last',
    ),
    [
      'p1 3: Requirements:',
      '  p1.a 3.a: it complies; and',
      '  p1.b 3.b: its licence:',
      '    p1.b.a 3.b.i: disclaims',
      '    p1.b.b 3.b.ii: excludes',
      '    p1.b.c 3.b.iii: states',
      '    p1.b.d 3.b.iv: informs',
      '    p1.b.e 3.b.v: ends',
      '  p1.c 3.c: the last',
    ],
  ],
  [
    'a letter written another way continues its list',
    lines('10. Guarantees:', 'a. first', 'b) second', '(c) third'),
    ['p1 10: Guarantees:', '  p1.a 10.a: first', '  p1.b 10.b: second', '  p1.c 10.c: third'],
  ],
  [
    'a number written another way continues its list',
    lines('1. One.', '2) Two.', '(3) Three.', 'Point 4: Four.', '5 - Five.'),
    ['p1 1: One.', 'p2 2: Two.', 'p3 3: Three.', 'p4 4: Four.', 'p5 5: Five.'],
  ],
  [
    'the same scheme written deeper is not the top level when it is its own list',
    lines('Article 1', '1. First paragraph.', '2. Second paragraph.', 'Article 2', '1. Again.'),
    [
      'p1 1: ',
      '  p1.a 1.1: First paragraph.',
      '  p1.b 1.2: Second paragraph.',
      'p2 2: ',
      '  p2.a 2.1: Again.',
    ],
  ],
  [
    'bullets before the first point are items of the preamble',
    lines('Plan', 'Intro:', '- one', '- two', '1. First.'),
    ['p0 -: Intro:', '  p0.a a: one', '  p0.b b: two', 'p1 1: First.'],
  ],
  [
    'a dotted number extends the point it names, or is text',
    lines('7. Refugees:', '1.5 million people return.', '7.1 returns begin', '10.1 is a section.'),
    ['p1 7: Refugees: 1.5 million people return.', '  p1.a 7.1: returns begin 10.1 is a section.'],
  ],
  [
    '"A. Security" is a heading in prose: the points keep their numbers',
    lines('Plan', 'A. Security', '1. One.', '2. Two.', 'B. Territory', '3. Three.'),
    ['p0 -: A. Security', 'p1 1: One.', 'p2 2: Two. B. Territory', 'p3 3: Three.'],
  ],
  [
    'an indented "A. Security" under a point is text too',
    lines('1. One.', '   A. Security', '2. Two.'),
    ['p1 1: One. A. Security', 'p2 2: Two.'],
  ],
  [
    'written numbers out of sequence stay beside each other',
    lines('1. A.', '1. B.', '7. C.'),
    ['p1 1: A.', 'p2 1: B.', 'p3 7: C.'],
  ],
]);

outlineTable('fromText: nesting by indentation', [
  [
    'a first marker indented deeper opens a level, even of a scheme already open',
    lines('a. first', '   a. inner first', '   b. inner second', 'b. second'),
    ['p1 a: first', '  p1.a a.a: inner first', '  p1.b a.b: inner second', 'p2 b: second'],
  ],
  [
    'nested bullets',
    lines('1. Items:', '- outer', '  - inner', '  - inner two', '- outer two'),
    [
      'p1 1: Items:',
      '  p1.a 1.a: outer',
      '    p1.a.a 1.a.a: inner',
      '    p1.a.b 1.a.b: inner two',
      '  p1.b 1.b: outer two',
    ],
  ],
  [
    'roman numerals aligned right (CC-BY-3.0)',
    lines(
      ' e. For the avoidance of doubt:',
      '     i. one;',
      '    ii. two; and',
      '   iii. three.',
      ' f. next',
    ),
    [
      'p1 e: For the avoidance of doubt:',
      '  p1.a e.i: one;',
      '  p1.b e.ii: two; and',
      '  p1.c e.iii: three.',
      'p2 f: next',
    ],
  ],
  [
    'a line left of an item goes back to the level it lines up with',
    lines('2. Grant:', '     - use', '     - copy', 'Those rights apply everywhere.', '3. Next'),
    [
      'p1 2: Grant: Those rights apply everywhere.',
      '  p1.a 2.a: use',
      '  p1.b 2.b: copy',
      'p2 3: Next',
    ],
  ],
  [
    'a paragraph after a hanging item goes back to its parent (MPL-2.0 2.3)',
    lines(
      '2.3. Limitations',
      '',
      'No patent license is granted:',
      '',
      '(a) for any code that a Contributor has removed;',
      '    or',
      '',
      '(b) for infringements.',
      '',
      'This License does not grant trademark rights.',
      '',
      '2.4. Next',
    ).replace('2.3.', '2. Grants\n2.3.'),
    [
      'p1 2 «Grants»: ',
      '  p1.a 2.3 «Limitations»: No patent license is granted: This License does not grant trademark rights.',
      '    p1.a.a 2.3.a: for any code that a Contributor has removed; or',
      '    p1.a.b 2.3.b: for infringements.',
      '  p1.b 2.4: Next',
    ],
  ],
  [
    'a paragraph in line with the marker of an indented item goes back out (Apache-2.0 4)',
    lines(
      '4. Redistribution:',
      '',
      '     (a) give a copy;',
      '',
      '     (b) keep notices.',
      '',
      '     You may add your own statement.',
      '5. Next',
    ),
    [
      'p1 4: Redistribution: You may add your own statement.',
      '  p1.a 4.a: give a copy;',
      '  p1.b 4.b: keep notices.',
      'p2 5: Next',
    ],
  ],
  [
    'a wrapped line of an unindented item stays with it',
    lines(
      '1. The parties agree',
      'to a ceasefire.',
      '2. Guarantees:',
      '- the first',
      '  wrapped here',
      '',
      '3. Last.',
    ),
    [
      'p1 1: The parties agree to a ceasefire.',
      'p2 2: Guarantees:',
      '  p2.a 2.a: the first wrapped here',
      'p3 3: Last.',
    ],
  ],
  [
    'a marker written left of its list still continues it (CC-BY-4.0 "b. Other rights.")',
    lines(
      'Section 2 – Scope.',
      '     a. License grant.',
      '          1. Subject to terms.',
      'b. Other rights.',
      '          1. Moral rights.',
    ),
    [
      'p1 2 «Scope»: ',
      '  p1.a 2.a «License grant»: ',
      '    p1.a.a 2.a.1: Subject to terms.',
      '  p1.b 2.b «Other rights»: ',
      '    p1.b.a 2.b.1: Moral rights.',
    ],
  ],
]);

outlineTable('fromText: decoration', [
  [
    'a box of * around sections (MPL-2.0)',
    lines(
      '5. Termination',
      '',
      '*******************************',
      '*                             *',
      '*  6. Disclaimer of Warranty  *',
      '*  -------------------------  *',
      '*                             *',
      '*  Covered Software is        *',
      '*  provided "as is".          *',
      '*                             *',
      '*******************************',
      '',
      '*******************************',
      '*  7. Limitation of Liability *',
      '*  Nobody is liable.          *',
      '*******************************',
      '',
      '8. Litigation',
    ),
    [
      'p1 5: Termination',
      'p2 6 «Disclaimer of Warranty»: Covered Software is provided "as is".',
      'p3 7 «Limitation of Liability»: Nobody is liable.',
      'p4 8: Litigation',
    ],
  ],
  [
    'rules between sections and under headings',
    lines(
      'Plan',
      '====',
      '1. Definitions',
      '--------------',
      'Words mean things.',
      '',
      '* * *',
      '',
      '2. Scope',
      '_____',
      'All of it.',
    ),
    ['p1 1 «Definitions»: Words mean things.', 'p2 2 «Scope»: All of it.'],
  ],
  [
    'page footers and form feeds inside a point',
    lines('1. The parties agree', 'Page 1 of 2', '\fto a ceasefire.', '- 2 -', '2. Next'),
    ['p1 1: The parties agree to a ceasefire.', 'p2 2: Next'],
  ],
  [
    'Markdown headings',
    lines('# The plan', '## 1. Definitions', 'Words mean things.', '## 2. Scope', 'All of it.'),
    ['p1 1 «Definitions»: Words mean things.', 'p2 2 «Scope»: All of it.'],
  ],
]);

outlineTable('fromText: restarts and unnumbered parts', [
  [
    'a second document after point 2 starts a block numbered 2:1, headed by its title',
    lines(
      'Plan',
      '1. First.',
      '2. Second.',
      '',
      'Counter-proposal',
      'Its introduction.',
      '1. Again first.',
      '2. It will be signed.',
      '- a detail',
    ),
    [
      'p1 1: First.',
      'p2 2: Second.',
      'p3 - «Counter-proposal»: Its introduction.',
      'p4 2:1: Again first.',
      'p5 2:2: It will be signed.',
      '  p5.a 2:2.a: a detail',
    ],
  ],
  [
    'an annex heading, then the numbering again',
    lines(
      'Plan',
      '1. First.',
      '2. Second.',
      '',
      'Annex',
      '1. The annex is binding.',
      '1.1 Its detail.',
      '2. Annex second.',
    ),
    [
      'p1 1: First.',
      'p2 2: Second.',
      'p3 - «Annex»: ',
      'p4 2:1: The annex is binding.',
      '  p4.a 2:1.1: Its detail.',
      'p5 2:2: Annex second.',
    ],
  ],
  [
    'a restart with no heading before it',
    lines('Plan', '1. First.', '2. Second.', '1. Again.'),
    ['p1 1: First.', 'p2 2: Second.', 'p3 2:1: Again.'],
  ],
  [
    'a third block',
    lines('1. A.', '2. B.', '1. C.', '2. D.', '1. E.'),
    ['p1 1: A.', 'p2 2: B.', 'p3 2:1: C.', 'p4 2:2: D.', 'p5 3:1: E.'],
  ],
  [
    'an appendix with bullets, and a closing line in capitals',
    lines(
      '15. Applicable Law',
      'Belgian law applies.',
      '',
      '                       Appendix',
      '',
      'Compatible licences are:',
      '- GPL',
      '- MPL',
      '',
      'END OF TERMS AND CONDITIONS',
      '',
      'How to apply these terms.',
    ),
    [
      'p1 15 «Applicable Law»: Belgian law applies.',
      'p2 - «Appendix»: Compatible licences are:',
      '  p2.a a: GPL',
      '  p2.b b: MPL',
      'p3 - «END OF TERMS AND CONDITIONS»: How to apply these terms.',
    ],
  ],
  [
    'a heading in capitals between points, then the numbering goes on (GPL-2.0)',
    lines('10. If you wish to ask.', '', 'NO WARRANTY', '', '11. BECAUSE THE PROGRAM IS FREE.'),
    ['p1 10: If you wish to ask.', 'p2 - «NO WARRANTY»: ', 'p3 11: BECAUSE THE PROGRAM IS FREE.'],
  ],
  [
    'a paragraph in capitals is not a heading',
    lines(
      '5. Disclaimer',
      '',
      'THE WORK IS PROVIDED AS IS WITHOUT WARRANTY OF ANY',
      'KIND, EXPRESS OR IMPLIED.',
    ),
    [
      'p1 5 «Disclaimer»: THE WORK IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
    ],
  ],
  [
    'point 1 twice at the start is not a restart',
    lines('1. A.', '1. B.', '2. C.'),
    ['p1 1: A.', 'p2 1: B.', 'p3 2: C.'],
  ],
  [
    'an appendix before the first point is text of the preamble',
    lines('Plan', 'Annex', 'Text.', '1. First.'),
    ['p0 -: Annex Text.', 'p1 1: First.'],
  ],
]);

describe('fromText: a counter-text appended to the 28 points', () => {
  it('keeps the 28 points apart from a counter-text appended after them', () => {
    const plan = lines(
      ...Array.from({ length: 28 }, (_, index) => `${index + 1}. Point ${index + 1}.`),
    );
    const counter = lines(
      ...Array.from({ length: 20 }, (_, index) => `${index + 1}. Counter ${index + 1}.`),
    );
    const draft = fromText(lines('Plan', plan, '', 'Counter-proposal', counter), { id: 'both' });
    expect(draft.provisions.map((provision) => provision.number ?? provision.title)).toEqual([
      ...Array.from({ length: 28 }, (_, index) => String(index + 1)),
      'Counter-proposal',
      ...Array.from({ length: 20 }, (_, index) => `2:${index + 1}`),
    ]);
    expect(draft.provisions.at(-1)?.text).toBe('Counter 20.');
  });
});

/** Rows whose text follows a heading line, so that a point may be the first line. */
const underHeading = (rows: readonly Row[]): Row[] =>
  rows.map(([name, text, expected]) => [name, lines('Document', text), expected]);

outlineTable(
  'fromText: titles',
  underHeading([
    [
      '"1.Definitions" over its body',
      lines('1.Definitions', 'In this Licence:'),
      ['p1 1 «Definitions»: In this Licence:'],
    ],
    [
      '"1. Definitions." over its body',
      lines('1. Definitions.', 'Body line.'),
      ['p1 1 «Definitions»: Body line.'],
    ],
    [
      '"1. Definitions." over sub-points',
      lines('1. Definitions.', '1.1 One.'),
      ['p1 1 «Definitions»: ', '  p1.a 1.1: One.'],
    ],
    [
      'a heading after a blank line',
      lines('2. Scope of the rights granted by the Licence', '', 'The Licensor grants.'),
      ['p1 2 «Scope of the rights granted by the Licence»: The Licensor grants.'],
    ],
    [
      'a heading in capitals',
      lines('5. NO WARRANTY', 'THE PROGRAM IS PROVIDED AS IS.'),
      ['p1 5 «NO WARRANTY»: THE PROGRAM IS PROVIDED AS IS.'],
    ],
    [
      'a heading in title case',
      lines('(a) Third Party Claims', 'If Contributor knows.'),
      ['p1 a «Third Party Claims»: If Contributor knows.'],
    ],
    [
      'an abbreviation in a heading',
      lines('8. U.S. GOVERNMENT END USERS.', 'The Software is commercial.'),
      ['p1 8 «U.S. GOVERNMENT END USERS»: The Software is commercial.'],
    ],
    [
      'a short heading before a longer line',
      lines(
        '10. U.S. government end users',
        'The Covered Code is a commercial item, as that term is defined.',
      ),
      [
        'p1 10 «U.S. government end users»: The Covered Code is a commercial item, as that term is defined.',
      ],
    ],
    [
      'a keyword alone, then its heading',
      lines('Article 5', 'Penalties', 'Member States lay down rules.'),
      ['p1 5 «Penalties»: Member States lay down rules.'],
    ],
    [
      'a one-sentence point',
      lines('1. The sovereignty of Ukraine is to be reaffirmed.', '2. Next.'),
      ['p1 1: The sovereignty of Ukraine is to be reaffirmed.', 'p2 2: Next.'],
    ],
    [
      'a one-sentence point with a body',
      lines('1. The sovereignty of Ukraine is to be reaffirmed.', 'Everyone agrees.'),
      ['p1 1: The sovereignty of Ukraine is to be reaffirmed. Everyone agrees.'],
    ],
    [
      'a lead-in',
      lines('10. The U.S. guarantee:', '- compensation;'),
      ['p1 10: The U.S. guarantee:', '  p1.a 10.a: compensation;'],
    ],
    [
      'a sentence wrapped onto the next line',
      lines('1. The parties agree', 'to a ceasefire.'),
      ['p1 1: The parties agree to a ceasefire.'],
    ],
    [
      'a run-in heading',
      lines('2. Grant of Copyright License. Each Contributor grants.', 'More text.'),
      ['p1 2: Grant of Copyright License. Each Contributor grants. More text.'],
    ],
    [
      'a figure',
      lines('3. Within 100 days.', '- and 100 days more'),
      ['p1 3: Within 100 days.', '  p1.a 3.a: and 100 days more'],
    ],
    [
      'a quoted term followed by its definition',
      lines('1. Definitions', '1.1. "Contributor"', '    means each entity.'),
      ['p1 1 «Definitions»: ', '  p1.a 1.1: "Contributor" means each entity.'],
    ],
    [
      'a heading followed by the next heading',
      lines('2. Two.', 'B. Territory'),
      ['p1 2: Two. B. Territory'],
    ],
    [
      'a short phrase over its sub-points',
      lines('4. Other rights.', '- moral rights'),
      ['p1 4 «Other rights»: ', '  p1.a 4.a: moral rights'],
    ],
  ]),
);

describe('fromText: titles within the schema', () => {
  it('keeps every title within the schema: at most 100 characters, never empty', () => {
    const long = `1. ${'Word '.repeat(30).trim()}`;
    expect(outline(lines(long, 'Body.'))[0]).toBe(`p1 1: ${'Word '.repeat(30).trim()} Body.`);
    expect(outline(lines('1. .', 'Body.'))).toEqual(['p1 1: . Body.']);
  });
});

describe('fromText: bounds', () => {
  it('reads at most 8 levels; a marker below them is text', () => {
    const markers = ['1.', 'a)', 'i.', 'A.', '(1)', '(a)', '(i)', '-', '1)', 'a.'];
    const text = markers.map(
      (marker, depth) => `${' '.repeat(depth * 2)}${marker} level ${depth + 1}`,
    );
    const provisions = outline(lines(...text));
    expect(provisions).toHaveLength(8);
    expect(provisions.at(-1)).toBe(
      '              p1.a.a.a.a.a.a.a 1.a.i.A.1.a.i.a: level 8 1) level 9 a. level 10',
    );
  });

  it('falls back to the designation when a number would pass 50 characters', () => {
    const text = lines(
      '12345. one',
      '12346.1.1 two',
      ...Array.from(
        { length: 7 },
        (_, depth) =>
          `${' '.repeat(depth * 2 + 2)}(${[12345, 'a', 'i', 'A', 54321, 'b', 'ii'][depth]}) deep`,
      ),
    );
    for (const line of outline(text)) {
      const number = line.trim().split(' ')[1] as string;
      expect(number.length).toBeLessThanOrEqual(50);
    }
  });
});

/** A scheme a generated outline may use at one level: how to write the k-th marker, and its designation. */
const SCHEMES = [
  { write: (k: number) => `${k}.`, designation: (k: number) => String(k) },
  { write: (k: number) => `${letterOf(k)})`, designation: letterOf },
  {
    write: (k: number) => `(${['i', 'ii', 'iii'][k - 1]})`,
    designation: (k: number) => ['i', 'ii', 'iii'][k - 1] as string,
  },
  {
    write: (k: number) => `${letterOf(k).toUpperCase()}.`,
    designation: (k: number) => letterOf(k).toUpperCase(),
  },
  { write: (k: number) => `(${k})`, designation: String },
  { write: () => '-', designation: letterOf },
];

interface Tree {
  children: Tree[];
}
const tree: fc.Memo<Tree> = fc.memo((depth) =>
  fc.record({
    children: depth <= 1 ? fc.constant([]) : fc.array(tree(depth - 1), { maxLength: 3 }),
  }),
);

describe('laws of outlines', () => {
  it('reads back any indented outline: one scheme per level, numbers from the convention', () => {
    const outlines = fc.record({
      top: fc.array(tree(4), { minLength: 1, maxLength: 3 }),
      // The top level is never bulleted: bullets are items.
      order: fc.shuffledSubarray([1, 2, 3, 4, 5], { minLength: 4, maxLength: 4 }),
      first: fc.constantFrom(0, 1, 2, 3, 4),
    });
    fc.assert(
      fc.property(outlines, ({ top, order, first }) => {
        const schemes = [first, ...order.filter((scheme) => scheme !== first)].map(
          (index) => SCHEMES[index] as (typeof SCHEMES)[number],
        );
        const written: string[] = ['Outline'];
        const expected: string[] = [];
        const write = (nodes: readonly Tree[], depth: number, number: string, id: string) => {
          nodes.forEach((node, index) => {
            const scheme = schemes[depth] as (typeof SCHEMES)[number];
            const designation = scheme.designation(index + 1);
            const ownNumber = depth === 0 ? designation : `${number}.${designation}`;
            const ownId = depth === 0 ? `p${index + 1}` : `${id}.${letterOf(index + 1)}`;
            written.push(`${'    '.repeat(depth)}${scheme.write(index + 1)} item ${ownNumber}`);
            expected.push(`${'  '.repeat(depth)}${ownId} ${ownNumber}: item ${ownNumber}`);
            write(node.children, depth + 1, ownNumber, ownId);
          });
        };
        write(top, 0, '', '');
        expect(outline(written.join('\n'))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('ignores rules between points and page numbers between lines', () => {
    const points = fc.array(
      fc.record({
        text: fc.constantFrom('The parties agree.', 'Guarantees:', 'Within 30 days'),
        bullets: fc.array(fc.constantFrom('one', 'two words'), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        points,
        fc.constantFrom('', '\n\n* * *\n', '\n\n=====\n', '\n\n+----+\n'),
        fc.boolean(),
        (list, rule, paged) => {
          const plain = list.flatMap((point, index) => [
            `${index + 1}. ${point.text}`,
            ...point.bullets.map((bullet) => `- ${bullet}`),
          ]);
          const decorated = list.flatMap((point, index) => [
            `${rule}${index + 1}. ${point.text}`,
            ...(paged ? [`Page ${index + 1} of ${list.length}`] : []),
            ...point.bullets.map((bullet) => `- ${bullet}`),
          ]);
          expect(outline(lines('Plan', '', ...decorated))).toEqual(
            outline(lines('Plan', ...plain)),
          );
        },
      ),
      RUNS,
    );
  });
});
