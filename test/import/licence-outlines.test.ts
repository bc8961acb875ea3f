import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Draft, Provision } from '../../src/index.js';
import { fromText } from '../../src/index.js';

/** A licence text from the devDependency spdx-license-list, imported. */
function licence(id: string): Draft {
  const file = new URL(`../../node_modules/spdx-license-list/licenses/${id}.json`, import.meta.url);
  const { licenseText } = JSON.parse(readFileSync(file, 'utf8')) as { licenseText: string };
  return fromText(licenseText, { id: id.toLowerCase().replace(/\./g, '-') });
}

/** Every display number, depth first. */
function numbersOf(provisions: readonly Provision[]): string[] {
  return provisions.flatMap((provision) => [
    ...(provision.number === undefined ? [] : [provision.number]),
    ...numbersOf(provision.items ?? []),
  ]);
}

/** The provision numbered `number`, at any depth. */
function find(draft: Draft, number: string): Provision | undefined {
  const walk = (provisions: readonly Provision[]): Provision | undefined => {
    for (const provision of provisions) {
      if (provision.number === number) return provision;
      const found = walk(provision.items ?? []);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(draft.provisions);
}

// Read by a person against each text: every numbered section and sub-section at its level,
// numbered as the text numbers it. Unnumbered parts (appendices, exhibits, closing lines in
// capitals) are listed by title.
describe.each([
  [
    'EUPL-1.1',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j 2 2.a 2.b 2.c 2.d 2.e 2.f 2.g 3 4 5 6 7 8 9 10 11 12 13 14 15 15.a 15.b a b c d e',
    ['Appendix'],
  ],
  [
    'EUPL-1.2',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j 2 2.a 2.b 2.c 2.d 2.e 2.f 2.g 3 4 5 6 7 8 9 10 11 12 13 14 14.a 14.b 15 15.a 15.b a b c d e f g h i j',
    ['Appendix'],
  ],
  [
    'CC-BY-3.0',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 2 3 3.a 3.b 3.c 3.d 3.e 3.e.i 3.e.ii 3.e.iii 4 4.a 4.b 4.c 5 6 7 7.a 7.b 8 8.a 8.b 8.c 8.d 8.e 8.f',
    [],
  ],
  [
    'CC-BY-4.0',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j 1.k 2 2.a 2.a.1 2.a.1.A 2.a.1.B 2.a.2 2.a.3 2.a.4 2.a.5 2.a.5.A 2.a.5.B 2.a.6 2.b 2.b.1 2.b.2 2.b.3 3 3.a 3.a.1 3.a.1.A 3.a.1.A.i 3.a.1.A.ii 3.a.1.A.iii 3.a.1.A.iv 3.a.1.A.v 3.a.1.B 3.a.1.C 3.a.2 3.a.3 3.a.4 4 4.a 4.b 4.c 5 5.a 5.b 5.c 6 6.a 6.b 6.b.1 6.b.2 6.c 6.d 6.e 7 7.a 7.b 8 8.a 8.b 8.c 8.d',
    [],
  ],
  [
    'MPL-1.1',
    '1 1.0.1 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.8.1 1.9 1.10 1.10.1 1.11 1.12 2 2.1 2.1.a 2.1.b 2.1.c 2.1.d 2.2 2.2.a 2.2.b 2.2.c 2.2.d 3 3.1 3.2 3.3 3.4 3.4.a 3.4.b 3.4.c 3.5 3.6 3.7 4 5 6 6.1 6.2 6.3 7 8 8.1 8.2 8.2.a 8.2.b 8.3 8.4 9 10 11 12 13',
    ['Exhibit A - Mozilla Public License.'],
  ],
  [
    'MPL-2.0',
    '1 1.1 1.2 1.3 1.4 1.5 1.5.a 1.5.b 1.6 1.7 1.8 1.9 1.10 1.10.a 1.10.b 1.11 1.12 1.13 1.14 2 2.1 2.1.a 2.1.b 2.2 2.3 2.3.a 2.3.b 2.3.c 2.4 2.5 2.6 2.7 3 3.1 3.2 3.2.a 3.2.b 3.3 3.4 3.5 4 5 5.1 5.2 5.3 6 7 8 9 10 10.1 10.2 10.3 10.4',
    [
      'Exhibit A - Source Code Form License Notice',
      'Exhibit B - "Incompatible With Secondary Licenses" Notice',
    ],
  ],
  [
    'EPL-1.0',
    '1 1.a 1.b 1.b.i 1.b.ii 2 2.a 2.b 2.c 2.d 3 3.a 3.b 3.b.i 3.b.ii 3.b.iii 3.b.iv 3.a 3.b 4 5 6 7',
    [],
  ],
  [
    'EPL-2.0',
    '1 1.a 1.b 1.b.i 1.b.ii 2 2.a 2.b 2.c 2.d 2.e 3 3.1 3.1.a 3.1.b 3.1.b.i 3.1.b.ii 3.1.b.iii 3.1.b.iv 3.2 3.2.a 3.2.b 3.3 4 5 6 7',
    ['Exhibit A – Form of Secondary Licenses Notice'],
  ],
  [
    'CDDL-1.0',
    '1 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.9.A 1.9.B 1.9.C 1.10 1.11 1.12 1.13 2 2.1 2.1.a 2.1.b 2.1.c 2.1.d 2.2 2.2.a 2.2.b 2.2.c 2.2.d 3 3.1 3.2 3.3 3.4 3.5 3.6 4 4.1 4.2 4.3 5 6 6.1 6.2 6.3 7 8 9 10',
    [],
  ],
  [
    'CDDL-1.1',
    '1 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.9.A 1.9.B 1.9.C 1.10 1.11 1.12 1.13 2 2.1 2.1.a 2.1.b 2.1.c 2.1.d 2.2 2.2.a 2.2.b 2.2.c 2.2.d 3 3.1 3.2 3.3 3.4 3.5 3.6 4 4.1 4.2 4.3 5 6 6.1 6.2 6.3 6.4 7 8 9 10',
    ['NOTICE PURSUANT TO SECTION 9 OF THE COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL)'],
  ],
  ['OSL-2.1', '1 1.a 1.b 1.c 1.d 1.e 2 3 4 5 6 7 8 9 10 11 12 13 14 15', []],
  ['OSL-3.0', '1 1.a 1.b 1.c 1.d 1.e 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16', []],
  ['AFL-2.1', '1 1.a 1.b 1.c 1.d 1.e 2 3 4 5 6 7 8 9 10 11 12 13 14 15', []],
  ['AFL-3.0', '1 1.a 1.b 1.c 1.d 1.e 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16', []],
  [
    'LGPL-2.1',
    '0 1 2 2.a 2.b 2.c 2.d 3 4 5 6 6.a 6.b 6.c 6.d 6.e 7 7.a 7.b 8 9 10 11 12 13 14 15 16',
    ['NO WARRANTY', 'END OF TERMS AND CONDITIONS'],
  ],
  [
    'LGPL-3.0',
    '0 1 2 2.a 2.b 3 3.a 3.b 4 4.a 4.b 4.c 4.d 4.d.0 4.d.1 4.e 5 5.a 5.b 6 2:0 2:1 2:2 2:3 2:4 2:5 2:5.a 2:5.b 2:5.c 2:5.d 2:6 2:6.a 2:6.b 2:6.c 2:6.d 2:6.e 2:7 2:7.a 2:7.b 2:7.c 2:7.d 2:7.e 2:7.f 2:8 2:9 2:10 2:11 2:12 2:13 2:14 2:15 2:16 2:17',
    ['GNU GENERAL PUBLIC LICENSE', 'TERMS AND CONDITIONS', 'END OF TERMS AND CONDITIONS'],
  ],
  ['Apache-1.1', '1 2 3 4 5', []],
  [
    'Apache-2.0',
    '1 2 3 4 4.a 4.b 4.c 4.d 5 6 7 8 9',
    ['END OF TERMS AND CONDITIONS', 'APPENDIX: How to apply the Apache License to your work.'],
  ],
  [
    'CC-BY-SA-3.0',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j 1.k 2 3 3.a 3.b 3.c 3.d 3.e 3.e.i 3.e.ii 3.e.iii 4 4.a 4.b 4.c 4.d 5 6 7 7.a 7.b 8 8.a 8.b 8.c 8.d 8.e 8.f',
    [],
  ],
  [
    'CC-BY-SA-4.0',
    '1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j 1.k 1.l 1.m 2 2.a 2.a.1 2.a.1.A 2.a.1.B 2.a.2 2.a.3 2.a.4 2.a.5 2.a.5.A 2.a.5.B 2.a.5.C 2.a.6 2.b 2.b.1 2.b.2 2.b.3 3 3.a 3.a.1 3.a.1.A 3.a.1.A.i 3.a.1.A.ii 3.a.1.A.iii 3.a.1.A.iv 3.a.1.A.v 3.a.1.B 3.a.1.C 3.a.2 3.a.3 3.b 3.b.1 3.b.2 3.b.3 4 4.a 4.b 4.c 5 5.a 5.b 5.c 6 6.a 6.b 6.b.1 6.b.2 6.c 6.d 6.e 7 7.a 7.b 8 8.a 8.b 8.c 8.d',
    [],
  ],
  [
    'GPL-2.0',
    '0 1 2 2.a 2.b 2.c 3 3.a 3.b 3.c 4 5 6 7 8 9 10 11 12',
    ['NO WARRANTY', 'END OF TERMS AND CONDITIONS'],
  ],
  [
    'GPL-3.0',
    '0 1 2 3 4 5 5.a 5.b 5.c 5.d 6 6.a 6.b 6.c 6.d 6.e 7 7.a 7.b 7.c 7.d 7.e 7.f 8 9 10 11 12 13 14 15 16 17',
    ['END OF TERMS AND CONDITIONS'],
  ],
])('%s', (id, numbers, parts) => {
  const draft = licence(id);

  it('numbers every section and sub-section as the text does', () => {
    expect(numbersOf(draft.provisions).join(' ')).toBe(numbers);
  });

  it('keeps appendices and closing headings as unnumbered parts', () => {
    expect(
      draft.provisions
        .filter((provision) => provision.number === undefined && provision.id !== 'p0')
        .map((provision) => provision.title),
    ).toEqual(parts);
  });
});

describe('licence outlines: sections at the top level', () => {
  it.each([
    ['EUPL-1.1', 15],
    ['EUPL-1.2', 15],
    ['CC-BY-3.0', 8],
    ['CC-BY-4.0', 8],
    ['CC-BY-SA-3.0', 8],
    ['CC-BY-SA-4.0', 8],
    ['MPL-1.1', 13],
    ['MPL-2.0', 10],
    ['EPL-1.0', 7],
    ['EPL-2.0', 7],
    ['CDDL-1.0', 10],
    ['CDDL-1.1', 10],
    ['OSL-2.1', 15],
    ['OSL-3.0', 16],
    ['AFL-2.1', 15],
    ['AFL-3.0', 16],
    ['LGPL-2.1', 17],
    ['LGPL-3.0', 7],
    ['Apache-1.1', 5],
    ['Apache-2.0', 9],
    ['GPL-2.0', 13],
    ['GPL-3.0', 18],
  ])('%s has %i', (id, sections) => {
    const top = licence(id).provisions.filter(
      (provision) => provision.number !== undefined && !provision.number.includes(':'),
    );
    expect(top).toHaveLength(sections);
  });
});

describe('licence outlines: titles and texts', () => {
  it('EUPL-1.2: "1.Definitions" is section 1 titled Definitions, its "—" items under it', () => {
    const draft = licence('EUPL-1.2');
    expect(draft.provisions.slice(1, 16).map((provision) => provision.title)).toEqual([
      'Definitions',
      'Scope of the rights granted by the Licence',
      'Communication of the Source Code',
      'Limitations on copyright',
      'Obligations of the Licensee',
      'Chain of Authorship',
      'Disclaimer of Warranty',
      'Disclaimer of Liability',
      'Additional agreements',
      'Acceptance of the Licence',
      'Information to the public',
      'Termination of the Licence',
      'Miscellaneous',
      'Jurisdiction',
      'Applicable Law',
    ]);
    expect(find(draft, '1')?.text).toBe(
      'In this Licence, the following terms have the following meaning:',
    );
    expect(find(draft, '1.a')?.text).toBe('‘The Licence’:this Licence.');
  });

  it('CC-BY-4.0: "Section 1 – Definitions." is section 1, and 2.a.1 sits under 2.a', () => {
    const draft = licence('CC-BY-4.0');
    expect(
      draft.provisions.slice(1).map((provision) => `${provision.number} ${provision.title}`),
    ).toEqual([
      '1 Definitions',
      '2 Scope',
      '3 License Conditions',
      '4 Sui Generis Database Rights',
      '5 Disclaimer of Warranties and Limitation of Liability',
      '6 Term and Termination',
      '7 Other Terms and Conditions',
      '8 Interpretation',
    ]);
    expect(find(draft, '2.a')).toMatchObject({ id: 'p2.a', title: 'License grant', text: '' });
    expect(find(draft, '2.a.1')?.id).toBe('p2.a.a');
    expect(find(draft, '1.i')?.text.startsWith('Share means')).toBe(true);
    expect(find(draft, '3.a.1.A.iv')?.text).toBe(
      'a notice that refers to the disclaimer of warranties;',
    );
    expect(find(draft, '4')?.text).toBe(
      'Where the Licensed Rights include Sui Generis Database Rights that apply to Your use of the Licensed Material: For the avoidance of doubt, this Section 4 supplements and does not replace Your obligations under this Public License where the Licensed Rights include other Copyright and Similar Rights.',
    );
  });

  it('MPL-2.0: sections 6 and 7 out of their box of *, with their titles', () => {
    const draft = licence('MPL-2.0');
    expect(find(draft, '6')).toMatchObject({ id: 'p6', title: 'Disclaimer of Warranty' });
    expect(
      find(draft, '6')?.text.startsWith(
        'Covered Software is provided under this License on an "as is" basis,',
      ),
    ).toBe(true);
    expect(find(draft, '6')?.text.endsWith('except under this disclaimer.')).toBe(true);
    expect(find(draft, '7')).toMatchObject({ id: 'p7', title: 'Limitation of Liability' });
    expect(find(draft, '7')?.text.endsWith('limitation may not apply to You.')).toBe(true);
    expect(find(draft, '2.1')).toMatchObject({
      title: 'Grants',
      text: 'Each Contributor hereby grants You a world-wide, royalty-free, non-exclusive license:',
    });
    expect(
      find(draft, '2.3')?.text.endsWith(
        '(except as may be necessary to comply with the notice requirements in Section 3.4).',
      ),
    ).toBe(true);
    expect(find(draft, '1.1')?.text).toBe(
      '"Contributor" means each individual or legal entity that creates, contributes to the creation of, or owns Covered Software.',
    );
  });

  it('EPL-1.0: i) to iv) are roman items of b), and the paragraphs after them return to their section', () => {
    const draft = licence('EPL-1.0');
    expect(find(draft, '3')?.items?.map((item) => `${item.id} ${item.number}`)).toEqual([
      'p3.a 3.a',
      'p3.b 3.b',
      'p3.c 3.a',
      'p3.d 3.b',
    ]);
    expect(find(draft, '3.b')?.items?.map((item) => item.text.split(' ')[1])).toEqual([
      'disclaims',
      'excludes',
      'that',
      'that',
    ]);
    expect(find(draft, '1')?.text.startsWith('"Contribution" means: where such changes')).toBe(
      true,
    );
    expect(find(draft, '1')?.title).toBe('DEFINITIONS');
  });

  it('CDDL-1.0: A. B. C. are items of 1.9, and 2.1 keeps its title over its body', () => {
    const draft = licence('CDDL-1.0');
    expect(
      find(draft, '1.9')?.items?.map((item) => item.text.split(' ').slice(0, 3).join(' ')),
    ).toEqual(['Any file that', 'Any new file', 'Any new file']);
    expect(find(draft, '2.1')?.title).toBe('The Initial Developer Grant');
    expect(
      find(draft, '2.1')?.text.startsWith(
        'Conditioned upon Your compliance with Section 3.1 below',
      ),
    ).toBe(true);
    expect(find(draft, '8')?.title).toBe('U.S. GOVERNMENT END USERS');
  });

  it('LGPL-3.0: the GPL appended after section 6 is a second block, 2:0 to 2:17', () => {
    const draft = licence('LGPL-3.0');
    const labels = draft.provisions.map((provision) => provision.number ?? provision.title);
    expect(labels.slice(7, 11)).toEqual([
      '6',
      'GNU GENERAL PUBLIC LICENSE',
      'TERMS AND CONDITIONS',
      '2:0',
    ]);
    expect(labels.at(-2)).toBe('2:17');
    expect(find(draft, '2:0')?.title).toBe('Definitions');
  });
});
