// Makes the built dist/vitest.d.ts and .d.cts import 'vitest'. Their `declare module 'vitest'`
// merges toHaveChange into vitest's own `Assertion` only when the declaration file imports
// vitest: without it a consumer that imports draftdiff/vitest before vitest gets TS2339. The
// source has that import, but the type bundler drops it (it keeps no import whose names go
// unused, and loses `/// <reference types>` directives of .ts sources), so it is put back here.
// test/package/consumer.test.ts type-checks such a consumer against the packed package.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const IMPORT = "import 'vitest';\n";

for (const name of ['vitest.d.ts', 'vitest.d.cts']) {
  const file = join(dist, name);
  const source = readFileSync(file, 'utf8');
  if (!source.includes("declare module 'vitest'")) {
    throw new Error(`${file} has no \`declare module 'vitest'\`: has src/vitest.ts changed?`);
  }
  if (!source.startsWith(IMPORT)) writeFileSync(file, IMPORT + source);
}
