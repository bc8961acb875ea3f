// Scoring of the accuracy harness (ACCURACY.md): how far draftdiff's reading of two versions of a
// real text agrees with the ground truth a person wrote in test/fixtures/accuracy/. Pure data in,
// numbers out, no Node built-ins: `bench/accuracy.mjs` runs it on the built package and
// `test/accuracy/accuracy.test.ts` on the sources. Types: score.d.mts beside this file.

/** The label of the text before the first numbered point (a top-level provision with no number). */
export const PREAMBLE = 'preamble';

/** The figure kinds a truth file lists in `terms`; the other kinds of change never match one. */
const FIGURE_KINDS = new Set(['quantity', 'money', 'duration', 'share', 'date']);

/** Two figures closer than this are the same (0.1 + 0.2 against 0.3). */
const EPSILON = 1e-9;

/**
 * Every provision of a draft at every depth, by JSON Pointer, with the label a truth file would
 * give it: its display `number`; `preamble` for a first top-level provision with no number; for
 * any other provision with no number, `(unnumbered <pointer>)`, which no truth label can equal.
 * A number that occurs again in the same draft (a list that starts again inside one section)
 * takes `#2`, `#3`, ... at its later occurrences, in reading order, as the truth files do.
 */
export function labelProvisions(draft) {
  const labels = new Map();
  const seen = new Map();
  const visit = (provisions, at, topLevel) => {
    provisions.forEach((provision, index) => {
      const pointer = `${at}/${index}`;
      labels.set(pointer, labelOf(provision.number, pointer, topLevel && index === 0, seen));
      visit(provision.items ?? [], `${pointer}/items`, false);
    });
  };
  visit(draft.provisions, '/provisions', true);
  return labels;
}

function labelOf(number, pointer, first, seen) {
  if (number === undefined || number === '') return first ? PREAMBLE : `(unnumbered ${pointer})`;
  const count = (seen.get(number) ?? 0) + 1;
  seen.set(number, count);
  return count === 1 ? number : `${number}#${count}`;
}

/**
 * The correspondences an alignment claims, as `[before pointer, after pointer]`: its pairs, and
 * one correspondence per part of each split and each merge (a split in two is two pairs, as in
 * the truth files).
 */
export function correspondencesOf(alignment) {
  return [
    ...alignment.pairs.map((pair) => [pair.before, pair.after]),
    ...alignment.splits.flatMap((split) => split.after.map((part) => [split.before, part])),
    ...alignment.merges.flatMap((merge) => merge.before.map((part) => [part, merge.after])),
  ];
}

/** The labels a truth file uses for one side: in `pairs`, and in `removed` or `added`. */
export function truthLabels(truth, side) {
  const index = side === 'before' ? 0 : 1;
  const unmatched = side === 'before' ? truth.removed : truth.added;
  return new Set([...truth.pairs.map((pair) => pair[index]), ...unmatched]);
}

/** Top-level section labels among some labels: no dot, and not the preamble. */
function topLevelLabels(labels) {
  return [...labels].filter((label) => label !== PREAMBLE && !label.includes('.'));
}

/**
 * How many of the truth's top-level sections one imported draft recovered: a section counts
 * when a top-level provision carries its label. `extra` counts the top-level provisions with
 * a number the truth does not know (sub-points read as sections).
 */
export function scoreSections(truth, side, draft, labels) {
  const wanted = new Set(topLevelLabels(truthLabels(truth, side)));
  let found = 0;
  let extra = 0;
  draft.provisions.forEach((_, index) => {
    const label = labels.get(`/provisions/${index}`);
    if (wanted.has(label)) found++;
    else if (!label.startsWith('(unnumbered') && label !== PREAMBLE) extra++;
  });
  return { found, expected: truth.sections[side], extra };
}

/** A ratio where 0/0 means nothing was asked and nothing went wrong: 1. */
function ratio(part, whole) {
  return whole === 0 ? 1 : part / whole;
}

function f1Of(precision, recall) {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Precision, recall and F1 of claimed correspondences (pairs of labels) against the truth's.
 * Both lists are read as sets.
 */
export function scoreAlignment(expectedPairs, claimedPairs) {
  const key = (pair) => JSON.stringify([pair[0], pair[1]]);
  const expected = new Set(expectedPairs.map(key));
  const claimed = new Set(claimedPairs.map(key));
  let correct = 0;
  for (const pair of claimed) if (expected.has(pair)) correct++;
  const precision = ratio(correct, claimed.size);
  const recall = ratio(correct, expected.size);
  return {
    correct,
    claimed: claimed.size,
    expected: expected.size,
    precision,
    recall,
    f1: f1Of(precision, recall),
  };
}

/** The figure a term holds, as a truth file writes it: a number, a date string, or undefined. */
export function figureOf(term) {
  if (term === undefined || !FIGURE_KINDS.has(term.kind)) return undefined;
  return term.kind === 'money' ? term.amount : term.value;
}

/** The provision pointer a term's pointer lives under: `/provisions/2/terms/0` -> `/provisions/2`. */
function provisionPointerOf(termPointer) {
  const at = termPointer.lastIndexOf('/terms/');
  return at === -1 ? undefined : termPointer.slice(0, at);
}

function labelAt(labels, termPointer) {
  const pointer = provisionPointerOf(termPointer);
  // A draft-level term sits at `/terms/0`: it has no provision, so no label can match it.
  return pointer === '' || pointer === undefined ? '(draft)' : (labels.get(pointer) ?? '(draft)');
}

/**
 * The term changes of a diff, in the truth files' terms: the labels of the provisions on each
 * side (`null` where the side has no such term), the kind, and the figures.
 */
export function reportedTermChanges(changes, beforeLabels, afterLabels) {
  const reported = [];
  for (const change of changes) {
    if (change.kind === 'term.changed') {
      reported.push({
        before: labelAt(beforeLabels, change.beforePath),
        after: labelAt(afterLabels, change.path),
        kind: change.after.kind,
        from: figureOf(change.before),
        to: figureOf(change.after),
      });
    } else if (change.kind === 'term.added') {
      reported.push({
        before: null,
        after: labelAt(afterLabels, change.path),
        kind: change.after.kind,
        from: null,
        to: figureOf(change.after),
      });
    } else if (change.kind === 'term.removed') {
      reported.push({
        before: labelAt(beforeLabels, change.path),
        after: null,
        kind: change.before.kind,
        from: figureOf(change.before),
        to: null,
      });
    }
  }
  return reported;
}

/**
 * Whether a reported figure is the one a truth file wrote. A share is a fraction in a draft
 * (0.5) and may be written as a percentage in the truth (50): either reading matches.
 */
function sameFigure(truth, reported, kind) {
  if (truth === null || reported === null) return truth === reported;
  if (typeof truth === 'string' || typeof reported === 'string') return truth === reported;
  if (typeof reported !== 'number') return false;
  if (Math.abs(truth - reported) < EPSILON) return true;
  return kind === 'share' && Math.abs(truth - reported * 100) < EPSILON;
}

/**
 * The share of reported term changes that are real (precision) and the share of real changes
 * reported (recall). A reported change is real when it matches an unused truth entry by the
 * labels of its provisions and by its figures; each truth entry is used once.
 */
export function scoreTerms(expectedTerms, reported) {
  const used = new Set();
  let real = 0;
  for (const change of reported) {
    const index = expectedTerms.findIndex(
      (entry, at) =>
        !used.has(at) &&
        entry.before === change.before &&
        entry.after === change.after &&
        sameFigure(entry.from, change.from, change.kind) &&
        sameFigure(entry.to, change.to, change.kind),
    );
    if (index === -1) continue;
    used.add(index);
    real++;
  }
  return {
    real,
    reported: reported.length,
    expected: expectedTerms.length,
    precision: ratio(real, reported.length),
    recall: ratio(used.size, expectedTerms.length),
  };
}

/**
 * Scores one pair of texts against its truth with the library given (`fromText`, `alignDrafts`,
 * `diffDrafts`, from the sources or the built package): sections recovered on each side,
 * alignment precision, recall and F1, and term changes. The drafts' ids are the pair's name.
 */
export function scorePair(fixture, library) {
  const { truth } = fixture;
  const before = library.fromText(fixture.beforeText, { id: `${truth.name}-before` });
  const after = library.fromText(fixture.afterText, { id: `${truth.name}-after` });
  const beforeLabels = labelProvisions(before);
  const afterLabels = labelProvisions(after);
  // A claim about material the truth leaves out on both sides (an appendix, a "how to apply"
  // section) is neither right nor wrong: it is not scored. A claim that joins a labelled part
  // to anything is.
  const scopeBefore = new Set(truthLabels(truth, 'before'));
  const scopeAfter = new Set(truthLabels(truth, 'after'));
  const claimed = correspondencesOf(library.alignDrafts(before, after))
    .map(([old, next]) => [beforeLabels.get(old), afterLabels.get(next)])
    .filter(([old, next]) => scopeBefore.has(old) || scopeAfter.has(next));
  const { changes } = library.diffDrafts(before, after);
  return {
    name: truth.name,
    split: truth.split,
    sections: {
      before: scoreSections(truth, 'before', before, beforeLabels),
      after: scoreSections(truth, 'after', after, afterLabels),
    },
    alignment: scoreAlignment(truth.pairs, claimed),
    terms: scoreTerms(truth.terms, reportedTermChanges(changes, beforeLabels, afterLabels)),
  };
}

/** The groups of the set, in the order the table prints them. */
export const SPLITS = ['dev', 'held-out'];

function mean(values) {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The mean of each score over some pairs (each pair weighs the same): sections as the share
 * recovered on both sides together, then alignment and term scores.
 */
export function meanScores(scores) {
  const sectionShare = (score) =>
    ratio(
      score.sections.before.found + score.sections.after.found,
      score.sections.before.expected + score.sections.after.expected,
    );
  return {
    pairs: scores.length,
    sections: mean(scores.map(sectionShare)),
    precision: mean(scores.map((score) => score.alignment.precision)),
    recall: mean(scores.map((score) => score.alignment.recall)),
    f1: mean(scores.map((score) => score.alignment.f1)),
    termPrecision: mean(scores.map((score) => score.terms.precision)),
    termRecall: mean(scores.map((score) => score.terms.recall)),
  };
}

/** The scores grouped by split (dev, then held out), each with its mean. Empty groups are left out. */
export function groupScores(scores) {
  return SPLITS.map((split) => {
    const rows = scores.filter((score) => score.split === split);
    return { split, rows, mean: meanScores(rows) };
  }).filter((group) => group.rows.length > 0);
}

const HEADER = ['pair', 'sections', 'P', 'R', 'F1', 'terms real', 'terms found'];

function fixed(value) {
  return value.toFixed(2);
}

function rowOf(score) {
  const { before, after } = score.sections;
  const sections = (side) =>
    `${side.found}/${side.expected}${side.extra === 0 ? '' : ` +${side.extra}`}`;
  return [
    score.name,
    `${sections(before)} ${sections(after)}`,
    fixed(score.alignment.precision),
    fixed(score.alignment.recall),
    fixed(score.alignment.f1),
    `${score.terms.real}/${score.terms.reported} ${fixed(score.terms.precision)}`,
    `${score.terms.real}/${score.terms.expected} ${fixed(score.terms.recall)}`,
  ];
}

function meanRowOf(group) {
  const { mean: average } = group;
  return [
    `mean of ${average.pairs}`,
    fixed(average.sections),
    fixed(average.precision),
    fixed(average.recall),
    fixed(average.f1),
    fixed(average.termPrecision),
    fixed(average.termRecall),
  ];
}

/**
 * The scores as a Markdown table (it reads as well in a terminal as in ACCURACY.md): one row
 * per pair, grouped dev then held out, each group closed by its means. Sections read
 * "found/true" for the earlier then the later text, `+n` for sub-points taken for sections.
 */
export function formatAccuracyTable(scores) {
  const lines = [];
  const line = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  line(HEADER);
  line(HEADER.map((_, index) => (index === 0 ? '---' : '---:')));
  for (const group of groupScores(scores)) {
    line([`**${group.split}**`, '', '', '', '', '', '']);
    for (const score of group.rows) line(rowOf(score));
    line(meanRowOf(group).map((cell) => `*${cell}*`));
  }
  return lines.join('\n');
}

/**
 * What is inconsistent in a truth file, as sentences (empty when nothing is): the fields, the
 * split, a label both paired and removed or added, a pair listed twice, and a `sections`
 * count that differs from the top-level labels used.
 */
export function checkTruth(truth, name) {
  const problems = [];
  if (truth.name !== name) problems.push(`name is ${JSON.stringify(truth.name)}, not ${name}`);
  if (!SPLITS.includes(truth.split)) problems.push(`split ${JSON.stringify(truth.split)}`);
  for (const field of ['pairs', 'removed', 'added', 'terms']) {
    if (!Array.isArray(truth[field])) problems.push(`${field} is not a list`);
  }
  if (problems.length > 0) return problems;
  const keys = truth.pairs.map((pair) => JSON.stringify(pair));
  for (const key of keys.filter((key, index) => keys.indexOf(key) !== index)) {
    problems.push(`pair ${key} is listed twice`);
  }
  for (const [side, index, unmatched, word] of [
    ['before', 0, truth.removed, 'removed'],
    ['after', 1, truth.added, 'added'],
  ]) {
    const paired = new Set(truth.pairs.map((pair) => pair[index]));
    for (const label of unmatched) {
      if (paired.has(label)) problems.push(`${side} ${label} is both paired and ${word}`);
    }
    const top = topLevelLabels(truthLabels(truth, side));
    if (top.length !== truth.sections?.[side]) {
      problems.push(`sections.${side} is ${truth.sections?.[side]}, the labels have ${top.length}`);
    }
  }
  return problems;
}
