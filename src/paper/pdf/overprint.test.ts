import { groupLines } from './lines';
import { withoutOverprintedGlyphs } from './overprint';
import type { TextItem } from './text-item';

const item = (str: string, x: number, width: number, y = 700, height = 17.2): TextItem => ({
  str,
  x,
  y,
  width,
  height,
});

/**
 * A heading in a CNKI-typeset fake bold: each ideograph (one em wide) drawn three times, `step`
 * points apart, and pdf.js's runs straddling two glyphs as it gives them.
 */
function fakeBold(text: string, x0: number, size = 17.2, step = 0.26): TextItem[] {
  const chars = Array.from(text);
  const runs: TextItem[] = [
    item(chars[0]!, x0, size, 700, size),
    item(chars[0]!, x0 + step, size, 700, size),
  ];
  chars.forEach((ch, i) => {
    const x = x0 + i * size;
    const next = chars[i + 1];
    if (i > 0) runs.push(item(ch, x, size, 700, size));
    // The third copy of this glyph joined to the first of the next one.
    runs.push(
      next
        ? item(ch + next, x + 2 * step, 2 * size, 700, size)
        : item(ch, x + 2 * step, size, 700, size),
    );
  });
  return runs;
}

describe('withoutOverprintedGlyphs', () => {
  it('reads a fake-bold heading whose glyphs are drawn three times once (CNKI)', () => {
    const [heading] = groupLines(fakeBold('智能制造装备视觉检测控制方法综述', 166.2));
    expect(heading?.text).toBe('智能制造装备视觉检测控制方法综述');
  });

  it('reads a letter-spaced fake-bold heading once, its runs holding the space between two glyphs (CNKI: 3.4 图 像 定 位 …)', () => {
    // The runs pdf.js gives for one heading of a CNKI paper (控制理论与应用 2015): set wider than
    // its glyphs (a pitch of 12.7 points for 10.9-point ideographs), so each run that straddles two
    // glyphs holds a space between them (`图 像`).
    const runs: [string, number, number][] = [
      ['3.4', 62.708, 13.636],
      [' 图', 87.253, 10.909],
      ['图', 87.428, 10.909],
      ['图 像', 87.591, 23.422],
      ['像', 100.267, 10.909],
      ['像 定', 100.431, 23.433],
      ['定', 113.129, 10.909],
      ['定 位', 113.293, 23.422],
      ['位', 125.969, 10.909],
      ['位 分', 126.133, 23.433],
      ['分', 138.831, 10.909],
      ['分 割', 138.994, 23.422],
      ['割', 151.671, 10.909],
      ['割 方', 151.834, 23.433],
      ['方', 164.521, 10.909],
      ['方 法', 164.685, 23.422],
      ['法', 177.372, 10.909],
      ['法', 177.536, 10.909],
      [' (', 190.247, 3.633],
      ['Object localization and', 193.88, 101.268],
    ];
    const [line] = groupLines(runs.map(([str, x, width]) => item(str, x, width, 305.591, 10.909)));
    expect(line?.text.replace(/ /g, '')).toBe('3.4图像定位分割方法(Objectlocalizationand');
  });

  it('keeps the plain text beside a fake-bold run on the same line', () => {
    const bold = fakeBold('引言', 60, 10.5);
    const [line] = groupLines([
      item('1', 40, 6, 700, 10.5),
      ...bold,
      item('(Introduction)', 60 + 2 * 10.5 + 1, 62, 700, 10.5),
    ]);
    expect(line?.text).toBe('1 引言(Introduction)');
  });

  it('leaves a line whose runs do not overlap untouched, the same array', () => {
    const items = [item('Precise', 10, 40, 700, 10), item(' poverty', 50, 42, 700, 10)];
    expect(withoutOverprintedGlyphs(items)).toBe(items);
  });

  it('keeps doubled letters and repeated words of ordinary text', () => {
    const [line] = groupLines([item('all all', 10, 30, 700, 10), item(' ll', 40, 10, 700, 10)]);
    expect(line?.text).toBe('all all ll');
  });

  it('keeps a run that overlaps its neighbour only because its width is wrong', () => {
    // The first run claims twice its width; the next one's letters are not copies of its own.
    const items = [item('the cat sat', 10, 110, 700, 10), item('on a mat', 65, 40, 700, 10)];
    expect(withoutOverprintedGlyphs(items)).toBe(items);
  });

  it('keeps superscripts and subscripts set at the same place as each other', () => {
    const items = [item('x', 10, 5, 700, 10), item('2', 15, 3, 704, 6), item('1', 15, 3, 697, 6)];
    expect(withoutOverprintedGlyphs(items)).toBe(items);
  });
});
