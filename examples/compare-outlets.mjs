// Who says what: compare every draft of the corpus key by key, print the matrix of the keys
// the outlets disagree on, then the armed forces cap in one sentence and side by side.
//
// Run from the repository after `npm run build`:  node examples/compare-outlets.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { compareDrafts, formatComparison, formatComparisonRow, parseDraft } from 'draftdiff';

const directory = new URL('../drafts/', import.meta.url);
const drafts = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) =>
    parseDraft(JSON.parse(readFileSync(new URL(name, directory), 'utf8')), { file: name }),
  );

const comparison = compareDrafts(drafts);
console.log(formatComparison(comparison, 'text', { only: 'disagree' }));

const cap = comparison.rows.find((row) => row.key === 'armed-forces.personnel-cap');
if (cap !== undefined) {
  console.log(formatComparisonRow(cap));
  for (const side of cap.sides) {
    const { value } = side;
    const stated =
      value.kind === 'unaddressed'
        ? 'not addressed'
        : `${value.bound} ${value.value}${value.condition === undefined ? '' : ` ${value.condition}`}`;
    console.log(`  ${stated}: ${side.drafts.join(', ')}`);
  }
}
