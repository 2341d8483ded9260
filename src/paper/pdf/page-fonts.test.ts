import { PageFonts, type FontPage } from './page-fonts';
import type { PdfFontFacts } from './symbol-fonts';
import type { TextItem } from './text-item';

/** pdf.js-shaped runs on one line: `[text, font id]`, 20 points apart. */
const items = (...runs: [string, string][]): TextItem[] =>
  runs.map(([str, fontName], i) => ({
    str,
    x: 72 + 20 * i,
    y: 700,
    width: 15,
    height: 10,
    fontName,
  }));

/** A fake pdf.js page whose fonts reach `commonObjs` once its operator list is built. */
function fakePage(fonts: Record<string, PdfFontFacts>) {
  const loaded = new Map<string, PdfFontFacts>();
  const getOperatorList = vi.fn(async () => {
    for (const [id, font] of Object.entries(fonts)) loaded.set(id, font);
  });
  const page: FontPage = {
    getOperatorList,
    commonObjs: { has: (id) => loaded.has(id), get: (id) => loaded.get(id) },
  };
  return { page, getOperatorList };
}

const FONTS = { g_d0_f1: { name: 'ABCDEF+CMR10' }, g_d0_f2: { name: 'ERMAET+MSAM10' } };
const texts = (mapped: TextItem[]) => mapped.map((item) => item.str);

describe('PageFonts', () => {
  it('reads msam’s symbols as themselves: `τ & 0.07` is `τ ≳ 0.07`', async () => {
    const { page } = fakePage(FONTS);
    const line = items(['at least τ', 'g_d0_f1'], ['&', 'g_d0_f2'], ['0.07.', 'g_d0_f1']);
    expect(texts(await new PageFonts().mapPage(page, line))).toEqual(['at least τ', '≳', '0.07.']);
  });

  it('looks each font up once per document, and not at all on a page of prose', async () => {
    const fonts = new PageFonts();
    const { page, getOperatorList } = fakePage(FONTS);
    await fonts.mapPage(page, items(['Prose & more, (as) ever.', 'g_d0_f1']));
    expect(getOperatorList).not.toHaveBeenCalled();
    await fonts.mapPage(page, items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']));
    const later = await fonts.mapPage(page, items(['b', 'g_d0_f1'], ['>', 'g_d0_f2']));
    expect(getOperatorList).toHaveBeenCalledTimes(1);
    expect(texts(later)).toEqual(['b', '⩾']);
  });

  it('leaves the runs as they are where pdf.js cannot say which font they are in', async () => {
    const line = items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']);
    expect(texts(await new PageFonts().mapPage({}, line))).toEqual(['a', '&']);
    const { page } = fakePage({});
    expect(texts(await new PageFonts().mapPage(page, line))).toEqual(['a', '&']);
  });
});
