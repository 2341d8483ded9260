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

/** The fastest of a few runs of `f`, in milliseconds. */
function fastest(f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
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

  it('stays near-linear on many bare numbers (no copying, no rescans)', () => {
    const bare = (n: number, period: number) => {
      const texts: string[] = [];
      for (let i = 0; i < n; i++) texts.push('', String(1 + (i % period)));
      texts.push('');
      return texts;
    };
    for (const period of [1, 2]) {
      const small = bare(5_000, period);
      const large = bare(20_000, period);
      fastest(() => pageNumberRun(small));
      // Four times the input: about four times the time; a quadratic pass takes sixteen.
      expect(fastest(() => pageNumberRun(large))).toBeLessThan(
        8 * fastest(() => pageNumberRun(small)) + 20,
      );
    }
  });
});
