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
const otherAccounts = loadDraft('other-accounts-400k');

describe('the other accounts of the armed forces cap', () => {
  it('lower the cap from 600,000 to about 400,000', () => {
    expect(diffDrafts(irishTimes, otherAccounts)).toHaveChange({
      kind: 'term.changed',
      key: 'armed-forces.personnel-cap',
      from: 600000,
      to: { value: 400000, bound: 'about' },
    });
  });

  it('remove no provision', () => {
    expect(diffDrafts(irishTimes, otherAccounts)).not.toHaveChange({ kind: 'provision.removed' });
  });

  it('agree with themselves', () => {
    expect(diffDrafts(otherAccounts, otherAccounts)).toHaveNoChanges();
  });
});
