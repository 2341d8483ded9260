import { line } from './__fixtures__/items';
import { contentsShapes, dropContents } from './contents';
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

describe('dropContents: a thesis’s contents', () => {
  it('leaves out entries wrapped over two lines and their heading in another language', () => {
    // ABNT (Brazil): `SUMÁRIO`, a long chapter title wrapped, its page number on its last line;
    // a title whose leaders and number went on to the line under it.
    const toc = [
      line('SUMÁRIO', 72, 440, { size: 14 }),
      ...entry('1 INTRODUÇÃO', '13', 420, true),
      line('2 RECONCILIAÇÃO DE SÉRIES TEMPORAIS HIERÁRQUICAS E', 72, 408),
      ...entry('AGRUPADAS', '17', 396, true),
      ...entry('2.1 Notação algébrica', '17', 384, true),
      line('3.1 Introdução', 72, 372),
      line('. . . . . . . . . . . . . . . . . . . . .', 72, 360),
      line('25', 286, 360),
      ...entry('3.2 Metodologia', '26', 348, true),
      line('1 INTRODUÇÃO', 72, 300, { size: 14 }),
    ];
    expect(texts(toc)).toEqual(['1 INTRODUÇÃO']);
  });
});

describe('contentsShapes', () => {
  it('finds a page’s contents on its whole lines, titles with their leaders', async () => {
    const { groupLineShapes } = await import('./lines');
    const toc = [
      line('SUMÁRIO', 72, 440, { size: 14 }),
      ...entry('1 INTRODUÇÃO', '13', 420, true),
      ...entry('1.1 Contextualização da pesquisa', '13', 408, true),
      ...entry('1.2 Outline', '15', 396, true),
      line('O trabalho está organizado em seis capítulos.', 72, 300),
    ];
    const shapes = groupLineShapes(toc);
    expect(contentsShapes(shapes).map((s) => s.items[0]?.str)).toEqual([
      'SUMÁRIO',
      '1 INTRODUÇÃO',
      '1.1 Contextualização da pesquisa',
      '1.2 Outline',
    ]);
  });
});
