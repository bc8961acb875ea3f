import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Draft, parseDraft } from '../../src/index.js';

/** The directory of the seed corpus. */
export const DRAFTS_DIR = join(import.meta.dirname, '..', '..', 'drafts');

/** Loads one draft of the corpus by id. */
export function loadDraft(id: string): Draft {
  const file = join(DRAFTS_DIR, `${id}.json`);
  return parseDraft(JSON.parse(readFileSync(file, 'utf8')), { file });
}

/** Every draft of the corpus, in file-name order. */
export function loadCorpus(): Draft[] {
  return readdirSync(DRAFTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => loadDraft(name.slice(0, -'.json'.length)));
}
