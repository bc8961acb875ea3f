import { keepShape } from '../internal/keep-shape.js';
import { int32At, readAt } from '../internal/read-at.js';
import { stemWord } from '../internal/stem.js';
import { createTokenBuffer, TokenTable } from '../internal/token-table.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * What a clause is about, as the alignment compares it: its words lower-cased, possessives
 * dropped, split at hyphens, stop words left out and the rest stemmed, so that "Ukraine's
 * sovereignty is confirmed" and "the sovereignty of Ukraine is confirmed" have the same
 * content. Every figure is one and the same term (`#`): the change a reader looks for (600,000
 * becoming 800,000) must not be what keeps the two versions of a clause apart.
 */

/** The term every figure becomes. */
export const FIGURE_TERM = '#';

/** A set of terms as the sorted, distinct ids a `ContentTable` gave them. */
export interface TermSet {
  /** Their ids, ascending. */
  readonly ids: Int32Array;
}

/** Numbers the terms of both drafts of one alignment, so their sets compare as integer arrays. */
export class ContentTable {
  /** The tokenizer's table: each distinct word is sliced and lower-cased once. */
  private readonly tokens = new TokenTable();
  private readonly buffer = createTokenBuffer();
  /** By lower-case word id: its term ids (a hyphenated word has several), none for a stop word. */
  private readonly termsOfWord: (readonly number[] | undefined)[] = [];
  private readonly idOfTerm = new Map<string, number>();
  private readonly terms: string[] = [];

  /** How many distinct terms so far. */
  get size(): number {
    return this.terms.length;
  }

  /** The term an id stands for (a stem, or `#`). */
  termOf(id: number): string {
    return readAt(this.terms, id);
  }

  /** The distinct terms of a text. */
  contentOf(text: string): TermSet {
    const { tokens, buffer } = this;
    tokens.scan(expandAbbreviations(text), buffer);
    const ids: number[] = [];
    for (let index = 0; index < buffer.count; index++) {
      const word = tokens.wordOf(int32At(buffer.ids, index));
      if (word === -1) continue;
      let terms = this.termsOfWord[word];
      if (terms === undefined) {
        terms = this.termsOf(tokens.wordText(word));
        this.termsOfWord[word] = terms;
      }
      for (const id of terms) ids.push(id);
    }
    return toSet(ids);
  }

  private termsOf(word: string): readonly number[] {
    const ids: number[] = [];
    if (isFigure(word)) {
      ids.push(this.idOf(FIGURE_TERM));
    } else {
      for (const part of withoutPossessive(word).split(/['’-]/u)) {
        if (part === '' || STOP_WORDS.has(part)) continue;
        ids.push(this.idOf(termOf(part)));
      }
    }
    return ids;
  }

  private idOf(term: string): number {
    let id = this.idOfTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idOfTerm.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** Longest stem kept: "sovereignty" and "sovereign" both begin "soverei". */
const STEM_LENGTH = 7;

/**
 * A word's term: American spelling (both versions of a text may not share one), then its
 * Porter2 stem, cut to `STEM_LENGTH` so that words of one family the stemmer keeps apart
 * ("sovereignty", "sovereign"; "guarantor", "guaranteed") compare as one.
 */
function termOf(word: string): string {
  return stemWord(americanSpelling(word)).slice(0, STEM_LENGTH);
}

/**
 * British spellings in their American form, for the endings where the two differ regularly:
 * "licence", "defence", "offence"; "-ise", "-isation", "-isational"; "-our" ("labourer",
 * "favourite"); "-tre" ("centred"); "programme". Applied to both versions alike, a rule that
 * also rewrites a word that has no American twin does no harm.
 */
function americanSpelling(word: string): string {
  if (word.length < 5 || word.length > 40) return word;
  return word
    .replace(/^(lic|def|off)ence(s?)$/u, '$1ense$2')
    .replace(/^(.{3,})is(ations?|ational|e|ed|er|ers|es|ing)$/u, '$1iz$2')
    .replace(/^(.{3,})our(s|ed|ing|able|er|ers|ite|ites)?$/u, '$1or$2')
    .replace(/^(.{2,})tre(s?)$/u, '$1ter$2')
    .replace(/^(.{2,})tred$/u, '$1tered')
    .replace(/^programme(s?)$/u, 'program$1');
}

/**
 * Country and union abbreviations written out, so that "the U.S." and "the United States" share
 * their words (and "US" is not read as the pronoun "us"). In a text written in capitals "US" and
 * "UN" may be words ("LET US AGREE"): there only the dotted forms are read as abbreviations.
 */
function expandAbbreviations(text: string): string {
  if (!ABBREVIATED.test(text)) return text;
  return text.replace(ABBREVIATION, (match, offset: number) =>
    !match.includes('.') && inCapitals(text, offset, match.length)
      ? match
      : (ABBREVIATIONS.get(match.replaceAll('.', '')) ?? match),
  );
}

const ABBREVIATION =
  /(?<![\p{L}\p{N}.])(?:U\.S\.?(?:A\.?)?|U\.K\.?|E\.U\.?|U\.N\.?|USA|US|UK|EU|UN)(?![\p{L}\p{N}])/gu;

/** Whether the word before or after `text[offset, offset + length)` is written in capitals. */
function inCapitals(text: string, offset: number, length: number): boolean {
  const before = /(\p{L}+)[^\p{L}]{1,3}$/u.exec(text.slice(Math.max(0, offset - 40), offset));
  const after = /^[^\p{L}]{1,3}(\p{L}+)/u.exec(text.slice(offset + length, offset + length + 40));
  const capitals = (word: string | undefined) =>
    word !== undefined && word.length > 1 && word === word.toUpperCase();
  return capitals(before?.[1]) || capitals(after?.[1]);
}
const ABBREVIATED = /U\.?[SKN]|E\.?U/u;
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['US', 'United States'],
  ['USA', 'United States'],
  ['UK', 'United Kingdom'],
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
]);

/** Sorted, distinct ids of `ids` (which it sorts in place). */
export function toSet(ids: number[]): TermSet {
  const sorted = Int32Array.from(ids).sort();
  let size = 0;
  for (let index = 0; index < sorted.length; index++) {
    const id = int32At(sorted, index);
    if (index === 0 || id !== sorted[index - 1]) sorted[size++] = id;
  }
  return { ids: sorted.subarray(0, size) };
}

/** The union of several sets, stopping once it holds `limit` terms. */
export function unionOf(sets: readonly TermSet[], limit: number): TermSet {
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const set of sets) {
    for (const id of set.ids) {
      if (seen.has(id)) continue;
      if (seen.size === limit) return toSet(ids);
      seen.add(id);
      ids.push(id);
    }
  }
  return toSet(ids);
}

/** Figures ("600,000", "$100bn", "2.1") start with a digit or a currency sign. */
function isFigure(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || '$€£¥'.includes(word[0] ?? '');
}

/** "ukraine's" and "parties'" without the possessive. */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

keepShape(new ContentTable());
