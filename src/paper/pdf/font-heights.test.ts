import { column } from './__fixtures__/items';
import { brokenFontScales, repairFontHeights } from './font-heights';
import { layoutPdfText } from './layout-pdf-text';
import type { TextItem } from './text-item';

/** Items as a dvips Type 3 font reports them: widths right, every height `claimed` points. */
function claiming(items: readonly TextItem[], claimed: number, fontName: string): TextItem[] {
  return items.map((item) => ({ ...item, height: claimed, fontName }));
}

const TWO_PARAGRAPHS = [
  '>Heavy quarks bind to light ones in many mesons, and the',
  'spectator equation treats them with one particle on its',
  'mass shell, which keeps the kernel simple.¶',
  '>The kernel we use is a scalar confining potential with a',
  'vector Coulomb part, as in earlier quark models.¶',
];

describe('repairFontHeights', () => {
  it('leaves pages whose fonts report plausible heights as they are', () => {
    const pages = [column(TWO_PARAGRAPHS, { x: 72, top: 700, right: 540 })];
    expect(brokenFontScales(pages).size).toBe(0);
    expect(repairFontHeights(pages)).toBe(pages);
  });

  it('gives a font claiming 240 pt the size its character widths imply', () => {
    const body = claiming(column(TWO_PARAGRAPHS, { x: 72, top: 700, size: 12 }), 240, 'f1');
    const [page = []] = repairFontHeights([body]);
    for (const item of page) expect(item.height).toBeCloseTo(12 * (0.5 / 0.45), 1);
  });

  it('keeps the ratio of two sizes set in one broken font', () => {
    const small = claiming(column(['a footnote in small type'], { x: 72, top: 80 }), 200, 'f1');
    const big = claiming(column(TWO_PARAGRAPHS, { x: 72, top: 700 }), 240, 'f1');
    const [page = []] = repairFontHeights([[...big, ...small]]);
    const heights = new Set(page.map((item) => Math.round(item.height * 100) / 100));
    expect(heights.size).toBe(2);
    expect(Math.max(...heights) / Math.min(...heights)).toBeCloseTo(240 / 200, 2);
  });

  it('repairs only the broken font on a page that mixes fonts', () => {
    const good = column(['A Title In A Good Font'], { x: 72, top: 740, size: 14 });
    const bad = claiming(column(TWO_PARAGRAPHS, { x: 72, top: 700 }), 240, 'f9');
    const [page = []] = repairFontHeights([[...good, ...bad]]);
    expect(page[0]).toBe(good[0]);
    expect(page.slice(1).every((item) => item.height < 20)).toBe(true);
  });
});

describe('layoutPdfText with a font that reports 240 pt for every item', () => {
  it('reads the lines in order, as it reads them with the right heights', () => {
    const right = column(TWO_PARAGRAPHS, { x: 72, top: 700, size: 12, right: 540 });
    const broken = claiming(right, 240, 'f1');
    const text = layoutPdfText([broken]);
    expect(text).toBe(layoutPdfText([right.map((item) => ({ ...item, fontName: 'f1' }))]));
    expect(text).toContain('many mesons, and the\nspectator equation treats them');
    expect(text.indexOf('The kernel we use')).toBeGreaterThan(
      text.indexOf('keeps the kernel simple'),
    );
  });
});
