import { AGREEMENTS, type Agreement } from '../../compare/agreement.js';
import { compareDrafts } from '../../compare/compare-drafts.js';
import { filterComparison } from '../../compare/filter-comparison.js';
import { formatComparison } from '../../format/format-comparison.js';
import { CliError, type CliIo, EXIT } from '../cli-io.js';
import {
  checkFormat,
  filesOf,
  help,
  loadAll,
  namingFiles,
  OUTPUT_OPTIONS,
  paintFor,
  parseCommand,
  quote,
  type Runner,
} from '../command.js';

/** Narrowest `--width` that still fits a marker, a label and a value. */
const MIN_WIDTH = 20;

/**
 * How wide text output may be: `--width N`, else the terminal's width, else 80 (a file or a
 * pipe reads best at the width people read at).
 */
function widthOf(flag: string | undefined, io: CliIo): number {
  if (flag === undefined) {
    const columns = io.columns;
    return columns !== undefined && Number.isInteger(columns) && columns >= MIN_WIDTH
      ? columns
      : 80;
  }
  if (!/^\d{1,4}$/.test(flag) || Number(flag) < MIN_WIDTH) {
    throw new CliError(
      `compare: --width must be a whole number of at least ${MIN_WIDTH}, got "${flag.slice(0, 20)}"`,
    );
  }
  return Number(flag);
}

/** `draftdiff compare FILE...`: who says what, term by term, across the drafts. */
export const compare: Runner = async (args, io, reader) => {
  const { values, positionals } = parseCommand('compare', args, {
    ...OUTPUT_OPTIONS,
    only: { type: 'string' },
    key: { type: 'string' },
    width: { type: 'string' },
  } as const);
  if (values.help) return help('compare', io);
  const format = checkFormat('compare', values.format, [
    'text',
    'markdown',
    'html',
    'json',
  ] as const);
  const lineWidth = widthOf(values.width, io);
  const drafts = await loadAll(reader, await filesOf('compare', positionals, io));
  const only = values.only === undefined ? undefined : agreementsOf(values.only);
  const filter = {
    ...(only === undefined ? {} : { only }),
    ...(values.key === undefined ? {} : { key: values.key }),
  };
  // The whole comparison goes to the formatter, which shows the filtered rows: the others still
  // tell it how the drafts write their names ("Russia", not "russia").
  const all = namingFiles(drafts, () => compareDrafts(drafts.map((loaded) => loaded.draft)));
  const comparison = namingFiles(drafts, () => filterComparison(all, filter));
  const text = formatComparison(all, format, {
    ...filter,
    ...(format === 'html' ? { page: true } : {}),
    ...(format === 'text' ? { ...paintFor(io, values.output), lineWidth } : {}),
  });
  await reader.writeOutput(text, values.output);
  return comparison.rows.some((row) => row.agreement === 'disagree') ? EXIT.different : EXIT.same;
};

/** The agreements that `--only` lists, comma separated; a name that is none is a usage error. */
function agreementsOf(list: string): Agreement[] {
  return list.split(',').map((name) => {
    const agreement = AGREEMENTS.find((known) => known === name);
    if (agreement === undefined) {
      throw new CliError(`unknown agreement ${quote(name)}; --only takes ${AGREEMENTS.join(', ')}`);
    }
    return agreement;
  });
}
