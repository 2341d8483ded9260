import { keepCaret } from './keep-caret';

describe('keepCaret', () => {
  it.each([
    // [what, before, after, offset, expected]
    ['stays put when the other tab added text after the caret', 'x alp', 'x alp beta', 5, 5],
    ['moves with the text when the other tab added text before it', 'mine', 'theirs mine', 4, 11],
    ['stays at the start of an unchanged start', 'abc', 'abcdef', 0, 0],
    ['goes to the end of a stretch rewritten around it', 'the cat sat', 'the dog sat', 5, 7],
    ['keeps an offset in text that did not change', 'same', 'same', 2, 2],
    ['moves back when text before it was removed', 'one two three', 'one three', 13, 9],
  ])('%s', (_what, before, after, offset, expected) => {
    expect(keepCaret(before, after, offset)).toBe(expected);
  });
});
