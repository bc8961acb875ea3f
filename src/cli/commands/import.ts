import { CliError, EXIT } from '../cli-io.js';
import { help, parseCommand, type Runner } from '../command.js';
import { idFromName, importText } from '../read-input.js';

/** `draftdiff import TEXT [--id ID]`: a numbered plain text as a draft. */
export const importCommand: Runner = async (args, io, reader) => {
  const { values, positionals } = parseCommand('import', args, {
    id: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    version: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  } as const);
  if (values.help) return help('import', io);
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) {
    throw new CliError(`expected one text file to import, got ${positionals.length}`);
  }
  // Standard input has no name to make an id of; a file has, and users expect it to be used.
  if (values.id === undefined && file === '-') {
    throw new CliError('--id ID is required when reading standard input (-)');
  }
  const name = reader.nameOf(file);
  const text = await reader.readText(file);
  const draft = importText(name, text, {
    id: values.id ?? idFromName(file),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.date === undefined ? {} : { date: values.date }),
    ...(values.version === undefined ? {} : { version: values.version }),
  });
  await reader.writeOutput(reader.draftJson(name, draft), values.output);
  return EXIT.same;
};
