// The built library as a browser application's bundler takes it (scripts/browser-bundle.mjs, as
// `npm run size` measures it). npm test builds dist/ first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledInputs, bundleForBrowser, packageOf } from '../../scripts/browser-bundle.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'dist', 'index.js');

let inputs: string[];

beforeAll(async () => {
  if (!existsSync(ENTRY)) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  const { metafile } = await bundleForBrowser(ROOT);
  inputs = bundledInputs(metafile).map(({ file }) => file);
});

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
