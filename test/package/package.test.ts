// The package as users get it: checked by tools (publint, arethetypeswrong) and by importing
// the built files from ESM and CommonJS in fresh Node processes. npm test builds dist/ first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

function spawn(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a script in a fresh Node process, in the repository, so `draftdiff` resolves to itself. */
function node(type: 'module' | 'commonjs', source: string) {
  return spawn(process.execPath, [`--input-type=${type}`, '-e', source]);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
});

describe('the packed package', () => {
  it('passes publint', () => {
    const result = spawn(join(BIN, 'publint'), []);
    expect(result.stdout).toContain('All good!');
    expect(result.code).toBe(0);
  });

  it('passes arethetypeswrong for Node 16+ resolution, from ESM and from CommonJS', () => {
    // The node10 resolution (no "exports") is out of scope: the package needs Node 20.
    const result = spawn(join(BIN, 'attw'), [
      '--pack',
      '.',
      '--profile',
      'node16',
      '--format',
      'table-flipped',
    ]);
    expect(result.stderr.replace(/npm warn[^\n]*\n/g, '')).toBe('');
    expect(result.code).toBe(0);
  });

  it('exports ./vitest with its own types and marks it as having side effects', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.exports['./vitest']).toEqual({
      import: { types: './dist/vitest.d.ts', default: './dist/vitest.js' },
      require: { types: './dist/vitest.d.cts', default: './dist/vitest.cjs' },
    });
    expect(manifest.sideEffects).toEqual(['./dist/vitest.js', './dist/vitest.cjs']);
  });

  it('ships the corpus: npm pack lists every draft and its README', () => {
    const result = spawn('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    expect(result.code).toBe(0);
    const [packed] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
    const shipped = (packed?.files ?? [])
      .map((file) => file.path)
      .filter((path) => path.startsWith('drafts/'))
      .sort();
    const corpus = readdirSync(join(ROOT, 'drafts'))
      .map((name) => `drafts/${name}`)
      .sort();
    expect(shipped).toEqual(corpus);
    expect(shipped).toContain('drafts/axios-28-points.json');
    expect(shipped).toContain('drafts/README.md');
  });
});

/** A script that diffs two drafts with the public API and prints the cap change. */
const SCRIPT = `
  const a = { id: 'a', title: 'T', provisions: [{ id: 'cap', text: 'Capped at 600,000.',
    terms: [{ key: 'armed-forces.personnel-cap', kind: 'quantity', value: 600000, unit: 'personnel' }] }] };
  const b = { id: 'b', title: 'T', provisions: [{ id: 'cap', text: 'Capped at 400,000.',
    terms: [{ key: 'armed-forces.personnel-cap', kind: 'quantity', value: 400000, unit: 'personnel' }] }] };
  const diff = api.diffDrafts(a, b);
  const change = diff.changes.find((c) => c.kind === 'term.changed');
  const patched = api.applyPatch(a, api.toJsonPatch(a, b));
  console.log(JSON.stringify({
    summary: change.summary,
    matches: api.matchChange(change, { from: 600000, to: 400000 }),
    markdown: api.formatDiff(diff, 'markdown').split('\\n')[0],
    html: api.formatDiff(diff, 'html').startsWith('<!DOCTYPE html>'),
    patched: JSON.stringify(patched) === JSON.stringify(b),
    matchers: Object.keys(api.changeMatchers).sort(),
  }));
`;

const EXPECTED = {
  summary: 'Armed forces personnel cap: 600,000 -> 400,000 personnel (-33.3%)',
  matches: true,
  markdown: '# Changes from a to b',
  html: true,
  patched: true,
  matchers: ['toHaveChange', 'toHaveNoChanges'],
};

describe('the built files', () => {
  it('import from ESM', () => {
    const result = node('module', `import * as api from 'draftdiff';\n${SCRIPT}`);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('require from CommonJS', () => {
    const result = node('commonjs', `const api = require('draftdiff');\n${SCRIPT}`);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('resolves draftdiff/drafts/<file>.json, from ESM with a JSON import and from CommonJS', () => {
    const esm = node(
      'module',
      "import draft from 'draftdiff/drafts/e3-counter-proposal.json' with { type: 'json' };\n" +
        "import { parseDraft } from 'draftdiff';\n" +
        'console.log(parseDraft(draft).version);',
    );
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toBe(
      'E3 counter-proposal (UK, France, Germany), as Reuters published it on 23 November 2025\n',
    );
    const cjs = node(
      'commonjs',
      "const { parseDraft } = require('draftdiff');\n" +
        "console.log(parseDraft(require('draftdiff/drafts/axios-28-points.json')).date);",
    );
    expect(cjs).toEqual({ code: 0, stdout: '2025-11-20\n', stderr: '' });
  });

  it('draftdiff/vitest imports from ESM without a test running', () => {
    const result = node(
      'module',
      "import { changeMatchers } from 'draftdiff/vitest'; console.log(Object.keys(changeMatchers).sort().join());",
    );
    expect(result).toEqual({ code: 0, stdout: 'toHaveChange,toHaveNoChanges\n', stderr: '' });
  });
});

describe('examples/', () => {
  it('diff-two-drafts.mjs prints the cap change and a Markdown report', () => {
    const result = spawn(process.execPath, ['examples/diff-two-drafts.mjs']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Armed forces cap: at most 600,000 -> at most 400,000 personnel (-33.3%)',
    );
    expect(result.stdout).toContain('# Changes from irish-times-bloomberg to other-accounts-400k');
  });

  it('compare-outlets.mjs prints who says what about the cap', () => {
    const result = spawn(process.execPath, ['examples/compare-outlets.mjs']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  at-most 400000: other-accounts-400k');
    expect(result.stdout).toContain(
      '  at-most 800000 in peacetime: e3-counter-proposal, geneva-19-points-ft, twenty-point-framework',
    );
  });

  it('assert-a-change.test.mjs passes under vitest, with draftdiff/vitest from dist', () => {
    const result = spawn(join(BIN, 'vitest'), ['run', '--config', 'examples/vitest.config.mjs']);
    expect(result.stdout).toMatch(/Tests\s+3 passed \(3\)/);
    expect(result.code).toBe(0);
  });
});
