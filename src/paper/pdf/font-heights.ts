/**
 * Item heights a broken font reports, replaced by heights its glyphs' widths imply.
 * pdf.js takes an item's height from the font size in the text matrix. Some producers (old dvips
 * Type 3 fonts, whose glyphs are drawn in a tiny font matrix) set text at a nominal size of 100 or
 * more and shrink it in the font: every item then claims to be 120 or 240 pt tall, the lines of a
 * page overlap one another, and the layout scrambles the page. The glyphs' advance widths are
 * right (pdf.js scales them by the font matrix), so a font whose runs are, character for
 * character, a few hundredths of their height wide is a broken font, and its size is what those
 * widths say. Pure.
 */
import type { TextItem } from './text-item';
import { itemOf } from './text-item';

/**
 * Average advance of a character, in ems, in the text fonts of real papers (running text with its
 * spaces: serif faces measure 0.40–0.50, sans 0.45–0.55). A repaired font's size is its runs'
 * typical character width divided by this.
 */
export const TYPICAL_CHARACTER_EMS = 0.45;

/**
 * Below this many ems a character (the median over a font's runs), the reported height is not the
 * font's size. No text face averages under a tenth of an em: the narrowest fonts of the papers
 * surveyed (digits, condensed faces, maths symbols) measure 0.1–0.2; the broken ones 0.01–0.02.
 */
export const IMPLAUSIBLE_CHARACTER_EMS = 0.05;

/** The median of `values` (not empty), sorting it in place. */
function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[values.length >> 1] ?? 0;
}

/**
 * For each font whose reported heights are implausible, the factor that turns them into its real
 * size; fonts with plausible heights are absent.
 */
export function brokenFontScales(pages: readonly (readonly TextItem[])[]): Map<string, number> {
  const ems = new Map<string, number[]>();
  for (const items of pages) {
    for (const item of items) {
      if (item.height <= 0 || item.width <= 0 || item.str.length === 0) continue;
      const key = item.fontName ?? '';
      let list = ems.get(key);
      if (list === undefined) ems.set(key, (list = []));
      list.push(item.width / (item.str.length * item.height));
    }
  }
  const scales = new Map<string, number>();
  for (const [font, list] of ems) {
    const typical = median(list);
    if (typical < IMPLAUSIBLE_CHARACTER_EMS) scales.set(font, typical / TYPICAL_CHARACTER_EMS);
  }
  return scales;
}

/**
 * The pages with every item of a broken font given the height its widths imply (its reported
 * height scaled by the font's factor, so a font used at two sizes keeps their ratio). Pages
 * without such items are returned as they are.
 */
export function repairFontHeights(
  pages: readonly (readonly TextItem[])[],
): readonly (readonly TextItem[])[] {
  const scales = brokenFontScales(pages);
  if (scales.size === 0) return pages;
  return pages.map((items) => {
    if (!items.some((item) => scales.has(item.fontName ?? ''))) return items;
    return items.map((item) => {
      const scale = scales.get(item.fontName ?? '');
      return scale === undefined ? item : { ...itemOf(item), height: item.height * scale };
    });
  });
}
