// Who says what about the US text of 20 November 2025 (V1 in drafts/README.md): the full text and
// the accounts of it from those days, checked through compareDrafts, blame and changelog. The
// story across all versions is test/compare/story.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatComparison, formatComparisonRow } from '../../src/format/format-comparison.js';
import {
  blame,
  type ComparisonRow,
  type ComparisonSide,
  changelog,
  compareDrafts,
  type Draft,
  history,
  parseDraft,
  type Term,
} from '../../src/index.js';

const draftsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drafts');
const AXIOS = 'axios-28-points';
const IRISH = 'irish-times-bloomberg';
const OTHER = 'other-accounts-400k';
const NEWS = 'news-summary';
const ANALYSIS = 'analysis-reconstruction';
const CBS = 'cbs-news-territory';
const V1_ACCOUNTS = [AXIOS, IRISH, OTHER, NEWS, ANALYSIS, CBS];

const drafts: Draft[] = V1_ACCOUNTS.map((id) => {
  const file = `${id}.json`;
  return parseDraft(JSON.parse(readFileSync(join(draftsDir, file), 'utf8')), { file });
});

const comparison = compareDrafts(drafts);

function row(key: string): ComparisonRow {
  const found = comparison.rows.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no row for ${key}`);
  return found;
}

/** Sides as sorted draft ids with the value as plain data, ordered by their first id. */
function plainSides(sides: readonly ComparisonSide[]) {
  return sides
    .map((side) => ({ drafts: [...side.drafts].sort(), value: figureOf(side.value) }))
    .sort((a, b) => ((a.drafts[0] ?? '') < (b.drafts[0] ?? '') ? -1 : 1));
}

function figureOf(term: Term): unknown {
  switch (term.kind) {
    case 'quantity':
      return [term.value, term.unit, term.bound];
    case 'status':
    case 'duration':
    case 'flag':
      return term.value;
    default:
      return term.kind;
  }
}

/** Every key a draft states, wherever it states it. */
function keysOf(draft: Draft): Set<string> {
  const keys = new Set((draft.terms ?? []).map((term) => term.key));
  const stack = [...draft.provisions];
  for (let provision = stack.pop(); provision !== undefined; provision = stack.pop()) {
    for (const term of provision.terms ?? []) keys.add(term.key);
    stack.push(...(provision.items ?? []));
  }
  return keys;
}

describe('the corpus compared', () => {
  it('has the drafts this file relies on', () => {
    expect([...comparison.drafts].sort()).toEqual([...V1_ACCOUNTS].sort());
  });

  it('the armed forces cap disagrees: 600,000 against 400,000, each with its sources', () => {
    const cap = row('armed-forces.personnel-cap');
    expect(cap.agreement).toBe('disagree');
    expect(plainSides(cap.sides)).toEqual([
      { drafts: [AXIOS, IRISH], value: [600_000, 'personnel', 'at-most'] },
      { drafts: [NEWS], value: [600_000, 'personnel', 'about'] },
      { drafts: [OTHER], value: [400_000, 'personnel', 'at-most'] },
    ]);
    expect(cap.sources[AXIOS]).toEqual([
      expect.objectContaining({ outlet: 'Axios' }),
      expect.objectContaining({ outlet: 'Taipei Times', citing: 'Bloomberg' }),
    ]);
    expect(cap.sources[IRISH]).toEqual([
      expect.objectContaining({ outlet: 'The Irish Times', citing: 'Bloomberg' }),
      expect.objectContaining({ outlet: 'Taipei Times', citing: 'Bloomberg' }),
    ]);
    expect(cap.sources[OTHER]).toEqual([
      expect.objectContaining({ outlet: 'AFP', date: '2025-11-19' }),
      expect.objectContaining({ outlet: 'The Moscow Times', citing: 'AFP' }),
    ]);
    const sentence = formatComparisonRow(cap, { silent: false });
    expect(sentence).toContain(
      'at most 600,000 personnel (Axios; Taipei Times citing Bloomberg; The Irish Times citing Bloomberg)',
    );
    expect(sentence).toContain('at most 400,000 personnel (AFP; The Moscow Times citing AFP)');
  });

  it('Kherson disagrees: frozen along the line of contact, or not addressed', () => {
    const kherson = row('territory.kherson');
    expect(kherson.agreement).toBe('disagree');
    expect(plainSides(kherson.sides)).toEqual([
      { drafts: [ANALYSIS], value: 'unaddressed' },
      { drafts: [AXIOS, CBS, NEWS], value: 'frozen-at-contact-line' },
    ]);
    expect(row('territory.zaporizhzhia').agreement).toBe('disagree');
  });

  it('lease against recognition disagrees', () => {
    const arrangement = row('territory.legal-arrangement');
    expect(arrangement.agreement).toBe('disagree');
    expect(arrangement.values[AXIOS]).toMatchObject({ value: 'de-facto-recognition' });
    expect(arrangement.values[ANALYSIS]).toMatchObject({ value: 'lease' });
  });

  it('elections in 100 days agree (some accounts say about 100 days: near)', () => {
    const elections = row('elections.deadline');
    expect(elections.agreement).toBe('agree');
    expect(elections.near).toBe(true);
    expect(elections.note).toContain('same figure, bounds differ: exact vs about');
    for (const side of elections.sides)
      expect(side.value).toMatchObject({ value: 100, unit: 'days' });
  });

  it('NATO membership agrees', () => {
    const nato = row('nato.ukraine-membership');
    expect(nato.agreement).toBe('agree');
    expect(nato.sides).toHaveLength(1);
  });

  it('a key only one draft mentions is single, and only such a key', () => {
    for (const target of comparison.rows) {
      const speaking = Object.values(target.values).filter((value) => value !== 'silent');
      expect(target.agreement === 'single').toBe(speaking.length === 1);
    }
    expect(row('territory.recognition-by-united-states')).toMatchObject({
      agreement: 'single',
      sides: [{ drafts: [AXIOS] }],
    });
  });

  it('a partial draft is silent on exactly the keys it does not mention', () => {
    const partials = drafts.filter((draft) => draft.coverage === 'partial');
    expect(partials.length).toBeGreaterThan(0);
    for (const draft of partials) {
      const keys = keysOf(draft);
      for (const target of comparison.rows) {
        expect(target.values[draft.id] === 'silent').toBe(!keys.has(target.key));
      }
    }
    expect(row('territory.kherson').values[IRISH]).toBe('silent');
  });

  it('renders in every format', () => {
    const text = formatComparison(comparison, 'text', { only: 'disagree' });
    expect(text).toContain('≠  Armed forces cap');
    expect(formatComparison(comparison, 'markdown')).toContain('| ≠ | Kherson');
    expect(formatComparison(comparison, 'html')).toContain('<tr class="agree near">');
    expect(JSON.parse(formatComparison(comparison, 'json')).rows).toHaveLength(
      comparison.rows.length,
    );
  });
});

describe('the corpus lineage', () => {
  it('starts from the Axios text and has one diff per basedOn edge, each from a parent', () => {
    expect(history(drafts)[0]?.id).toBe(AXIOS);
    const edges = drafts.flatMap((draft) =>
      (draft.basedOn ?? []).map((parent) => `${parent} -> ${draft.id}`),
    );
    const entries = changelog(drafts);
    expect(entries.map(({ from, to }) => `${from} -> ${to}`).sort()).toEqual(edges.sort());
    const capChange = entries
      .find((entry) => entry.to === OTHER)
      ?.diff.changes.find(
        (change) => change.kind === 'term.changed' && change.key === 'armed-forces.personnel-cap',
      );
    expect(capChange).toMatchObject({ before: { value: 600_000 }, after: { value: 400_000 } });
  });

  it('blame on the cap names the drafts that state each value', () => {
    const story = blame(drafts, 'armed-forces.personnel-cap');
    expect(story.firstStated).toBe(AXIOS);
    expect(plainSides(story.sides)).toEqual([
      { drafts: [AXIOS, IRISH], value: [600_000, 'personnel', 'at-most'] },
      { drafts: [NEWS], value: [600_000, 'personnel', 'about'] },
      { drafts: [OTHER], value: [400_000, 'personnel', 'at-most'] },
    ]);
    const events = Object.fromEntries(story.entries.map((entry) => [entry.draft, entry.event]));
    expect(events).toMatchObject({
      [AXIOS]: 'stated',
      [IRISH]: 'unchanged',
      [NEWS]: 'changed',
      [OTHER]: 'changed',
      [CBS]: 'silent',
      [ANALYSIS]: 'silent',
    });
    const other = story.entries.find((entry) => entry.draft === OTHER);
    expect(other?.previous.map((reference) => reference.draft)).toEqual([AXIOS]);
    expect(other?.sources.map((source) => source.outlet)).toEqual(['AFP', 'The Moscow Times']);
  });
});
