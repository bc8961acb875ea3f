import { keepShape } from './keep-shape.js';
import { int32At, numberAt, stringAt, uint8At } from './read-at.js';
import { FNV_OFFSET, FNV_PRIME } from './string-index.js';
import {
  createScanned,
  isAsciiAlphanumeric,
  isWordType,
  scanAsciiToken,
  scanToken,
  scanTokenWithRegex,
  type TokenType,
} from './tokenize.js';

/**
 * Numbers the tokens of many texts, so that a redline compares integers and a similarity
 * counts distinct words with two arrays of marks instead of a `Set` of fresh strings per clause.
 *
 * Why: slicing every token and lower-casing every word into a `Set` costs about two thirds of
 * `diffDrafts` on 10,000 reworded clauses (BENCHMARKS.md). Here a token is sliced only the
 * first time its text is seen; after that it is found by a hash of its code units and a
 * comparison of the range against the one stored copy, so equal ids always mean equal texts and
 * the edit script and similarity are exactly those of the strings.
 *
 * Ids are handed out in order of first appearance, so they never depend on the hash: a table
 * that leaves its open-addressed slots for a `Map` (below) gives every token the same id.
 */

/** The tokens of one text: ids and the offset where each ends. Reused from scan to scan. */
export interface TokenBuffer {
  /** Token ids; only the first `count` are meaningful. */
  ids: Int32Array;
  /** Where each token ends in the text (exclusive); the first starts at 0. */
  ends: Int32Array;
  /** How many tokens the last scan found. */
  count: number;
  /**
   * The first token the regex had to scan (`count` when none did): the tokens before it were
   * read without looking more than one character past their end. Only `scan` sets it.
   */
  firstRegexToken: number;
}

/** An empty buffer for `TokenTable.scan`. */
export function createTokenBuffer(): TokenBuffer {
  return { ids: new Int32Array(256), ends: new Int32Array(256), count: 0, firstRegexToken: 0 };
}

/**
 * Past this many probes for one token the table stops trusting its own hash: texts built to
 * collide (FNV-1a is public) would otherwise make every lookup walk one long chain, quadratic
 * in the number of tokens. V8 seeds the hash of its `Map`, so the fallback cannot be aimed at.
 */
const MAX_PROBES = 64;

/** Single ASCII characters (a space, a comma, "a") are their own ids: no hash, no lookup. */
const ASCII = 128;

/** ASCII character classes of the inline scan in `scanUntil`. */
const LETTER = 0;
const DIGIT = 1;
const SPACE_CLASS = 2;
/** Apostrophe and hyphen: they join words ("don't", "re-enter"), so the tokenizer decides. */
const JOINER = 3;
const SYMBOL_CLASS = 4;
/** Digits and "$" may start a figure, and non-ASCII may be anything: the tokenizer decides. */
const OTHER = 5;

const CLASSES = new Uint8Array(ASCII).map((_, code) => {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE_CLASS;
  if (code === 0x27 || code === 0x2d) return JOINER;
  return code === 0x24 ? OTHER : SYMBOL_CLASS;
});

/** Interns tokens and their lower-cased word forms for the length of one diff. */
export class TokenTable {
  /** The text of each token id (one copy, sliced when first seen). */
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  /** The lower-cased word id of each token id, or -1 for spaces and symbols. */
  private readonly wordIds: number[] = [];
  private readonly wordsByText = new Map<string, number>();
  /** The text of each lower-cased word id. */
  private readonly words: string[] = [];
  /** Open addressing, linear probing: token id + 1, 0 when empty. */
  private slots = new Int32Array(1024);
  /** Set once a chain grew past `MAX_PROBES`: from then on every lookup goes through it. */
  private byText: Map<string, number> | undefined;
  /** Marks for `similarity`: the stamp of the last call that saw each word on each side. */
  private seenBefore = new Int32Array(0);
  private seenAfter = new Int32Array(0);
  private stamp = 0;
  /** The type of the token `scanOne` last read. */
  private readonly scanned = createScanned();

  constructor() {
    for (let code = 0; code < ASCII; code++) {
      const text = String.fromCharCode(code);
      this.texts.push(text);
      this.hashes.push(0);
      scanToken(text, 0, this.scanned);
      this.wordIds.push(isWordType(this.scanned.type) ? this.wordIdOf(text) : -1);
    }
  }

  /** The text of a token id this table handed out. */
  textOf(id: number): string {
    return stringAt(this.texts, id);
  }

  /** The lower-cased word id of a token id (a word or figure, as `wordsOf` has them), or -1. */
  wordOf(id: number): number {
    return numberAt(this.wordIds, id);
  }

  /** The lower-cased text of a word id. */
  wordText(id: number): string {
    return stringAt(this.words, id);
  }

  /** Tokenizes `text` (as `tokenize` does) into `buffer`, replacing what it held. */
  scan(text: string, buffer: TokenBuffer): void {
    buffer.count = 0;
    buffer.firstRegexToken = -1;
    this.scanFrom(text, 0, buffer);
    if (buffer.firstRegexToken === -1) buffer.firstRegexToken = buffer.count;
  }

  /**
   * Tokenizes two versions of one text: `before` in full, and `after` reusing the tokens of
   * what the two share at the start and at the end, which is most of a reworded clause.
   * Exact, for two reasons. The tokens of `text` from a token boundary on depend only on the
   * rest of `text` (the tokenizer never looks back), so once `after` reaches a boundary inside
   * the shared ending that `before` also has, the rest of its tokens are `before`'s. At the start,
   * a token the ASCII fast path read looked at most one character past its end, so the leading
   * such tokens of `before` that end two characters inside the shared prefix are `after`'s too.
   * `afterBuffer.firstRegexToken` is left at 0: it is not scanned in full.
   */
  scanPair(
    before: string,
    after: string,
    beforeBuffer: TokenBuffer,
    afterBuffer: TokenBuffer,
  ): void {
    this.scan(before, beforeBuffer);
    const shortest = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < shortest &&
      before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
    ) {
      suffix++;
    }
    const { ids, ends, firstRegexToken } = beforeBuffer;
    let kept = 0;
    while (kept < firstRegexToken && int32At(ends, kept) + 2 <= prefix) kept++;
    while (afterBuffer.ids.length < kept) growBuffer(afterBuffer);
    afterBuffer.ids.set(ids.subarray(0, kept));
    afterBuffer.ends.set(ends.subarray(0, kept));
    afterBuffer.count = kept;
    afterBuffer.firstRegexToken = 0;
    const start = startOf(ends, kept);
    const shift = before.length - after.length;
    const sharedFrom = after.length - suffix;
    let index = this.scanUntil(after, start, sharedFrom, afterBuffer);
    // `token` walks `before`'s tokens to the one that starts where `index` would in `before`.
    let token = kept;
    while (index < after.length) {
      const target = index + shift;
      while (token < beforeBuffer.count && startOf(ends, token) < target) token++;
      if (token < beforeBuffer.count && startOf(ends, token) === target) {
        this.copyTail(beforeBuffer, token, shift, afterBuffer);
        return;
      }
      index = this.scanUntil(after, index, index + 1, afterBuffer);
    }
  }

  /** Appends `source`'s tokens from `from` on to `target`, their ends moved back by `shift`. */
  private copyTail(source: TokenBuffer, from: number, shift: number, target: TokenBuffer): void {
    const count = target.count + source.count - from;
    while (target.ids.length < count) growBuffer(target);
    target.ids.set(source.ids.subarray(from, source.count), target.count);
    for (let token = from, at = target.count; token < source.count; token++, at++) {
      target.ends[at] = int32At(source.ends, token) - shift;
    }
    target.count = count;
  }

  /** Scans `text` from `index` to its end, appending to `buffer`. */
  private scanFrom(text: string, index: number, buffer: TokenBuffer): void {
    this.scanUntil(text, index, text.length, buffer);
  }

  /**
   * Scans tokens from `index` while they start before `limit`, appending to `buffer`, and
   * returns where the last one ends. The commonest tokens (a run of ASCII letters and digits
   * that a space or punctuation ends, a lone space, a punctuation mark) are read here in one
   * pass that also hashes them, each stopping where `scanAsciiToken` would, after reading the
   * same characters; anything else (figures, capitals before a currency sign, apostrophes and
   * hyphens, space runs, non-ASCII) goes to `scanOne`, the tokenizer itself.
   */
  private scanUntil(text: string, index: number, limit: number, buffer: TokenBuffer): number {
    const length = text.length;
    let at = index;
    while (at < limit) {
      const first = text.charCodeAt(at);
      const kind = first < ASCII ? uint8At(CLASSES, first) : OTHER;
      let end = at + 1;
      let id = -1;
      if (kind === LETTER) {
        // A capital followed by a currency sign may start a figure ("US$5"): the tokenizer's.
        let hash = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
        let next = end < length ? text.charCodeAt(end) : -1;
        while (isAsciiAlphanumeric(next)) {
          hash = Math.imul(hash ^ next, FNV_PRIME);
          end++;
          next = end < length ? text.charCodeAt(end) : -1;
        }
        // Ended by the text's end or by ASCII that neither joins words nor is a word character.
        const plain = next === -1 || (next < ASCII && CLASSES[next] !== JOINER);
        if (plain && !(first <= 0x5a && end - at <= 2)) {
          id = end === at + 1 ? first : this.idOfHashed(text, at, end, hash, 'word');
        }
      } else if (kind === SYMBOL_CLASS) {
        // A punctuation mark stands alone, unless a grapheme extension (from U+0300) follows.
        const next = end < length ? text.charCodeAt(end) : -1;
        if (next < 0x300) id = first;
      } else if (first === 0x20) {
        // A lone space: ASCII follows, and not more space (a run is one token).
        const next = end < length ? text.charCodeAt(end) : -1;
        if (next < ASCII && (next === -1 || CLASSES[next] !== SPACE_CLASS)) id = first;
      }
      if (id === -1) {
        at = this.scanOne(text, at, buffer);
        continue;
      }
      const count = buffer.count;
      if (count === buffer.ids.length) growBuffer(buffer);
      buffer.ids[count] = id;
      buffer.ends[count] = end;
      buffer.count = count + 1;
      at = end;
    }
    return at;
  }

  /** Scans the token at `index`, appends it to `buffer`, and returns where it ends. */
  private scanOne(text: string, index: number, buffer: TokenBuffer): number {
    const scanned = this.scanned;
    let end = scanAsciiToken(text, index, scanned);
    if (end === -1) {
      end = scanTokenWithRegex(text, index, scanned);
      if (buffer.firstRegexToken === -1) buffer.firstRegexToken = buffer.count;
    }
    const first = text.charCodeAt(index);
    const id =
      end === index + 1 && first < ASCII ? first : this.idOf(text, index, end, scanned.type);
    const count = buffer.count;
    if (count === buffer.ids.length) growBuffer(buffer);
    buffer.ids[count] = id;
    buffer.ends[count] = end;
    buffer.count = count + 1;
    return end;
  }

  /**
   * The Jaccard index of the lower-cased word sets (`wordsOf`) of two scanned texts, exactly
   * as counted with two `Set`s of the words; two empty sets count as 1.
   */
  similarity(before: TokenBuffer, after: TokenBuffer): number {
    const words = this.wordsByText.size;
    if (this.seenBefore.length < words || this.stamp === 0x7fffffff) {
      this.seenBefore = new Int32Array(words * 2);
      this.seenAfter = new Int32Array(words * 2);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { wordIds, seenBefore, seenAfter } = this;
    let beforeSize = 0;
    for (let index = 0; index < before.count; index++) {
      const word = numberAt(wordIds, int32At(before.ids, index));
      if (word >= 0 && seenBefore[word] !== stamp) {
        seenBefore[word] = stamp;
        beforeSize++;
      }
    }
    let afterSize = 0;
    let shared = 0;
    for (let index = 0; index < after.count; index++) {
      const word = numberAt(wordIds, int32At(after.ids, index));
      if (word >= 0 && seenAfter[word] !== stamp) {
        seenAfter[word] = stamp;
        afterSize++;
        if (seenBefore[word] === stamp) shared++;
      }
    }
    if (beforeSize === 0 && afterSize === 0) return 1;
    return shared / (beforeSize + afterSize - shared);
  }

  /** The id of the token `text[start, end)`, which has the given tokenizer type. */
  private idOf(text: string, start: number, end: number, type: TokenType): number {
    let hash = FNV_OFFSET;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
    return this.idOfHashed(text, start, end, hash, type);
  }

  /** `idOf` for a caller that already hashed the range (FNV-1a over its code units). */
  private idOfHashed(
    text: string,
    start: number,
    end: number,
    hash: number,
    type: TokenType,
  ): number {
    if (this.byText !== undefined) return this.idByText(this.byText, text.slice(start, end), type);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const entry = int32At(this.slots, slot);
      if (entry === 0) {
        const id = this.add(text.slice(start, end), hash, type);
        this.slots[slot] = id + 1;
        if (this.texts.length * 2 > this.slots.length) this.rehash();
        return id;
      }
      const candidate = entry - 1;
      if (
        this.hashes[candidate] === hash &&
        sameRange(stringAt(this.texts, candidate), text, start, end)
      ) {
        return candidate;
      }
      slot = (slot + 1) & mask;
    }
    // A chain this long is not chance: index every token by its text from now on.
    const byText = this.indexByText();
    this.byText = byText;
    return this.idByText(byText, text.slice(start, end), type);
  }

  /** A `Map` from the text of every token with an id past the ASCII ones to that id. */
  private indexByText(): Map<string, number> {
    const byText = new Map<string, number>();
    for (const [id, text] of this.texts.entries()) if (id >= ASCII) byText.set(text, id);
    return byText;
  }

  private idByText(byText: Map<string, number>, token: string, type: TokenType): number {
    let id = byText.get(token);
    if (id === undefined) {
      id = this.add(token, 0, type);
      byText.set(token, id);
    }
    return id;
  }

  private add(token: string, hash: number, type: TokenType): number {
    const id = this.texts.length;
    this.texts.push(token);
    this.hashes.push(hash);
    this.wordIds.push(isWordType(type) ? this.wordIdOf(token) : -1);
    return id;
  }

  private wordIdOf(token: string): number {
    const word = token.toLowerCase();
    let id = this.wordsByText.get(word);
    if (id === undefined) {
      id = this.wordsByText.size;
      this.wordsByText.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Doubles the slots. A chain that grows too long here too hands over to the `Map`. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = ASCII; id < this.texts.length; id++) {
      let slot = numberAt(this.hashes, id) & mask;
      let probes = 0;
      while (slots[slot] !== 0) {
        if (++probes >= MAX_PROBES) {
          this.byText = this.indexByText();
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function sameRange(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let at = 0; at < stored.length; at++) {
    if (stored.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  }
  return true;
}

function startOf(ends: Int32Array, token: number): number {
  return token === 0 ? 0 : int32At(ends, token - 1);
}

function growBuffer(buffer: TokenBuffer): void {
  const ids = new Int32Array(buffer.ids.length * 2);
  ids.set(buffer.ids);
  const ends = new Int32Array(buffer.ends.length * 2);
  ends.set(buffer.ends);
  buffer.ids = ids;
  buffer.ends = ends;
}

keepShape(new TokenTable());
