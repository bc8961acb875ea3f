// The built library as a browser application's bundler takes it: ESM, platform=browser, every
// public name kept. npm test builds dist/ first. `npm run size` prints the same bundle's size.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'dist', 'index.js');

let inputs: string[];

beforeAll(async () => {
  if (!existsSync(ENTRY)) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(ENTRY)};`, resolveDir: ROOT },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The files with bytes in the output: `metafile.inputs` also lists what tree-shaking dropped.
  const [output] = Object.values((result.metafile as Metafile).outputs);
  inputs = Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file);
});

/** The package a bundled file comes from; the library's own files are `draftdiff`. */
function packageOf(file: string): string {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? 'draftdiff';
}

describe('the browser bundle of the library', () => {
  it('carries the library and its declared dependencies, and nothing of Node', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const packages = [...new Set(inputs.map(packageOf))].sort();
    expect(packages).toEqual(['draftdiff', ...Object.keys(manifest.dependencies)].sort());
    expect(
      inputs.filter((file) => file.startsWith('node:') || file.includes('(disabled)')),
    ).toEqual([]);
  });

  it('tree-shakes zod: of its translations only English, the default, is in', () => {
    // `import { z } from 'zod'` would pull in the whole z namespace, every locale with it.
    const locales = inputs.filter((file) => file.includes('node_modules/zod/v4/locales/'));
    expect(locales.map((file) => file.replace(/.*\//, ''))).toEqual(['en.js']);
  });
});
