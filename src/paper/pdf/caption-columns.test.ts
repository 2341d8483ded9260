import { parsePaper } from '../parse-paper';
import { pid } from '../__fixtures__/paper-ids';
import { column, line } from './__fixtures__/items';
import { splitSideBySideCaptions } from './caption-columns';
import { layoutPdfText } from './layout-pdf-text';
import { groupLines } from './lines';
import type { TextItem } from './text-item';

/** Captions set side by side from x 72 and x 320, the label of each a run of its own. */
function sideBySide(captions: readonly (readonly string[])[], top = 400): TextItem[] {
  return captions.flatMap((lines, c) =>
    lines.flatMap((text, i) => {
      const x = 72 + 248 * c;
      const y = top - 11 * i;
      const label = i === 0 ? /^\S+ \S+/.exec(text)?.[0] : undefined;
      if (label === undefined) return [line(text, x, y, { size: 9 })];
      // A wide space after the label, as sig-alternate sets it.
      return [
        line(label, x, y, { size: 9 }),
        line(text.slice(label.length + 1), x + 47, y, { size: 9 }),
      ];
    }),
  );
}

const texts = (items: readonly TextItem[]) =>
  splitSideBySideCaptions(groupLines(items)).map((l) => l.text);

describe('splitSideBySideCaptions', () => {
  it('reads two captions set side by side one after the other, their second lines with them', () => {
    const items = sideBySide([
      ['Figure 4: Performance ratio for the', 'simulation, highly parallel tasks'],
      ['Figure 5: Performance ratio for the', 'simulation, mixed model tasks'],
    ]);
    expect(texts(items)).toEqual([
      'Figure 4: Performance ratio for the',
      'simulation, highly parallel tasks',
      'Figure 5: Performance ratio for the',
      'simulation, mixed model tasks',
    ]);
  });

  it('cuts three captions side by side into three', () => {
    const items = sideBySide([['Figure 1: One.'], ['Figure 2: Two.'], ['Table 1: Three.']]);
    expect(texts(items)).toEqual(['Figure 1: One.', 'Figure 2: Two.', 'Table 1: Three.']);
  });

  it.each([
    [
      'a line that names two figures in running text',
      ['Figure 4 and Figure 5 show the same data for both models.'],
    ],
    ['one caption, its label set apart by a wide space', ['Figure 4: Performance ratio for the']],
  ])('leaves alone %s', (_case, lines) => {
    const items = sideBySide([lines]);
    expect(texts(items)).toEqual(groupLines(items).map((l) => l.text));
  });

  it('stops at the running text under the captions, which crosses where they are cut', () => {
    const items = [
      ...sideBySide([['Figure 4: Left.'], ['Figure 5: Right.']], 400),
      line('The running text goes on under both figures, across the page.', 72, 389, {
        size: 9,
        right: 540,
      }),
    ];
    expect(texts(items)).toEqual([
      'Figure 4: Left.',
      'Figure 5: Right.',
      'The running text goes on under both figures, across the page.',
    ]);
  });
});

describe('side-by-side captions on a one-column page', () => {
  it('become two caption blocks, the running text around them whole', () => {
    const page = [
      line('Captions Side by Side', 200, 720, { size: 14 }),
      line('1. Results', 72, 690, { size: 11 }),
      ...column(
        [
          'The two charts below compare the algorithms on the highly parallel tasks and on',
          'the mixed model, over a growing number of tasks, and they agree well.¶',
        ],
        { x: 72, top: 670, right: 540 },
      ),
      ...sideBySide(
        [
          ['Figure 4: Performance ratio for the', 'simulation, highly parallel tasks'],
          ['Figure 5: Performance ratio for the', 'simulation, mixed model tasks'],
        ],
        420,
      ),
      ...column(['Both charts show that the ratio stays under two for every algorithm.¶'], {
        x: 72,
        top: 380,
      }),
    ];
    const paper = parsePaper(layoutPdfText([page]), {
      format: 'pdf',
      fileName: 'x.pdf',
      id: pid('0'),
    });
    const captions = paper.blocks
      .filter((b) => b.kind === 'caption')
      .map((b) => paper.text.slice(b.start, b.end));
    expect(captions).toEqual([
      'Figure 4: Performance ratio for the simulation, highly parallel tasks',
      'Figure 5: Performance ratio for the simulation, mixed model tasks',
    ]);
  });
});
