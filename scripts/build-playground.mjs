// `npm run playground`: builds the playground, one self-contained page (site/index.html) that
// diffs two versions in the browser with the library's ESM build. The script is bundled and
// inlined, and the bundled drafts embedded, so the page works opened from the disk (file://)
// and loads nothing. Usage: npm run playground [-- --out DIR]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = at === -1 ? join(root, 'site') : resolve(process.argv[at + 1] ?? '');
if (at !== -1 && process.argv[at + 1] === undefined) {
  process.stderr.write('draftdiff playground: --out needs a directory\n');
  process.exit(2);
}

const library = join(root, 'dist', 'index.js');
if (!existsSync(library)) {
  process.stderr.write('draftdiff playground: building the library first (npm run build)...\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

const result = await build({
  entryPoints: [join(root, 'playground', 'main.ts')],
  // The page runs the built library, as a user's bundler would take it from the package.
  alias: { draftdiff: library },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});
const script = result.outputFiles[0].text.trimEnd();
// Inside <script> the HTML parser ends the element at `</script` and changes state at `<!--`;
// esbuild escapes both in strings, and this makes sure nothing else carries them.
if (/<\/script|<!--/i.test(script)) throw new Error('the bundle cannot be inlined in <script>');

const drafts = readdirSync(join(root, 'drafts'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const { $schema: _, ...draft } = JSON.parse(readFileSync(join(root, 'drafts', file), 'utf8'));
    return { file, draft };
  });
// `<` as \u003c keeps the JSON from ending its <script> element, whatever a draft says.
const data = JSON.stringify(drafts).replaceAll('<', '\\u003c');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hash = createHash('sha256').update(script).digest('base64');
const fill = { SCRIPT_HASH: `'sha256-${hash}'`, VERSION: version };
const template = readFileSync(join(root, 'playground', 'index.html'), 'utf8');
// The scripts go in here rather than in the template, where no linter or formatter reaches them.
const scripts = [
  `<script type="application/json" id="drafts">${data}</script>`,
  `<script type="module">${script}</script>`,
  '</body>',
].join('\n');
// Functions as replacements, so a `$` in the bundle is never read as a replacement pattern.
const page = template
  .replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => fill[name] ?? whole)
  .replace('</body>', () => scripts);

mkdirSync(out, { recursive: true });
const file = join(out, 'index.html');
writeFileSync(file, page);
process.stdout.write(
  `draftdiff playground: wrote ${file} (${(Buffer.byteLength(page) / 1024).toFixed(0)} KB)\n`,
);
