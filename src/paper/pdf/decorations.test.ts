import { line } from './__fixtures__/items';
import { dropDecorations } from './decorations';
import { groupLines } from './lines';

describe('dropDecorations', () => {
  it('joins a drop cap to the line it opens', () => {
    const lines = groupLines([
      line('T', 50, 690, { size: 36 }),
      line('his paper reads closely.', 80, 680),
    ]);
    expect(dropDecorations(lines, 10).map((l) => l.text)).toEqual(['This paper reads closely.']);
  });

  it('leaves out a glyph drawn as part of a figure', () => {
    const lines = groupLines([
      line('A', 150, 547, { size: 99 }),
      line('Figure 1: Larger image set as a float', 100, 485),
    ]);
    expect(dropDecorations(lines, 10).map((l) => l.text)).toEqual([
      'Figure 1: Larger image set as a float',
    ]);
  });

  it('leaves out a rule printed as a run of dots across the column, and keeps an ellipsis and leaders with their text', () => {
    const lines = groupLines([
      line('Stressful life events and dementia', 56, 700),
      line('.'.repeat(300), 56, 680, { size: 4 }),
      line('Anna Sundström and Lars-Göran Nilsson', 56, 660),
      line('. . .', 56, 640),
      line('Introduction . . . . . . . . . . . . 1', 56, 620),
    ]);
    expect(dropDecorations(lines, 10).map((l) => l.text)).toEqual([
      'Stressful life events and dementia',
      'Anna Sundström and Lars-Göran Nilsson',
      '. . .',
      'Introduction . . . . . . . . . . . . 1',
    ]);
  });

  it('keeps large headings and ordinary lines', () => {
    const lines = groupLines([
      line('Contents', 72, 700, { size: 30 }),
      line('An ordinary line.', 72, 660),
    ]);
    expect(dropDecorations(lines, 10)).toHaveLength(2);
  });
});
