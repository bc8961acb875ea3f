import type { Agreement } from '../../compare/agreement.js';
import { compareDrafts } from '../../compare/compare-drafts.js';
import { formatComparison } from '../../format/format-comparison.js';
import { EXIT } from '../cli-io.js';
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

/** `draftdiff compare FILE...`: who says what, term by term, across the drafts. */
export const compare: Runner = async (args, io, reader) => {
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
  const drafts = await loadAll(reader, await filesOf('compare', positionals, io));
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
};
