// The contestants, each configured as a careful user would for documents of this shape, and
// each taking the same two plain JSON values. Shared by the timing run (run.mjs) and the
// memory probe (memory.mjs), so both measure exactly the same calls.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diff as jsonDiffTs } from 'json-diff-ts';
// The `with-text-diffs` entry wires in @dmsnell/diff-match-patch (a dependency of
// jsondiffpatch 0.7), which is what `textDiff: { diffMatchPatch }` needs: long strings then
// get a character-level text delta instead of a whole replacement.
import { create as createDiffPatcher } from 'jsondiffpatch/with-text-diffs';
import microdiff from 'microdiff';

/**
 * The built library, as `npm run bench` uses it. DRAFTDIFF_BENCH_LIBRARY points at another
 * build (a bundle of an older commit, say) to measure before and after a change.
 */
export const draftdiff = await import(
  process.env.DRAFTDIFF_BENCH_LIBRARY === undefined
    ? new URL('../dist/index.js', import.meta.url).href
    : pathToFileURL(resolve(process.env.DRAFTDIFF_BENCH_LIBRARY)).href
);

/** Visits every value of a JSON document once: the floor any diff has to pay. */
export function traverse(value) {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'string' ? value.length : 1;
  }
  let count = 1;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) count += traverse(value[index]);
  } else {
    for (const key of Object.keys(value)) count += traverse(value[key]);
  }
  return count;
}

const diffPatcher = createDiffPatcher({
  // Provisions by id, terms by key; anything else (strings in arrays) by position.
  objectHash: (item, index) => item.id ?? item.key ?? `$$index:${index}`,
});

const jsonDiffTsOptions = {
  embeddedObjKeys: {
    provisions: 'id',
    'provisions.items': 'id',
    'provisions.terms': 'key',
    'provisions.items.terms': 'key',
    terms: 'key',
  },
};

function countLeaves(value) {
  if (Array.isArray(value)) {
    let count = 0;
    for (const item of value) count += countLeaves(item);
    return count;
  }
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value.changes)) return countLeaves(value.changes);
    let count = 0;
    for (const key of Object.keys(value)) if (key !== '_t') count += countLeaves(value[key]);
    return count;
  }
  return 1;
}

/**
 * Each tool: `run(before, after)` does the work; `count(result)` says how many changes it
 * reported (outside the timed region), to show what the time bought. Only a `peer` is ever
 * skipped for being too slow at a size.
 */
export const TOOLS = [
  {
    name: 'traversal',
    label: 'plain traversal of both (floor)',
    peer: false,
    run: (before, after) => traverse(before) + traverse(after),
    count: () => undefined,
  },
  {
    name: 'microdiff',
    peer: true,
    label: 'microdiff (positional)',
    run: (before, after) => microdiff(before, after),
    count: (result) => result.length,
  },
  {
    name: 'json-diff-ts',
    peer: true,
    label: 'json-diff-ts (keyed by id)',
    run: (before, after) => jsonDiffTs(before, after, jsonDiffTsOptions),
    count: (result) => countLeaves(result),
  },
  {
    name: 'jsondiffpatch',
    peer: true,
    label: 'jsondiffpatch (objectHash, text diff)',
    run: (before, after) => diffPatcher.diff(before, after),
    // A delta entry is a leaf change: [new], [old, new], [old, 0, 0], a text diff or a move.
    count: (result) => (result === undefined ? 0 : countDelta(result)),
  },
  {
    name: 'draftdiff',
    peer: false,
    label: 'draftdiff diffDrafts',
    run: (before, after) => draftdiff.diffDrafts(before, after),
    count: (result) => result.changes.length,
  },
];

function countDelta(delta) {
  if (Array.isArray(delta)) return 1;
  let count = 0;
  for (const key of Object.keys(delta)) {
    if (key !== '_t') count += countDelta(delta[key]);
  }
  return count;
}

/** The tool named `name`. */
export function toolNamed(name) {
  const tool = TOOLS.find((candidate) => candidate.name === name);
  if (tool === undefined) throw new Error(`unknown tool ${name}`);
  return tool;
}
