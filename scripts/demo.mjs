// `npm run demo`: builds the library if needed, then diffs bundled drafts and prints the
// semantic diff as text, then the story of the force cap across every version in drafts/.
// Usage: npm run demo [-- OLD.json NEW.json]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
const { blame, describeSource, diffDrafts, formatDiff, parseDraft } = await import(
  join(root, 'dist', 'index.js')
);

const load = (file) => parseDraft(JSON.parse(readFileSync(join(root, file), 'utf8')), { file });

const pairs =
  process.argv.length >= 4
    ? [[process.argv[2], process.argv[3]]]
    : [
        ['drafts/irish-times-bloomberg.json', 'drafts/other-accounts-400k.json'],
        ['drafts/axios-28-points.json', 'drafts/e3-counter-proposal.json'],
      ];

for (const [index, [before, after]] of pairs.entries()) {
  if (index > 0) process.stdout.write('\n');
  process.stdout.write(`$ draftdiff diff ${before} ${after}\n`);
  process.stdout.write(formatDiff(diffDrafts(load(before), load(after)), 'text'));
}

if (process.argv.length < 4) {
  // Who said what about the cap, in lineage order: each statement and what it changed.
  const drafts = readdirSync(join(root, 'drafts'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => load(join('drafts', name)));
  const story = blame(drafts, 'armed-forces.personnel-cap');
  process.stdout.write(`\n$ draftdiff blame: ${story.label}, every version\n`);
  for (const entry of story.entries) {
    if (entry.term === undefined) continue;
    const outlets = entry.sources.map(describeSource).join('; ');
    // An evidence grade below high is worth a reader's eye: one outlet, or an inference.
    const grade = ['medium', 'low'].includes(entry.term.confidence)
      ? ` [${entry.term.confidence}]`
      : '';
    process.stdout.write(
      `  ${entry.draft.padEnd(24)} ${entry.event.padEnd(11)} ${figure(entry.term)}${grade} (${outlets})\n`,
    );
  }
}

/** A cap as a reader says it: "at most 800,000 personnel in peacetime", or "not addressed". */
function figure(term) {
  if (term.kind !== 'quantity') return 'not addressed';
  const bound =
    { 'at-most': 'at most ', 'at-least': 'at least ', about: 'about ' }[term.bound] ?? '';
  const condition = term.condition === undefined ? '' : ` ${term.condition}`;
  return `${bound}${term.value.toLocaleString('en-US')} ${term.unit}${condition}`;
}
