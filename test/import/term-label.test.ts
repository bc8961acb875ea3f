import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/index.js';

// Labels of terms found in prose: the clause's own words, not the key's.
describe('extractTerms: labels in words', () => {
  it.each([
    [
      "The size of Ukraine's armed forces will be capped at 600,000 personnel.",
      ["Size of Ukraine's armed forces"],
    ],
    [
      '$100 billion of frozen Russian assets will be invested in rebuilding.',
      ['Frozen Russian assets'],
    ],
    ['Ukraine will hold elections within 100 days.', ['Ukraine will hold elections']],
    ['The US will receive 50% of the profits from this venture.', ['Share of profits']],
    ['The parties agree, and every ambiguity of the past 30 years is settled.', ['Ambiguity']],
    ['Its electricity output will be split 50:50.', ['Electricity output']],
    ['Heavy weapons will be withdrawn 30 kilometres from the line.', ['Heavy weapons']],
  ])('%s', (text, labels) => {
    expect(extractTerms(text).map((term) => term.label)).toEqual(labels);
  });

  it('leaves the label out when no word around the figure names anything', () => {
    expect(extractTerms('600,000.').map((term) => term.label)).toEqual([undefined]);
  });
});
