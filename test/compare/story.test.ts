// The whole story of the plan, November 2025 to January 2026, told by the corpus in drafts/:
// what blame, compareDrafts, diffDrafts and changelog say about the force cap, the elections,
// the amnesty and the deleted point 3, as example tables with exact values.
import { describe, expect, it } from 'vitest';
import {
  blame,
  type Change,
  changelog,
  compareDrafts,
  type Draft,
  diffDrafts,
  history,
  type Term,
} from '../../src/index.js';
import { loadCorpus } from '../support/corpus.js';

const drafts = loadCorpus();
const byId = new Map(drafts.map((draft) => [draft.id, draft]));

function draft(id: string): Draft {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no draft ${id} in drafts/`);
  return found;
}

const V1 = 'axios-28-points';
const V2 = 'e3-counter-proposal';
const V5 = 'twenty-point-framework';
const CAP = 'armed-forces.personnel-cap';

/** A term as one short, exact line: the figure with its bound and condition, or its kind. */
function stated(term: Term | undefined): string {
  if (term === undefined) return 'silent';
  switch (term.kind) {
    case 'quantity':
      return [term.bound, term.value, term.unit, term.condition].filter(Boolean).join(' ');
    case 'share':
      return `${term.bound} ${term.value}`;
    case 'duration':
      return `${term.bound} ${term.value} ${term.unit}`;
    case 'flag':
      return String(term.value);
    case 'status':
      return term.value;
    default:
      return term.kind;
  }
}

/** Every entry of a blame that is not silence: draft, event, value, what it is measured against. */
function story(key: string): [string, string, string, string[]][] {
  return blame(drafts, key)
    .entries.filter((entry) => entry.event !== 'silent')
    .map((entry) => [
      entry.draft,
      entry.event,
      stated(entry.term),
      entry.previous.map((reference) => reference.draft),
    ]);
}

function changesAt(diff: ReturnType<typeof diffDrafts>, provisionId: string): string[] {
  return diff.changes
    .filter((change: Change) => 'provisionId' in change && change.provisionId === provisionId)
    .map((change) => `${change.kind}: ${change.summary}`);
}

describe('the force cap, from the first leak to the 20 points', () => {
  it('goes 600,000 (V1) -> 800,000 in peacetime (V2) -> 800,000 in peacetime (V5), with the 400,000 leak and the Geneva accounts disagreeing', () => {
    expect(blame(drafts, CAP).firstStated).toBe(V1);
    expect(story(CAP)).toEqual([
      [V1, 'stated', 'at-most 600000 personnel', []],
      ['other-accounts-400k', 'changed', 'at-most 400000 personnel', [V1]],
      [V2, 'changed', 'at-most 800000 personnel in peacetime', [V1]],
      ['news-summary', 'changed', 'about 600000 personnel', [V1]],
      ['geneva-19-points-ft', 'changed', 'at-most 800000 personnel in peacetime', [V1]],
      ['geneva-19-points-abc', 'unaddressed', 'unaddressed', [V1]],
      // The 20 points inherit both Geneva accounts through the December package: they agree
      // with the FT's and differ from ABC's, which gave no figure.
      [V5, 'changed', 'at-most 800000 personnel in peacetime', ['geneva-19-points-abc']],
      ['irish-times-bloomberg', 'unchanged', 'at-most 600000 personnel', [V1]],
    ]);
  });

  it('shows the halving and the 40% as relative accounts of their own, graded medium', () => {
    expect(story('armed-forces.cap-relative-to-current')).toEqual([
      ['telegraph-lease', 'stated', 'about 0.5', []],
      ['economist-40-percent', 'changed', 'exact 0.4', ['telegraph-lease']],
      ['ft-halve-the-army', 'changed', 'about 0.5', ['economist-40-percent']],
    ]);
    for (const entry of blame(drafts, 'armed-forces.cap-relative-to-current').entries) {
      if (entry.term !== undefined) expect(entry.term.confidence).toBe('medium');
    }
  });

  it('carries the grade of the 400,000 leak on its term and on its source', () => {
    const afp = blame(drafts, CAP).entries.find((entry) => entry.draft === 'other-accounts-400k');
    expect(afp?.term?.confidence).toBe('medium');
    expect(afp?.sources.map((source) => [source.outlet, source.confidence ?? null])).toEqual([
      ['AFP', 'medium'],
      ['The Moscow Times', null],
    ]);
  });

  it('compareDrafts over the whole corpus shows every stated value of the cap and its sources', () => {
    const row = compareDrafts(drafts).rows.find((candidate) => candidate.key === CAP);
    expect(row?.agreement).toBe('disagree');
    const sides = (row?.sides ?? []).map((side) => [
      stated(side.value),
      side.drafts.map((id) => [
        id,
        (row?.sources[id] ?? []).map((source) =>
          source.citing === undefined ? source.outlet : `${source.outlet} < ${source.citing}`,
        ),
      ]),
    ]);
    expect(sides).toEqual([
      [
        'at-most 600000 personnel',
        [
          [V1, ['Axios', 'Taipei Times < Bloomberg']],
          ['irish-times-bloomberg', ['The Irish Times < Bloomberg', 'Taipei Times < Bloomberg']],
        ],
      ],
      [
        'at-most 800000 personnel in peacetime',
        [
          [V2, ['Reuters', 'Deccan Chronicle < Reuters']],
          ['geneva-19-points-ft', ['Financial Times', 'The Kyiv Independent < Financial Times']],
          [V5, ['Ukrainska Pravda', 'Ukrinform']],
        ],
      ],
      [
        'unaddressed',
        [['geneva-19-points-abc', ['ABC News', 'Al Jazeera', 'Caliber.az < ABC News']]],
      ],
      ['about 600000 personnel', [['news-summary', ['Axios', 'NBC News', 'Reuters']]]],
      ['at-most 400000 personnel', [['other-accounts-400k', ['AFP', 'The Moscow Times < AFP']]]],
    ]);
    // Strength to keep and relative cuts are other keys, so they are silence in this row.
    for (const id of ['berlin-statement', 'paris-declaration', 'ft-halve-the-army']) {
      expect(row?.values[id], id).toBe('silent');
    }
  });

  it('diffs V1 against V2 and V5 as the same change of the cap, renumbered in V5', () => {
    const summary =
      'Armed forces cap: at most 600,000 personnel -> at most 800,000 personnel in peacetime (+33.3%)';
    expect(changesAt(diffDrafts(draft(V1), draft(V2)), 'armed-forces-cap')).toEqual([
      'provision.reworded: Point 6 was reworded (46% similar)',
      `term.changed: ${summary}`,
    ]);
    expect(changesAt(diffDrafts(draft(V1), draft(V5)), 'armed-forces-cap')).toEqual([
      'provision.renumbered: Point 6 is now point 4',
      'provision.reworded: Point 6 (now 4) was reworded (31% similar)',
      `term.changed: ${summary}`,
    ]);
  });
});

describe('what the later versions drop', () => {
  it.each([
    [
      'elections.deadline',
      [
        [V1, 'stated', 'exact 100 days', []],
        [V2, 'unaddressed', 'unaddressed', [V1]],
        ['news-summary', 'changed', 'about 100 days', [V1]],
        ['analysis-reconstruction', 'changed', 'about 100 days', [V1]],
        [V5, 'unaddressed', 'unaddressed', [V1]],
      ],
    ],
    [
      'amnesty.wartime-actions',
      [
        [V1, 'stated', 'true', []],
        [V2, 'unaddressed', 'unaddressed', [V1]],
        ['news-summary', 'unchanged', 'true', [V1]],
        ['geneva-19-points-abc', 'unaddressed', 'unaddressed', [V1]],
      ],
    ],
    [
      'nato.no-further-expansion',
      [
        [V1, 'stated', 'true', []],
        [V2, 'unaddressed', 'unaddressed', [V1]],
      ],
    ],
  ])('blame on %s', (key, expected) => {
    expect(story(key)).toEqual(expected);
  });

  it.each([
    [
      V2,
      'elections',
      [
        'provision.reworded: Point 25 was rewritten (14% similar)',
        'term.changed: Elections in Ukraine: 100 days -> not addressed',
        'term.added: When Ukraine holds elections: as soon as possible after signing (newly stated)',
      ],
    ],
    [
      V5,
      'elections',
      [
        'provision.renumbered: Point 25 is now point 18',
        'provision.reworded: Point 25 (now 18) was rewritten (11% similar)',
        'term.changed: Elections in Ukraine: 100 days -> not addressed',
        'term.added: When Ukraine holds elections: as soon as possible after signing (newly stated)',
      ],
    ],
    [
      V2,
      'amnesty',
      [
        'provision.reworded: Point 26 was rewritten (11% similar)',
        'term.changed: Amnesty for wartime actions: yes -> not addressed',
        'term.changed: Future claims and complaints waived: yes -> not addressed',
      ],
    ],
    [
      V2,
      'no-further-expansion',
      [
        'provision.reworded: Point 3 was reworded (38% similar)',
        'term.changed: Russia not to invade its neighbours: yes -> not addressed',
        'term.changed: No further NATO enlargement: yes -> not addressed',
      ],
    ],
  ])('the US text against %s, at %s', (id, provisionId, expected) => {
    expect(changesAt(diffDrafts(draft(V1), draft(id)), provisionId).sort()).toEqual(
      [...expected].sort(),
    );
  });

  it('keeps point 3 in the E3 text as a deleted point, not as silence or a renumbering', () => {
    const diff = diffDrafts(draft(V1), draft(V2));
    // The E3 text keeps the US numbering, so nothing moves up when point 3 goes.
    expect(diff.stats['provision.renumbered']).toBe(0);
    expect(diff.stats['provision.removed']).toBe(0);
    const three = draft(V2).provisions.find((provision) => provision.number === '3');
    expect(three?.id).toBe('no-further-expansion');
    expect(three?.text.startsWith('Deleted: ')).toBe(true);
  });
});

describe('the lineage of the story', () => {
  it('places every version after what it is based on, the US text first', () => {
    const order = history(drafts).map((each) => each.id);
    expect(order[0]).toBe(V1);
    expect(order.length).toBe(drafts.length);
    for (const each of drafts) {
      for (const parent of each.basedOn ?? []) {
        expect(order.indexOf(parent), `${parent} before ${each.id}`).toBeLessThan(
          order.indexOf(each.id),
        );
      }
    }
    const main = [V1, V2, 'geneva-19-points-ft', 'december-package', V5, 'guarantee-15-years'];
    expect(main.map((id) => order.indexOf(id))).toEqual(
      [...main.map((id) => order.indexOf(id))].sort((a, b) => a - b),
    );
  });

  it('has one changelog entry per basedOn edge, and the same entries whatever the file order', () => {
    const edges = drafts.flatMap((each) =>
      (each.basedOn ?? []).map((parent) => `${parent} -> ${each.id}`),
    );
    expect(edges).toHaveLength(20);
    const entries = changelog(drafts).map(({ from, to }) => `${from} -> ${to}`);
    expect([...entries].sort()).toEqual([...edges].sort());
    expect(changelog([...drafts].reverse()).map(({ from, to }) => `${from} -> ${to}`)).toEqual(
      entries,
    );
  });

  it('tells the two options of the disputed points apart, each against the framework', () => {
    const row = (key: string) =>
      compareDrafts([
        draft(V5),
        draft('twenty-point-us-option'),
        draft('twenty-point-ukraine-option'),
      ]).rows.find((candidate) => candidate.key === key);
    expect(row('zaporizhzhia-npp.control')?.values).toMatchObject({
      [V5]: 'silent',
      'twenty-point-us-option': { value: 'trilateral-us-led' },
      'twenty-point-ukraine-option': { value: 'us-ukraine-joint-venture' },
    });
    expect(row('territory.donetsk-kyiv-held')?.agreement).toBe('disagree');
  });
});
