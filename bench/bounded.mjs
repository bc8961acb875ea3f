// The bounded cases of the hostile-input guarantees (README, "Limits"): the inputs of
// test/adversarial/limits.test.ts, timed here against the budgets the README states, since a
// unit test must not time anything. Each `run` returns what the call ended with, so a case
// that must fail (LIMIT_EXCEEDED) is timed up to its error, and a wrong outcome shows.

import { mulberry32 } from './generate.mjs';
import { draftdiff } from './tools.mjs';

const TEN_MB = 10 * 1024 * 1024;

/** A provision nested `levels` deep through `items`, built without recursion. */
function deepProvision(levels) {
  let provision = { id: 'leaf', text: 'The innermost point.' };
  for (let level = 0; level < levels; level++) {
    provision = { id: `p${level}`, text: 'A point.', items: [provision] };
  }
  return provision;
}

/** One clause of `word` repeated to 10 MB. */
function tenMegabytes(word) {
  return `${word} `.repeat(Math.ceil(TEN_MB / (word.length + 1)));
}

function oneClause(id, text) {
  return { id, title: 'Bounded', coverage: 'complete', provisions: [{ id: 'p', text }] };
}

/** `length` characters of letters, spaces and punctuation from a seeded stream. */
function randomText(length, seed) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz     ,.';
  const random = mulberry32(seed);
  let text = '';
  for (let index = 0; index < length; index++) {
    text += alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}

/** The error code the call threw, or what it returned summed up by `describe`. */
function outcome(call, describe) {
  try {
    return describe(call());
  } catch (error) {
    if (error instanceof draftdiff.DraftdiffError) return error.code;
    throw error;
  }
}

const changeKinds = (diff) => {
  const change = diff.changes[0];
  const coarse = change?.kind === 'provision.reworded' ? `, coarse: ${change.coarse}` : '';
  return `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}${coarse}`;
};

/**
 * Each case: `budgetMs` is the README's promise on a machine like this one (2 cores); the
 * median must stay under it. `expect` is the outcome the adversarial test asserts.
 */
export const BOUNDED = [
  {
    name: 'deep',
    label: () => 'parseDraft, provisions nested 100,000 deep',
    budgetMs: 500,
    expect: 'LIMIT_EXCEEDED',
    prepare: () => ({ id: 'deep', title: 'Deep', provisions: [deepProvision(100_000)] }),
    run: (draft) =>
      outcome(
        () => draftdiff.parseDraft(draft),
        () => 'parsed',
      ),
  },
  {
    name: 'clause-default',
    label: () => 'diffDrafts, a 10 MB clause, default limits',
    budgetMs: 100,
    expect: 'LIMIT_EXCEEDED',
    prepare: () => oneClause('a', tenMegabytes('alpha')),
    run: (draft) => outcome(() => draftdiff.diffDrafts(draft, draft), changeKinds),
  },
  {
    name: 'clause-appended',
    label: () => 'diffDrafts, a 10 MB clause and a sentence appended, limit raised',
    budgetMs: 5_000,
    expect: '1 change, coarse: false',
    prepare: () => {
      const text = tenMegabytes('alpha');
      return [oneClause('a', text), oneClause('a', `${text}and one more sentence.`)];
    },
    run: ([before, after]) =>
      outcome(
        () => draftdiff.diffDrafts(before, after, { limits: { maxTextLength: 2 * TEN_MB } }),
        changeKinds,
      ),
  },
  {
    name: 'clause-rewritten',
    label: () => 'diffDrafts, a 10 MB clause rewritten whole, limit raised',
    budgetMs: 5_000,
    expect: '1 change, coarse: true',
    prepare: () => [oneClause('a', tenMegabytes('alpha')), oneClause('a', tenMegabytes('beta'))],
    run: ([before, after]) =>
      outcome(
        () => draftdiff.diffDrafts(before, after, { limits: { maxTextLength: 2 * TEN_MB } }),
        changeKinds,
      ),
  },
  {
    name: 'provisions-100k',
    label: () => 'diffDrafts, 100,000 provisions, one deleted',
    budgetMs: 2_000,
    expect: '99,997 changes',
    prepare: () => {
      const count = 100_000;
      const provisions = Array.from({ length: count }, (_, index) => ({
        id: `p${index}`,
        number: String(index + 1),
        text: `Clause ${index} binds w${index} and x${(index * 7919) % count}.`,
      }));
      const before = { id: 'a', title: 'Long', coverage: 'complete', provisions };
      const after = {
        ...before,
        provisions: provisions
          .filter((_, index) => index !== 3)
          .map((provision, index) => ({ ...provision, number: String(index + 1) })),
      };
      return [before, after];
    },
    run: ([before, after]) =>
      outcome(
        () => draftdiff.diffDrafts(before, after),
        (diff) => `${diff.changes.length.toLocaleString('en-US')} changes`,
      ),
  },
  {
    name: 'random-5000',
    label: () => 'diffDrafts, 5,000 random characters against 5,000 others',
    budgetMs: 500,
    // Two unrelated texts need more edits than the default budget of 2,000: a coarse rewording.
    expect: '1 change, coarse: true',
    prepare: () => [oneClause('r', randomText(5_000, 1)), oneClause('r', randomText(5_000, 2))],
    run: ([before, after]) => outcome(() => draftdiff.diffDrafts(before, after), changeKinds),
  },
];
