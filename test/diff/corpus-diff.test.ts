import { describe, expect, it } from 'vitest';
import { diffDrafts, formatDiff } from '../../src/index.js';
import { loadCorpus, loadDraft } from '../support/corpus.js';

describe('diffs of the corpus', () => {
  it('the 600,000 account against the 400,000 account: the cap falls by a third', () => {
    const diff = diffDrafts(loadDraft('irish-times-bloomberg'), loadDraft('other-accounts-400k'));
    const terms = diff.changes.filter((change) => change.kind.startsWith('term.'));
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatchObject({
      kind: 'term.changed',
      key: 'armed-forces.personnel-cap',
      provisionId: 'armed-forces-cap',
      delta: { absolute: -200_000, relative: -1 / 3 },
      summary: 'Armed forces cap: at most 600,000 -> at most 400,000 personnel (-33.3%)',
    });
  });

  it('the Axios full text against the press reconstruction: Kherson goes from frozen to not addressed', () => {
    const diff = diffDrafts(loadDraft('axios-28-points'), loadDraft('analysis-reconstruction'));
    const kherson = diff.changes.find(
      (change) => 'key' in change && change.key === 'territory.kherson',
    );
    expect(kherson).toMatchObject({
      kind: 'term.changed',
      aspects: ['kind'],
      before: { kind: 'status', value: 'frozen-at-contact-line' },
      after: { kind: 'unaddressed' },
      summary: 'Kherson: frozen at contact line -> not addressed',
    });
    // The reconstruction is partial: the 20-odd points it does not summarise are silence, not removals.
    expect(diff.stats['provision.removed']).toBe(0);
    expect(diff.stats['term.removed']).toBe(0);
  });

  it('a regraded term is no change, a regraded source a change of the sources that shows the grade', () => {
    const afp = loadDraft('other-accounts-400k');
    const regraded = structuredClone(afp);
    for (const source of regraded.sources ?? []) source.confidence = 'low';
    for (const term of regraded.provisions[0]?.terms ?? []) term.confidence = 'high';
    const diff = diffDrafts(afp, regraded);
    expect(diff.changes.map((change) => change.kind)).toEqual(['draft.changed']);
    expect(diff.changes[0]?.summary).toBe(
      'Sources changed from [AFP (medium), The Moscow Times] to [AFP (low), The Moscow Times (low)]',
    );
  });

  it('every pair of corpus drafts diffs without error, and a draft with itself gives nothing', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    for (const a of corpus) {
      expect(diffDrafts(a, a).changes).toEqual([]);
      for (const b of corpus) expect(() => diffDrafts(a, b)).not.toThrow();
    }
  });
});

describe('golden files', () => {
  it.each([
    ['irish-times-bloomberg', 'other-accounts-400k'],
    ['axios-28-points', 'analysis-reconstruction'],
    ['axios-28-points', 'cbs-news-territory'],
  ])('%s -> %s as text and JSON', async (a, b) => {
    const diff = diffDrafts(loadDraft(a), loadDraft(b));
    await expect(formatDiff(diff, 'text')).toMatchFileSnapshot(`../golden/${a}--${b}.txt`);
    await expect(formatDiff(diff, 'json')).toMatchFileSnapshot(`../golden/${a}--${b}.json`);
  });
});
