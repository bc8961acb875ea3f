/** Runs the CLI in-process with captured output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Standard input. @defaultValue '' */
  stdin?: string;
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

/** A fresh temporary directory. */
export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'draftdiff-cli-'));
}
