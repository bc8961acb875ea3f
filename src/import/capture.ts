/**
 * Reading the capture groups of a match. TypeScript types every group as possibly undefined,
 * since a group inside an optional part or one side of an alternative may take no part in a
 * match; most groups of the import patterns sit outside both and always take part.
 */

/**
 * Group `group` of `match`, for a group that takes part in every match of its pattern. Should
 * an edit of the pattern make it optional, this fails at once, naming the group, rather than
 * passing `undefined` on as a string.
 */
export function captured(match: RegExpExecArray, group: number): string {
  const value = match[group];
  if (value === undefined) {
    throw new Error(`capture group ${group} took no part in the match ${JSON.stringify(match[0])}`);
  }
  return value;
}
