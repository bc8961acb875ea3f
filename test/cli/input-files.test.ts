// What the CLI accepts as a file: text in UTF-8 or in UTF-16 with a byte-order mark, nothing
// binary, and nothing over the size limit, which also bounds the drafts `import` writes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneErrorLine, ROOT, run, temporaryDirectory } from './run.js';

const PLAN = readFileSync(join(ROOT, 'test/fixtures/28-points.txt'), 'utf8');
const AXIOS = readFileSync(join(ROOT, 'drafts/axios-28-points.json'), 'utf8');

/** `text` as a file in each encoding the CLI reads, byte-order mark included. */
const ENCODINGS: [string, (text: string) => Buffer][] = [
  ['UTF-8 with a byte-order mark', (text) => Buffer.from(`\ufeff${text}`, 'utf8')],
  ['UTF-16LE with a byte-order mark', (text) => Buffer.from(`\ufeff${text}`, 'utf16le')],
  ['UTF-16BE with a byte-order mark', (text) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
];

/** A directory holding `files`, by name. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = temporaryDirectory();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('text encodings', () => {
  // The import of the UTF-8 file, without a mark: what every encoding must give.
  const plain = run(['import', 'test/fixtures/28-points.txt', '--id', 'plan']);

  it.each(ENCODINGS)('imports a .txt in %s as the same draft as in UTF-8', async (_, encode) => {
    const cwd = folderWith({ 'plan.txt': encode(PLAN) });
    const result = await run(['import', 'plan.txt', '--id', 'plan'], { cwd });
    expect(result).toEqual({ ...(await plain), stderr: '' });
    expect(result.code).toBe(0);
  });

  it.each(ENCODINGS)('reads a .json in %s as the same draft', async (_, encode) => {
    const cwd = folderWith({ 'a.json': encode(AXIOS), 'b.json': AXIOS });
    expect(await run(['validate', 'a.json'], { cwd })).toEqual({
      code: 0,
      stdout: 'a.json: valid (axios-28-points, 54 provisions)\n',
      stderr: '',
    });
    expect(await run(['diff', 'a.json', 'b.json'], { cwd })).toEqual({
      code: 0,
      stdout: 'axios-28-points -> axios-28-points: no changes\n',
      stderr: '',
    });
  });

  it.each(ENCODINGS)('reads standard input in %s', async (_, encode) => {
    const result = await run(['import', '-', '--id', 'plan'], { stdin: encode(PLAN) });
    expect(result).toEqual({ ...(await plain), stderr: '' });
  });

  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
  it.each([
    ['a PNG header', Uint8Array.from(png), 'invalid UTF-8 at byte 0'],
    ['text with a NUL byte', Buffer.from('1. Cap.\n2. Vote\0 soon.'), 'a NUL byte at byte 15'],
    ['a NUL byte after a 2-byte letter', Buffer.from('1. Café\0'), 'a NUL byte at byte 8'],
    [
      'Latin-1 (é as one byte)',
      Buffer.from('1. Café au lait.', 'latin1'),
      'invalid UTF-8 at byte 6',
    ],
    [
      'a UTF-8 surrogate',
      Uint8Array.from([0x31, 0x2e, 0xed, 0xa0, 0x80]),
      'invalid UTF-8 at byte 2',
    ],
    ['an overlong UTF-8 slash', Uint8Array.from([0x31, 0xc0, 0xaf]), 'invalid UTF-8 at byte 1'],
    ['a UTF-8 sequence cut short', Buffer.from('1. €').subarray(0, 5), 'invalid UTF-8 at byte 3'],
    [
      'UTF-16LE without a byte-order mark',
      Buffer.from('1. Cap.', 'utf16le'),
      'a NUL byte at byte 1; UTF-16 needs a byte-order mark',
    ],
    [
      'UTF-16LE with an unpaired surrogate',
      Uint8Array.from([0xff, 0xfe, 0x31, 0, 0x00, 0xd8, 0x41, 0]),
      'invalid UTF-16LE at byte 4',
    ],
    [
      'UTF-16LE with an odd number of bytes',
      Uint8Array.from([0xff, 0xfe, 0x31, 0, 0x32]),
      'invalid UTF-16LE at byte 4',
    ],
    [
      'UTF-16BE holding a NUL character',
      Uint8Array.from([0xfe, 0xff, 0, 0x31, 0, 0, 0, 0x32]),
      'a NUL byte at byte 4',
    ],
  ])('refuses %s, naming the file and the byte', async (_, bytes, reason) => {
    const cwd = folderWith({ 'a.txt': bytes, 'a.json': bytes });
    expect(oneErrorLine(await run(['import', 'a.txt', '--id', 'a'], { cwd }))).toBe(
      `draftdiff import: a.txt: not UTF-8 or UTF-16 text (${reason})`,
    );
    expect(oneErrorLine(await run(['validate', 'a.json'], { cwd }))).toBe(
      `draftdiff validate: a.json: not UTF-8 or UTF-16 text (${reason})`,
    );
    expect(oneErrorLine(await run(['diff', '-', 'a.json'], { cwd, stdin: bytes }))).toBe(
      `draftdiff diff: <stdin>: not UTF-8 or UTF-16 text (${reason})`,
    );
  });
});

describe('the size limit (DRAFTDIFF_MAX_FILE_SIZE)', () => {
  const env = (size: string) => ({ env: { DRAFTDIFF_MAX_FILE_SIZE: size } });

  it('refuses a file over it before reading, naming the limit and the setting that allows it', async () => {
    const cwd = folderWith({ 'a.json': AXIOS, 'a.txt': PLAN });
    const kib = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);
    expect(oneErrorLine(await run(['validate', 'a.json'], { cwd, ...env('4K') }))).toBe(
      `draftdiff validate: a.json: is ${kib(AXIOS)} KiB, larger than 4 KiB, the most the CLI reads (set DRAFTDIFF_MAX_FILE_SIZE=1M or more to allow it)`,
    );
    expect(oneErrorLine(await run(['diff', 'a.txt', 'a.txt'], { cwd, ...env('1K') }))).toBe(
      `draftdiff diff: a.txt: is ${kib(PLAN)} KiB, larger than 1 KiB, the most the CLI reads (set DRAFTDIFF_MAX_FILE_SIZE=1M or more to allow it)`,
    );
    expect(oneErrorLine(await run(['validate', '-'], { stdin: AXIOS, ...env('4096') }))).toBe(
      `draftdiff validate: <stdin>: is ${kib(AXIOS)} KiB, larger than 4 KiB, the most the CLI reads (set DRAFTDIFF_MAX_FILE_SIZE=1M or more to allow it)`,
    );
  });

  it('reads a file of exactly the limit', async () => {
    const cwd = folderWith({ 'a.json': AXIOS });
    const size = String(Buffer.byteLength(AXIOS));
    expect(await run(['validate', 'a.json'], { cwd, ...env(size) })).toEqual({
      code: 0,
      stdout: 'a.json: valid (axios-28-points, 54 provisions)\n',
      stderr: '',
    });
    expect(
      oneErrorLine(await run(['validate', 'a.json'], { cwd, ...env(`${Number(size) - 1}`) })),
    ).toMatch(/^draftdiff validate: a\.json: is [\d.]+ KiB, larger than [\d.]+ KiB, /);
  });

  it('bounds what import writes, so every draft it writes can be read back', async () => {
    // The draft is larger than its text (ids, terms with their context, indentation).
    const full = await run(['import', 'test/fixtures/28-points.txt', '--id', 'plan']);
    const draftBytes = Buffer.byteLength(full.stdout);
    const textBytes = Buffer.byteLength(PLAN);
    expect(draftBytes).toBeGreaterThan(textBytes);
    for (const limit of [textBytes, draftBytes - 1, draftBytes, draftBytes + 1]) {
      const cwd = folderWith({ 'plan.txt': PLAN });
      const imported = await run(['import', 'plan.txt', '--id', 'plan', '-o', 'plan.json'], {
        cwd,
        ...env(String(limit)),
      });
      if (limit < draftBytes) {
        expect(oneErrorLine(imported)).toBe(
          `draftdiff import: plan.txt: the imported draft is ${(draftBytes / 1024).toFixed(1)} KiB, larger than ${(limit / 1024).toFixed(1)} KiB, the most the CLI reads (set DRAFTDIFF_MAX_FILE_SIZE=1M or more to allow it)`,
        );
        expect(existsSync(join(cwd, 'plan.json'))).toBe(false);
      } else {
        expect(imported).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(await run(['validate', 'plan.json'], { cwd, ...env(String(limit)) })).toEqual({
          code: 0,
          stdout: 'plan.json: valid (plan, 54 provisions)\n',
          stderr: '',
        });
        const diff = await run(['diff', 'plan.json', 'plan.txt'], { cwd, ...env(String(limit)) });
        expect(diff).toEqual({ code: 0, stdout: 'plan -> plan: no changes\n', stderr: '' });
      }
    }
  });

  it.each([
    ['1G', true],
    ['64MiB', true],
    ['64 mb', true],
    ['abc', false],
    ['0', false],
    ['-5M', false],
    ['1.5M', false],
    ['12T', false],
  ])('DRAFTDIFF_MAX_FILE_SIZE=%s is a size: %s', async (size, valid) => {
    const result = await run(['validate', 'drafts/axios-28-points.json'], env(size));
    if (valid) {
      expect(result).toEqual({
        code: 0,
        stdout: 'drafts/axios-28-points.json: valid (axios-28-points, 54 provisions)\n',
        stderr: '',
      });
    } else {
      expect(oneErrorLine(result)).toBe(
        `draftdiff validate: DRAFTDIFF_MAX_FILE_SIZE must be a size such as 256M (bytes, or K, M, G), got ${JSON.stringify(size)}`,
      );
    }
  });

  it('needs no valid setting to show help', async () => {
    const help = await run(['import', '--help'], env('abc'));
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'No file over 64 MiB is read and import writes no draft over\nit; DRAFTDIFF_MAX_FILE_SIZE=256M',
    );
  });
});
