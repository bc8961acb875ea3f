// `npm run size`: how much draftdiff adds to a web page. Bundles the built library (dist ESM,
// every public name kept) for the browser the way an application's bundler would, minified, and
// prints its size raw, gzipped and brotli-compressed, with the share of each package in it.
// Usage: npm run size [-- --json]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { bundledInputs, bundleForBrowser, packageOf } from './browser-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) {
  process.stderr.write('draftdiff size: building the library first (npm run build)...\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

/** Bytes in the output per package (`draftdiff` for the library's own code). */
function byPackage(metafile) {
  const shares = new Map();
  for (const { file, bytes } of bundledInputs(metafile)) {
    const name = packageOf(file);
    shares.set(name, (shares.get(name) ?? 0) + bytes);
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}

const plain = await bundleForBrowser(root, { minify: false });
const minified = await bundleForBrowser(root);
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
