/**
 * Which pages to ask pdf.js for their fonts (`page-fonts.ts`). A lookup builds a page's whole
 * operator list, a second pass over the page, and names every font on that page; a font is
 * the same font on every page it is used on. So the fonts under suspicion anywhere in the
 * document are looked up on the fewest pages that hold them all: the page that holds most of
 * those not yet covered first, the one with fewer runs (less for pdf.js to read again) on a tie.
 * Greedy, as set cover is; a paper has a handful of suspect fonts, and one or two pages hold them.
 */

/** The fonts a page's runs are set in, those of them that may be bare codes, and its run count. */
export interface PageFontUse {
  fonts: readonly string[];
  suspects: readonly string[];
  items: number;
}

/** Indexes of the pages to look fonts up on, in page order; none when no font is suspect. */
export function planFontLookups(pages: readonly PageFontUse[]): number[] {
  const wanted = new Set(pages.flatMap((page) => page.suspects));
  const chosen: number[] = [];
  while (wanted.size > 0) {
    let best = -1;
    let bestCovers = 0;
    pages.forEach((page, index) => {
      const covers = page.fonts.filter((id) => wanted.has(id)).length;
      const cheaper = best >= 0 && covers === bestCovers && page.items < pages[best]!.items;
      if (covers > bestCovers || cheaper) [best, bestCovers] = [index, covers];
    });
    if (best < 0) break; // a suspect font no page uses: cannot happen, but never loop on it
    chosen.push(best);
    for (const id of pages[best]!.fonts) wanted.delete(id);
  }
  return chosen.sort((a, b) => a - b);
}
