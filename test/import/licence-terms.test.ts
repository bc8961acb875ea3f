import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ExtractedTerm, extractTerms } from '../../src/index.js';

/** A licence text of the devDependency `spdx-license-list`. */
function licence(id: string): string {
  const url = new URL(`../../node_modules/spdx-license-list/licenses/${id}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { licenseText: string }).licenseText;
}

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** A term on one line: key, bound, figure and unit (condition after a quantity). */
function line(term: ExtractedTerm): string {
  switch (term.kind) {
    case 'quantity':
      return `${term.key}: ${term.bound} ${term.value} ${term.unit}${term.condition === undefined ? '' : ` ${term.condition}`}`;
    case 'money':
      return `${term.key}: ${term.bound} ${term.amount} ${term.currency}`;
    case 'duration':
      return `${term.key}: ${term.bound} ${term.value} ${term.unit}`;
    case 'share':
      return `${term.key}: ${term.bound} ${term.value}`;
    case 'date':
      return `${term.key}: ${term.value}`;
  }
}

// Every figure of twenty real licences, read by a person: periods, percentages, dates and the
// one count (lines of code). Before the figures were read as legal texts write them, these
// texts gave 190 terms, most of them references ("Sections 2.1 or 2.2"), versions ("v. 1.2"),
// citations ("48 C.F.R.") and addresses ("51 Franklin Street"); none of those is left.
const LICENCES: [string, string[]][] = [
  [
    'CDDL-1.0',
    [
      'share.shares: at-least 0.5',
      'duration.breach: at-most 30 days',
      'duration.notice: exact 60 days',
      'duration.notice.2: exact 60 days',
      'duration.period: exact 60 days',
    ],
  ],
  [
    'CDDL-1.1',
    [
      'share.shares: at-least 0.5',
      'duration.breach: at-most 30 days',
      'duration.notice: exact 60 days',
      'duration.notice.2: exact 60 days',
      'duration.period: exact 60 days',
    ],
  ],
  ['EUPL-1.1', []],
  ['EUPL-1.2', []],
  ['OSL-2.1', ['share.shares: at-least 0.5']],
  ['OSL-3.0', ['share.shares: at-least 0.5']],
  ['AFL-2.1', ['share.shares: at-least 0.5']],
  ['AFL-3.0', ['share.shares: at-least 0.5']],
  // The dates of the treaties and directives the licences cite are citations, not terms.
  ['CC-BY-3.0', []],
  ['CC-BY-4.0', ['duration.violation: at-most 30 days']],
  [
    'LGPL-2.1',
    [
      'quantity.lines.functions: at-most 10 lines',
      'duration.valid: at-least 3 years',
      'date.coon: 1990-04-01',
    ],
  ],
  [
    'LGPL-3.0',
    [
      'quantity.lines.templates: at-most 10 lines',
      'date.adopted: 1996-12-20',
      'duration.valid: at-least 3 years',
      'duration.means: exact 60 days',
      'duration.violation: exact 30 days',
      'date.license: 2007-03-28',
    ],
  ],
  ['EPL-1.0', ['duration.action: at-least 1 years']],
  ['EPL-2.0', []],
  ['Apache-1.1', []],
  ['Apache-2.0', ['share.shares: at-least 0.5']],
  [
    'MPL-1.1',
    [
      'share.shares: at-least 0.5',
      'duration.available: at-least 12 months',
      'duration: at-least 6 months',
      'duration.breach: at-most 30 days',
      'duration.notice: exact 60 days',
      'duration.terminate: at-most 60 days',
      'duration.2: at-most 60 days',
      'duration.notice.2: exact 60 days',
    ],
  ],
  [
    'MPL-2.0',
    [
      'share.shares: at-least 0.5',
      'duration.means: exact 60 days',
      'duration.compliant: exact 30 days',
    ],
  ],
  ['GPL-2.0', ['duration.valid: at-least 3 years', 'date.coon: 1989-04-01']],
  [
    'GPL-3.0',
    [
      'date.adopted: 1996-12-20',
      'duration.valid: at-least 3 years',
      'duration.means: exact 60 days',
      'duration.violation: exact 30 days',
      'date.license: 2007-03-28',
    ],
  ],
];

describe('extractTerms on real licences', () => {
  it.each(LICENCES)('%s', (id, expected) => {
    expect(extractTerms(licence(id)).map(line)).toEqual(expected);
  });
});

describe('extractTerms on the plan and its counter-text', () => {
  it.each([
    [
      '28-points.txt',
      [
        'quantity.points: exact 28 points',
        'duration.ambiguity: exact 30 years',
        'quantity.personnel.forces: at-most 600000 personnel',
        'money.assets: exact 100000000000 USD',
        'share.profits: exact 0.5',
        'money.europe: exact 100000000000 USD',
        'share.output: exact 0.5',
        'duration.elections: at-most 100 days',
      ],
    ],
    [
      'counter-text.txt',
      [
        'duration.ambiguity: exact 30 years',
        'quantity.personnel.forces: at-most 800000 personnel in peacetime',
        'money.assets: exact 50000000000 USD',
        'share.profits: exact 0.5',
        'money.europe: exact 100000000000 USD',
        'share.output: exact 0.5',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(extractTerms(fixture(name)).map(line)).toEqual(expected);
  });
});
