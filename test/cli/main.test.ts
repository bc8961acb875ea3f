import { linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { applyPatch, DraftdiffError, parseDraft } from '../../src/index.js';
import { oneErrorLine, ROOT, run, temporaryDirectory } from './run.js';

const AXIOS = 'drafts/axios-28-points.json';
const IRISH_TIMES = 'drafts/irish-times-bloomberg.json';
const OTHER_ACCOUNTS = 'drafts/other-accounts-400k.json';
const NEWS_SUMMARY = 'drafts/news-summary.json';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('draftdiff diff', () => {
  it('exits 0 when nothing differs', async () => {
    const result = await run(['diff', AXIOS, AXIOS]);
    expect(result).toEqual({
      code: 0,
      stdout: 'axios-28-points -> axios-28-points: no changes\n',
      stderr: '',
    });
  });

  it('exits 1 and shows the cap change when the drafts differ', async () => {
    const result = await run(['diff', IRISH_TIMES, OTHER_ACCOUNTS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'Armed forces cap: at most 600,000 -> at most 400,000 personnel (-33.3%)',
    );
  });

  it('writes Markdown, HTML and JSON', async () => {
    const markdown = await run(['diff', IRISH_TIMES, OTHER_ACCOUNTS, '--format', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(
      /^# Changes from irish-times-bloomberg to other-accounts-400k\n/,
    );
    expect(markdown.stdout).toContain('~~600,000~~ **400,000**');

    const html = await run(['diff', IRISH_TIMES, OTHER_ACCOUNTS, '-f', 'html']);
    expect(html.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html.stdout).toContain('<del><bdi>at most 600,000 personnel</bdi></del>');

    const json = await run(['diff', IRISH_TIMES, OTHER_ACCOUNTS, '--format=json']);
    const diff = JSON.parse(json.stdout) as { from: string; to: string; changes: unknown[] };
    expect([diff.from, diff.to]).toEqual(['irish-times-bloomberg', 'other-accounts-400k']);
    expect(diff.changes.length).toBeGreaterThan(0);
  });

  it.each([
    [AXIOS, OTHER_ACCOUNTS],
    [IRISH_TIMES, OTHER_ACCOUNTS],
    [NEWS_SUMMARY, AXIOS],
  ])('--format patch on %s and %s applies to the first file and gives the second', async (a, b) => {
    const result = await run(['diff', a, b, '--format', 'patch']);
    expect(result.code).toBe(1);
    const operations = JSON.parse(result.stdout);
    expect(applyPatch(readJson(a) as never, operations)).toEqual(readJson(b));
  });

  it('--format patch of a file with itself is empty and exits 0', async () => {
    expect(await run(['diff', AXIOS, AXIOS, '--format', 'patch'])).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  it('imports .txt files on the fly', async () => {
    const result = await run([
      'diff',
      'test/fixtures/28-points.txt',
      'test/fixtures/counter-text.txt',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^28-points -> counter-text: \d+ changes\n/);
    expect(result.stdout).toContain(
      '600,000 personnel -> at most 800,000 personnel in peacetime (+33.3%)',
    );
  });

  it('reads - from standard input, once', async () => {
    const stdin = readFileSync(join(ROOT, OTHER_ACCOUNTS), 'utf8');
    const result = await run(['diff', IRISH_TIMES, '-'], { stdin });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('-> at most 400,000 personnel');
    expect(oneErrorLine(await run(['diff', '-', '-'], { stdin }))).toBe(
      'draftdiff diff: standard input (-) can be read only once',
    );
  });

  it('writes to --output and nothing to stdout', async () => {
    const directory = temporaryDirectory();
    const output = join(directory, 'page.html');
    const result = await run(['diff', IRISH_TIMES, OTHER_ACCOUNTS, '-f', 'html', '-o', output]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(output, 'utf8')).toContain('<del>600,000</del>');
  });

  it('colors text for a terminal only, and never with NO_COLOR', async () => {
    const args = ['diff', IRISH_TIMES, OTHER_ACCOUNTS];
    const ansi = '\u001b[';
    expect((await run(args, { isTTY: true })).stdout).toContain(ansi);
    expect((await run(args, { isTTY: false })).stdout).not.toContain(ansi);
    expect((await run(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ansi);
    expect((await run(args, { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(ansi);
    expect((await run([...args, '-f', 'markdown'], { isTTY: true })).stdout).not.toContain(ansi);
    const output = join(temporaryDirectory(), 'diff.txt');
    await run([...args, '-o', output], { isTTY: true });
    expect(readFileSync(output, 'utf8')).not.toContain(ansi);
  });
});

describe('errors: one line on stderr naming the file', () => {
  const directory = temporaryDirectory();
  writeFileSync(
    join(directory, 'broken.json'),
    '{\n  "id": "x",\n  "title": "T",\n  "provisions": [}\n',
  );
  writeFileSync(
    join(directory, 'invalid.json'),
    JSON.stringify({ id: 'x', title: 'T', provisions: [{ id: 'a', text: 5 }, { text: 'b' }] }),
  );
  mkdirSync(join(directory, 'folder.json'));

  it.each([
    ['a missing file', 'missing.json', 'missing.json: no such file'],
    ['a directory', 'folder.json', 'folder.json: is a directory'],
    [
      'invalid JSON, with line and column',
      'broken.json',
      'broken.json: invalid JSON at line 4, column 18: expected a value',
    ],
    [
      'an invalid draft, with the JSON path',
      'invalid.json',
      'invalid.json: invalid draft: /provisions/0/text: expected string, received number; /provisions/1/id: required (expected string)',
    ],
  ])('%s', async (_name, file, message) => {
    const result = await run(['diff', file, join(ROOT, AXIOS)], { cwd: directory });
    expect(oneErrorLine(result)).toBe(`draftdiff diff: ${message}`);
    const validate = await run(['validate', file], { cwd: directory });
    expect(oneErrorLine(validate)).toBe(`draftdiff validate: ${message}`);
  });

  it.each([
    [['diff', AXIOS], 'draftdiff diff: expected two drafts to compare, got 1'],
    [
      ['diff', '--format', 'pdf', AXIOS, AXIOS],
      'draftdiff diff: unknown format "pdf"; diff writes text, markdown, html, json, patch',
    ],
    [
      ['diff', '--colour', AXIOS, AXIOS],
      "draftdiff diff: Unknown option '--colour' (see draftdiff diff --help)",
    ],
    [
      ['diff', '--format'],
      "draftdiff diff: Option '-f, --format <value>' argument missing (see draftdiff diff --help)",
    ],
    [
      ['compare', '--format', 'patch', AXIOS],
      'draftdiff compare: unknown format "patch"; compare writes text, markdown, html, json',
    ],
    [
      ['compare', '--only', 'agree,agreed', AXIOS],
      'draftdiff compare: unknown agreement "agreed"; --only takes disagree, agree, single',
    ],
    [['diff', AXIOS, AXIOS, AXIOS], 'draftdiff diff: expected two drafts to compare, got 3'],
    [['import'], 'draftdiff import: expected one text file to import, got 0'],
    [['validate'], 'draftdiff validate: no files given (see draftdiff validate --help)'],
    [
      ['frobnicate'],
      'draftdiff: unknown command "frobnicate"; expected one of diff, validate, import, compare, log (see draftdiff --help)',
    ],
    [['import', '-'], 'draftdiff import: --id ID is required when reading standard input (-)'],
    [['diff', 'drafts/*.yaml', AXIOS], 'draftdiff diff: drafts/*.yaml: no files match'],
    [
      ['diff', 'dra*/axios-28-points.json', AXIOS],
      'draftdiff diff: dra*/axios-28-points.json: only the last part of a path may contain *',
    ],
    [['diff', 'line\nbreak.json', AXIOS], 'draftdiff diff: line break.json: no such file'],
    [
      ['compare', AXIOS, AXIOS],
      'draftdiff compare: drafts/axios-28-points.json: has the same id "axios-28-points" as drafts/axios-28-points.json',
    ],
    [
      ['log', OTHER_ACCOUNTS],
      'draftdiff log: drafts/other-accounts-400k.json: /basedOn/0: draft "other-accounts-400k" is based on "axios-28-points", which is not among the drafts given',
    ],
  ])('%j', async (argv, message) => {
    expect(oneErrorLine(await run(argv))).toBe(message);
  });
});

describe('main called from code with arguments that are not an array of strings', () => {
  it.each<[string, unknown, string]>([
    ['numbers', [1, 2], 'draftdiff: argv[0] must be a string, got 1'],
    ['a string', 'diff', 'draftdiff: argv must be an array of strings, got "diff"'],
    ['null', null, 'draftdiff: argv must be an array of strings, got null'],
    ['a number after the command', ['diff', 2], 'draftdiff: argv[1] must be a string, got 2'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    ['a hole', ['diff', , AXIOS], 'draftdiff: argv[1] must be a string, got undefined'],
  ])('%s: exit 2 and one line on stderr', async (_name, argv, message) => {
    expect(oneErrorLine(await run(argv as never))).toBe(message);
  });

  it('rejects with INVALID_ARGUMENT when io has nowhere to write the line', async () => {
    await expect(main(['--version'], null as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'main: io must be a CliIo with stdout and stderr writers, got null',
    });
    await expect(main(['--version'], { stdout: {} } as never)).rejects.toBeInstanceOf(
      DraftdiffError,
    );
  });
});

describe('draftdiff validate', () => {
  it('exits 0 when every draft of the corpus is valid, expanding a quoted glob', async () => {
    const result = await run(['validate', 'drafts/*.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(lines).toContain('drafts/axios-28-points.json: valid (axios-28-points, 54 provisions)');
    expect(lines).toContain(
      'drafts/other-accounts-400k.json: valid (other-accounts-400k, 1 provision)',
    );
  });

  it('exits 2 when any draft is invalid, and still checks the others', async () => {
    const directory = temporaryDirectory();
    writeFileSync(
      join(directory, 'bad.json'),
      JSON.stringify({ id: 'Bad Id', title: 'T', provisions: [] }),
    );
    const result = await run(['validate', 'bad.json', join(ROOT, AXIOS), '--format', 'json'], {
      cwd: directory,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'draftdiff validate: bad.json: invalid draft: /id: must be a slug: lower-case letters and digits joined by - . or _\n',
    );
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'bad.json',
        valid: false,
        message:
          'bad.json: invalid draft: /id: must be a slug: lower-case letters and digits joined by - . or _',
        issues: [
          {
            path: '/id',
            message: 'must be a slug: lower-case letters and digits joined by - . or _',
          },
        ],
      },
      { file: join(ROOT, AXIOS), valid: true, id: 'axios-28-points', provisions: 54 },
    ]);
  });

  it('expands * in the last segment only, sorted, skipping hidden files and directories', async () => {
    const directory = temporaryDirectory();
    const draft = (id: string) => JSON.stringify({ id, title: 'T', provisions: [] });
    writeFileSync(join(directory, 'b.json'), draft('b'));
    writeFileSync(join(directory, 'a.json'), draft('a'));
    writeFileSync(join(directory, '.hidden.json'), draft('hidden'));
    writeFileSync(join(directory, 'notes.txt'), 'not a draft');
    mkdirSync(join(directory, 'sub.json'));
    const result = await run(['validate', '*.json'], { cwd: directory });
    expect(result).toEqual({
      code: 0,
      stdout: 'a.json: valid (a, 0 provisions)\nb.json: valid (b, 0 provisions)\n',
      stderr: '',
    });
  });
  it('counts a provision with 150,000 sub-points', async () => {
    const directory = temporaryDirectory();
    const items = Array.from({ length: 150_000 }, (_, index) => ({ id: `p.${index}`, text: 'x' }));
    const draft = { id: 'wide', title: 'T', provisions: [{ id: 'p', text: 'Many.', items }] };
    writeFileSync(join(directory, 'wide.json'), JSON.stringify(draft));
    expect(await run(['validate', 'wide.json'], { cwd: directory })).toEqual({
      code: 0,
      stdout: 'wide.json: valid (wide, 150001 provisions)\n',
      stderr: '',
    });
  });
});

describe('-o never replaces an input, and replaces its target whole', () => {
  const axios = readFileSync(join(ROOT, 'drafts/axios-28-points.json'), 'utf8');
  const setUp = () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'a.json'), axios);
    writeFileSync(join(directory, 'b.json'), axios.replace('600,000', '500,000'));
    linkSync(join(directory, 'a.json'), join(directory, 'same.json'));
    writeFileSync(join(directory, 't.txt'), '1. The cap is 600,000 personnel.\n');
    return directory;
  };

  it.each([
    [
      ['diff', 'a.json', 'b.json', '-o', 'a.json'],
      'draftdiff diff: a.json: is an input; refusing to overwrite it',
    ],
    [
      ['diff', 'a.json', 'b.json', '-o', './b.json'],
      'draftdiff diff: ./b.json: is the input b.json; refusing to overwrite it',
    ],
    [
      ['diff', 'a.json', 'b.json', '-o', 'same.json'],
      'draftdiff diff: same.json: is the input a.json; refusing to overwrite it',
    ],
    [
      ['import', 't.txt', '--id', 'x', '-o', 't.txt'],
      'draftdiff import: t.txt: is an input; refusing to overwrite it',
    ],
    [
      ['validate', 'a.json', '-o', 'a.json'],
      'draftdiff validate: a.json: is an input; refusing to overwrite it',
    ],
  ])('%j is refused', async (argv, message) => {
    const directory = setUp();
    const before = readdirSync(directory).map((name) =>
      readFileSync(join(directory, name), 'utf8'),
    );
    expect(await run(argv, { cwd: directory })).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\n`,
    });
    expect(
      readdirSync(directory).map((name) => readFileSync(join(directory, name), 'utf8')),
    ).toEqual(before);
  });

  it('replaces an existing output file and leaves no temporary file behind', async () => {
    const directory = setUp();
    writeFileSync(join(directory, 'out.txt'), 'old output');
    const result = await run(['diff', 'a.json', 'b.json', '-o', 'out.txt'], { cwd: directory });
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(directory, 'out.txt'), 'utf8')).toContain('[-600,000-]{+500,000+}');
    expect(readdirSync(directory).sort()).toEqual([
      'a.json',
      'b.json',
      'out.txt',
      'same.json',
      't.txt',
    ]);
  });
});

describe('draftdiff import', () => {
  it('writes the imported draft as JSON that validates', async () => {
    const result = await run([
      'import',
      'test/fixtures/28-points.txt',
      '--id',
      'plan-28',
      '--date',
      '2025-11-20',
    ]);
    expect(result.code).toBe(0);
    const draft = parseDraft(JSON.parse(result.stdout));
    expect(draft.id).toBe('plan-28');
    expect(draft.date).toBe('2025-11-20');
    expect(draft.provisions).toHaveLength(28);
  });

  it.each([
    ['test/fixtures/28-points.txt', '28-points'],
    ['Leaked Draft (v2).TXT', 'leaked-draft-v2'],
    ['counter.proposal.txt', 'counter-proposal'],
  ])('without --id, names the draft after the file: %s gives %s', async (name, id) => {
    const directory = temporaryDirectory();
    const path = name.startsWith('test/') ? name : join(directory, name);
    if (path !== name) writeFileSync(path, '1. The cap is 600,000 personnel.\n');
    const result = await run(['import', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseDraft(JSON.parse(result.stdout)).id).toBe(id);
  });

  it('reads standard input and writes to -o', async () => {
    const output = join(temporaryDirectory(), 'draft.json');
    const result = await run(['import', '-', '--id', 'leak', '--title', 'Leak', '-o', output], {
      stdin: '1. The cap is 600,000 personnel.\n2. Elections within 100 days.\n',
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const draft = parseDraft(JSON.parse(readFileSync(output, 'utf8')));
    expect(draft.title).toBe('Leak');
    expect(draft.provisions.map((provision) => provision.text)).toEqual([
      'The cap is 600,000 personnel.',
      'Elections within 100 days.',
    ]);
  });

  it('names the file and the path when the metadata makes an invalid draft', async () => {
    const result = await run([
      'import',
      'test/fixtures/28-points.txt',
      '--id',
      'x',
      '--date',
      'yesterday',
    ]);
    expect(oneErrorLine(result)).toMatch(
      /^draftdiff import: test\/fixtures\/28-points\.txt: invalid draft: \/date: /,
    );
  });
});

describe('draftdiff compare', () => {
  it('exits 1 when a row disagrees and shows who says what', async () => {
    const result = await run([
      'compare',
      'drafts/*.json',
      '--only',
      'disagree',
      '--key',
      'armed-forces',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Armed forces cap');
    expect(result.stdout).toContain('at most 400,000 personnel');
    expect(result.stdout).toContain('at most 800,000 personnel in peacetime');
  });

  it('exits 0 when every row shown agrees', async () => {
    const result = await run([
      'compare',
      AXIOS,
      IRISH_TIMES,
      '--key',
      'armed-forces.personnel-cap',
      '-f',
      'json',
    ]);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as { rows: { key: string; agreement: string }[] };
    expect(comparison.rows.map((row) => [row.key, row.agreement])).toEqual([
      ['armed-forces.personnel-cap', 'agree'],
    ]);
  });

  it('writes an HTML page', async () => {
    const result = await run(['compare', AXIOS, OTHER_ACCOUNTS, '--format', 'html']);
    expect(result.stdout).toMatch(/^<!doctype html>/i);
  });
});

describe('draftdiff log', () => {
  it('shows the diff of each lineage step, exit 0', async () => {
    const result = await run(['log', AXIOS, IRISH_TIMES, OTHER_ACCOUNTS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('axios-28-points -> irish-times-bloomberg: ');
    expect(result.stdout).toContain('axios-28-points -> other-accounts-400k: ');
    const json = await run(['log', AXIOS, IRISH_TIMES, OTHER_ACCOUNTS, '-f', 'json']);
    const entries = JSON.parse(json.stdout) as { from: string; to: string }[];
    // AFP's account is dated, the Irish Times' is not, so AFP's comes first.
    expect(entries.map((entry) => `${entry.from} -> ${entry.to}`)).toEqual([
      'axios-28-points -> other-accounts-400k',
      'axios-28-points -> irish-times-bloomberg',
    ]);
  });

  it('says so when no draft is based on another', async () => {
    expect(await run(['log', AXIOS])).toEqual({
      code: 0,
      stdout: 'No lineage: none of the drafts is based on another.\n',
      stderr: '',
    });
  });

  it('writes Markdown and an HTML page', async () => {
    const markdown = await run(['log', AXIOS, OTHER_ACCOUNTS, '-f', 'markdown']);
    expect(markdown.stdout).toMatch(/^# Changes from axios-28-points to other-accounts-400k\n/);
    const html = await run(['log', AXIOS, OTHER_ACCOUNTS, '-f', 'html']);
    expect(html.stdout).toContain(
      '<h3><bdi>axios-28-points</bdi> → <bdi>other-accounts-400k</bdi></h3>',
    );
  });

  it('draws the timeline as html, following the keys --key names', async () => {
    const html = await run([
      'log',
      AXIOS,
      IRISH_TIMES,
      OTHER_ACCOUNTS,
      '-f',
      'html',
      '--key',
      'armed-forces',
      '-k',
      'elections.deadline',
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(html.stdout).toContain('<h1>Timeline</h1>');
    const keys = [...html.stdout.matchAll(/<span class="key">([^<]*)<\/span><\/div>/g)].map(
      (match) => match[1],
    );
    expect(keys).toEqual(['armed-forces.personnel-cap', 'elections.deadline']);
    // The 400,000 account departs from the Axios text it is based on.
    expect(html.stdout).toMatch(
      /<div class="cell changed value-1"><span class="mark">changed<\/span><span class="value">[^<]*400,000 personnel<\/span>(<span class="confidence">[^<]*<\/span>)?<span class="from">from axios-28-points<\/span>/,
    );
  });

  it('refuses --key without html, and a key no draft states', async () => {
    expect(await run(['log', AXIOS, '--key', 'elections'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'draftdiff log: --key chooses the keys of the html timeline; add --format html\n',
    });
    expect(await run(['log', AXIOS, '-f', 'html', '--key', 'weather'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'draftdiff log: buildTimeline: no draft states the key "weather" or any key under it\n',
    });
  });
});

describe('help and version', () => {
  it('prints the version from package.json', async () => {
    const { version } = readJson('package.json') as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['diff', 'validate', 'import', 'compare', 'log'])(
    'draftdiff %s --help',
    async (command) => {
      const result = await run([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`Usage: draftdiff ${command} `)).toBe(true);
      expect(result.stdout).toContain('Exit status');
    },
  );

  it('prints the overview for --help, and on stderr with exit 2 for no command', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: draftdiff <command> [options]');
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(help.stdout);
  });
});

describe('prototype-pollution payloads in arguments are inert', () => {
  it.each(
    [
      ['diff', '--__proto__', 'x', AXIOS, AXIOS],
      ['diff', '--constructor.prototype.polluted=1', AXIOS, AXIOS],
      ['diff', '--__proto__.polluted', '1', AXIOS, AXIOS],
      ['__proto__'],
      ['constructor'],
      ['compare', AXIOS, '--key', '__proto__'],
      ['compare', AXIOS, '--only', '__proto__'],
      ['compare', AXIOS, '--only', 'constructor,prototype'],
      ['import', 'test/fixtures/28-points.txt', '--id', '__proto__'],
      ['import', 'test/fixtures/28-points.txt', '--id', 'x', '--title', '__proto__'],
      ['validate', '__proto__'],
      ['diff', 'constructor/prototype', AXIOS],
    ].map((argv) => [argv]),
  )('%j', async (argv) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await run(argv);
    expect(result.code).toBeLessThanOrEqual(2);
    if (result.code === 2) expect(result.stderr.split('\n')).toHaveLength(2);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});
