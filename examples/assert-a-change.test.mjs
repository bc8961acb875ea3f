// A test suite that checks a later draft changed what it should, with the matchers of
// `draftdiff/vitest` (importing it registers `toHaveChange` and `toHaveNoChanges`).
//
// Run from the repository after `npm run build`:
//   npx vitest run --config examples/vitest.config.mjs
import 'draftdiff/vitest';
import { readFileSync } from 'node:fs';
import { diffDrafts, parseDraft } from 'draftdiff';
import { describe, expect, it } from 'vitest';

function loadDraft(id) {
  const file = new URL(`../drafts/${id}.json`, import.meta.url);
  return parseDraft(JSON.parse(readFileSync(file, 'utf8')));
}

const irishTimes = loadDraft('irish-times-bloomberg');
const afp = loadDraft('other-accounts-400k');

describe("AFP's account of the armed forces cap", () => {
  it('lowers the cap from 600,000 to 400,000', () => {
    expect(diffDrafts(irishTimes, afp)).toHaveChange({
      kind: 'term.changed',
      key: 'armed-forces.personnel-cap',
      from: 600000,
      to: { value: 400000, bound: 'at-most' },
    });
  });

  it('removes no provision', () => {
    expect(diffDrafts(irishTimes, afp)).not.toHaveChange({ kind: 'provision.removed' });
  });

  it('agrees with itself', () => {
    expect(diffDrafts(afp, afp)).toHaveNoChanges();
  });
});
