// `npm run size`: how much draftdiff adds to a web page. Bundles the built library (dist ESM,
// every public name kept) for the browser the way an application's bundler would, minified, and
// prints its size raw, gzipped and brotli-compressed, with the share of each package in it.
// Usage: npm run size [-- --json]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) {
  process.stderr.write('draftdiff size: building the library first (npm run build)...\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

/** The library bundled for browsers: ESM, tree-shaken, minified unless `minify` is false. */
async function bundle(minify) {
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

/** Bytes in the output per package (`draftdiff` for the library's own code). */
function byPackage(metafile) {
  const [output] = Object.values(metafile.outputs);
  const shares = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const name = match === null ? 'draftdiff' : match[1];
    shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}

const plain = await bundle(false);
const minified = await bundle(true);
const sizes = {
  bundled: plain.code.length,
  minified: minified.code.length,
  gzip: gzipSync(minified.code, { level: 9 }).length,
  brotli: brotliCompressSync(minified.code, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY },
  }).length,
  packages: Object.fromEntries(byPackage(minified.metafile)),
};

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(sizes, null, 2)}\n`);
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(
    [
      'draftdiff in the browser (ESM, every export, esbuild platform=browser):',
      `  bundled, not minified   ${kb(sizes.bundled)}`,
      `  minified                ${kb(sizes.minified)}`,
      `  minified + gzip -9      ${kb(sizes.gzip)}`,
      `  minified + brotli -11   ${kb(sizes.brotli)}`,
      'minified bytes by package:',
      ...Object.entries(sizes.packages).map(
        ([name, bytes]) => `  ${name.padEnd(22)}  ${kb(bytes).padStart(9)}`,
      ),
      '',
    ].join('\n'),
  );
}
