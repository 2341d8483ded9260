import { mapSymbolFonts, mapSymbolFontsByPage, type PageFontFacts } from './page-fonts';
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

const FONTS: Record<string, PdfFontFacts> = {
  g_d0_f1: { name: 'ABCDEF+CMR10' },
  g_d0_f2: { name: 'ERMAET+MSAM10' },
  g_d0_f3: { name: 'GHIJKL+CMSY10' },
};

/** The facts pdf.js gives with a page's text: those of the fonts its runs use. */
const factsOf = (page: readonly TextItem[]): PageFontFacts =>
  Object.fromEntries(page.map((item) => [item.fontName!, FONTS[item.fontName!]]));

const texts = (pages: readonly (readonly TextItem[])[]) =>
  pages.map((page) => page.map((item) => item.str));

describe('mapSymbolFonts', () => {
  it('reads msam’s symbols as themselves: `τ & 0.07` is `τ ≳ 0.07`', () => {
    const pages = [items(['at least τ', 'g_d0_f1'], ['&', 'g_d0_f2'], ['0.07.', 'g_d0_f1'])];
    expect(texts(mapSymbolFonts(pages, pages.map(factsOf)))).toEqual([
      ['at least τ', '≳', '0.07.'],
    ]);
  });

  it('maps a symbol font on every page it is on, and leaves prose in a text font alone', () => {
    const pages = [
      items(['Prose & more, (as) ever.', 'g_d0_f1']),
      items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']),
      items(['b', 'g_d0_f1'], ['>', 'g_d0_f2'], ['\u001d', 'g_d0_f3']),
      items(['c', 'g_d0_f1'], ['\u001d', 'g_d0_f3']),
    ];
    expect(texts(mapSymbolFonts(pages, pages.map(factsOf)))).toEqual([
      ['Prose & more, (as) ever.'],
      ['a', '≳'],
      ['b', '⩾', '≫'],
      ['c', '≫'],
    ]);
  });

  it('gives back a page none of whose runs it rewrites as it was, so what was made of it still holds', () => {
    const pages = [
      items(['Prose & more.', 'g_d0_f1'], ['{', 'g_d0_f3']),
      items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'], ['b', 'g_d0_f1']),
    ];
    const mapped = mapSymbolFonts(pages, pages.map(factsOf));
    // cmsy's `{` is not one of the codes it maps: the first page is left alone, the same array.
    expect(mapped[0]).toBe(pages[0]);
    expect(mapped[1]).not.toBe(pages[1]);
    expect(mapped[1]![0]).toBe(pages[1]![0]);
    expect(texts(mapped)).toEqual([
      ['Prose & more.', '{'],
      ['a', '≳', 'b'],
    ]);
  });

  it('leaves the runs as they are where pdf.js does not say which font they are in', () => {
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'])];
    expect(texts(mapSymbolFonts(pages, [{}]))).toEqual([['a', '&']]);
    expect(texts(mapSymbolFonts(pages, []))).toEqual([['a', '&']]);
  });

  it('maps a maths font whose runs look like letters, by its name (Advent’s + and − as C and K)', () => {
    const facts = { g_d0_f1: FONTS.g_d0_f1, g_d0_f4: { name: 'EOFBCA+AdvPS44A44B' } };
    const pages = [items(['f(P)', 'g_d0_f1'], ['C', 'g_d0_f4'], ['g(T)', 'g_d0_f1'])];
    expect(texts(mapSymbolFonts(pages, [facts]))).toEqual([['f(P)', '+', 'g(T)']]);
  });
});

describe('mapSymbolFontsByPage', () => {
  it('maps each page as it comes, from the facts given with it', () => {
    const mapPage = mapSymbolFontsByPage();
    const first = items(['so that t', 'g_d0_f1'], ['&', 'g_d0_f2']);
    expect(mapPage(first, factsOf(first)).map((item) => item.str)).toEqual(['so that t', '≳']);
  });

  it('maps a font on a later page by the facts of the page it first came on', () => {
    const mapPage = mapSymbolFontsByPage();
    const first = items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']);
    mapPage(first, factsOf(first));
    const second = items(['then', 'g_d0_f1'], ['&&', 'g_d0_f2']);
    expect(mapPage(second, {}).map((item) => item.str)).toEqual(['then', '≳≳']);
  });
});
