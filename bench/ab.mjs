// Two builds of the library timed against each other in one process, their calls alternated
// and a collection before each, so the load of a busy machine falls on both alike and the
// ratio stays meaningful where absolute times do not:
//
//   npm run build
//   node --expose-gc bench/ab.mjs --baseline /path/to/old/dist/index.js [case ...]
//
// Cases: SCENARIO@SIZE for diffDrafts on a bench pair (realistic@10000, reworded-all@3000,
// no-ids@10000, moves@10000), patch@SIZE (toJsonPatch then applyPatch on the realistic pair),
// format@SIZE (formatDiff text and html of its diff), compare@COUNTxSIZE (compareDrafts),
// parse@SIZE (parseDraft of one draft), fromText@BYTES and extractTerms@BYTES (generated text).
// Prints the median of each build and the ratio, this build over the baseline.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDraft, generatePair, generateText } from './generate.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '9' },
  },
});
if (options.baseline === undefined) {
  console.error('usage: node --expose-gc bench/ab.mjs --baseline OLD/dist/index.js [case ...]');
  process.exit(2);
}
const builds = {
  baseline: await import(pathToFileURL(resolve(options.baseline)).href),
  this: await import(new URL('../dist/index.js', import.meta.url).href),
};
const cases =
  positionals.length > 0 ? positionals : ['realistic@10000', 'reworded-all@3000', 'no-ids@10000'];
const rounds = Number(options.rounds);

/** The timed call of `name` on `library`, its input built untimed. */
function taskOf(library, name) {
  const [scenario, size] = name.split('@');
  switch (scenario) {
    case 'patch': {
      const { before, after } = generatePair(Number(size), 'realistic');
      return () => library.applyPatch(before, library.toJsonPatch(before, after));
    }
    case 'format': {
      const { before, after } = generatePair(Number(size), 'realistic');
      const diff = library.diffDrafts(before, after);
      return () => [library.formatDiff(diff, 'text'), library.formatDiff(diff, 'html')];
    }
    case 'compare': {
      const [count, each] = size.split('x').map(Number);
      const drafts = [library.parseDraft(generateDraft(each).draft)];
      for (let edits = 2; drafts.length < count; edits++) {
        const { after } = generatePair(each, 'realistic', 1, edits);
        drafts.push(library.parseDraft({ ...after, id: `bench-${each}-v${edits}` }));
      }
      return () => library.compareDrafts(drafts);
    }
    case 'parse': {
      const { draft } = generateDraft(Number(size));
      return () => library.parseDraft(draft);
    }
    case 'fromText': {
      const text = generateText(Number(size));
      return () => library.fromText(text, { id: 'bench-text', title: 'Imported text' });
    }
    case 'extractTerms': {
      const text = generateText(Number(size));
      return () => library.extractTerms(text);
    }
    default: {
      const { before, after } = generatePair(Number(size), scenario);
      return () => library.diffDrafts(before, after);
    }
  }
}

const median = (times) => [...times].sort((a, b) => a - b)[times.length >> 1];
for (const name of cases) {
  const tasks = { baseline: taskOf(builds.baseline, name), this: taskOf(builds.this, name) };
  const times = { baseline: [], this: [] };
  tasks.baseline();
  tasks.this();
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 === 0 ? ['baseline', 'this'] : ['this', 'baseline']) {
      globalThis.gc?.();
      const start = performance.now();
      tasks[build]();
      times[build].push(performance.now() - start);
    }
  }
  const [old, now] = [median(times.baseline), median(times.this)];
  console.log(
    `${name}: baseline ${old.toFixed(0)} ms, this build ${now.toFixed(0)} ms, ${(now / old).toFixed(2)}x`,
  );
}
