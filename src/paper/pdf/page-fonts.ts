/**
 * Rewrites the runs of a document set in symbol fonts (`symbol-fonts.ts`) as the text those fonts
 * draw, page by page as pdf.js reads them. pdf.js's text content names fonts only by an internal id
 * (`g_d0_f8`, the same font on every page of the document); the font's real name and its glyph
 * names come with each page's text, from the worker script the app patches
 * (`pdf-worker-patch.ts`), so no second pass of pdf.js over a page is needed to learn them.
 *
 * Every font is mapped by what it is (`glyphMapForFont`: TeX's and Word's symbol codes only where
 * pdf.js left them bare, glyph names of its Differences, and publishers' maths families, Advent's
 * `C` → `+`, on every character of every font of those families; a plain text font is left
 * alone): with the facts free, no run has to look suspect first
 * (`mayBeBareCodes` chose which fonts were worth an operator list). Publishers' maths fonts whose
 * symbols come out as letters (Advent's `+` as `C`) need that: their runs look like text.
 */
import { glyphMapForFont, mapGlyphs, type GlyphMap, type PdfFontFacts } from './symbol-fonts';
import { itemOf, type TextItem } from './text-item';

/** What pdf.js says about each font of a page, by font id (`TextItem.fontName`). */
export type PageFontFacts = Readonly<Record<string, PdfFontFacts | undefined>>;

/**
 * The symbol-font mapping of one document: maps each page's runs (its items as read, and its
 * fonts' facts) as the page comes. A font's glyph map is made once, at its first page.
 */
export function mapSymbolFontsByPage(): (
  items: readonly TextItem[],
  facts: PageFontFacts,
) => TextItem[] {
  const maps = new Map<string, GlyphMap | null>();
  return (items, facts) => {
    for (const item of items) {
      const id = item.fontName;
      if (id === undefined || maps.has(id)) continue;
      const font = facts[id];
      maps.set(id, font ? glyphMapForFont(font) : null);
    }
    return mappedPage(items, maps);
  };
}

/** Every page of a document mapped (`facts[i]` is page i's). */
export function mapSymbolFonts(
  pages: readonly (readonly TextItem[])[],
  facts: readonly PageFontFacts[],
): TextItem[][] {
  const mapPage = mapSymbolFontsByPage();
  return pages.map((items, i) => mapPage(items, facts[i] ?? {}));
}

/**
 * The page's items with the runs of mapped fonts rewritten; the page itself (the same array)
 * when no run's text changes, so that what was made of the page as it was read still holds.
 */
function mappedPage(
  items: readonly TextItem[],
  maps: ReadonlyMap<string, GlyphMap | null>,
): TextItem[] {
  let out: TextItem[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    const map = item.fontName ? maps.get(item.fontName) : null;
    const str = map ? mapGlyphs(item.str, map) : item.str;
    if (str !== item.str) (out ??= items.slice(0, i)).push(itemOf(item, str));
    else out?.push(item);
  }
  return out ?? (items as TextItem[]);
}
