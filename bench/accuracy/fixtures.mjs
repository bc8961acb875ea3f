// Reads the ground truth of test/fixtures/accuracy/ and the texts each file names, for the
// harness (bench/accuracy.mjs) and its test alike. Types: fixtures.d.mts beside this file.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder of the truth files. */
export const FIXTURES_DIR = join(root, 'test', 'fixtures', 'accuracy');

function readText(source, name) {
  if (typeof source?.spdx === 'string') {
    const file = join(root, 'node_modules', 'spdx-license-list', 'licenses', `${source.spdx}.json`);
    return JSON.parse(readFileSync(file, 'utf8')).licenseText;
  }
  if (typeof source?.file === 'string')
    return readFileSync(join(FIXTURES_DIR, source.file), 'utf8');
  throw new Error(`${name}.json: a text must be { "spdx": id } or { "file": path }`);
}

/**
 * Every truth file of the folder (or those named), in name order: its name (the file's, without
 * `.json`), its truth and both texts. A file that is not valid JSON fails with its name.
 */
export function loadFixtures(names) {
  const files = readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => names === undefined || names.includes(name))
    .map((name) => {
      let truth;
      try {
        truth = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8'));
      } catch (error) {
        throw new Error(`${name}.json: ${error.message}`, { cause: error });
      }
      return {
        name,
        truth,
        beforeText: readText(truth.before, name),
        afterText: readText(truth.after, name),
      };
    });
}
