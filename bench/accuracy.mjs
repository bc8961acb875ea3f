// The accuracy harness: scores draftdiff against the hand-made ground truth of
// test/fixtures/accuracy/ (ACCURACY.md gives the method).
//
//   npm run accuracy                       build, then print the table
//   npm run accuracy -- --json FILE        also write the numbers as JSON
//   node bench/accuracy.mjs --pairs cddl-1.0-to-1.1,epl-1.0-to-2.0
//
// Imports the BUILT package (dist/), so build first (`npm run accuracy` does). Accuracy is
// deterministic: the same build gives the same numbers on every machine.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadFixtures } from './accuracy/fixtures.mjs';
import { checkTruth, formatAccuracyTable, groupScores, scorePair } from './accuracy/score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: { json: { type: 'string' }, pairs: { type: 'string' } },
});

const library = await import(join(here, '..', 'dist', 'index.js'));
const fixtures = loadFixtures(flags.pairs?.split(','));
if (fixtures.length === 0) {
  console.error('accuracy: no truth file matched');
  process.exit(2);
}
const problems = fixtures.flatMap(({ name, truth }) =>
  checkTruth(truth, name).map((problem) => `${name}.json: ${problem}`),
);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const scores = fixtures.map((fixture) => scorePair(fixture, library));
console.log(formatAccuracyTable(scores));

if (flags.json !== undefined) {
  mkdirSync(dirname(flags.json), { recursive: true });
  const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
  const groups = groupScores(scores).map(({ split, mean }) => ({ split, mean }));
  writeFileSync(flags.json, `${JSON.stringify({ version, pairs: scores, groups }, null, 2)}\n`);
  console.log(`\nwrote ${flags.json}`);
}
