// Writes schema/draft.schema.json from the built library, so the file the drafts name in
// `$schema` is always the schema that `parseDraft` enforces (a test checks they agree).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftJsonSchema } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schema', 'draft.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
