import { joinSpacedLetters } from './letter-spacing';
import type { TextItem } from './text-item';

/**
 * A line's runs as pdf.js gives them: each character at `x` advancing by `advance`, a space run
 * after each glyph when `spaceRuns`; a wider `wordGap` after a space in `text`.
 */
function runs(text: string, advance: number, wordGap: number, spaceRuns: boolean): TextItem[] {
  const items: TextItem[] = [];
  let x = 100;
  for (const char of text) {
    if (char === ' ') {
      x += wordGap;
      continue;
    }
    items.push({ str: char, x, y: 700, width: 3.5, height: 7 });
    if (spaceRuns) items.push({ str: ' ', x: x + 3.5, y: 700, width: 4981, height: 7 });
    x += 3.5 + advance;
  }
  return items;
}

const words = (items: readonly TextItem[]) => items.map((i) => i.str);

describe('joinSpacedLetters', () => {
  it.each<[string, string, string[]]>([
    ['a spaced heading', 'references', ['references']],
    ['spaced words, set wider apart than their letters', 'article info', ['article', 'info']],
    [
      'a spaced journal line',
      'brazilian journal of microbiology',
      ['brazilian', 'journal', 'of', 'microbiology'],
    ],
  ])('joins %s into words', (_, text, expected) => {
    expect(words(joinSpacedLetters(runs(text, 1.0, 2.9, true), 7))).toEqual(expected);
  });

  it('joins letters whose space pdf.js gave as a leading space of the next letter', () => {
    const folded = runs('article info', 1.0, 2.9, false).map((item, i) =>
      i === 0 ? item : { ...item, str: ` ${item.str}` },
    );
    expect(words(joinSpacedLetters(folded, 7))).toEqual(['article', 'info']);
  });

  it('leaves a line of one glyph a run, with no space runs between letters, as it is', () => {
    const items = runs('plain words here', 0, 1.8, false);
    expect(joinSpacedLetters(items, 7)).toBe(items);
  });

  it('leaves runs of words as they are', () => {
    const items: TextItem[] = [
      { str: 'Abstract', x: 100, y: 700, width: 40, height: 10 },
      { str: ' ', x: 140, y: 700, width: 3, height: 10 },
      { str: 'We', x: 143, y: 700, width: 12, height: 10 },
    ];
    expect(joinSpacedLetters(items, 10)).toBe(items);
  });

  it.each([
    ['a matrix row of digits', '1 0 0 1 0', 1.0],
    ['single letters set far apart (a table’s column heads)', 'a b c d e', 8],
  ])('leaves %s as it is', (_, text, advance) => {
    const items = runs(text.replaceAll(' ', ''), advance, 0, true);
    expect(joinSpacedLetters(items, 7)).toBe(items);
  });

  it('leaves a short line of single letters as it is', () => {
    const items = runs('x y', 1.0, 2.9, true);
    expect(joinSpacedLetters(items, 7)).toBe(items);
  });
});
