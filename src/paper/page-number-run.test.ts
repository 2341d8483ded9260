/** Pages' numbers kept between a PDF's extracted pages (`page-number-run.ts`). */
import { pageNumberRun } from './page-number-run';

const LINE = 'the running text of a page, as extracted from the paper';

/** Pages of `lines` lines each, page `i` ending in its number `numbers[i]` and a blank line. */
function pages(numbers: readonly (number | null)[], lines = 20): string[] {
  const texts: string[] = [];
  for (const n of numbers) {
    for (let i = 0; i < lines; i++) texts.push(LINE);
    if (n !== null) texts.push(String(n));
    texts.push('');
  }
  return texts;
}

/** The numbers read as pages' numbers. */
function numbersRead(texts: readonly string[]): string[] {
  return [...pageNumberRun(texts)].sort((a, b) => a - b).map((i) => texts[i] as string);
}

describe('pageNumberRun', () => {
  it('reads numbers counting up a page apart, over a page whose number was lost', () => {
    expect(numbersRead(pages([695, 696, null, 698, 699]))).toEqual(['695', '696', '698', '699']);
  });

  it('reads no run of two, nor numbers a few lines apart', () => {
    expect(numbersRead(pages([12, 13]))).toEqual([]);
    expect(numbersRead(pages([1, 2, 3, 4], 3))).toEqual([]);
  });

  it('joins runs that merge: each number on the longest run through it', () => {
    // Two 4s: the first too close to 3 to follow it, the run goes on from the second.
    const texts = [...pages([3]), '4', '', ...pages([null, 4, 5])];
    expect(numbersRead(texts)).toEqual(['3', '4', '5']);
  });
});
