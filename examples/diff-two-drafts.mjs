// Diff two reported versions of the 28-point plan and print what changed: first the term
// changes one by one, then the whole diff as Markdown, ready to paste into a report.
//
// Run from the repository after `npm run build`:  node examples/diff-two-drafts.mjs
// (`draftdiff` resolves to this package itself through the "exports" of package.json.)
import { readFileSync } from 'node:fs';
import { diffDrafts, formatDiffMarkdown, parseDraft } from 'draftdiff';

/** Reads and validates one draft of the corpus in drafts/. */
function loadDraft(id) {
  const file = new URL(`../drafts/${id}.json`, import.meta.url);
  return parseDraft(JSON.parse(readFileSync(file, 'utf8')), { file: `drafts/${id}.json` });
}

const before = loadDraft('irish-times-bloomberg');
const after = loadDraft('other-accounts-400k');
const diff = diffDrafts(before, after);

for (const change of diff.changes) {
  if (change.kind === 'term.changed') console.log(change.summary);
}
console.log();
console.log(formatDiffMarkdown(diff));
