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

  it('keeps large headings and ordinary lines', () => {
    const lines = groupLines([
      line('Contents', 72, 700, { size: 30 }),
      line('An ordinary line.', 72, 660),
    ]);
    expect(dropDecorations(lines, 10)).toHaveLength(2);
  });
});
