// RFC 6902 conformance: every enabled case of the json-patch-test-suite package
// (github.com/json-patch/json-patch-tests) through `applyPatch`, error cases included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyPatch, DraftdiffError, PatchError } from '../../src/index.js';
import { deepFreeze } from '../patch/deep-freeze.js';

interface SuiteCase {
  comment?: string;
  doc?: unknown;
  patch?: unknown[];
  expected?: unknown;
  error?: string;
  disabled?: boolean;
}

const require = createRequire(import.meta.url);

function loadSuite(file: string): SuiteCase[] {
  return JSON.parse(readFileSync(require.resolve(`json-patch-test-suite/${file}`), 'utf8'));
}

/** The enabled cases; records holding only a comment are not cases. */
function enabledCases(cases: SuiteCase[]): [string, SuiteCase][] {
  return cases
    .map((entry, index): [string, SuiteCase] => [
      `#${index} ${entry.comment ?? entry.error ?? JSON.stringify(entry.patch)}`,
      entry,
    ])
    .filter(([, entry]) => entry.disabled !== true && 'doc' in entry && 'patch' in entry);
}

// Counts pinned so that a suite that failed to load (or changed) cannot pass silently.
const SUITES = [
  { file: 'tests.json', total: 78, enabled: 75, errors: 19 },
  { file: 'spec_tests.json', total: 17, enabled: 16, errors: 4 },
] as const;

describe.each(SUITES)('json-patch-test-suite $file', ({ file, total, enabled, errors }) => {
  const all = loadSuite(file);
  const cases = enabledCases(all);

  it(`has ${enabled} enabled cases of ${total}, ${errors} of them error cases`, () => {
    expect(all).toHaveLength(total);
    expect(cases).toHaveLength(enabled);
    expect(cases.filter(([, entry]) => entry.error !== undefined)).toHaveLength(errors);
  });

  it.each(cases)('%s', (_, entry) => {
    const doc = deepFreeze(structuredClone(entry.doc));
    const patch = deepFreeze(structuredClone(entry.patch as unknown[]));
    if (entry.error !== undefined) {
      let thrown: unknown;
      try {
        applyPatch(doc, patch);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DraftdiffError);
      expect(thrown).toBeInstanceOf(PatchError);
      expect((thrown as PatchError).code).toBe('INVALID_PATCH');
      expect((thrown as PatchError).operationIndex).toBeTypeOf('number');
      return;
    }
    // Cases without `expected` hold only `test` operations, which leave the document as is.
    const expected = 'expected' in entry ? entry.expected : entry.doc;
    expect(applyPatch(doc, patch)).toStrictEqual(expected);
    expect(doc).toStrictEqual(entry.doc);
  });
});
