// The benchmark: draftdiff and its peers on identical generated inputs, in one process,
// alternating, with warm-up; peak memory from a fresh child process per tool and input.
//
//   npm run bench                      full run (about 30 minutes on 2 cores)
//   npm run bench -- --quick           the 30-provision smoke run
//   npm run bench -- --json [FILE]     also write the results as JSON (default bench/results/latest.json)
//   node bench/run.mjs --cases realistic@10000,no-ids@1000 --tools traversal,draftdiff --no-memory
//
// Imports the BUILT package (dist/), so build first (`npm run bench` does).

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

// Timed runs start from a collected heap, so one tool's garbage is not billed to the next.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

const argv = process.argv.slice(2);
// `--json` alone (as in `npm run bench -- --json`) writes to the default file.
const jsonAt = argv.indexOf('--json');
if (jsonAt !== -1 && (argv[jsonAt + 1] === undefined || argv[jsonAt + 1].startsWith('--'))) {
  argv.splice(jsonAt + 1, 0, join(here, 'results', 'latest.json'));
}
const { values: flags } = parseArgs({
  args: argv,
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    cases: { type: 'string' },
    tools: { type: 'string' },
    extras: { type: 'string' },
    'no-memory': { type: 'boolean', default: false },
    cap: { type: 'string', default: '60' },
  },
});

const { EXTRAS, FULL_CASES, QUICK_CASES, caseId, parseCaseId } = await import('./cases.mjs');
const { describeDraft, generatePair, mulberry32, SCENARIO_DESCRIPTIONS, seedOf } = await import(
  './generate.mjs'
);
const { TOOLS } = await import('./tools.mjs');
const { settleHeap, summarize } = await import('./measure.mjs');

/** A single run estimated to take longer than this is skipped, never started. */
const CAP_MS = Number(flags.cap) * 1000;
const quick = flags.quick;
const measureMemory = !flags['no-memory'];
// `--cases ''` runs no diff case (only the extra tasks, or those `--extras` names).
const cases =
  flags.cases !== undefined
    ? flags.cases.split(',').filter(Boolean).map(parseCaseId)
    : quick
      ? QUICK_CASES
      : FULL_CASES;
const extrasWanted = flags.extras === undefined ? undefined : new Set(flags.extras.split(','));
const toolsWanted = flags.tools === undefined ? undefined : new Set(flags.tools.split(','));
const tools = TOOLS.filter((tool) => toolsWanted === undefined || toolsWanted.has(tool.name));

function log(message) {
  process.stderr.write(`${message}\n`);
}

function timeOnce(run) {
  settleHeap({ burst: !quick });
  const started = performance.now();
  const result = run();
  return { elapsed: performance.now() - started, result };
}

/** Rounds per case: enough for a stable median, bounded so the full run stays minutes. */
function roundsFor(size) {
  if (quick) return 5;
  if (size <= 30) return 30;
  if (size <= 1_000) return 25;
  if (size <= 10_000) return 7;
  return 3;
}

function warmupsFor(size) {
  if (quick) return 3;
  // Small inputs run long enough for the optimising compiler only after several calls.
  if (size <= 1_000) return 5;
  return 1;
}

/** Medians measured so far, by tool and scenario, for extrapolating to larger sizes. */
const history = new Map();

function estimate(tool, scenario, size) {
  const known = (history.get(`${tool}/${scenario}`) ?? []).filter((entry) => entry.size < size);
  if (known.length === 0) return undefined;
  known.sort((x, y) => x.size - y.size);
  const last = known[known.length - 1];
  let exponent = 1;
  if (known.length >= 2) {
    const previous = known[known.length - 2];
    const measured = Math.log(last.median / previous.median) / Math.log(last.size / previous.size);
    exponent = Math.min(2, Math.max(1, measured));
  }
  return { ms: last.median * (size / last.size) ** exponent, from: last, exponent };
}

function runChild(args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', join(here, 'memory.mjs'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } else {
        const reason = signal === 'SIGKILL' ? `killed after ${timeoutMs / 1000} s` : `exit ${code}`;
        const cause = stderr.split('\n').find((line) => /Error|error:/.test(line)) ?? stderr.trim();
        resolve({ error: `${reason}: ${cause.slice(0, 300)}` });
      }
    });
  });
}

async function measureCase({ scenario, size }) {
  const id = caseId({ scenario, size });
  log(`\n${id}: generating`);
  const { before, after } = generatePair(size, scenario);
  const shape = { before: describeDraft(before), after: describeDraft(after) };
  const rows = tools.map((tool) => ({ tool, samples: [], changes: undefined, note: undefined }));

  for (const row of rows) {
    // Only peers are ever skipped: the traversal is the floor and draftdiff the subject.
    if (!row.tool.peer) continue;
    const guess = estimate(row.tool.name, scenario, size);
    if (guess !== undefined && guess.ms > CAP_MS) {
      row.note = `skipped: about ${(guess.ms / 1000).toFixed(0)} s a run, extrapolated from ${formatMs(guess.from.median)} at ${guess.from.size.toLocaleString('en-US')} (growth ^${guess.exponent.toFixed(2)}); cap ${CAP_MS / 1000} s`;
      log(`  ${row.tool.name}: ${row.note}`);
    }
  }
  const active = rows.filter((row) => row.note === undefined);

  for (const row of active) {
    for (let warm = 0; warm < warmupsFor(size); warm++) {
      const { elapsed, result } = timeOnce(() => row.tool.run(before, after));
      row.changes = row.tool.count(result);
      if (elapsed > CAP_MS) {
        // Too slow to repeat: keep the one run as the only sample.
        row.samples.push(elapsed);
        row.note = `one run only (${formatMs(elapsed)} > cap)`;
        break;
      }
    }
    log(`  ${row.tool.name}: warmed up`);
  }
  const repeated = active.filter((row) => row.samples.length === 0);
  const rounds = roundsFor(size);
  const random = mulberry32(seedOf(`order:${id}`));
  for (let round = 0; round < rounds; round++) {
    // A fresh (seeded) order every round, so no tool always runs right after the same one.
    const order = [...repeated];
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const row of order) {
      // Only the count outlives the call: results kept alive (jsondiffpatch's, the largest)
      // would make every later call's collections mark them again.
      const { elapsed, result } = timeOnce(() => row.tool.run(before, after));
      row.samples.push(elapsed);
      row.changes = row.tool.count(result);
    }
  }
  log(`  ${rounds} rounds done`);

  const measured = [];
  for (const row of rows) {
    const entry = { tool: row.tool.name, label: row.tool.label };
    if (row.samples.length > 0) {
      Object.assign(entry, summarize(row.samples));
      entry.changes = row.changes;
      const key = `${row.tool.name}/${scenario}`;
      history.set(key, [...(history.get(key) ?? []), { size, median: entry.median }]);
    }
    if (row.note !== undefined) entry.note = row.note;
    measured.push(entry);
  }
  // The smoke run probes memory for its first case only: a child process per tool is most of
  // its time, and the point there is that the probe works, not the figures.
  if (measureMemory && (!quick || id === caseId(cases[0]))) {
    for (const entry of measured) {
      if (entry.median === undefined) continue;
      // Generation of the inputs plus a few runs' worth; a child over that is killed.
      const timeout = 60_000 + size * 2 + entry.median * 4;
      const memory = await runChild(['--case', id, '--tool', entry.tool], timeout);
      if (memory.error === undefined) {
        entry.peakHeapMB = memory.peakHeapMB;
        entry.peakRssMB = memory.peakRssMB;
      } else {
        entry.memoryError = memory.error;
      }
    }
    log('  memory measured');
  }
  const floor = measured.find((entry) => entry.tool === 'traversal')?.median;
  const reference = measured.find((entry) => entry.tool === 'jsondiffpatch')?.median;
  for (const entry of measured) {
    if (entry.median === undefined) continue;
    if (floor !== undefined) entry.vsTraversal = entry.median / floor;
    if (reference !== undefined) entry.vsJsondiffpatch = entry.median / reference;
  }
  return { id, scenario, size, shape, tools: measured };
}

async function measureExtra(extra) {
  const label = extra.label(quick);
  if (!extra.available()) {
    log(`\n${extra.name}: not exported by the built package`);
    return { name: extra.name, label, note: 'not exported by dist/index.js yet' };
  }
  log(`\n${extra.name}: preparing`);
  const input = extra.prepare(quick);
  const samples = [];
  let count;
  let note;
  try {
    // As in the diff cases, only the count outlives each call.
    for (let warm = 0; warm < 2; warm++)
      count = extra.count(timeOnce(() => extra.run(input)).result);
    for (let round = 0; round < (quick ? 3 : 7); round++) {
      const timed = timeOnce(() => extra.run(input));
      samples.push(timed.elapsed);
      count = extra.count(timed.result);
    }
  } catch (error) {
    note = `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const entry = { name: extra.name, label };
  if (extra.budgetMs !== undefined)
    Object.assign(entry, { budgetMs: extra.budgetMs, expect: extra.expect });
  if (samples.length > 0) {
    Object.assign(entry, summarize(samples));
    entry.count = count;
  }
  if (note !== undefined) entry.note = note;
  if (measureMemory && note === undefined) {
    const memory = await runChild(
      ['--extra', extra.name, ...(quick ? ['--quick'] : [])],
      60_000 + entry.median * 4,
    );
    if (memory.error === undefined) {
      entry.peakHeapMB = memory.peakHeapMB;
      entry.peakRssMB = memory.peakRssMB;
    } else {
      entry.memoryError = memory.error;
    }
  }
  return entry;
}

function formatMs(ms) {
  if (ms === undefined) return '';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function formatRatio(ratio) {
  if (ratio === undefined) return '';
  if (ratio >= 100) return `${ratio.toFixed(0)}x`;
  if (ratio >= 10) return `${ratio.toFixed(1)}x`;
  return `${ratio.toFixed(2)}x`;
}

function formatMb(mb) {
  return mb === undefined ? '' : mb.toFixed(1);
}

function table(header, body) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of body) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function caseTable(result) {
  const { shape } = result;
  const heading = `### ${result.scenario}, ${result.size.toLocaleString('en-US')} provisions (${shape.before.provisions.toLocaleString('en-US')} -> ${shape.after.provisions.toLocaleString('en-US')} with sub-points, ${(shape.before.characters / 1e6).toFixed(1)} MB of text)`;
  const body = result.tools.map((entry) => [
    entry.label,
    entry.median === undefined ? entry.note : formatMs(entry.median),
    entry.median === undefined ? '' : `${formatMs(entry.p10)} - ${formatMs(entry.p90)}`,
    entry.memoryError ? 'failed' : formatMb(entry.peakHeapMB),
    entry.memoryError ? 'failed' : formatMb(entry.peakRssMB),
    formatRatio(entry.vsTraversal),
    formatRatio(entry.vsJsondiffpatch),
    entry.changes === undefined ? '' : entry.changes.toLocaleString('en-US'),
  ]);
  const notes = result.tools
    .filter((entry) => entry.median !== undefined && entry.note !== undefined)
    .map((entry) => `- ${entry.label}: ${entry.note}`);
  return [
    heading,
    '',
    `${SCENARIO_DESCRIPTIONS[result.scenario]}.`,
    '',
    table(
      [
        'tool',
        'median',
        'p10 - p90',
        'peak heap MB',
        'peak RSS MB',
        'vs traversal',
        'vs jsondiffpatch',
        'changes',
      ],
      body,
    ),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}

const SCALING_SIZES = [1_000, 10_000, 100_000];

function scalingTable(results) {
  const scenarios = [...new Set(results.map((result) => result.scenario))];
  const body = [];
  for (const scenario of scenarios) {
    const at = (size) =>
      results.find((result) => result.scenario === scenario && result.size === size);
    if (SCALING_SIZES.filter((size) => at(size) !== undefined).length < 2) continue;
    for (const tool of tools) {
      if (tool.name === 'traversal' && scenario !== 'realistic') continue;
      const cells = [];
      let previous;
      for (const size of SCALING_SIZES) {
        const median = at(size)?.tools.find((entry) => entry.tool === tool.name)?.median;
        const step =
          median !== undefined && previous !== undefined
            ? ` (x${(median / previous).toFixed(1)})`
            : '';
        cells.push(
          at(size) === undefined
            ? 'not run'
            : median === undefined
              ? 'skipped'
              : `${formatMs(median)}${step}`,
        );
        previous = median;
      }
      body.push([scenario, tool.label, ...cells]);
    }
  }
  if (body.length === 0) return '';
  return [
    '### Scaling (median; in brackets, the ratio to the previous size)',
    '',
    table(['scenario', 'tool', ...SCALING_SIZES.map((size) => size.toLocaleString('en-US'))], body),
  ].join('\n');
}

function extrasTable(extras) {
  if (extras.length === 0) return '';
  return [
    '### Beyond two-way diff (draftdiff only)',
    '',
    table(
      ['task', 'median', 'p10 - p90', 'budget', 'peak heap MB', 'peak RSS MB', 'output'],
      extras.map((entry) => [
        entry.label,
        entry.median === undefined ? entry.note : formatMs(entry.median),
        entry.median === undefined ? '' : `${formatMs(entry.p10)} - ${formatMs(entry.p90)}`,
        entry.budgetMs === undefined ? '' : formatMs(entry.budgetMs),
        entry.memoryError ? 'failed' : formatMb(entry.peakHeapMB),
        entry.memoryError ? 'failed' : formatMb(entry.peakRssMB),
        entry.count === undefined ? '' : entry.count.toLocaleString('en-US'),
      ]),
    ),
  ].join('\n');
}

/** The goals of issue 6, checked against this run's figures. */
function checkGoals(results, extras) {
  const goals = [];
  const find = (id, tool) =>
    results.find((result) => result.id === id)?.tools.find((entry) => entry.tool === tool);
  const realistic = find('realistic@10000', 'draftdiff');
  if (realistic?.median !== undefined) {
    const jsondiffpatch = find('realistic@10000', 'jsondiffpatch');
    const jsonDiffTs = find('realistic@10000', 'json-diff-ts');
    goals.push({
      goal: '10,000 realistic: at most 10x the traversal',
      figure: formatRatio(realistic.vsTraversal),
      met: realistic.vsTraversal <= 10,
    });
    if (jsondiffpatch?.median !== undefined) {
      const speedup = jsondiffpatch.median / realistic.median;
      goals.push({
        goal: '10,000 realistic: 10x faster than jsondiffpatch',
        figure: `${speedup.toFixed(1)}x faster`,
        met: speedup >= 10,
      });
    }
    if (jsonDiffTs?.median !== undefined) {
      goals.push({
        goal: '10,000 realistic: faster than json-diff-ts',
        figure: `${formatMs(realistic.median)} vs ${formatMs(jsonDiffTs.median)}`,
        met: realistic.median < jsonDiffTs.median,
      });
    }
    if (realistic.peakHeapMB !== undefined) {
      goals.push({
        goal: '10,000 realistic: peak memory under 100 MB',
        figure: `heap ${formatMb(realistic.peakHeapMB)} MB, RSS ${formatMb(realistic.peakRssMB)} MB`,
        met: realistic.peakHeapMB < 100 && realistic.peakRssMB < 100,
      });
    }
  }
  const reworded = find('reworded-all@10000', 'draftdiff');
  const rewordedPeer = find('reworded-all@10000', 'jsondiffpatch');
  if (reworded?.median !== undefined && rewordedPeer?.median !== undefined) {
    goals.push({
      goal: 'every text reworded at 10,000: at most half of jsondiffpatch',
      figure: `${formatMs(reworded.median)} vs ${formatMs(rewordedPeer.median)} (${formatRatio(reworded.vsJsondiffpatch)})`,
      met: reworded.median <= rewordedPeer.median / 2,
    });
  }
  for (const scenario of ['realistic', 'inserts-top', 'moves', 'no-ids']) {
    const steps = [1_000, 10_000, 100_000].map((size) => find(`${scenario}@${size}`, 'draftdiff'));
    for (let index = 1; index < steps.length; index++) {
      const [small, large] = [steps[index - 1], steps[index]];
      if (small?.median === undefined || large?.median === undefined) continue;
      const ratio = large.median / small.median;
      goals.push({
        goal: `${scenario}: ${index === 1 ? '1,000 -> 10,000' : '10,000 -> 100,000'} at most 12x`,
        figure: `x${ratio.toFixed(1)}`,
        met: ratio <= 12,
      });
    }
  }
  for (const name of ['fromText', 'extractTerms']) {
    const entry = extras.find((extra) => extra.name === name);
    if (entry?.median !== undefined && !quick) {
      goals.push({
        goal: `${name} on 1 MB well under a second`,
        figure: formatMs(entry.median),
        met: entry.median < 500,
      });
    }
  }
  for (const entry of extras) {
    if (entry.budgetMs === undefined || entry.median === undefined) continue;
    goals.push({
      goal: `bounded: ${entry.label} within ${formatMs(entry.budgetMs)}, ending ${entry.expect}`,
      figure: `${formatMs(entry.median)}, ${entry.count}`,
      met: entry.median <= entry.budgetMs && entry.count === entry.expect,
    });
  }
  return goals;
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadBefore: os.loadavg().map((load) => load.toFixed(2)),
  };
}

const startedAt = new Date();
const host = machine();
log(
  `draftdiff bench (${quick ? 'quick' : 'full'}): ${host.cpu}, ${host.cores} cores, Node ${host.node}, load ${host.loadBefore.join(' ')}`,
);
const results = [];
for (const spec of cases) results.push(await measureCase(spec));
const extras = [];
for (const extra of EXTRAS) {
  if (extrasWanted !== undefined && !extrasWanted.has(extra.name)) continue;
  // The bounded cases take seconds (a 10 MB clause): full runs, or when named.
  if (extra.budgetMs !== undefined && quick && extrasWanted === undefined) continue;
  extras.push(await measureExtra(extra));
}
const goals = quick ? [] : checkGoals(results, extras);
host.loadAfter = os.loadavg().map((load) => load.toFixed(2));

const report = [
  `## draftdiff bench, ${quick ? 'quick (smoke)' : 'full'} run`,
  '',
  `${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, Node ${host.node}, ${host.platform}; load average ${host.loadBefore.join(' ')} before, ${host.loadAfter.join(' ')} after.`,
  `Median and p10 - p90 of ${quick ? 5 : '3-30 (by size)'} alternating runs after warm-up; peak heap and RSS growth from one run in a fresh process.`,
  '',
  ...results.map((result) => `${caseTable(result)}\n`),
  scalingTable(results),
  '',
  extrasTable(extras),
  '',
  ...(goals.length > 0
    ? [
        '### Goals (issue 6)',
        '',
        table(
          ['goal', 'measured', 'met'],
          goals.map((goal) => [goal.goal, goal.figure, goal.met ? 'yes' : '**no**']),
        ),
        '',
      ]
    : []),
].join('\n');
process.stdout.write(`${report}\n`);

if (flags.json !== undefined) {
  const output = {
    startedAt: startedAt.toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: host,
    capSeconds: CAP_MS / 1000,
    cases: results,
    extras,
    goals,
  };
  mkdirSync(dirname(flags.json), { recursive: true });
  writeFileSync(flags.json, `${JSON.stringify(output, null, 2)}\n`);
  log(`\nwrote ${flags.json}`);
}
