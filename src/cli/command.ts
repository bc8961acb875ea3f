import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DraftdiffError } from '../internal/errors.js';
import { CliError, type CliIo, EXIT } from './cli-io.js';
import { expandGlobs } from './expand-glob.js';
import { type COMMAND_HELP, commandHelp } from './help.js';
import type { InputReader, LoadedDraft } from './read-input.js';
import { shouldColor, terminalPainter } from './terminal.js';

// What every command shares: reading its arguments and formats, loading drafts, naming the
// file an error comes from, and writing one line per failure.

/** The name of a command. */
export type Command = keyof typeof COMMAND_HELP;

/** A command: its arguments (after its name) in, its exit status out. */
export type Runner = (args: readonly string[], io: CliIo, reader: InputReader) => Promise<number>;

/** The options of every command that writes a result. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `parseArgs` in strict mode, its errors turned into one line that points at the help. */
export function parseCommand<const Options extends NonNullable<ParseArgsConfig['options']>>(
  command: Command,
  args: readonly string[],
  options: Options,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's messages go on with advice over several sentences; the first one says it all.
    const message = messageOf(error).split(/\.\s/)[0] ?? 'invalid arguments';
    throw new CliError(`${message} (see draftdiff ${command} --help)`);
  }
}

export function checkFormat<const Formats extends readonly [string, ...string[]]>(
  command: Command,
  format: string | undefined,
  formats: Formats,
): Formats[number] {
  if (format === undefined) return formats[0];
  const known = formats.find((name) => name === format);
  if (known === undefined) {
    throw new CliError(`unknown format ${quote(format)}; ${command} writes ${formats.join(', ')}`);
  }
  return known;
}

/** The files a command's arguments name, globs expanded; none at all is a usage error. */
export async function filesOf(
  command: Command,
  positionals: readonly string[],
  io: CliIo,
): Promise<string[]> {
  if (positionals.length === 0) {
    throw new CliError(`no files given (see draftdiff ${command} --help)`);
  }
  return expandGlobs(positionals, cwdOf(io));
}

/** Loads every file, refusing two that give the same draft id (compare and log key by id). */
export async function loadAll(
  reader: InputReader,
  files: readonly string[],
): Promise<LoadedDraft[]> {
  const loaded: LoadedDraft[] = [];
  const byId = new Map<string, string>();
  for (const file of files) {
    const draft = await reader.loadDraft(file);
    const first = byId.get(draft.draft.id);
    if (first !== undefined) {
      throw new CliError(`${draft.name}: has the same id "${draft.draft.id}" as ${first}`);
    }
    byId.set(draft.draft.id, draft.name);
    loaded.push(draft);
  }
  return loaded;
}

/**
 * Runs a function over many drafts; an error it throws with a path into the list of drafts
 * (`/2/basedOn/0`) is reported with the file of that draft and the path inside it.
 */
export function namingFiles<T>(drafts: readonly LoadedDraft[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    const match =
      error instanceof DraftdiffError ? /^\/(\d+)(\/.*)?$/.exec(error.path ?? '') : null;
    const draft = match === null ? undefined : drafts[Number(match[1])];
    if (draft === undefined || match === null) throw error;
    const path = match[2] === undefined ? '' : `${match[2]}: `;
    throw new CliError(`${draft.name}: ${path}${messageOf(error)}`);
  }
}

/** Colors for text on a terminal only: never in a file, never with NO_COLOR. */
export function paintFor(io: CliIo, output: string | undefined) {
  const toTerminal = output === undefined || output === '-';
  return toTerminal && shouldColor({ isTTY: io.isTTY, env: io.env })
    ? { paint: terminalPainter() }
    : {};
}

export function help(command: Command, io: CliIo): number {
  io.stdout.write(commandHelp(command));
  return EXIT.same;
}

/** One line for stderr: `draftdiff diff: drafts/x.json: invalid draft: /provisions/2/id: ...`. */
export function errorLine(command: Command | undefined, error: unknown): string {
  const prefix = command === undefined ? 'draftdiff' : `draftdiff ${command}`;
  const known = error instanceof CliError || error instanceof DraftdiffError;
  const message = known ? messageOf(error) : `internal error: ${messageOf(error)}`;
  return `${prefix}: ${oneLine(message)}`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Line breaks and control characters from file names or messages cannot split the line. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 1000 ? `${flat.slice(0, 1000)}…` : flat;
}

export function quote(text: string): string {
  return JSON.stringify(oneLine(text).slice(0, 100));
}

export function cwdOf(io: CliIo): string {
  return io.cwd ?? process.cwd();
}
