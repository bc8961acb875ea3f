// Seeded generator of drafts shaped like draftdiff's own (issue 6): provisions with ids and
// display numbers, 20-200 word clauses, some sub-points, typed terms whose figures also appear
// in the text. Everything derives from a mulberry32 stream, so a (size, scenario, seed) triple
// always yields the same pair of documents on every machine and Node version.

/** The edit scenarios `generatePair` knows, in the order the bench reports them. */
export const SCENARIOS = ['realistic', 'reworded-all', 'inserts-top', 'moves', 'no-ids'];

/** What each scenario does to version B, for the report. */
export const SCENARIO_DESCRIPTIONS = {
  realistic:
    '1% of texts reworded, 0.5% inserted near the top, 0.5% deleted, a few moved, 0.5% of figures changed; renumbered',
  'reworded-all': 'every text (sub-points too) reworded',
  'inserts-top': '1% new provisions inserted within the first 2% of the document; renumbered',
  moves: '1% of provisions moved to another place; renumbered',
  'no-ids': 'the realistic edits, but every id positional and different between versions',
};

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a), so scenarios get independent streams. */
export function seedOf(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function integer(random, low, high) {
  return low + Math.floor(random() * (high - low + 1));
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

// Function words appear in every clause, as in real legal prose: they must not make every
// pair of clauses look alike, which is what the rare-word index of the alignment is for.
const FUNCTION_WORDS = (
  'the of and to in a shall be by for on with as that or any all its which will this under ' +
  'from at not such each other no may within after before between party parties agreement ' +
  'provided including further also both their these those into upon without'
).split(' ');

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'cl',
  'dr',
  'gr',
  'pl',
  'pr',
  'st',
  'tr',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rt'];

/** A vocabulary of pronounceable content words, ranked for a Zipf draw. */
function buildVocabulary(count) {
  const random = mulberry32(seedOf('vocabulary'));
  const words = new Set();
  while (words.size < count) {
    // Mostly two syllables: about six letters a word, like English prose.
    const syllables = random() < 0.25 ? 1 : random() < 0.8 ? 2 : 3;
    let word = '';
    for (let index = 0; index < syllables; index++) {
      word += pick(random, ONSETS) + pick(random, NUCLEI);
    }
    word += pick(random, CODAS);
    words.add(word);
  }
  return [...words];
}

const VOCABULARY = buildVocabulary(8_000);
// Cumulative Zipf weights (s = 1.05): a few content words are common, most are rare.
const ZIPF = (() => {
  const cumulative = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY.length; rank++) {
    total += 1 / (rank + 1) ** 1.05;
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < cumulative.length; rank++) cumulative[rank] /= total;
  return cumulative;
})();

function contentWord(random) {
  const target = random();
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ZIPF[middle] < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
}

function word(random) {
  return random() < 0.4 ? pick(random, FUNCTION_WORDS) : contentWord(random);
}

/** A clause of `count` words in sentences, with the figures spliced in. */
function sentences(random, count, figures) {
  const words = [];
  for (let index = 0; index < count; index++) words.push(word(random));
  for (const figure of figures) {
    words.splice(integer(random, 0, words.length), 0, ...figure.split(' '));
  }
  let text = '';
  let sentenceStart = true;
  for (let index = 0; index < words.length; index++) {
    let token = words[index];
    if (sentenceStart) token = token[0].toUpperCase() + token.slice(1);
    sentenceStart = false;
    text += (index === 0 ? '' : ' ') + token;
    const last = index === words.length - 1;
    if (last || random() < 0.06) {
      text += '.';
      sentenceStart = true;
    } else if (random() < 0.05) {
      text += ',';
    }
  }
  return text;
}

const UNITS = ['personnel', 'troops', 'kilometres', 'vessels', 'aircraft', 'observers'];
const CURRENCIES = ['USD', 'EUR', 'GBP'];
const DURATION_UNITS = ['days', 'weeks', 'months', 'years'];
const STATUSES = ['frozen-at-contact-line', 'demilitarized', 'neutral', 'under-review'];
const SUBJECTS = ['the northern region', 'the coastal zone', 'the river crossing', 'the plant'];
const MEMBERS = ['Aurelia', 'Borvania', 'Castria', 'Delmora', 'Estovia', 'Fennick', 'Galdor'];
const BOUNDS = ['exact', 'at-most', 'at-least', 'about'];

function formatThousands(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The phrase a term's figure reads as in the clause. */
function figureOf(term) {
  switch (term.kind) {
    case 'quantity':
      return `${formatThousands(term.value)} ${term.unit}`;
    case 'money':
      return `${term.currency} ${formatThousands(term.amount)}`;
    case 'duration':
      return `${term.value} ${term.unit}`;
    case 'share':
      return `${Math.round(term.value * 100)}%`;
    case 'date':
      return term.value;
    default:
      return undefined;
  }
}

/** One typed term for the provision with serial `serial`; keys are unique in a draft. */
function makeTerm(random, serial, slot) {
  const roll = random();
  const key = `s${serial}.fact-${slot}`;
  const label = `Fact ${slot} of clause ${serial}`;
  if (roll < 0.3) {
    return {
      key,
      label,
      kind: 'quantity',
      value: integer(random, 1, 900) * 1000,
      unit: pick(random, UNITS),
      bound: pick(random, BOUNDS),
    };
  }
  if (roll < 0.45) {
    return {
      key,
      label,
      kind: 'money',
      amount: integer(random, 1, 500) * 1_000_000,
      currency: pick(random, CURRENCIES),
    };
  }
  if (roll < 0.6) {
    return {
      key,
      label,
      kind: 'duration',
      value: integer(random, 1, 120),
      unit: pick(random, DURATION_UNITS),
      from: 'signing of the agreement',
    };
  }
  if (roll < 0.68) {
    return { key, label, kind: 'share', value: integer(random, 1, 99) / 100, of: 'the proceeds' };
  }
  if (roll < 0.76) {
    return {
      key,
      label,
      kind: 'status',
      value: pick(random, STATUSES),
      subject: pick(random, SUBJECTS),
    };
  }
  if (roll < 0.86) return { key, label, kind: 'flag', value: random() < 0.7 };
  if (roll < 0.93) {
    const members = MEMBERS.filter(() => random() < 0.4);
    return { key, label, kind: 'set', members: members.length > 0 ? members : [MEMBERS[0]] };
  }
  if (roll < 0.97) {
    const month = String(integer(random, 1, 12)).padStart(2, '0');
    const day = String(integer(random, 1, 28)).padStart(2, '0');
    return { key, label, kind: 'date', value: `${integer(random, 2025, 2035)}-${month}-${day}` };
  }
  return { key, label, kind: 'text', value: 'as the parties agree' };
}

/** Issues provision serials: ids stay unique however many are inserted later. */
class Serials {
  next = 1;
  take() {
    return this.next++;
  }
}

function makeProvision(random, serials, depth = 0) {
  const serial = serials.take();
  const terms = [];
  const termCount = random() < 0.6 ? integer(random, 1, 3) : 0;
  for (let slot = 1; slot <= termCount; slot++) terms.push(makeTerm(random, serial, slot));
  const figures = terms.map(figureOf).filter((figure) => figure !== undefined);
  const provision = {
    id: `p-${serial}`,
    text: sentences(random, integer(random, 20, 200), figures),
  };
  if (random() < 0.3) provision.title = sentences(random, integer(random, 2, 5), []).slice(0, -1);
  if (random() < 0.2) provision.topics = [pick(random, ['security', 'territory', 'economy'])];
  if (terms.length > 0) provision.terms = terms;
  if (depth === 0 && random() < 0.1) {
    provision.items = Array.from({ length: integer(random, 2, 3) }, () =>
      makeProvision(random, serials, 1),
    );
  }
  return provision;
}

/** Display numbers by position, as an editor renumbers after inserting or deleting. */
function renumber(provisions) {
  return provisions.map((provision, index) => {
    const number = String(index + 1);
    const items = provision.items?.map((item, itemIndex) => ({
      ...item,
      number: `${number}.${String.fromCharCode(97 + itemIndex)}`,
    }));
    return { ...provision, number, ...(items === undefined ? {} : { items }) };
  });
}

function metadata(id, version) {
  return {
    id,
    title: 'Generated framework agreement',
    version,
    date: '2025-11-20',
    coverage: 'complete',
    sources: [{ outlet: 'Bench Wire', kind: 'full-text' }],
  };
}

/**
 * Version A of a document with `size` top-level provisions (about 1 in 10 has 2-3 sub-points,
 * so the total is about 1.25 x size). The same `seed` gives the same document.
 */
export function generateDraft(size, seed = 1) {
  const random = mulberry32(seedOf(`draft:${size}:${seed}`));
  const serials = new Serials();
  const provisions = Array.from({ length: size }, () => makeProvision(random, serials));
  return {
    draft: {
      ...metadata(`bench-${size}-a`, 'A'),
      terms: [
        {
          key: 'plan.point-count',
          label: 'Number of points',
          kind: 'quantity',
          value: size,
          unit: 'points',
        },
      ],
      provisions: renumber(provisions),
    },
    serials,
  };
}

/**
 * Redrafts a clause the way negotiators do: two to four local edits, each replacing,
 * inserting or deleting a phrase of one to five words. Figures are left alone (changing them
 * is `changeFigure`'s job), so the words around them carry the edits.
 */
function reword(random, text) {
  const words = text.split(' ');
  const edits = integer(random, 2, 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = integer(random, 0, words.length - 1);
    const length = Math.min(integer(random, 1, 5), words.length - at);
    const span = words.slice(at, at + length);
    if (span.some((item) => /\d/.test(item))) continue;
    // Keep a sentence's closing full stop where it was.
    const closing = /[.,]$/.test(span[span.length - 1]) ? span[span.length - 1].slice(-1) : '';
    const phrase = Array.from({ length: integer(random, 1, 5) }, () => word(random));
    const roll = random();
    if (roll < 0.5) {
      phrase[phrase.length - 1] += closing;
      words.splice(at, length, ...phrase);
    } else if (roll < 0.8) {
      words.splice(at, 0, ...phrase);
    } else if (words.length - length >= 20 && closing === '') {
      words.splice(at, length);
    }
  }
  return words.join(' ');
}

function rewordProvision(random, provision, withItems) {
  const next = { ...provision, text: reword(random, provision.text) };
  if (withItems && provision.items !== undefined) {
    next.items = provision.items.map((item) => rewordProvision(random, item, true));
  }
  return next;
}

/** Changes the figure of one numeric term, in the term and in the text. */
function changeFigure(random, provision) {
  const terms = provision.terms ?? [];
  const index = terms.findIndex((term) => term.kind === 'quantity' || term.kind === 'money');
  if (index === -1) return provision;
  const term = terms[index];
  const field = term.kind === 'quantity' ? 'value' : 'amount';
  const changed = { ...term, [field]: Math.max(1, Math.round(term[field] * (0.5 + random()))) };
  const text = provision.text.replace(figureOf(term), figureOf(changed));
  return { ...provision, text, terms: terms.map((item, at) => (at === index ? changed : item)) };
}

/** `count` distinct indexes in [low, high), in ascending order. */
function distinctIndexes(random, count, low, high) {
  const chosen = new Set();
  const span = high - low;
  const wanted = Math.min(count, span);
  while (chosen.size < wanted) chosen.add(low + Math.floor(random() * span));
  return [...chosen].sort((x, y) => x - y);
}

function atLeastOne(size, fraction) {
  return Math.max(1, Math.round(size * fraction));
}

function insertNearTop(random, provisions, serials, count, window) {
  const result = [...provisions];
  const positions = distinctIndexes(random, count, 0, Math.max(count, window));
  // Insert from the bottom up so earlier positions stay valid.
  for (let index = positions.length - 1; index >= 0; index--) {
    result.splice(Math.min(positions[index], result.length), 0, makeProvision(random, serials));
  }
  return result;
}

function moveSome(random, provisions, count) {
  const result = [...provisions];
  for (let step = 0; step < count; step++) {
    const from = Math.floor(random() * result.length);
    const [moved] = result.splice(from, 1);
    // Far enough to be a move, not a local swap.
    let to = Math.floor(random() * result.length);
    if (Math.abs(to - from) < 3) to = (to + Math.floor(result.length / 2)) % result.length;
    result.splice(to, 0, moved);
  }
  return result;
}

function realisticEdits(random, provisions, serials) {
  const size = provisions.length;
  let result = provisions.map((provision) => ({ ...provision }));
  for (const index of distinctIndexes(random, atLeastOne(size, 0.01), 0, size)) {
    result[index] = rewordProvision(random, result[index], false);
  }
  for (const index of distinctIndexes(random, atLeastOne(size, 0.005), 0, size)) {
    result[index] = changeFigure(random, result[index]);
  }
  const deleted = new Set(distinctIndexes(random, atLeastOne(size, 0.005), 0, size));
  result = result.filter((_, index) => !deleted.has(index));
  result = insertNearTop(random, result, serials, atLeastOne(size, 0.005), Math.ceil(size * 0.05));
  return moveSome(random, result, Math.min(10, Math.max(1, Math.round(size / 2000) + 2)));
}

/** Ids that only say where a provision sits, and differ between the two versions. */
function positionalIds(provisions, prefix) {
  return provisions.map((provision, index) => {
    const id = `${prefix}-${index + 1}`;
    const items = provision.items?.map((item, itemIndex) => ({
      ...item,
      id: `${id}-${itemIndex + 1}`,
      positional: true,
    }));
    return { ...provision, id, positional: true, ...(items === undefined ? {} : { items }) };
  });
}

/**
 * Versions A and B of a document of `size` provisions, B edited per `scenario` (see
 * `SCENARIO_DESCRIPTIONS`). `seed` picks document A, `editSeed` the edits. Both are fresh
 * plain JSON, as if each had been read from its own file.
 */
export function generatePair(size, scenario, seed = 1, editSeed = seed) {
  const { draft, serials } = generateDraft(size, seed);
  const random = mulberry32(seedOf(`edit:${size}:${scenario}:${editSeed}`));
  let provisions;
  switch (scenario) {
    case 'realistic':
    case 'no-ids':
      provisions = realisticEdits(random, draft.provisions, serials);
      break;
    case 'reworded-all':
      provisions = draft.provisions.map((provision) => rewordProvision(random, provision, true));
      break;
    case 'inserts-top':
      provisions = insertNearTop(
        random,
        draft.provisions,
        serials,
        atLeastOne(size, 0.01),
        Math.ceil(size * 0.02),
      );
      break;
    case 'moves':
      provisions = moveSome(random, draft.provisions, atLeastOne(size, 0.01));
      break;
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
  let before = draft;
  let after = { ...draft, ...metadata(`bench-${size}-b`, 'B'), provisions: renumber(provisions) };
  if (scenario === 'no-ids') {
    before = { ...before, provisions: positionalIds(before.provisions, 'a') };
    after = { ...after, provisions: positionalIds(after.provisions, 'b') };
  }
  // Two documents read from two files share no strings or objects: a shared string would let
  // every tool compare unchanged clauses by reference, which real inputs never allow.
  return { before: JSON.parse(JSON.stringify(before)), after: JSON.parse(JSON.stringify(after)) };
}

/** The document as plain numbered text (what `fromText` imports), about `bytes` long. */
export function generateText(bytes, seed = 1) {
  const random = mulberry32(seedOf(`text:${bytes}:${seed}`));
  const serials = new Serials();
  const lines = [];
  let length = 0;
  let number = 1;
  while (length < bytes) {
    const provision = makeProvision(random, serials, 1);
    const line = `${number}. ${provision.text}`;
    lines.push(line);
    length += line.length + 2;
    number++;
  }
  return lines.join('\n\n');
}

/** Counts provisions (sub-points included) and text characters, for the report. */
export function describeDraft(draft) {
  let provisions = 0;
  let characters = 0;
  const stack = [...draft.provisions];
  while (stack.length > 0) {
    const provision = stack.pop();
    provisions++;
    characters += provision.text.length;
    if (provision.items !== undefined) stack.push(...provision.items);
  }
  return { provisions, characters };
}
