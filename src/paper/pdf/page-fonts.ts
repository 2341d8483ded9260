/**
 * Asks pdf.js which font a document's runs are set in, for the runs that may be a symbol font's
 * bare codes (`symbol-fonts.ts`), and rewrites those runs. pdf.js's text content names fonts only
 * by an internal id (`g_d0_f8`); the font's real name and glyph names reach `page.commonObjs`
 * once a page's operator list is built, with `fontExtraProperties` set on the document. That
 * second pass over a page costs about what reading its text did, so it is made as seldom as it
 * can be: once every page's text is read, on the fewest pages that hold every suspect font
 * (`planFontLookups`), and what those lookups find is applied to every page the fonts are on.
 * On the six shared papers: 6 pages of 83 (none in the two papers without maths), where
 * looking up on the page where a suspect font first shows took 10.
 */
import { planFontLookups, type PageFontUse } from './font-lookup-plan';
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

/**
 * pdf.js's fonts of a document (`page.commonObjs`): `get(id, named)` calls `named` once the font
 * is there, even if it is not yet.
 */
interface PdfFonts {
  has(id: string): boolean;
  get(id: string, named?: (font: unknown) => void): unknown;
}

/** The part of a pdf.js page this module uses (absent from the fakes of most tests). */
export interface FontPage {
  getOperatorList?(params?: { annotationMode?: number }): Promise<unknown>;
  commonObjs?: PdfFonts;
  cleanup?(): unknown;
}

/** Which fonts a page's items use, and which of them may be giving bare codes there. */
export function fontUseOf(items: readonly TextItem[]): PageFontUse {
  const runs = new Map<string, string[]>();
  for (const item of items) {
    if (!item.fontName) continue;
    const list = runs.get(item.fontName);
    if (list) list.push(item.str);
    else runs.set(item.fontName, [item.str]);
  }
  const suspects = [...runs].filter(([, strs]) => mayBeBareCodes(strs)).map(([id]) => id);
  return { fonts: [...runs.keys()], suspects };
}

/** A page whose operator list pdf.js has built (null: it cannot name fonts), or why it could not. */
type FontLookup =
  | {
      ok: true;
      page: FontPage;
      fonts: PdfFonts;
      listed: Promise<unknown>;
    }
  | { ok: true; page: null }
  | { ok: false; error: unknown };

/**
 * Resolves once every font of `ids` is in `fonts`: pdf.js names a font there as the operator list
 * reaches its first use, and calls back whoever asked for it. Never resolves for a font the list
 * never reaches, nor where `fonts` calls no one back (a stand-in for pdf.js's).
 */
function fontsNamed(fonts: PdfFonts, ids: readonly string[]): Promise<unknown> {
  return Promise.all(
    ids.map((id) =>
      fonts.has(id) ? undefined : new Promise<void>((named) => void fonts.get(id, () => named())),
    ),
  );
}

/**
 * Opens page `index` and has pdf.js build its operator list, naming its fonts; never rejects.
 * Answers as soon as every font of `ids` (the page's) is named: the rest of the list, pdf.js's
 * work on the page's drawing after its fonts' first uses, is not waited for (the document's
 * closing ends it).
 */
async function lookUpFonts(
  openPage: (index: number) => Promise<FontPage>,
  index: number,
  ids: readonly string[],
): Promise<FontLookup> {
  try {
    const page = await openPage(index);
    if (!page.getOperatorList || !page.commonObjs) return { ok: true, page: null };
    const fonts = page.commonObjs;
    const listed = page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED });
    listed.catch(() => undefined); // a list cut off once its fonts were named fails unheard
    await Promise.race([listed, fontsNamed(fonts, ids)]);
    return { ok: true, page, fonts, listed };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Every page's items with each run in a symbol font rewritten as the text the font draws (a page
 * none of whose runs changes is given back as it was: the same array).
 * `openPage` gives the pdf.js page of a page index (0-based); a page that cannot be opened or
 * does not name its fonts is passed over, its fonts' runs left as they are. Once `signal` has
 * aborted, the failure it caused is passed on.
 */
export async function mapSymbolFonts(
  pages: readonly (readonly TextItem[])[],
  openPage: (index: number) => Promise<FontPage>,
  signal?: AbortSignal,
): Promise<TextItem[][]> {
  const uses = pages.map(fontUseOf);
  const maps = new Map<string, GlyphMap | null>();
  // All asked at once: pdf.js builds the lists one after the other all the same, but without a
  // round trip between this thread and its worker before each.
  const plan = planFontLookups(uses);
  const lookups = await Promise.all(
    plan.map((index) => lookUpFonts(openPage, index, uses[index]!.fonts)),
  );
  // A page whose list ended without naming one of its fonts: another page's list, still being
  // built, may name it, as it would have by the time every list had ended.
  const unnamed = lookups.some(
    (lookup, i) =>
      lookup.ok && lookup.page && !uses[plan[i]!]!.fonts.every((id) => lookup.fonts.has(id)),
  );
  if (unnamed)
    await Promise.all(
      lookups.map((lookup) =>
        lookup.ok && lookup.page ? lookup.listed.catch(() => undefined) : undefined,
      ),
    );
  lookups.forEach((lookup, i) => {
    const index = plan[i]!;
    if (!lookup.ok) {
      if (signal?.aborted) throw lookup.error;
      // The page's text was read; only its fonts' names are missing: its runs stay as pdf.js gave them.
      console.warn(`Could not look up the fonts of page ${index + 1}`, lookup.error);
      return;
    }
    if (!lookup.page) return;
    const { page, fonts } = lookup;
    // Every font of the page is looked up while pdf.js has them all.
    for (const id of uses[index]!.fonts) {
      if (maps.has(id)) continue;
      const font = fonts.has(id) ? (fonts.get(id) as PdfFontFacts) : null;
      maps.set(id, font ? glyphMapForFont(font) : null);
    }
    page.cleanup?.();
  });
  return pages.map((items) => mappedPage(items, maps));
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
    if (str !== item.str) (out ??= items.slice(0, i)).push({ ...item, str });
    else out?.push(item);
  }
  return out ?? (items as TextItem[]);
}
