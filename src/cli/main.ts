import { type ParseArgsConfig, parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import type { Agreement } from '../compare/agreement.js';
import { compareDrafts } from '../compare/compare-drafts.js';
import { changelog } from '../compare/lineage.js';
import { diffDrafts } from '../diff/diff-drafts.js';
import { formatComparison } from '../format/format-comparison.js';
import { formatDiff } from '../format/format-diff.js';
import { formatChangelogHtml, formatDiffHtml } from '../format/html.js';
import { formatDiffMarkdown } from '../format/markdown.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import type { JsonValue } from '../patch/json-value.js';
import { toJsonPatch } from '../patch/to-json-patch.js';
import { CliError, type CliIo, EXIT } from './cli-io.js';
import { expandGlobs } from './expand-glob.js';
import { COMMAND_HELP, commandHelp, MAIN_HELP } from './help.js';
import { InputReader, importText, type LoadedDraft } from './read-input.js';
import { shouldColor, terminalPainter } from './terminal.js';

export { type CliIo, EXIT } from './cli-io.js';

type Command = keyof typeof COMMAND_HELP;

const COMMANDS = Object.keys(COMMAND_HELP) as Command[];

/**
 * Runs the `draftdiff` command line and resolves to its exit status: 0 when nothing differs,
 * 1 when something does, 2 on trouble (as diff(1)). Every failure is reported as one line on
 * `io.stderr` naming the file and, for an invalid draft, the JSON path; nothing is thrown.
 * `argv` that is not an array of strings is such a failure (status 2); only an `io` without
 * `stdout` and `stderr` writers, where no line can go, rejects (`DraftdiffError`
 * `INVALID_ARGUMENT`).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, ... });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  checkIo(io);
  let command: Command | undefined;
  try {
    checkArgv(argv);
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr.write(MAIN_HELP);
      return EXIT.trouble;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(MAIN_HELP);
      return EXIT.same;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT.same;
    }
    if (!isCommand(first)) {
      throw new CliError(
        `unknown command ${quote(first)}; expected one of ${COMMANDS.join(', ')} (see draftdiff --help)`,
      );
    }
    command = first;
    return await RUNNERS[command](rest, io, new InputReader(io));
  } catch (error) {
    io.stderr.write(`${errorLine(command, error)}\n`);
    return EXIT.trouble;
  }
}

/**
 * `main` called from code rather than from `src/cli.ts`: arguments that are not an array of
 * strings (`main('diff')` would read the letters as arguments) are a usage error like any other.
 */
function checkArgv(argv: unknown): void {
  if (!Array.isArray(argv)) {
    throw new CliError(`argv must be an array of strings, got ${describeValue(argv, 40)}`);
  }
  // Indexes, not `some`: a hole in a sparse array is a missing argument.
  for (let index = 0; index < argv.length; index++) {
    if (typeof argv[index] !== 'string') {
      throw new CliError(`argv[${index}] must be a string, got ${describeValue(argv[index], 40)}`);
    }
  }
}

/** Without somewhere to write, an error cannot be reported as a line: it rejects instead. */
function checkIo(io: unknown): void {
  const { stdout, stderr } =
    typeof io === 'object' && io !== null ? (io as Partial<CliIo>) : ({} as Partial<CliIo>);
  if (typeof stdout?.write !== 'function' || typeof stderr?.write !== 'function') {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `main: io must be a CliIo with stdout and stderr writers, got ${describeValue(io, 40)}`,
    );
  }
}

type Runner = (args: readonly string[], io: CliIo, reader: InputReader) => Promise<number>;

const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RUNNERS: Record<Command, Runner> = {
  async diff(args, io, reader) {
    const { values, positionals } = parseCommand('diff', args, OUTPUT_OPTIONS);
    if (values.help) return help('diff', io);
    const format = checkFormat('diff', values.format, [
      'text',
      'markdown',
      'html',
      'json',
      'patch',
    ] as const);
    const files = await expandGlobs(positionals, cwdOf(io));
    if (files.length !== 2) {
      throw new CliError(`expected two drafts to compare, got ${files.length}`);
    }
    const before = await reader.loadDraft(files[0] as string);
    const after = await reader.loadDraft(files[1] as string);
    if (format === 'patch') {
      // A patch of the JSON as written, so that it applies to the file A itself.
      const operations = toJsonPatch(asJson(before), asJson(after));
      await reader.writeOutput(`${JSON.stringify(operations, null, 2)}\n`, values.output);
      return operations.length === 0 ? EXIT.same : EXIT.different;
    }
    const diff = diffDrafts(before.draft, after.draft);
    let text: string;
    switch (format) {
      case 'markdown':
        text = formatDiffMarkdown(diff);
        break;
      case 'html':
        text = formatDiffHtml(diff);
        break;
      case 'json':
        text = formatDiff(diff, 'json');
        break;
      case 'text':
        text = formatDiff(diff, 'text', paintFor(io, values.output));
        break;
    }
    await reader.writeOutput(text, values.output);
    return diff.changes.length === 0 ? EXIT.same : EXIT.different;
  },

  async validate(args, io, reader) {
    const { values, positionals } = parseCommand('validate', args, OUTPUT_OPTIONS);
    if (values.help) return help('validate', io);
    const format = checkFormat('validate', values.format, ['text', 'json'] as const);
    const files = await expandGlobs(requireFiles('validate', positionals), cwdOf(io));
    const records: Record<string, unknown>[] = [];
    const lines: string[] = [];
    let invalid = 0;
    for (const file of files) {
      try {
        const { name, draft } = await reader.loadDraft(file);
        const provisions = countProvisions(draft.provisions);
        lines.push(
          `${name}: valid (${draft.id}, ${provisions} ${provisions === 1 ? 'provision' : 'provisions'})`,
        );
        records.push({ file: name, valid: true, id: draft.id, provisions });
      } catch (error) {
        // One bad file does not stop the others from being checked.
        invalid++;
        io.stderr.write(`${errorLine('validate', error)}\n`);
        records.push({
          file: reader.nameOf(file),
          valid: false,
          message: oneLine(messageOf(error)),
          issues: issuesOf(error),
        });
      }
    }
    const text = format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : joinLines(lines);
    await reader.writeOutput(text, values.output);
    return invalid === 0 ? EXIT.same : EXIT.trouble;
  },

  async import(args, io, reader) {
    const { values, positionals } = parseCommand('import', args, {
      id: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      version: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    } as const);
    if (values.help) return help('import', io);
    if (positionals.length !== 1) {
      throw new CliError(`expected one text file to import, got ${positionals.length}`);
    }
    if (values.id === undefined) throw new CliError('--id ID is required');
    const file = positionals[0] as string;
    const name = reader.nameOf(file);
    const text = await reader.readText(file);
    const draft = importText(name, text, {
      id: values.id,
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values.date === undefined ? {} : { date: values.date }),
      ...(values.version === undefined ? {} : { version: values.version }),
    });
    await reader.writeOutput(`${JSON.stringify(draft, null, 2)}\n`, values.output);
    return EXIT.same;
  },

  async compare(args, io, reader) {
    const { values, positionals } = parseCommand('compare', args, {
      ...OUTPUT_OPTIONS,
      only: { type: 'string' },
      key: { type: 'string' },
    } as const);
    if (values.help) return help('compare', io);
    const format = checkFormat('compare', values.format, [
      'text',
      'markdown',
      'html',
      'json',
    ] as const);
    const drafts = await loadAll(
      reader,
      await expandGlobs(requireFiles('compare', positionals), cwdOf(io)),
    );
    const only = values.only === undefined ? undefined : (values.only.split(',') as Agreement[]);
    const comparison = namingFiles(drafts, () =>
      compareDrafts(
        drafts.map((loaded) => loaded.draft),
        {
          ...(only === undefined ? {} : { only }),
          ...(values.key === undefined ? {} : { key: values.key }),
        },
      ),
    );
    const text = formatComparison(comparison, format, {
      ...(format === 'html' ? { page: true } : {}),
      ...(format === 'text' ? paintFor(io, values.output) : {}),
    });
    await reader.writeOutput(text, values.output);
    return comparison.rows.some((row) => row.agreement === 'disagree') ? EXIT.different : EXIT.same;
  },

  async log(args, io, reader) {
    const { values, positionals } = parseCommand('log', args, OUTPUT_OPTIONS);
    if (values.help) return help('log', io);
    const format = checkFormat('log', values.format, ['text', 'markdown', 'html', 'json'] as const);
    const drafts = await loadAll(
      reader,
      await expandGlobs(requireFiles('log', positionals), cwdOf(io)),
    );
    const entries = namingFiles(drafts, () => changelog(drafts.map((loaded) => loaded.draft)));
    const diffs = entries.map((entry) => entry.diff);
    let text: string;
    switch (format) {
      case 'json':
        text = `${JSON.stringify(entries, null, 2)}\n`;
        break;
      case 'html':
        text = formatChangelogHtml(diffs, { title: 'Changelog' });
        break;
      case 'markdown':
        text =
          diffs.length === 0
            ? 'No lineage: none of the drafts is based on another.\n'
            : diffs.map(formatDiffMarkdown).join('\n');
        break;
      case 'text': {
        const paint = paintFor(io, values.output);
        text =
          diffs.length === 0
            ? 'No lineage: none of the drafts is based on another.\n'
            : diffs.map((diff) => formatDiff(diff, 'text', paint)).join('\n');
        break;
      }
    }
    await reader.writeOutput(text, values.output);
    return EXIT.same;
  },
};

/** `parseArgs` in strict mode, its errors turned into one line that points at the help. */
function parseCommand<const Options extends NonNullable<ParseArgsConfig['options']>>(
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

function checkFormat<const Formats extends readonly string[]>(
  command: Command,
  format: string | undefined,
  formats: Formats,
): Formats[number] {
  if (format === undefined) return formats[0] as Formats[number];
  if (!formats.includes(format)) {
    throw new CliError(`unknown format ${quote(format)}; ${command} writes ${formats.join(', ')}`);
  }
  return format as Formats[number];
}

function requireFiles(command: Command, positionals: readonly string[]): readonly string[] {
  if (positionals.length === 0)
    throw new CliError(`no files given (see draftdiff ${command} --help)`);
  return positionals;
}

/** Loads every file, refusing two that give the same draft id (compare and log key by id). */
async function loadAll(reader: InputReader, files: readonly string[]): Promise<LoadedDraft[]> {
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
function namingFiles<T>(drafts: readonly LoadedDraft[], run: () => T): T {
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
function paintFor(io: CliIo, output: string | undefined) {
  const toTerminal = output === undefined || output === '-';
  return toTerminal && shouldColor({ isTTY: io.isTTY, env: io.env })
    ? { paint: terminalPainter() }
    : {};
}

function help(command: Command, io: CliIo): number {
  io.stdout.write(commandHelp(command));
  return EXIT.same;
}

/** The JSON of a file: whatever `JSON.parse` returned, or the draft imported from text. */
function asJson(loaded: LoadedDraft): JsonValue {
  return loaded.json as JsonValue;
}

function countProvisions(
  provisions: readonly { items?: readonly unknown[] | undefined }[],
): number {
  let count = 0;
  const stack = [...provisions];
  while (stack.length > 0) {
    const provision = stack.pop() as { items?: readonly unknown[] | undefined };
    count++;
    stack.push(...((provision.items ?? []) as typeof provisions));
  }
  return count;
}

function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

/** One line for stderr: `draftdiff diff: drafts/x.json: invalid draft: /provisions/2/id: ...`. */
function errorLine(command: Command | undefined, error: unknown): string {
  const prefix = command === undefined ? 'draftdiff' : `draftdiff ${command}`;
  const known = error instanceof CliError || error instanceof DraftdiffError;
  const message = known ? messageOf(error) : `internal error: ${messageOf(error)}`;
  return `${prefix}: ${oneLine(message)}`;
}

function issuesOf(error: unknown): { path: string; message: string }[] | undefined {
  if (error instanceof DraftdiffError && 'issues' in error && Array.isArray(error.issues)) {
    return error.issues.map((issue: { path: string; message: string }) => ({
      path: issue.path,
      message: issue.message,
    }));
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Line breaks and control characters from file names or messages cannot split the line. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 1000 ? `${flat.slice(0, 1000)}…` : flat;
}

function quote(text: string): string {
  return JSON.stringify(oneLine(text).slice(0, 100));
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function cwdOf(io: CliIo): string {
  return io.cwd ?? process.cwd();
}
