import { describe, expect, it } from 'vitest';

import {
  alignWithOneGap,
  contextSimilarity,
  contextSimilarityAcrossInsertion,
} from './edit-distance';

describe('contextSimilarity', () => {
  it.each([
    {
      name: 'is 1 for the same prefix',
      expected: 'the results ',
      actual: 'and the results ',
      side: 'before',
      similarity: 1,
    },
    {
      name: 'is 1 for the same suffix',
      expected: ' were clear',
      actual: ' were clear and',
      side: 'after',
      similarity: 1,
    },
    {
      name: 'counts one edit against the length',
      expected: 'abcdefghij',
      actual: 'abcdefghiX',
      side: 'before',
      similarity: 0.9,
    },
    {
      name: 'anchors a prefix at the boundary, not anywhere',
      expected: 'abc',
      actual: 'abcxyz',
      side: 'before',
      similarity: 0,
    },
    {
      name: 'is null when there is no expected context',
      expected: '',
      actual: 'anything',
      side: 'after',
      similarity: null,
    },
  ] as const)('$name', ({ expected, actual, side, similarity }) => {
    expect(contextSimilarity(expected, actual, side)).toBe(similarity);
  });
});

describe('contextSimilarityAcrossInsertion', () => {
  it.each([
    {
      name: 'forgives a header right after the quote',
      expected: ' were clear and large',
      actual: ' HEADER 12 were clear and large, too',
      side: 'after',
    },
    {
      name: 'forgives a header inside the prefix',
      expected: 'the results of the trial ',
      actual: 'and the results HEADER 12 of the trial ',
      side: 'before',
    },
  ] as const)('$name', ({ expected, actual, side }) => {
    expect(contextSimilarity(expected, actual, side)).toBeLessThan(0.75);
    expect(contextSimilarityAcrossInsertion(expected, actual, side, 40)).toBeGreaterThan(0.9);
  });
});

describe('alignWithOneGap', () => {
  it('aligns across an inserted run for a single error', () => {
    const text = 'xx the quick brown HEADER 12 fox jumps yy';
    expect(alignWithOneGap(text, 'the quick brown fox jumps')).toMatchObject({
      start: 3,
      end: text.indexOf(' yy'),
      errors: 1,
    });
  });

  it('counts ordinary edits as Levenshtein does', () => {
    expect(alignWithOneGap('xx the quack brown fox yy', 'the quick brown fox')).toMatchObject({
      start: 3,
      errors: 1,
    });
  });

  it('gives the same answer inside a band around the true diagonal', () => {
    const text = `${'filler '.repeat(20)}the quick brown PAGE 7 fox jumps over${' tail'.repeat(20)}`;
    const start = text.indexOf('the quick');
    const full = alignWithOneGap(text, 'the quick brown fox jumps over');
    expect(full).toMatchObject({ start, errors: 1 });
    expect(alignWithOneGap(text, 'the quick brown fox jumps over', start - 4, start + 12)).toEqual(
      full,
    );
  });
});
