// The package as a TypeScript project gets it: `npm pack`, the tarball unpacked into a scratch
// project's node_modules (its dependencies linked from this repository's, so no network), then
// the TypeScript compiler run over a consumer file and over the README's `ts` blocks, under
// `nodenext` and under `bundler` resolution. The project's own tests import src/, which is why
// a shipped declaration that does not work (dist/vitest.d.ts without its `import 'vitest'`: the
// matchers missing from `expect`) can only be caught here. npm test builds dist/ first.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Packing, unpacking and type-checking are slow on a busy machine: these bound a hang only. */
const HANG_GUARD = 10 * 60_000;

/** The two ways a TypeScript project resolves packages, as a consumer's tsconfig sets them. */
const SETTINGS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

type Setting = keyof typeof SETTINGS;

let project = '';

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
  }
  return result.stdout;
}

/** Links `name` from this repository's node_modules into the project's, as npm would install it. */
function linkDependency(name: string): void {
  const target = join(project, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', name), target, 'junction');
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  project = mkdtempSync(join(tmpdir(), 'draftdiff-consumer-'));
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], ROOT),
  ) as { filename: string }[];
  if (packed === undefined) throw new Error('npm pack --json listed no tarball');
  const installed = join(project, 'node_modules', 'draftdiff');
  mkdirSync(installed, { recursive: true });
  run(
    'tar',
    ['-xzf', join(project, packed.filename), '-C', installed, '--strip-components=1'],
    project,
  );
  // What npm install would add: the package's dependencies and its peer (vitest), and the
  // consumer's own @types/node for the README's `node:fs`.
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of [
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.peerDependencies),
    '@types/node',
  ]) {
    linkDependency(name);
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
}, HANG_GUARD);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

/** One diagnostic of the compiler, where it points. */
interface Diagnostic {
  file: string;
  line: number;
  code: string;
  text: string;
}

const diagnostics = new Map<Setting, Diagnostic[]>();

/**
 * The diagnostics of compiling `FILES` in the project under `setting`, one program for all of
 * them (each file is a module of its own), computed once per setting.
 */
function diagnosticsOf(setting: Setting): Diagnostic[] {
  const known = diagnostics.get(setting);
  if (known !== undefined) return known;
  const names = Object.entries(files()).map(([name, source]) => {
    writeFileSync(join(project, name), source);
    return join(project, name);
  });
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      ...SETTINGS[setting],
      target: 'es2022',
      strict: true,
      noUncheckedIndexedAccess: true,
      // The package's declarations are checked too, as a strict consumer's build checks them.
      skipLibCheck: false,
      types: ['node'],
      noEmit: true,
    },
    project,
  );
  expect(errors).toEqual([]);
  const found = ts.getPreEmitDiagnostics(ts.createProgram(names, options)).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const code = `TS${diagnostic.code}`;
    if (diagnostic.file === undefined || diagnostic.start === undefined) {
      return { file: '', line: 0, code, text };
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return { file: relative(project, diagnostic.file.fileName), line: line + 1, code, text };
  });
  diagnostics.set(setting, found);
  return found;
}

/** The diagnostics in `file`, as `line TScode message`. */
function diagnosticsIn(setting: Setting, file: string): string[] {
  return diagnosticsOf(setting)
    .filter((diagnostic) => diagnostic.file === file)
    .map(({ line, code, text }) => `${line} ${code} ${text}`);
}

/** A test file as a consumer writes one: the matchers imported before vitest itself. */
const CONSUMER = `
import 'draftdiff/vitest';
import { expect, test } from 'vitest';
import { changesOf, type Delta, type DraftInput, diffDrafts, formatDiff, isChange } from 'draftdiff';

const draft = (id: string, value: number): DraftInput => ({
  id,
  title: 'Framework',
  provisions: [
    {
      id: 'cap',
      text: \`Capped at \${value}.\`,
      terms: [{ key: 'armed-forces.personnel-cap', kind: 'quantity', value, unit: 'personnel' }],
    },
  ],
});

test('the cap falls', () => {
  const diff = diffDrafts(draft('a', 600000), draft('b', 400000));
  expect(diff).toHaveChange({ kind: 'term.changed', key: 'armed-forces.personnel-cap', from: 600000, to: 400000 });
  expect(diffDrafts(draft('a', 1), draft('b', 1))).not.toHaveChange({ kind: 'term.changed' });
  expect(diffDrafts(draft('a', 1), draft('b', 1))).toHaveNoChanges();
  expect({ diff }).toEqual({ diff: expect.toHaveChange({ from: 600000 }) });
  const delta: Delta | undefined = changesOf(diff, 'term.changed')[0]?.delta;
  const keys: string[] = diff.changes.filter((change) => isChange(change, 'term.changed', 'term.added')).map((change) => change.key);
  const text: string = formatDiff(diff, 'text');
  expect([delta, keys, text]).toBeDefined();
});
`;

/** The same consumer with two mistakes, which the check must report (so it can fail). */
const MISTAKEN = CONSUMER.replace(
  "toHaveChange({ kind: 'term.changed'",
  "toHaveChange({ kind: 'term.modified'",
).replace(
  "changesOf(diff, 'term.changed')[0]?.delta",
  "changesOf(diff, 'term.changed')[0]?.similarity",
);

/** A fenced block of the README: its first line's number in README.md and its source. */
interface Block {
  line: number;
  source: string;
}

/** The README's ```ts blocks. */
function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: { line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open === undefined) {
      if (text.trim() === '```ts') open = { line: index + 2, body: [] };
    } else if (text.trim() === '```') {
      blocks.push({ line: open.line, source: open.body.join('\n') });
      open = undefined;
    } else {
      open.body.push(text);
    }
  });
  return blocks;
}

/** Every file the checks compile: the consumer, its mistaken twin, and one per README block. */
function files(): Record<string, string> {
  const entries = readmeBlocks().map(({ source }, index) => [
    `readme-${index}.ts`,
    // A module of its own, so that two blocks may both declare a `diff`.
    `${source}\nexport {};\n`,
  ]);
  return { 'consumer.ts': CONSUMER, 'mistaken.ts': MISTAKEN, ...Object.fromEntries(entries) };
}

describe.each(Object.keys(SETTINGS) as Setting[])(
  'a consumer project, %s resolution',
  (setting) => {
    it(
      'type-checks the public API and the vitest matchers of the packed package',
      () => {
        expect(diagnosticsIn(setting, 'consumer.ts')).toEqual([]);
      },
      HANG_GUARD,
    );

    it(
      'reports a wrong kind and a field the narrowed change does not have',
      () => {
        expect(
          diagnosticsIn(setting, 'mistaken.ts').map((line) => line.split(' ', 2).join(' ')),
        ).toEqual(['20 TS2322', '24 TS2339']);
      },
      HANG_GUARD,
    );

    it(
      "type-checks the README's ts blocks",
      () => {
        const blocks = readmeBlocks();
        expect(blocks.filter(({ source }) => source.includes('changesOf(diff')).length).toBe(1);
        const found = blocks.flatMap(({ line }, index) =>
          diagnosticsOf(setting)
            .filter((diagnostic) => diagnostic.file === `readme-${index}.ts`)
            .map(
              (diagnostic) =>
                `README.md:${line + diagnostic.line - 1} ${diagnostic.code} ${diagnostic.text}`,
            ),
        );
        expect(found).toEqual([]);
      },
      HANG_GUARD,
    );

    it(
      'has no diagnostics outside the files it compiles (the declarations of the package included)',
      () => {
        const compiled = new Set(Object.keys(files()));
        expect(
          diagnosticsOf(setting).filter((diagnostic) => !compiled.has(diagnostic.file)),
        ).toEqual([]);
      },
      HANG_GUARD,
    );
  },
);

describe('the packed files', () => {
  it('include the MIT licence that package.json names, with its copyright line', () => {
    const installed = join(project, 'node_modules', 'draftdiff');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.license).toBe('MIT');
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    // The licence's own words, from the devDependency spdx-license-list.
    const mit = join(ROOT, 'node_modules', 'spdx-license-list', 'licenses', 'MIT.json');
    const { licenseText } = JSON.parse(readFileSync(mit, 'utf8')) as { licenseText: string };
    expect(words(readFileSync(join(installed, 'LICENSE'), 'utf8'))).toBe(
      words(licenseText.replace('<year> <copyright holders>', '2026 the draftdiff authors')),
    );
  });
});
