import { DraftdiffError } from '../../internal/errors.js';
import { countProvisions } from '../../model/provision.js';
import { EXIT } from '../cli-io.js';
import {
  checkFormat,
  errorLine,
  filesOf,
  help,
  messageOf,
  OUTPUT_OPTIONS,
  oneLine,
  parseCommand,
  type Runner,
} from '../command.js';

/** `draftdiff validate FILE...`: whether each draft is valid, and why not; every file is read. */
export const validate: Runner = async (args, io, reader) => {
  const { values, positionals } = parseCommand('validate', args, OUTPUT_OPTIONS);
  if (values.help) return help('validate', io);
  const format = checkFormat('validate', values.format, ['text', 'json'] as const);
  const files = await filesOf('validate', positionals, io);
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
};

function issuesOf(error: unknown): { path: string; message: string }[] | undefined {
  if (error instanceof DraftdiffError && 'issues' in error && Array.isArray(error.issues)) {
    return error.issues.map((issue: { path: string; message: string }) => ({
      path: issue.path,
      message: issue.message,
    }));
  }
  return undefined;
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
