import { diffDrafts } from '../../diff/diff-drafts.js';
import { formatDiff } from '../../format/format-diff.js';
import { toJsonPatch } from '../../patch/to-json-patch.js';
import { CliError, EXIT } from '../cli-io.js';
import {
  checkFormat,
  cwdOf,
  help,
  OUTPUT_OPTIONS,
  paintFor,
  parseCommand,
  type Runner,
} from '../command.js';
import { expandGlobs } from '../expand-glob.js';

/** `draftdiff diff A B`: what changed from A to B, or the JSON Patch that turns A into B. */
export const diff: Runner = async (args, io, reader) => {
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
  const [first, second] = files;
  if (files.length !== 2 || first === undefined || second === undefined) {
    throw new CliError(`expected two drafts to compare, got ${files.length}`);
  }
  const before = await reader.loadDraft(first);
  const after = await reader.loadDraft(second);
  if (format === 'patch') {
    // A patch of the JSON as written, so that it applies to the file A itself.
    const operations = toJsonPatch(before.json, after.json);
    await reader.writeOutput(`${JSON.stringify(operations, null, 2)}\n`, values.output);
    return operations.length === 0 ? EXIT.same : EXIT.different;
  }
  const diff = diffDrafts(before.draft, after.draft);
  const text = formatDiff(diff, format, format === 'text' ? paintFor(io, values.output) : {});
  await reader.writeOutput(text, values.output);
  return diff.changes.length === 0 ? EXIT.same : EXIT.different;
};
