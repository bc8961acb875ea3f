// The built library as a browser application's bundler takes it: ESM, platform=browser, every
// public name kept. One definition for `npm run size` and test/package/browser-bundle.test.ts.
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `dist/index.js` under `root` for browsers, tree-shaken, minified unless `minify` is
 * false. The code and the metafile (which input files put how many bytes in the output).
 */
export async function bundleForBrowser(root, { minify = true } = {}) {
  const entry = join(root, 'dist', 'index.js');
  const result = await build({
    // Re-exporting everything keeps every public name, as an application using all of it would.
    stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile };
}

/** The files with bytes in the output (the metafile also lists what tree-shaking dropped). */
export function bundledInputs(metafile) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }));
}

/** The package a bundled file comes from; the library's own files are `draftdiff`. */
export function packageOf(file) {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? 'draftdiff';
}
