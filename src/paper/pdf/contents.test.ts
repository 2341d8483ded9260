import { line } from './__fixtures__/items';
import { dropContents } from './contents';
import { groupLines } from './lines';
import type { TextItem } from './text-item';

/** An entry of a table of contents: its title, then (leaders and) the page number at the right. */
function entry(title: string, page: string, y: number, leaders: boolean): TextItem[] {
  const head = line(title, 72, y);
  const dots = leaders ? [line('. . . . . . . .', head.x + head.width + 5, y)] : [];
  return [head, ...dots, line(page, 286, y)];
}

const texts = (items: readonly TextItem[]) => dropContents(groupLines(items)).map((l) => l.text);

describe('dropContents', () => {
  it('leaves out a table of contents under its heading', () => {
    const toc = [
      line('Contents', 72, 420, { size: 14 }),
      ...entry('1 Introduction', '1', 400, false),
      ...entry('2.1 Mathematics', '1', 388, true),
      ...entry('2.2 Lists', '2', 376, true),
      line('1 Introduction', 72, 340, { size: 14 }),
    ];
    expect(texts(toc)).toEqual(['1 Introduction']);
  });

  it('leaves out entries with dot leaders even without a heading', () => {
    expect(
      texts([0, 1, 2].flatMap((i) => entry(`${i + 1} Section`, String(i + 1), 400 - 12 * i, true))),
    ).toEqual([]);
  });

  it('keeps a table whose last column is numbers', () => {
    const table = [0, 1, 2].flatMap((i) => [
      line(`Method ${'ABC'[i]}`, 72, 400 - 12 * i),
      line(String(10 + i), 250, 400 - 12 * i),
    ]);
    expect(texts(table)).toEqual(['Method A 10', 'Method B 11', 'Method C 12']);
  });
});
