import { parsePaper } from '../parse-paper';
import { pid } from '../__fixtures__/paper-ids';
import { column, line } from './__fixtures__/items';
import { readPdfLayout } from './layout-pdf-text';
import type { TextItem } from './text-item';

const X = 72;
const RIGHT = 540;
const font = (f: string, items: readonly TextItem[]) => items.map((i) => ({ ...i, fontName: f }));
const body = (top: number, lines: readonly string[]) =>
  font('g_d0_f1', column(lines, { x: X, top, right: RIGHT }));
const head = (str: string, y: number) => ({
  ...line(str, X, y, { size: 12 }),
  fontName: 'g_d0_f2',
});

describe('prose in the column of a hanging reference list (whole pipeline)', () => {
  it('keeps the discussion’s paragraphs whole', () => {
    const page1 = [
      head('A Study of Margins', 740),
      ...body(720, [
        '>Readers of papers mark what they find and come back to it later, in the margins of the page',
        'and in notes of their own; the tools they use for it are many and most of them keep the marks',
        'apart from the text they were made on, which is lost when the file is moved or opened again.¶',
      ]),
      head('5 Discussion', 670),
      ...body(650, [
        'Readers of papers mark what they find and come back to it later (Abril and Plant 2007), in',
        'the margins of the page and in notes of their own; the tools they use for it are many.',
        'Most of them keep the marks apart from the text they were made on (Anderson 1990), which is',
        'lost when the file is moved or opened again, as Clarkson (1985) saw long before us all.¶',
      ]),
      head('References', 560),
      ...body(540, [
        'Abril, P. S. and Plant, R. 2007. The patent holder’s dilemma: what to do with the Commun.',
        '>ACM 50, 1 (Jan. 2007), 36–44.¶',
        'Anderson, J. R. 1990. The adaptive character of thought in all its forms and all its ways.',
        '>Erlbaum, Hillsdale, NJ.¶',
        'Altonji, J. G. and Blank, R. M. 1999. Race and gender in the labor market and what it does,',
        '>in Handbook of Labor Economics, pp. 3143–3259.¶',
        'Clarkson, K. L. 1985. Algorithms for closest-point problems, a thesis that is long. Ph.D.',
        '>Dissertation. Stanford University, Palo Alto, CA.¶',
        'Doe, J. 2001. Another work of some length whose title runs on to the end of the line.',
        '>Journal of Things 3, 4–5.¶',
      ]),
    ];
    const layout = readPdfLayout([page1]);
    const paper = parsePaper(layout.text, { format: 'pdf', fileName: 'p.pdf', id: pid('a') });
    const blocks = paper.blocks.map(
      (b) => `${b.kind}: ${paper.text.slice(b.start, b.end).slice(0, 50)}`,
    );

    // One paragraph from `Readers … (Abril` to `… us all.`, as the page sets it.
    expect(blocks.filter((b) => b.startsWith('paragraph: Most of them'))).toEqual([]);
  });
});
