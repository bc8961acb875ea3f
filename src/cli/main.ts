import packageJson from '../../package.json' with { type: 'json' };
import { describeValue, readField } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { CliError, type CliIo, EXIT } from './cli-io.js';
import { type Command, errorLine, quote, type Runner } from './command.js';
import { compare } from './commands/compare.js';
import { diff } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { log } from './commands/log.js';
import { validate } from './commands/validate.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { InputReader } from './read-input.js';

export { type CliIo, EXIT } from './cli-io.js';

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
        `unknown command ${quote(first)}; expected one of ${Object.keys(COMMAND_HELP).join(', ')} (see draftdiff --help)`,
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
  const canWrite = (stream: string) =>
    typeof readField(readField(io, stream), 'write') === 'function';
  if (!canWrite('stdout') || !canWrite('stderr')) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `main: io must be a CliIo with stdout and stderr writers, got ${describeValue(io, 40)}`,
    );
  }
}

const RUNNERS: Record<Command, Runner> = {
  diff,
  validate,
  import: importCommand,
  compare,
  log,
};

function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMAND_HELP, name);
}
