import { CliError } from './cli-io.js';

// One limit on file size for everything the CLI reads (drafts, texts, standard input) and for
// the drafts `import` writes: a draft that `import` wrote can always be read back by `diff` or
// `validate` under the same setting.

/** The environment variable that sets the limit. */
export const SIZE_VARIABLE = 'DRAFTDIFF_MAX_FILE_SIZE';

const KIB = 1024;
const MIB = 1024 * KIB;

/** The limit when the variable is not set: far above any real draft, far below memory. */
export const DEFAULT_MAX_FILE_BYTES = 64 * MIB;

const UNITS: Record<string, number> = { '': 1, k: KIB, m: MIB, g: 1024 * MIB };

/**
 * The limit in bytes from the environment: a whole number of bytes, or of KiB, MiB or GiB with
 * a suffix (`500K`, `256M`, `1G`; `KiB`, `MB` and lower case work too).
 */
export function maxFileBytes(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[SIZE_VARIABLE];
  if (value === undefined || value === '') return DEFAULT_MAX_FILE_BYTES;
  const match = /^\s*(\d{1,15})\s*(?:([kmg])(?:i?b)?)?\s*$/i.exec(value);
  const bytes =
    match === null ? 0 : Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 0);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new CliError(
      `${SIZE_VARIABLE} must be a size such as 256M (bytes, or K, M, G), got ${JSON.stringify(value.slice(0, 40))}`,
    );
  }
  return bytes;
}

/** A size as people read it: `64 MiB`, `402.3 MiB`, `3.5 KiB`, `900 bytes`. */
export function describeSize(bytes: number): string {
  for (const [unit, size] of [
    ['MiB', MIB],
    ['KiB', KIB],
  ] as const) {
    if (bytes >= size) {
      const count = bytes / size;
      return `${Number.isInteger(count) ? count : count.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/**
 * The error for something of `bytes` bytes over the limit (`subject` says what: `a.json: is`),
 * naming the limit and the setting that would let the CLI read it.
 */
export function tooLarge(subject: string, bytes: number, limit: number): CliError {
  const enough = Math.ceil(bytes / MIB);
  return new CliError(
    `${subject} ${describeSize(bytes)}, larger than ${describeSize(limit)}, the most the CLI reads (set ${SIZE_VARIABLE}=${enough}M or more to allow it)`,
  );
}
