// The layers of src/, checked against its imports: every import of every source file is an
// arrow from one part to another, and every arrow must be one the design allows (DESIGN.md's
// pipeline; the parts and arrows below are the one list of them). Also: only the CLI uses
// Node's own modules, so the library runs in browsers; and outside src/align only its entry
// (src/align/index.ts) is imported, so the alignment's internals stay its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The parts of the library, each the files under its prefixes (paths from the repo root). */
const PARTS = {
  Core: ['src/internal/'],
  Model: ['src/model/'],
  Import: ['src/import/'],
  Align: ['src/align/'],
  Diff: ['src/diff/'],
  Compare: ['src/compare/'],
  Format: ['src/format/'],
  Patch: ['src/patch/'],
  Testing: ['src/testing/', 'src/vitest.ts'],
  Cli: ['src/cli/', 'src/cli.ts'],
  Face: ['src/index.ts'],
} as const;

type Part = keyof typeof PARTS;

/**
 * Which parts each part may import, besides itself. Core is the floor: errors, options,
 * describers, tokens, pointers, which every part may use and which uses nothing above it.
 * What is absent is forbidden, in particular: the engine (Align, Diff) knowing a formatter,
 * the comparison knowing a formatter, the model knowing anything but the floor, alignment
 * knowing the diff, and any library part knowing the CLI.
 */
const ALLOWED: Readonly<Record<Part, readonly Part[]>> = {
  Core: [],
  Model: ['Core'],
  Import: ['Model', 'Core'],
  Align: ['Model', 'Core'],
  Diff: ['Align', 'Model', 'Core'],
  Compare: ['Diff', 'Model', 'Core'],
  Format: ['Compare', 'Diff', 'Model', 'Core'],
  Patch: ['Model', 'Core'],
  Testing: ['Diff', 'Model', 'Core'],
  Cli: ['Format', 'Compare', 'Import', 'Diff', 'Patch', 'Model', 'Core'],
  Face: ['Model', 'Import', 'Align', 'Diff', 'Compare', 'Format', 'Patch', 'Testing', 'Core'],
};

/** The one file of src/align that other parts may import. */
const ALIGN_ENTRY = 'src/align/index.ts';

/** One import: the importing file, what it names, and the file that resolves to (or none). */
interface Import {
  from: string;
  specifier: string;
  to: string | undefined;
}

/** The part a file belongs to, or undefined for a file on no part. */
function partOf(file: string): Part | undefined {
  for (const [part, prefixes] of Object.entries(PARTS) as [Part, readonly string[]][]) {
    if (
      prefixes.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))
    ) {
      return part;
    }
  }
  return undefined;
}

/** The modules a TypeScript source names: static imports and re-exports, and `import()`. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  }
  return found;
}

/** Why an import breaks the layers, or undefined when it keeps them. */
function breach(entry: Import): string | undefined {
  const from = partOf(entry.from);
  if (entry.specifier.startsWith('node:')) {
    return from === 'Cli' ? undefined : 'only the CLI may use Node built-ins';
  }
  if (entry.to === undefined || from === undefined) return undefined;
  const to = partOf(entry.to);
  if (to === undefined || to === from) return undefined;
  if (!ALLOWED[from].includes(to)) return `${from} may not import ${to}`;
  if (to === 'Align' && entry.to !== ALIGN_ENTRY) return `outside align, import ${ALIGN_ENTRY}`;
  return undefined;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of every file under src/, with relative ones resolved to files. */
function importsOfSrc(): Import[] {
  return sourceFiles('src').flatMap((file) =>
    specifiersOf(readFileSync(join(root, file), 'utf8')).map((specifier) => ({
      from: file,
      specifier,
      to: specifier.startsWith('.')
        ? relative(root, join(root, posix.dirname(file), specifier)).replace(/\.js$/, '.ts')
        : undefined,
    })),
  );
}

/**
 * The groups of files that import one another in a loop (Tarjan's strongly connected
 * components of more than one file, or a file importing itself), each sorted, in file order.
 * A loop makes two files one concept in two places: its modules cannot be read, tested or
 * loaded one before the other.
 */
function loopsOf(imports: readonly Import[]): string[][] {
  const arrows = new Map<string, string[]>();
  for (const entry of imports) {
    if (entry.to === undefined) continue;
    arrows.set(entry.from, [...(arrows.get(entry.from) ?? []), entry.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.size - 1);
    stack.push(file);
    for (const next of arrows.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      group.push(member);
      if (member === file) break;
    }
    if (group.length > 1 || (arrows.get(file) ?? []).includes(file)) loops.push(group.sort());
  };
  for (const file of [...arrows.keys()].sort()) if (!index.has(file)) visit(file);
  return loops.sort((left, right) => (left[0] ?? '').localeCompare(right[0] ?? ''));
}

describe('the layers of src/', () => {
  it('every import is an arrow the design allows', () => {
    const breaches = importsOfSrc().flatMap((entry) => {
      const why = breach(entry);
      return why === undefined ? [] : [`${entry.from} -> ${entry.specifier}: ${why}`];
    });
    expect(breaches).toEqual([]);
  });

  it('no files import one another in a loop', () => {
    expect(loopsOf(importsOfSrc())).toEqual([]);
  });

  it.each<[string, [string, string][], string[][]]>([
    [
      'a chain',
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [],
    ],
    [
      'two files',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [['a', 'b']],
    ],
    [
      'a file and itself',
      [
        ['a', 'a'],
        ['a', 'b'],
      ],
      [['a']],
    ],
    [
      'a loop of three beside one of two',
      [
        ['c', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
        ['y', 'x'],
        ['c', 'x'],
      ],
      [
        ['a', 'b', 'c'],
        ['x', 'y'],
      ],
    ],
    [
      'a diamond',
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ],
      [],
    ],
  ])('finds the loops of %s', (_, arrows, expected) => {
    const imports = arrows.map(([from, to]) => ({ from, specifier: `./${to}.js`, to }));
    expect(loopsOf(imports)).toEqual(expected);
  });

  it('every source file belongs to a part, and every relative import names a file', () => {
    const imports = importsOfSrc();
    expect(sourceFiles('src').filter((file) => partOf(file) === undefined)).toEqual([]);
    const files = new Set(sourceFiles('src'));
    const dangling = imports.filter(
      (entry) => entry.to !== undefined && !entry.to.endsWith('.json') && !files.has(entry.to),
    );
    expect(dangling).toEqual([]);
  });

  it('reads the imports a source can hold', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c.js';",
      "export { e } from './e.js';",
      "export type * from './f.js';",
      "import './side-effect.js';",
      "import * as util from 'node:util';",
      "const lazy = () => import('./lazy.js');",
      'const text = "import { x } from \'./not-code.js\'";',
    ].join('\n');
    expect(specifiersOf(source)).toEqual([
      './a.js',
      '../b/b.js',
      './c.js',
      './e.js',
      './f.js',
      'node:util',
      './side-effect.js',
      './lazy.js',
    ]);
  });

  it.each([
    ['src/diff/a.ts', '../format/b.js', 'src/format/b.ts', 'Diff may not import Format'],
    ['src/align/a.ts', '../diff/b.js', 'src/diff/b.ts', 'Align may not import Diff'],
    ['src/compare/a.ts', '../format/b.js', 'src/format/b.ts', 'Compare may not import Format'],
    ['src/internal/a.ts', '../model/b.js', 'src/model/b.ts', 'Core may not import Model'],
    ['src/model/a.ts', '../cli/b.js', 'src/cli/b.ts', 'Model may not import Cli'],
    ['src/import/a.ts', '../diff/b.js', 'src/diff/b.ts', 'Import may not import Diff'],
    [
      'src/diff/a.ts',
      '../align/align-tree.js',
      'src/align/align-tree.ts',
      'outside align, import src/align/index.ts',
    ],
    ['src/format/a.ts', 'node:util', undefined, 'only the CLI may use Node built-ins'],
    ['src/diff/a.ts', '../align/index.js', 'src/align/index.ts', undefined],
    ['src/format/a.ts', '../compare/b.js', 'src/compare/b.ts', undefined],
    ['src/cli/a.ts', 'node:fs', undefined, undefined],
    ['src/align/a.ts', './b.js', 'src/align/b.ts', undefined],
    ['src/diff/a.ts', 'zod', undefined, undefined],
  ])('%s importing %s: %s', (from, specifier, to, expected) => {
    expect(breach({ from, specifier, to })).toBe(expected);
  });
});
