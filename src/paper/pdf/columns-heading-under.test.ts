import { column } from './__fixtures__/items';
import { readingOrder } from './columns';
import type { TextItem } from './text-item';

const LEFT = { x: 50, right: 290 };
const RIGHT = { x: 310, right: 550 };
const numbered = (name: string, n: number): string[] =>
  Array.from({ length: n }, (_v, i) => `${name} ${i + 1} text of the column`);
function order(items: readonly TextItem[]): string[] {
  return readingOrder(items).map(
    (r) => `${r.kind}: ${r.lines[0]?.text} … ${r.lines[r.lines.length - 1]?.text}`,
  );
}

describe('a last paragraph under a blank at the foot of the left column', () => {
  it('stays in the left column when the right one ends higher and a full band follows', () => {
    // Paragraphs set apart by a blank line (a Word template); the flow ends in the right column,
    // above the left column's foot; a full-width note runs under both.
    const page = [
      ...column(
        [
          ...numbered('left', 14),
          '',
          'left last 1 text of the column',
          'left last 2 text of the column',
        ],
        { ...LEFT, top: 700 },
      ),
      ...column(numbered('right', 10), { ...RIGHT, top: 700 }),
      ...column(numbered('full width note running across the whole page under both', 2), {
        x: 50,
        top: 440,
        right: 550,
      }),
    ];
    const got = order(page);
    const leftLast = got.findIndex((r) => r.includes('left last 2'));
    const right = got.findIndex((r) => r.includes('right 1 '));
    expect(leftLast).toBeLessThan(right);
  });
});
