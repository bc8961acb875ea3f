import { changelog } from '../../compare/lineage.js';
import { buildTimeline } from '../../compare/timeline.js';
import { formatDiff } from '../../format/format-diff.js';
import { formatDiffMarkdown } from '../../format/markdown.js';
import { formatTimelineHtml } from '../../format/timeline-html.js';
import { CliError, EXIT } from '../cli-io.js';
import {
  checkFormat,
  filesOf,
  help,
  loadAll,
  namingFiles,
  OUTPUT_OPTIONS,
  paintFor,
  parseCommand,
  type Runner,
} from '../command.js';

/** `draftdiff log FILE...`: each draft against the one it is based on, in order of lineage. */
export const log: Runner = async (args, io, reader) => {
  const { values, positionals } = parseCommand('log', args, {
    ...OUTPUT_OPTIONS,
    key: { type: 'string', short: 'k', multiple: true },
  });
  if (values.help) return help('log', io);
  const format = checkFormat('log', values.format, ['text', 'markdown', 'html', 'json'] as const);
  if (values.key !== undefined && format !== 'html') {
    throw new CliError('--key chooses the keys of the html timeline; add --format html');
  }
  const drafts = await loadAll(reader, await filesOf('log', positionals, io));
  const given = drafts.map((loaded) => loaded.draft);
  const entries = namingFiles(drafts, () => changelog(given));
  const diffs = entries.map((entry) => entry.diff);
  let text: string;
  switch (format) {
    case 'json':
      text = `${JSON.stringify(entries, null, 2)}\n`;
      break;
    case 'html':
      text = formatTimelineHtml(
        namingFiles(drafts, () => buildTimeline(given, { keys: values.key })),
        { title: 'Timeline', steps: diffs },
      );
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
};
