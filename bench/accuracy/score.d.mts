// Types of score.mjs, for the TypeScript test that runs it (test/accuracy/accuracy.test.ts).

import type {
  alignDrafts,
  Change,
  Draft,
  DraftAlignment,
  diffDrafts,
  fromText,
  Term,
  TermKind,
} from '../../src/index.js';

/** One figure change a person found by reading both texts. */
export interface TruthTerm {
  /** Label of the provision in the earlier text that holds the figure; null when it lacks it. */
  before: string | null;
  /** Label of the provision in the later text that holds the figure; null when it lacks it. */
  after: string | null;
  /** Kind of the figure: quantity, money, duration, share or date. */
  kind: string;
  /** The earlier figure: a plain number, an ISO date, or null. */
  from: number | string | null;
  /** The later figure. */
  to: number | string | null;
}

/** Where a text of a pair is read from. */
export type TruthText = { spdx: string } | { file: string };

/** One ground-truth file of test/fixtures/accuracy/ (its README gives the format). */
export interface Truth {
  /** The file name without `.json`. */
  name: string;
  /** `dev` (tuning allowed) or `held-out` (reported only). */
  split: 'dev' | 'held-out';
  /** The earlier text. */
  before: TruthText;
  /** The later text. */
  after: TruthText;
  /** Top-level numbered sections of each text. */
  sections: { before: number; after: number };
  /** Every correspondence `[earlier label, later label]`. */
  pairs: [string, string][];
  /** Earlier labels whose subject is gone. */
  removed: string[];
  /** Later labels whose subject is new. */
  added: string[];
  /** Every real change of a figure. */
  terms: TruthTerm[];
  /** The hard calls. */
  notes?: string;
}

/** A truth file with both texts read. */
export interface Fixture {
  /** The ground truth. */
  truth: Truth;
  /** The earlier text. */
  beforeText: string;
  /** The later text. */
  afterText: string;
}

/** The three functions scored, from the sources or the built package. */
export interface ScoredLibrary {
  /** Imports a text. */
  fromText: typeof fromText;
  /** Aligns two drafts. */
  alignDrafts: typeof alignDrafts;
  /** Diffs two drafts. */
  diffDrafts: typeof diffDrafts;
}

/** Sections of one side recovered. */
export interface SectionScore {
  /** Truth sections carried by a top-level provision. */
  found: number;
  /** Truth sections. */
  expected: number;
  /** Top-level numbered provisions the truth does not know. */
  extra: number;
}

/** Claimed correspondences against the truth's. */
export interface AlignmentScore {
  /** Claimed and true. */
  correct: number;
  /** Claimed (distinct). */
  claimed: number;
  /** True (distinct). */
  expected: number;
  /** correct / claimed (1 when nothing is claimed). */
  precision: number;
  /** correct / expected (1 when nothing is expected). */
  recall: number;
  /** Harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
}

/** Reported term changes against the truth's. */
export interface TermScore {
  /** Reported changes that match a truth entry. */
  real: number;
  /** Reported term.changed, term.added and term.removed changes. */
  reported: number;
  /** Truth entries. */
  expected: number;
  /** real / reported (1 when nothing is reported). */
  precision: number;
  /** Truth entries matched / expected (1 when nothing is expected). */
  recall: number;
}

/** The scores of one pair of texts. */
export interface PairScore {
  /** The truth file's name. */
  name: string;
  /** Its split. */
  split: 'dev' | 'held-out';
  /** Sections recovered in each text. */
  sections: { before: SectionScore; after: SectionScore };
  /** Alignment against `pairs`. */
  alignment: AlignmentScore;
  /** Term changes against `terms`. */
  terms: TermScore;
}

/** Means over the pairs of a group, each pair weighing the same. */
export interface MeanScores {
  /** Pairs averaged. */
  pairs: number;
  /** Share of sections recovered, both texts together. */
  sections: number;
  /** Mean alignment precision. */
  precision: number;
  /** Mean alignment recall. */
  recall: number;
  /** Mean alignment F1. */
  f1: number;
  /** Mean share of reported term changes that are real. */
  termPrecision: number;
  /** Mean share of real term changes reported. */
  termRecall: number;
}

/** One split's pairs and their means. */
export interface ScoreGroup {
  /** `dev` or `held-out`. */
  split: 'dev' | 'held-out';
  /** The pairs, in the order given. */
  rows: PairScore[];
  /** Their means. */
  mean: MeanScores;
}

/** One reported term change, in the truth files' terms. */
export interface ReportedTermChange {
  /** Label of the earlier provision, null for an added term. */
  before: string | null;
  /** Label of the later provision, null for a removed term. */
  after: string | null;
  /** Kind of the term. */
  kind: TermKind;
  /** Earlier figure (undefined when the term holds none). */
  from: number | string | null | undefined;
  /** Later figure. */
  to: number | string | null | undefined;
}

/** The label of the text before the first numbered point. */
export const PREAMBLE: 'preamble';
/** The groups of the set, in table order. */
export const SPLITS: readonly ['dev', 'held-out'];
/** Every provision's JSON Pointer with its label. */
export function labelProvisions(draft: Draft): Map<string, string>;
/** Correspondences an alignment claims, splits and merges expanded into their parts. */
export function correspondencesOf(alignment: DraftAlignment): [string, string][];
/** The labels a truth file uses for one side. */
export function truthLabels(truth: Truth, side: 'before' | 'after'): Set<string>;
/** Sections of one side recovered by an imported draft. */
export function scoreSections(
  truth: Truth,
  side: 'before' | 'after',
  draft: Draft,
  labels: Map<string, string>,
): SectionScore;
/** Precision, recall and F1 of claimed label pairs against expected ones. */
export function scoreAlignment(
  expectedPairs: readonly (readonly [string, string])[],
  claimedPairs: readonly (readonly [string | undefined, string | undefined])[],
): AlignmentScore;
/** The figure a term holds. */
export function figureOf(term: Term | undefined): number | string | undefined;
/** The term changes of a diff, with the labels of their provisions and their figures. */
export function reportedTermChanges(
  changes: readonly Change[],
  beforeLabels: Map<string, string>,
  afterLabels: Map<string, string>,
): ReportedTermChange[];
/** Term precision and recall. */
export function scoreTerms(
  expectedTerms: readonly TruthTerm[],
  reported: readonly ReportedTermChange[],
): TermScore;
/** Scores one pair of texts against its truth. */
export function scorePair(fixture: Fixture, library: ScoredLibrary): PairScore;
/** Means over some pairs. */
export function meanScores(scores: readonly PairScore[]): MeanScores;
/** Scores grouped dev then held out, each with its means. */
export function groupScores(scores: readonly PairScore[]): ScoreGroup[];
/** The scores as a Markdown table. */
export function formatAccuracyTable(scores: readonly PairScore[]): string;
/** What is inconsistent in a truth file. */
export function checkTruth(truth: Truth, name: string): string[];
