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

/** The median of `values` (not empty). */
function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1] ?? 0;
}

/** A run's width per character, in its reported heights; null for a run that measures nothing. */
function emsPerCharacter(item: TextItem): number | null {
  if (item.height <= 0 || item.width <= 0 || item.str.length === 0) return null;
  return item.width / (item.str.length * item.height);
}

/**
 * For each font whose reported heights are implausible, the factor that turns them into its real
 * size; fonts with plausible heights are absent. A font is broken when most of its runs are
 * implausibly narrow (one counting pass: most documents have no such font), and its factor is
 * its runs' median width per character over {@link TYPICAL_CHARACTER_EMS}.
 */
export function brokenFontScales(pages: readonly (readonly TextItem[])[]): Map<string, number> {
  const counts = new Map<string, { narrow: number; all: number }>();
  // Once per paper over every run, mostly before the engine has compiled it: by index (not an
  // iterator stepped run by run), and the font's tally kept while runs stay in one font.
  let lastKey: string | null = null;
  let last = { narrow: 0, all: 0 };
  for (const items of pages) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as TextItem;
      const ems = emsPerCharacter(item);
      if (ems === null) continue;
      const key = item.fontName ?? '';
      let count = key === lastKey ? last : counts.get(key);
      if (count === undefined) counts.set(key, (count = { narrow: 0, all: 0 }));
      lastKey = key;
      last = count;
      count.all++;
      if (ems < IMPLAUSIBLE_CHARACTER_EMS) count.narrow++;
    }
  }
  const broken = new Set<string>();
  for (const [font, { narrow, all }] of counts) if (2 * narrow > all) broken.add(font);
  const scales = new Map<string, number>();
  if (broken.size === 0) return scales;
  const ems = new Map<string, number[]>();
  for (const items of pages) {
    for (const item of items) {
      const key = item.fontName ?? '';
      const value = broken.has(key) ? emsPerCharacter(item) : null;
      if (value === null) continue;
      const list = ems.get(key);
      if (list === undefined) ems.set(key, [value]);
      else list.push(value);
    }
  }
  for (const [font, list] of ems) scales.set(font, median(list) / TYPICAL_CHARACTER_EMS);
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
