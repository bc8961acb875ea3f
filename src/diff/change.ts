import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';

/** One piece of a word-level redline. */
export interface Hunk {
  /** `equal` text is in both versions, `delete` only in the old one, `insert` only in the new. */
  op: 'equal' | 'insert' | 'delete';
  /** The text, exactly as written (whitespace included). */
  text: string;
}

/**
 * How far a figure moved: `after - before`, and that as a fraction of `before`. Both are finite
 * numbers: a change has no delta at all when `before` is 0 or when either would not be finite.
 */
export interface Delta {
  /** `after - before`, in the term's own unit. */
  absolute: number;
  /** `(after - before) / |before|`. */
  relative: number;
}

/** The draft metadata fields that `draft.changed` reports on. */
export type DraftField =
  | 'title'
  | 'version'
  | 'date'
  | 'coverage'
  | 'basedOn'
  | 'sources'
  | 'summary';

/** What about a term changed: its value, or one of the qualifiers around it. */
export type TermAspect =
  | 'kind'
  | 'value'
  | 'unit'
  | 'currency'
  | 'bound'
  | 'condition'
  | 'from'
  | 'of'
  | 'holder'
  | 'ratio'
  | 'subject'
  | 'members';

interface ChangeBase {
  /** JSON Pointer (RFC 6901) into the draft the change lives in: the new one, or the old one for removals. */
  path: string;
  /** One plain-English sentence saying what changed. */
  summary: string;
}

/** A provision present in the new draft only. */
export interface ProvisionAddedChange extends ChangeBase {
  kind: 'provision.added';
  /** Id of the provision in the new draft. */
  provisionId: string;
  /** The whole new provision. */
  after: Provision;
}

/** A provision of the old draft that the new (complete) draft no longer has. */
export interface ProvisionRemovedChange extends ChangeBase {
  kind: 'provision.removed';
  /** Id of the provision in the old draft. */
  provisionId: string;
  /** The whole old provision. */
  before: Provision;
}

/** A provision that changed place relative to the others (not only its number). */
export interface ProvisionMovedChange extends ChangeBase {
  kind: 'provision.moved';
  /** Id of the provision in the new draft. */
  provisionId: string;
  /** JSON Pointer of the provision in the old draft. */
  beforePath: string;
  /** Display number in the old draft, when it had one. */
  fromNumber: string | undefined;
  /** Display number in the new draft, when it has one. */
  toNumber: string | undefined;
  before: Provision;
  after: Provision;
}

/** A provision that kept its place among the others but carries a new number. */
export interface ProvisionRenumberedChange extends ChangeBase {
  kind: 'provision.renumbered';
  provisionId: string;
  beforePath: string;
  fromNumber: string | undefined;
  toNumber: string | undefined;
  before: Provision;
  after: Provision;
}

/** A provision whose text was reworded. */
export interface ProvisionRewordedChange extends ChangeBase {
  kind: 'provision.reworded';
  provisionId: string;
  beforePath: string;
  /** Similarity of the two texts, 0..1 (1: same words). */
  similarity: number;
  /** Word-level redline: equal+delete rebuild the old text, equal+insert the new one. */
  hunks: Hunk[];
  /** True when the edit was too large to redline word by word: one delete and one insert. */
  coarse: boolean;
  before: Provision;
  after: Provision;
}

/** A provision whose heading changed. */
export interface ProvisionRetitledChange extends ChangeBase {
  kind: 'provision.retitled';
  provisionId: string;
  beforePath: string;
  before: Provision;
  after: Provision;
}

/** One old provision that became several new ones. */
export interface ProvisionSplitChange extends ChangeBase {
  kind: 'provision.split';
  /** Id of the old provision. */
  provisionId: string;
  /** Ids of the new provisions, in order. */
  intoIds: string[];
  /** JSON Pointers of the new provisions. */
  afterPaths: string[];
  before: Provision;
  after: Provision[];
}

/** Several old provisions that became one new one. */
export interface ProvisionMergedChange extends ChangeBase {
  kind: 'provision.merged';
  /** Id of the new provision. */
  provisionId: string;
  /** Ids of the old provisions, in order. */
  fromIds: string[];
  /** JSON Pointers of the old provisions. */
  beforePaths: string[];
  before: Provision[];
  after: Provision;
}

interface TermChangeBase extends ChangeBase {
  /** The term's dotted key. */
  key: string;
  /** Id of the provision that states the term (in the draft `path` points into); absent for draft-level terms. */
  provisionId?: string;
}

/** Where a term sits in each draft, by display number: what a reader calls the provision. */
interface TermPlaces {
  /** Display number of the provision that states the old term, when it has one. */
  fromNumber?: string;
  /** Display number of the provision that states the new term, when it has one. */
  toNumber?: string;
}

/** A term the new draft states and the old one did not (and the old one was not silent). */
export interface TermAddedChange extends TermChangeBase, Pick<TermPlaces, 'toNumber'> {
  kind: 'term.added';
  after: Term;
}

/** A term the old draft stated and the new (complete) one does not. */
export interface TermRemovedChange extends TermChangeBase, Pick<TermPlaces, 'fromNumber'> {
  kind: 'term.removed';
  before: Term;
}

/** A term stated by both drafts with a different meaning. */
export interface TermChangedChange extends TermChangeBase, TermPlaces {
  kind: 'term.changed';
  /** JSON Pointer of the term in the old draft. */
  beforePath: string;
  /** The whole old term. */
  before: Term;
  /** The whole new term. */
  after: Term;
  /** What differs, in a fixed order. */
  aspects: TermAspect[];
  /**
   * For figures in the same unit (quantity, money, duration, share): how far the value moved.
   * Absent when the old figure is 0 or the delta would not be finite (1e308 -> -1e308).
   */
  delta?: Delta;
  /** For sets: members only the new term has, sorted. */
  membersAdded?: string[];
  /** For sets: members only the old term has, sorted. */
  membersRemoved?: string[];
}

/** A metadata field of the draft itself changed. */
export interface DraftChangedChange extends ChangeBase {
  kind: 'draft.changed';
  field: DraftField;
  before: unknown;
  after: unknown;
}

/** One semantic difference between two drafts, discriminated on `kind`. */
export type Change =
  | DraftChangedChange
  | ProvisionAddedChange
  | ProvisionRemovedChange
  | ProvisionMovedChange
  | ProvisionRenumberedChange
  | ProvisionRewordedChange
  | ProvisionRetitledChange
  | ProvisionSplitChange
  | ProvisionMergedChange
  | TermAddedChange
  | TermRemovedChange
  | TermChangedChange;

/** Every change kind. */
export type ChangeKind = Change['kind'];

/** The change with the given kind. */
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;

/** Every change kind, in the order a diff lists them within one provision. */
export const CHANGE_KINDS = [
  'draft.changed',
  'provision.added',
  'provision.removed',
  'provision.moved',
  'provision.renumbered',
  'provision.split',
  'provision.merged',
  'provision.retitled',
  'provision.reworded',
  'term.added',
  'term.removed',
  'term.changed',
] as const satisfies readonly ChangeKind[];

/** Counts of changes by kind. */
export type ChangeStats = { [K in ChangeKind]: number };

/** One value per change kind, keyed in the order of `CHANGE_KINDS` (`stats` is printed so). */
export function perChangeKind<T>(value: (kind: ChangeKind) => T): { [K in ChangeKind]: T } {
  return {
    'draft.changed': value('draft.changed'),
    'provision.added': value('provision.added'),
    'provision.removed': value('provision.removed'),
    'provision.moved': value('provision.moved'),
    'provision.renumbered': value('provision.renumbered'),
    'provision.split': value('provision.split'),
    'provision.merged': value('provision.merged'),
    'provision.retitled': value('provision.retitled'),
    'provision.reworded': value('provision.reworded'),
    'term.added': value('term.added'),
    'term.removed': value('term.removed'),
    'term.changed': value('term.changed'),
  };
}

/** The semantic difference between two drafts. */
export interface DraftDiff {
  /** Id of the old draft. */
  from: string;
  /** Id of the new draft. */
  to: string;
  /** Every change, in document order: metadata first, then provision by provision. */
  changes: Change[];
  /** How many changes of each kind. */
  stats: ChangeStats;
}
