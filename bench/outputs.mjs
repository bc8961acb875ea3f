// Fingerprints of everything the library prints or returns on the corpus and the bench pairs:
// one SHA-256 per output and one over all of them. A restructuring that claims to keep the
// output byte for byte shows it by printing the same total before and after:
//
//   npm run build && node bench/outputs.mjs
//   DRAFTDIFF_BENCH_LIBRARY=/path/to/old/dist/index.js node bench/outputs.mjs
//
// `--list` prints each output's fingerprint as well, to find which one moved.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FULL_CASES } from './cases.mjs';
import { generatePair, generateText } from './generate.mjs';
import { draftdiff } from './tools.mjs';

const { values: options } = parseArgs({ options: { list: { type: 'boolean', default: false } } });

const digests = [];
function record(name, output) {
  const text = typeof output === 'string' ? output : JSON.stringify(output);
  const digest = createHash('sha256').update(text).digest('hex');
  digests.push(`${digest}  ${name}`);
}

function recordDiff(name, before, after) {
  const diff = draftdiff.diffDrafts(before, after);
  record(`${name} diff`, diff);
  for (const format of ['text', 'markdown', 'html', 'json']) {
    record(`${name} ${format}`, draftdiff.formatDiff(diff, format));
  }
  const patch = draftdiff.toJsonPatch(before, after);
  record(`${name} patch`, patch);
  record(`${name} patched`, draftdiff.applyPatch(before, patch));
}

// The corpus: every draft against every other, both ways, and the comparison of all of them.
const directory = new URL('../drafts/', import.meta.url);
const drafts = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => draftdiff.parseDraft(JSON.parse(readFileSync(new URL(file, directory), 'utf8'))));
for (const before of drafts) {
  for (const after of drafts) {
    if (before !== after) recordDiff(`${before.id}->${after.id}`, before, after);
  }
}
const comparison = draftdiff.compareDrafts(drafts);
for (const format of ['text', 'markdown', 'html', 'json']) {
  record(`corpus compare ${format}`, draftdiff.formatComparison(comparison, format));
}
record('corpus timeline', draftdiff.formatComparison(comparison, 'html', { view: 'timeline' }));

// The bench pairs up to 10,000 provisions, and the import tasks.
for (const { scenario, size } of FULL_CASES.filter((entry) => entry.size <= 10_000)) {
  const { before, after } = generatePair(size, scenario);
  recordDiff(`${scenario}@${size}`, draftdiff.parseDraft(before), draftdiff.parseDraft(after));
}
const text = generateText(200_000);
record('fromText 200 KB', draftdiff.fromText(text, { id: 'bench-text', title: 'Imported text' }));
record('extractTerms 200 KB', draftdiff.extractTerms(text));

if (options.list) console.log(digests.join('\n'));
const total = createHash('sha256').update(digests.join('\n')).digest('hex');
console.log(`${digests.length} outputs, sha256 ${total}`);
