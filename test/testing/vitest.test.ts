// Uses the matchers the way a user of `draftdiff/vitest` would; inside the repository the
// subpath is imported from source.
import '../../src/vitest.js';
import { describe, expect, it } from 'vitest';
import { diffDrafts } from '../../src/index.js';
import { loadDraft } from '../support/corpus.js';

const irishTimes = loadDraft('irish-times-bloomberg');
const afp = loadDraft('other-accounts-400k');

describe('draftdiff/vitest', () => {
  it('toHaveChange passes for the cap change', () => {
    expect(diffDrafts(irishTimes, afp)).toHaveChange({
      kind: 'term.changed',
      from: 600000,
      to: 400000,
    });
    expect(diffDrafts(irishTimes, afp)).toHaveChange({
      key: 'armed-forces.personnel-cap',
      to: { bound: 'at-most', unit: 'personnel' },
    });
    expect(diffDrafts(irishTimes, afp)).not.toHaveChange({ kind: 'provision.removed' });
  });

  it('toHaveChange fails with the closest changes, readably', () => {
    let message = '';
    try {
      expect(diffDrafts(irishTimes, afp)).toHaveChange({
        kind: 'term.changed',
        from: 600000,
        to: 500000,
      });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'expected the diff irish-times-bloomberg -> other-accounts-400k to have a change matching',
      '  { kind: "term.changed", from: 600000, to: 500000 }',
      expect.stringMatching(/^but none of its \d+ changes matches\. Closest:$/),
    ]);
    expect(lines[3]).toMatch(
      /^ {2}1\. \{ kind: "term\.changed", key: "armed-forces\.personnel-cap", provisionId: "armed-forces-cap", from: 600000, to: 400000 \} {2}Armed forces cap: /,
    );
    expect(lines[4]).toBe('     differs in to: 400000, expected 500000');
  });

  it('toHaveNoChanges passes for a draft against itself and fails otherwise', () => {
    expect(diffDrafts(afp, afp)).toHaveNoChanges();
    expect(() => expect(diffDrafts(irishTimes, afp)).toHaveNoChanges()).toThrow(
      /^expected the diff irish-times-bloomberg -> other-accounts-400k to have no changes, but it has \d+ changes:\n {2}1\. /,
    );
  });

  it('works as an asymmetric matcher', () => {
    const diffs = { cap: diffDrafts(irishTimes, afp) };
    expect(diffs).toEqual({ cap: expect.toHaveChange({ to: 400000 }) });
  });
});
