/**
 * Asks pdf.js which font a page's runs are set in, for the runs that may be a symbol font's bare
 * codes (`symbol-fonts.ts`), and rewrites those runs. pdf.js's text content names fonts only by
 * an internal id (`g_d0_f8`); the font's real name and glyph names reach `page.commonObjs` once
 * the page's operator list is built, with `fontExtraProperties` set on the document. That second
 * pass costs one to two times what reading the text did, so it is made only for a page with a
 * suspect font not yet looked up, and it looks up every font of that page: on the six shared
 * papers, 10 of 83 pages (none in the two papers without maths).
 */
import {
  glyphMapForFont,
  mapGlyphs,
  mayBeBareCodes,
  type GlyphMap,
  type PdfFontFacts,
} from './symbol-fonts';
import type { TextItem } from './text-item';

/**
 * pdf.js's `AnnotationMode.DISABLE` (this module does not import pdf.js, which loads lazily): the
 * operator list is built for its fonts only, so the annotations' appearance streams (link
 * borders, form fields) are left unread.
 */
const ANNOTATIONS_DISABLED = 0;

/** The part of a pdf.js page this module uses (absent from the fakes of most tests). */
export interface FontPage {
  getOperatorList?(params?: { annotationMode?: number }): Promise<unknown>;
  commonObjs?: { has(id: string): boolean; get(id: string): unknown };
}

/** A document's fonts, looked up as its pages are read: one per `extractWith` run. */
export class PageFonts {
  /** Each font id looked up, with its map (null: nothing to rewrite). */
  private readonly maps = new Map<string, GlyphMap | null>();

  /** The page's items with every run in a symbol font rewritten as the text the font draws. */
  async mapPage(page: FontPage, items: TextItem[]): Promise<TextItem[]> {
    const runs = new Map<string, string[]>();
    for (const item of items) {
      if (!item.fontName || this.maps.has(item.fontName)) continue;
      const list = runs.get(item.fontName);
      if (list) list.push(item.str);
      else runs.set(item.fontName, [item.str]);
    }
    const suspect = [...runs.values()].some(mayBeBareCodes);
    if (suspect && page.getOperatorList && page.commonObjs) {
      await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED });
      // Every font of the page is looked up while pdf.js has them all: a later page's suspect
      // run in one of them then costs nothing.
      const ids = new Set(items.map((item) => item.fontName ?? '').filter((id) => id !== ''));
      for (const id of ids) {
        if (this.maps.has(id)) continue;
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as PdfFontFacts) : null;
        this.maps.set(id, font ? glyphMapForFont(font) : null);
      }
    }
    return items.map((item) => {
      const map = item.fontName ? this.maps.get(item.fontName) : null;
      return map ? { ...item, str: mapGlyphs(item.str, map) } : item;
    });
  }
}
