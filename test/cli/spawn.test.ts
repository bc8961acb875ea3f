// The built executable, as a shell runs it (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/index.js';
import { ROOT, temporaryDirectory } from './run.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function draftdiff(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(CLI, constants.X_OK)).not.toThrow();
  });

  it('exits 0, 1 and 2 as diff(1)', () => {
    const same = draftdiff(['diff', 'drafts/axios-28-points.json', 'drafts/axios-28-points.json']);
    expect(same).toEqual({
      code: 0,
      stdout: 'axios-28-points -> axios-28-points: no changes\n',
      stderr: '',
    });
    const different = draftdiff([
      'diff',
      'drafts/axios-28-points.json',
      'drafts/other-accounts-400k.json',
    ]);
    expect(different.code).toBe(1);
    expect(different.stdout).toContain(
      'Armed forces cap: at most 600,000 -> at most 400,000 personnel (-33.3%)',
    );
    expect(different.stdout).not.toContain('\u001b[');
    const missing = draftdiff(['diff', 'drafts/nope.json', 'drafts/axios-28-points.json']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'draftdiff diff: drafts/nope.json: no such file\n',
    });
  });

  // /dev/full fails every write with ENOSPC; it is a Linux device, where CI runs.
  it.runIf(process.platform === 'linux')(
    'reports a failed write to standard output in one line, status 2',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(
          process.execPath,
          [CLI, 'diff', 'drafts/axios-28-points.json', 'drafts/other-accounts-400k.json'],
          { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 300_000 },
        );
        expect({ code: result.status, stderr: result.stderr }).toEqual({
          code: 2,
          stderr: 'draftdiff: cannot write to standard output: ENOSPC\n',
        });
      } finally {
        closeSync(full);
      }
    },
  );

  it('leaves the old output file whole when the new one cannot be written in full', () => {
    const directory = temporaryDirectory();
    const points = Array.from({ length: 300 }, (_, index) => `${index + 1}. Clause ${index + 1}.`);
    writeFileSync(join(directory, 'big.txt'), points.join('\n'));
    writeFileSync(join(directory, 'existing.json'), '{"old": true}\n');
    // A file size limit of a few kilobytes: the imported draft is larger.
    const result = spawnSync(
      '/bin/sh',
      [
        '-c',
        `ulimit -f 4; exec "${process.execPath}" "${CLI}" import big.txt --id x -o existing.json`,
      ],
      { cwd: directory, encoding: 'utf8', timeout: 300_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^draftdiff import: existing\.json: cannot write: /);
    expect(readFileSync(join(directory, 'existing.json'), 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(directory).sort()).toEqual(['big.txt', 'existing.json']);
  });

  it('reads standard input and writes a patch that applies', () => {
    const after = readFileSync(join(ROOT, 'drafts/other-accounts-400k.json'), 'utf8');
    const result = draftdiff(
      ['diff', 'drafts/irish-times-bloomberg.json', '-', '--format', 'patch'],
      after,
    );
    expect(result.code).toBe(1);
    const before = JSON.parse(
      readFileSync(join(ROOT, 'drafts/irish-times-bloomberg.json'), 'utf8'),
    );
    expect(applyPatch(before, JSON.parse(result.stdout))).toEqual(JSON.parse(after));
  });

  it('decodes UTF-16 on standard input and refuses binary data there', () => {
    const text = '1. The cap is 600,000 personnel.\n';
    const utf16 = draftdiff(['import', '-', '--id', 'x'], Buffer.from(`\ufeff${text}`, 'utf16le'));
    expect(utf16).toEqual(draftdiff(['import', '-', '--id', 'x'], text));
    expect(utf16.code).toBe(0);
    expect(draftdiff(['import', '-', '--id', 'x'], Uint8Array.from([0x31, 0x2e, 0xff]))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'draftdiff import: <stdin>: not UTF-8 or UTF-16 text (invalid UTF-8 at byte 2)\n',
    });
  });

  it('prints its version and help', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(draftdiff(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(draftdiff(['compare', '--help']).stdout).toMatch(/^Usage: draftdiff compare /);
  });
});
