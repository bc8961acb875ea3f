/** Runs the CLI in-process with captured output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

/** The repository root: relative paths such as `drafts/axios-28-points.json` resolve here. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** What one run printed, and its exit status. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of `run`. */
export interface RunOptions {
  /** Standard input: text, or bytes as a pipe gives them. @defaultValue '' */
  stdin?: string | Uint8Array;
  /** Environment. @defaultValue {} */
  env?: Record<string, string | undefined>;
  /** Whether stdout is a terminal. @defaultValue false */
  isTTY?: boolean;
  /** The terminal's width. @defaultValue undefined */
  columns?: number;
  /** Working directory. @defaultValue the repository root */
  cwd?: string;
}

/** Runs `draftdiff ...argv` through `main`. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}

/** Asserts the run failed with exactly one line on stderr, and returns that line. */
export function oneErrorLine(result: RunResult): string {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.slice(0, -1)).not.toContain('\n');
  return result.stderr.slice(0, -1);
}

/** A fresh temporary directory. */
export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'draftdiff-cli-'));
}
