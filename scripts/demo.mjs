// `npm run demo`: builds the library if needed, then diffs bundled drafts and prints the
// semantic diff as text. Usage: npm run demo [-- OLD.json NEW.json]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Piped into `head`, stop quietly like any Unix tool.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  process.stderr.write('draftdiff demo: building the library first (npm run build)...\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}
const { diffDrafts, formatDiff, parseDraft } = await import(join(root, 'dist', 'index.js'));

const load = (file) => parseDraft(JSON.parse(readFileSync(join(root, file), 'utf8')), { file });

const pairs =
  process.argv.length >= 4
    ? [[process.argv[2], process.argv[3]]]
    : [
        ['drafts/irish-times-bloomberg.json', 'drafts/other-accounts-400k.json'],
        ['drafts/axios-28-points.json', 'drafts/analysis-reconstruction.json'],
      ];

for (const [index, [before, after]] of pairs.entries()) {
  if (index > 0) process.stdout.write('\n');
  process.stdout.write(`$ draftdiff diff ${before} ${after}\n`);
  process.stdout.write(formatDiff(diffDrafts(load(before), load(after)), 'text'));
}
