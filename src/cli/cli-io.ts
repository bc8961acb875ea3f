/** What the CLI reads and writes, injected so that `main` runs in-process in tests. */
export interface CliIo {
  /** Where results go. */
  stdout: { write(text: string): unknown };
  /** Where errors go, one line each. */
  stderr: { write(text: string): unknown };
  /** Reads all of standard input (for `-`): its bytes, or text already decoded. */
  stdin: () => Promise<Uint8Array | string>;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `TERM`, `DRAFTDIFF_MAX_FILE_SIZE`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether `stdout` is a terminal (colors are only for terminals). */
  isTTY: boolean;
  /** How many columns the terminal `stdout` is shows, when it is one. @defaultValue 80 */
  columns?: number | undefined;
  /** Directory that relative paths are resolved against. @defaultValue process.cwd() */
  cwd?: string;
}

/** Exit statuses, as diff(1) has them. */
export const EXIT = {
  /** Success, and nothing differs. */
  same: 0,
  /** Success, and something differs (or a compared key disagrees). */
  different: 1,
  /** Trouble: bad arguments, unreadable or invalid input. */
  trouble: 2,
} as const;

/** A failure the CLI reports as one line on stderr, then exits with status 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
