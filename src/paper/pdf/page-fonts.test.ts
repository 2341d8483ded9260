import { fontUseOf, mapSymbolFonts, type FontPage } from './page-fonts';
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

/**
 * Fake pdf.js pages, one per page of `pages`: a page's fonts (those its runs use) reach
 * `commonObjs` once its operator list is built, as in pdf.js.
 */
function fakeDocument(pages: readonly (readonly TextItem[])[]) {
  const lookedUp: number[] = [];
  const openPage = vi.fn(async (index: number): Promise<FontPage> => {
    const loaded = new Map<string, PdfFontFacts>();
    return {
      getOperatorList: async () => {
        lookedUp.push(index + 1);
        for (const item of pages[index]!) loaded.set(item.fontName!, FONTS[item.fontName!]!);
      },
      commonObjs: { has: (id) => loaded.has(id), get: (id) => loaded.get(id) },
    };
  });
  return { openPage, lookedUp };
}

/** A document's fonts as pdf.js keeps them: named one by one, calling back whoever waits for one. */
class NamedFonts {
  private readonly named = new Map<string, PdfFontFacts>();
  private readonly waiting = new Map<string, ((font: unknown) => void)[]>();
  has(id: string) {
    return this.named.has(id);
  }
  get(id: string, callback?: (font: unknown) => void) {
    if (!callback) return this.named.get(id);
    if (this.named.has(id)) callback(this.named.get(id));
    else this.waiting.set(id, [...(this.waiting.get(id) ?? []), callback]);
    return null;
  }
  name(id: string) {
    this.named.set(id, FONTS[id]!);
    for (const callback of this.waiting.get(id) ?? []) callback(FONTS[id]);
    this.waiting.delete(id);
  }
}

const texts = (pages: TextItem[][]) => pages.map((page) => page.map((item) => item.str));

describe('mapSymbolFonts', () => {
  it('reads msam’s symbols as themselves: `τ & 0.07` is `τ ≳ 0.07`', async () => {
    const pages = [items(['at least τ', 'g_d0_f1'], ['&', 'g_d0_f2'], ['0.07.', 'g_d0_f1'])];
    const { openPage } = fakeDocument(pages);
    expect(texts(await mapSymbolFonts(pages, openPage))).toEqual([['at least τ', '≳', '0.07.']]);
  });

  it('looks fonts up on the one page holding every suspect font, and maps them on every page', async () => {
    const pages = [
      items(['Prose & more, (as) ever.', 'g_d0_f1']),
      items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']),
      items(['b', 'g_d0_f1'], ['>', 'g_d0_f2'], ['\u001d', 'g_d0_f3']),
      items(['c', 'g_d0_f1'], ['\u001d', 'g_d0_f3']),
    ];
    const { openPage, lookedUp } = fakeDocument(pages);
    const mapped = texts(await mapSymbolFonts(pages, openPage));
    expect(lookedUp).toEqual([3]);
    expect(mapped).toEqual([['Prose & more, (as) ever.'], ['a', '≳'], ['b', '⩾', '≫'], ['c', '≫']]);
  });

  it('gives back a page none of whose runs it rewrites as it was, so what was made of it still holds', async () => {
    const pages = [
      items(['Prose & more.', 'g_d0_f1'], ['(', 'g_d0_f3']),
      items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'], ['b', 'g_d0_f1']),
    ];
    const { openPage } = fakeDocument(pages);
    const mapped = await mapSymbolFonts(pages, openPage);
    // cmsy's `(` is not one of the codes it maps: the first page is left alone, the same array.
    expect(mapped[0]).toBe(pages[0]);
    expect(mapped[1]).not.toBe(pages[1]);
    expect(mapped[1]![0]).toBe(pages[1]![0]);
    expect(texts(mapped)).toEqual([
      ['Prose & more.', '('],
      ['a', '≳', 'b'],
    ]);
  });

  it('asks pdf.js for every page it looks fonts up on before any has answered', async () => {
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']), items(['\u001d', 'g_d0_f3'])];
    const { openPage, lookedUp } = fakeDocument(pages);
    let asked = 0;
    let allAsked = () => {};
    const everyPageAsked = new Promise<void>((resolve) => (allAsked = resolve));
    const gated = async (index: number): Promise<FontPage> => {
      const page = await openPage(index);
      return {
        ...page,
        getOperatorList: async () => {
          if (++asked === 2) allAsked();
          await everyPageAsked; // one after the other, the first would wait here for ever
          return page.getOperatorList!();
        },
      };
    };
    expect(texts(await mapSymbolFonts(pages, gated))).toEqual([['a', '≳'], ['≫']]);
    expect(lookedUp.sort()).toEqual([1, 2]);
  }, 2_000);

  it('answers once a page’s fonts are named, not waiting for the rest of its operator list', async () => {
    const pages = [items(['at least τ', 'g_d0_f1'], ['&', 'g_d0_f2'], ['0.07.', 'g_d0_f1'])];
    const fonts = new NamedFonts();
    const page: FontPage = {
      // Names the page's fonts, then goes on drawing the page: never done within this test.
      getOperatorList: () => {
        fonts.name('g_d0_f1');
        setTimeout(() => fonts.name('g_d0_f2'), 0);
        return new Promise(() => undefined);
      },
      commonObjs: fonts,
    };
    expect(texts(await mapSymbolFonts(pages, async () => page))).toEqual([
      ['at least τ', '≳', '0.07.'],
    ]);
  }, 2_000);

  it('waits for every list when one ended without naming a font of its page', async () => {
    // Page 1 uses msam, its list never names it; page 2's names it after its own font, last.
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2']), items(['\u001d', 'g_d0_f3'])];
    const fonts = new NamedFonts();
    const lists = [
      async () => fonts.name('g_d0_f1'),
      () =>
        new Promise<void>((done) => {
          fonts.name('g_d0_f3');
          setTimeout(() => {
            fonts.name('g_d0_f2');
            done();
          }, 10);
        }),
    ];
    const openPage = async (index: number): Promise<FontPage> => ({
      getOperatorList: lists[index],
      commonObjs: fonts,
    });
    expect(texts(await mapSymbolFonts(pages, openPage))).toEqual([['a', '≳'], ['≫']]);
  }, 2_000);

  it('asks pdf.js nothing for a document of prose', async () => {
    const pages = [items(['Prose & more, (as) ever.', 'g_d0_f1'])];
    const { openPage } = fakeDocument(pages);
    expect(texts(await mapSymbolFonts(pages, openPage))).toEqual(texts(pages));
    expect(openPage).not.toHaveBeenCalled();
  });

  it('leaves the runs as they are where pdf.js cannot say which font they are in', async () => {
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'])];
    expect(texts(await mapSymbolFonts(pages, async () => ({})))).toEqual([['a', '&']]);
    const nameless = { getOperatorList: async () => undefined, commonObjs: new Map() };
    expect(texts(await mapSymbolFonts(pages, async () => nameless))).toEqual([['a', '&']]);
  });

  it('keeps a page’s text when its fonts cannot be looked up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'])];
    const broken = {
      getOperatorList: () => Promise.reject(new Error('bad stream')),
      commonObjs: new Map(),
    };
    expect(texts(await mapSymbolFonts(pages, async () => broken))).toEqual([['a', '&']]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('stops with the abort once the reader has cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const pages = [items(['a', 'g_d0_f1'], ['&', 'g_d0_f2'])];
    const aborted = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    await expect(mapSymbolFonts(pages, aborted, controller.signal)).rejects.toThrow('aborted');
  });
});

describe('fontUseOf', () => {
  it('lists a page’s fonts and those that may be giving bare codes', () => {
    const page = items(['Prose, as ever', 'g_d0_f1'], ['&', 'g_d0_f2'], [' >', 'g_d0_f2']);
    expect(fontUseOf(page)).toEqual({
      fonts: ['g_d0_f1', 'g_d0_f2'],
      suspects: ['g_d0_f2'],
    });
  });
});
