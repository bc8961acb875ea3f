import { pushAll } from '../internal/push-all.js';
import type { Draft } from '../model/draft.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import type { Change } from './change.js';

/**
 * How a lower-case word is written in running text: `russian` gives `Russian` when the drafts
 * only ever write it with a capital. Status values are lower-case kebab words by the schema
 * ("recognized-de-facto-russian"), so the proper nouns in them have lost their capitals; the
 * drafts' own prose says which words had them. Nothing here knows any names: a word counts as
 * proper when it is capitalised somewhere other than at the start of a sentence and is never
 * written in lower case.
 */
export type Casing = (word: string) => string;

/** Leaves every word as it is. */
export const NO_CASING: Casing = (word) => word;

/** A word of a status value that casing can restore: letters only, as prose splits words. */
const LETTERS = /^\p{L}+$/u;
const LETTER = /\p{L}/u;
/** What ends a sentence, so the next word's capital says nothing. */
const SENTENCE_END = /[.!?:;\n\r\u2028\u2029]/u;
/** Skipped when looking back for a sentence end: spaces, quotes and brackets. */
const OPENERS = /[\s"'“‘([«]/u;

/**
 * A `Casing` learnt from texts that `collect` passes to `add`, read on the first lookup only
 * (most diffs never describe a status, and need not read the drafts for one).
 */
export function casingFrom(collect: (add: Add) => void): Casing {
  let proper: Map<string, string> | undefined;
  return (word) => {
    if (proper === undefined) proper = learn(collect);
    return proper.get(word) ?? word;
  };
}

/**
 * Passes one text: `'prose'` (the default) to learn from; `'name'` for a name on its own (a
 * set's member, a status's subject), whose first capital is no sentence's; `'status'` for a
 * status value, whose words are the only ones a `Casing` is asked for.
 */
export type Add = (text: string, role?: 'prose' | 'name' | 'status') => void;

/**
 * Learns the words of the status values only, one at a time: whole drafts of prose hold
 * millions of words, and most wanted words ("at", "line", "frozen") are soon found in lower
 * case, by `indexOf`, which ends their search. Only the rest are looked for with a capital.
 */
function learn(collect: (add: Add) => void): Map<string, string> {
  const prose: string[] = [];
  const names: string[] = [];
  const wanted = new Set<string>();
  collect((text, role = 'prose') => {
    if (role === 'status') {
      for (const word of text.split('-')) if (LETTERS.test(word)) wanted.add(word.toLowerCase());
    } else {
      (role === 'name' ? names : prose).push(text);
    }
  });
  if (wanted.size === 0) return new Map();
  // One string, the texts a line apart (a line break ends a sentence, as between two texts):
  // a search of one string costs far less than the same search of thousands of clauses.
  const texts = [prose.join('\n'), ...names];
  const proper = new Map<string, string>();
  for (const word of wanted) {
    if (texts.some((text) => hasWord(text, word))) continue;
    const capital = firstCapital(texts, word);
    if (capital !== undefined) proper.set(word, capital);
  }
  return proper;
}

/** Whether `text` holds `word` as written, as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

/**
 * The first spelling of `word` with a capital (`Russia`) or in capitals (`NATO`), as a whole
 * word, that no sentence start explains. Found with `indexOf`: a case-blind pattern over
 * megabytes of prose costs more than the whole diff.
 */
function firstCapital(texts: readonly string[], word: string): string | undefined {
  const spellings = [...new Set([word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()])];
  for (const [index, text] of texts.entries()) {
    let first: { at: number; spelling: string } | undefined;
    for (const spelling of spellings) {
      for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
        if (first !== undefined && at > first.at) break;
        if (isLetter(text[at - 1]) || isLetter(text[at + spelling.length])) continue;
        // The texts after the first are names: a capital at their start is the name's.
        if ((index > 0 && at === 0) || !startsSentence(text, at)) {
          first = { at, spelling };
          break;
        }
      }
    }
    if (first !== undefined) return first.spelling;
  }
  return undefined;
}

function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && OPENERS.test(text.charAt(at))) {
    if (text[at] === '\n' || text[at] === '\r') return true;
    at--;
  }
  return at < 0 || SENTENCE_END.test(text.charAt(at));
}

/** The casing of two drafts: titles, the clauses that state a status, term labels, subjects and members. */
export function casingOfDrafts(drafts: readonly Draft[]): Casing {
  return casingFrom((add) => {
    for (const draft of drafts) {
      add(draft.title);
      addTerms(draft.terms, add);
      // A stack, not recursion: sub-points may nest as deep as the limits allow.
      const stack: Provision[] = draft.provisions.slice().reverse();
      for (let provision = stack.pop(); provision !== undefined; provision = stack.pop()) {
        if (provision.title !== undefined) add(provision.title);
        // The clauses that state a status only: a status's proper nouns are written there, and
        // reading every clause of a large draft would cost more than the rest of the diff.
        if (provision.terms?.some((term) => term.kind === 'status') === true) add(provision.text);
        addTerms(provision.terms, add);
        // Last first, so that the first sub-point is the next one taken.
        if (provision.items !== undefined) pushAll(stack, [...provision.items].reverse());
      }
    }
  });
}

/** Adds what a term says in words: its label, and the names in a status's subject or a set. */
export function addTerms(terms: readonly Term[] | undefined, add: Add): void {
  for (const term of terms ?? []) {
    if (term.label !== undefined) add(term.label);
    if (term.kind === 'status') {
      add(term.value, 'status');
      if (term.subject !== undefined) add(term.subject, 'name');
    }
    if (term.kind === 'set') for (const member of term.members) add(member, 'name');
  }
}

/** A side of a change that is a term: one with a `key` and a `kind` (no provision has either). */
function isTermLike(part: object): part is Term {
  return 'key' in part && 'kind' in part;
}

/**
 * The casing of the prose a list of changes carries: its provisions' texts and titles, its
 * terms' words. What a diff alone can tell, for a formatter or an inverse that has no drafts.
 */
export function casingOfChanges(changes: readonly Change[]): Casing {
  return casingFrom((add) => {
    for (const change of changes) {
      const sides = [
        'before' in change ? change.before : undefined,
        'after' in change ? change.after : undefined,
      ];
      for (const side of sides) {
        for (const part of Array.isArray(side) ? side : [side]) {
          if (typeof part === 'string') add(part);
          if (typeof part !== 'object' || part === null) continue;
          if ('text' in part && typeof part.text === 'string') add(part.text);
          if ('title' in part && typeof part.title === 'string') add(part.title);
          if (isTermLike(part)) addTerms([part], add);
        }
      }
    }
  });
}
