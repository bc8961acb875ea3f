import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The benchmark is not a test: nothing here looks at a timing. This only keeps `npm run bench`
// working, by running its 30-provision smoke size against the built package.

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = mkdtempSync(join(tmpdir(), 'draftdiff-bench-'));
const jsonFile = join(output, 'results.json');

const tools = [
  'plain traversal of both (floor)',
  'microdiff (positional)',
  'json-diff-ts (keyed by id)',
  'jsondiffpatch (objectHash, text diff)',
  'draftdiff diffDrafts',
];
const scenarios = ['realistic', 'reworded-all', 'inserts-top', 'moves', 'no-ids'];
const extras = ['fromText', 'extractTerms', 'compareDrafts', 'toJsonPatch'];

function runQuickBench() {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error(
      'dist/index.js is missing: the bench imports the built package (npm run build)',
    );
  }
  const { DRAFTDIFF_BENCH_LIBRARY: _, ...environment } = process.env;
  return spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--json', jsonFile], {
    cwd: root,
    encoding: 'utf8',
    env: environment,
  });
}

describe('npm run bench -- --quick', () => {
  let run: ReturnType<typeof runQuickBench>;
  // No wall-clock limit (0): on a busy machine the run may take minutes, and that is no failure.
  beforeAll(() => {
    run = runQuickBench();
  }, 0);
  afterAll(() => rmSync(output, { recursive: true, force: true }));

  it('completes', () => {
    expect(run.error).toBeUndefined();
    expect(run.stderr).not.toMatch(/Error|at file:/);
    expect(run.status).toBe(0);
  });

  it('prints a table per scenario with a measured row for every tool', () => {
    for (const scenario of scenarios) {
      const start = run.stdout.indexOf(`### ${scenario}, 30 provisions`);
      expect(start, scenario).toBeGreaterThanOrEqual(0);
      const section = run.stdout.slice(start).split('\n### ')[0] as string;
      for (const tool of tools) {
        // A measured row: the label, then a median in milliseconds.
        expect(section, `${scenario}: ${tool}`).toMatch(
          new RegExp(`^\\| ${tool.replace(/[()]/g, '\\$&')} \\| [\\d.]+ ms \\|`, 'm'),
        );
      }
    }
  });

  it('measures import, compare and patch too', () => {
    const start = run.stdout.indexOf('### Beyond two-way diff');
    expect(start).toBeGreaterThanOrEqual(0);
    const section = run.stdout.slice(start);
    for (const label of extras) {
      expect(section, label).toMatch(new RegExp(`^\\| ${label}[^|]* \\| [\\d.]+ ms \\|`, 'm'));
    }
  });

  it('writes the same results as JSON with --json', () => {
    const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(results.mode).toBe('quick');
    expect(results.cases.map((entry: { id: string }) => entry.id)).toEqual(
      scenarios.map((scenario) => `${scenario}@30`),
    );
    for (const entry of results.cases) {
      expect(entry.tools.map((tool: { label: string }) => tool.label)).toEqual(tools);
      for (const tool of entry.tools) expect(tool.median).toBeGreaterThan(0);
    }
    // The first case also went through the memory probe.
    for (const tool of results.cases[0].tools) expect(tool.peakHeapMB).toBeGreaterThanOrEqual(0);
    expect(results.extras.map((extra: { name: string }) => extra.name)).toEqual(extras);
  });
});

describe('the bounded cases of the bench', () => {
  it('end as the adversarial tests say, each with its budget reported (never asserted here)', () => {
    const boundedFile = join(output, 'bounded.json');
    const { DRAFTDIFF_BENCH_LIBRARY: _, ...environment } = process.env;
    const run = spawnSync(
      process.execPath,
      [
        'bench/run.mjs',
        '--cases',
        '',
        '--extras',
        'deep,clause-default,random-5000',
        '--no-memory',
        '--json',
        boundedFile,
      ],
      { cwd: root, encoding: 'utf8', env: environment, timeout: 600_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(boundedFile, 'utf8'));
    expect(results.cases).toEqual([]);
    expect(
      results.extras.map((extra: { name: string; count: string; budgetMs: number }) => [
        extra.name,
        extra.count,
        extra.budgetMs,
      ]),
    ).toEqual([
      ['deep', 'LIMIT_EXCEEDED', 500],
      ['clause-default', 'LIMIT_EXCEEDED', 100],
      ['random-5000', '1 change, coarse: true', 500],
    ]);
  }, 180_000);
});

describe('bench/scaling.mjs', () => {
  it('prints the split of a diff and its collections for each case it is given', () => {
    const { DRAFTDIFF_BENCH_LIBRARY: _, ...environment } = process.env;
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', 'bench/scaling.mjs', '--cases', 'realistic@30,no-ids@30', '--rounds', '1'],
      { cwd: root, encoding: 'utf8', env: environment, timeout: 600_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '| case | traversal | diffDrafts | parse alone | scavenges (count) | other GC |',
      '| --- | --- | --- | --- | --- | --- |',
    ]);
    const number = '\\d+\\.\\d';
    expect(lines.slice(2).map((line) => line.split(' | ')[0])).toEqual([
      '| realistic@30',
      '| no-ids@30',
    ]);
    for (const line of lines.slice(2)) {
      expect(line).toMatch(
        new RegExp(
          `^\\| [\\w-]+@30 \\| (${number} \\| ){3}${number} \\([\\d.]+\\) \\| ${number} \\|$`,
        ),
      );
    }
  }, 180_000);
});
