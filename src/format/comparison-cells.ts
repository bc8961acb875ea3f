import type { Comparison, ComparisonRow, ComparisonValue } from '../compare/comparison.js';
import { addTerms, type Casing, casingFrom } from '../diff/casing.js';
import { describeTermValue } from '../diff/describe-term.js';
import type { Source } from '../model/source.js';

// The pieces every rendering of a comparison shares: a cell in words, the marker of a row, the
// sentence of a row with who says what, the casing learnt from the rows, the title and tally.

/** What a silent draft shows in a cell. */
export const SILENT = '·';

export const MARKERS = { disagree: '≠', near: '≈', agree: '=', single: '' } as const;

/** The sentence of `formatComparisonRow`, with every user string passed through `escapeText`. */
export function rowSentence(
  row: ComparisonRow,
  silent: boolean,
  escapeText: (text: string) => string,
  casing: Casing,
): string {
  const sides = row.sides.map((side) => {
    const who = attribution(row, side.drafts);
    return `${escapeText(describeValue(side.value, casing))} (${who.map(escapeText).join('; ')})`;
  });
  let sentence = `${escapeText(row.label)}: ${sides.join(' vs ')}`;
  const quiet = silentDrafts(row);
  if (silent && quiet.length > 0) sentence += `; silent: ${quiet.map(escapeText).join(', ')}`;
  if (row.note !== undefined) sentence += ` [${escapeText(row.note)}]`;
  return sentence;
}

/** The outlets behind the drafts of one side, deduplicated in order; ids for drafts citing none. */
export function attribution(row: ComparisonRow, drafts: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of drafts) {
    const sources = (Object.hasOwn(row.sources, id) ? row.sources[id] : undefined) ?? [];
    if (sources.length === 0) names.push(id);
    for (const source of sources) names.push(sourceName(source));
  }
  return [...new Set(names)];
}

/** `describeSource` for a source already checked. */
export function sourceName(source: Source): string {
  return source.citing === undefined ? source.outlet : `${source.outlet} citing ${source.citing}`;
}

export function silentDrafts(row: ComparisonRow): string[] {
  return Object.entries(row.values)
    .filter(([, value]) => value === 'silent')
    .map(([id]) => id);
}

export function cellValue(row: ComparisonRow, id: string): ComparisonValue {
  return (Object.hasOwn(row.values, id) ? row.values[id] : undefined) ?? 'silent';
}

/** A cell in words: `·` for a silent draft. Its terms are checked (`readComparison`): kinds known. */
export function describeValue(value: ComparisonValue, casing: Casing): string {
  return value === 'silent' ? SILENT : describeTermValue(value, casing);
}

/**
 * The casing of the words the rows carry (labels, notes, names in sets and subjects), so a
 * status value keeps the capitals the drafts give its proper nouns: "relinquished to Russia".
 */
export function casingOfRows(rows: readonly ComparisonRow[]): Casing {
  return casingFrom((add) => {
    for (const row of rows) {
      add(row.label);
      if (row.note !== undefined) add(row.note);
      for (const value of Object.values(row.values)) {
        if (value !== 'silent') {
          addTerms([value], add);
          if (value.kind === 'text' && typeof value.value === 'string') add(value.value);
        }
      }
    }
  });
}

export function markerOf(row: ComparisonRow): string {
  if (row.agreement === 'disagree') return MARKERS.disagree;
  if (row.agreement === 'agree') return row.near === true ? MARKERS.near : MARKERS.agree;
  return MARKERS.single;
}

export function defaultTitle(comparison: Comparison): string {
  const count = comparison.drafts.length;
  return `Comparison of ${count} draft${count === 1 ? '' : 's'}`;
}

/** `12 keys: 3 disagree, 5 agree (1 with different bounds), 4 stated by one draft`. */
export function tally(comparison: Comparison): string {
  const count = (agreement: string) =>
    comparison.rows.filter((row) => row.agreement === agreement).length;
  const near = comparison.rows.filter((row) => row.near === true).length;
  const keys = comparison.rows.length;
  return `${keys} key${keys === 1 ? '' : 's'}: ${count('disagree')} disagree, ${count('agree')} agree${near > 0 ? ` (${near} with different bounds)` : ''}, ${count('single')} stated by one draft`;
}

export const LEGEND = '≠ disagree  = agree  ≈ agree, bounds differ  · silent';
