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

const WORD = /\p{L}+/gu;
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
 * Passes one text to learn from; `name` when it is a name on its own (a set's member, a
 * status's subject), whose first capital is no sentence's.
 */
export type Add = (text: string, name?: boolean) => void;

function learn(collect: (add: Add) => void): Map<string, string> {
  const capitalised = new Map<string, string>();
  const lower = new Set<string>();
  collect((text, name = false) => {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const folded = word.toLowerCase();
      if (word === folded) {
        lower.add(word);
      } else if (
        !capitalised.has(folded) &&
        ((name && match.index === 0) || !startsSentence(text, match.index))
      ) {
        capitalised.set(folded, word);
      }
    }
  });
  for (const word of lower) capitalised.delete(word);
  return capitalised;
}

function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && OPENERS.test(text[at] as string)) {
    if (text[at] === '\n' || text[at] === '\r') return true;
    at--;
  }
  return at < 0 || SENTENCE_END.test(text[at] as string);
}

/** The casing of two drafts' prose: titles, clause texts, term labels, subjects and members. */
export function casingOfDrafts(drafts: readonly Draft[]): Casing {
  return casingFrom((add) => {
    for (const draft of drafts) {
      add(draft.title);
      addTerms(draft.terms, add);
      // A stack, not recursion: sub-points may nest as deep as the limits allow.
      const stack: Provision[] = draft.provisions.slice().reverse();
      for (let provision = stack.pop(); provision !== undefined; provision = stack.pop()) {
        if (provision.title !== undefined) add(provision.title);
        add(provision.text);
        addTerms(provision.terms, add);
        const items = provision.items ?? [];
        for (let index = items.length - 1; index >= 0; index--)
          stack.push(items[index] as Provision);
      }
    }
  });
}

/** Adds what a term says in words: its label, and the names in a status's subject or a set. */
export function addTerms(terms: readonly Term[] | undefined, add: Add): void {
  for (const term of terms ?? []) {
    if (term.label !== undefined) add(term.label);
    if (term.kind === 'status' && term.subject !== undefined) add(term.subject, true);
    if (term.kind === 'set') for (const member of term.members) add(member, true);
  }
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
          if ('key' in part && 'kind' in part) addTerms([part as Term], add);
        }
      }
    }
  });
}
