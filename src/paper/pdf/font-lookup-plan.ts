/**
 * Which pages to ask pdf.js for their fonts (`page-fonts.ts`). A lookup builds a page's whole
 * operator list, a second pass over the page, and names every font on that page; a font is
 * the same font on every page it is used on. So the fonts under suspicion anywhere in the
 * document are looked up on the fewest pages that hold them all: the page that holds most of
 * those not yet covered first, the earliest of equals. Greedy, as set cover is; a paper has a
 * handful of suspect fonts, and one or two pages hold them. (Preferring the page with fewer
 * runs on a tie was tried: it picks figure pages, whose vector drawings cost the operator list
 * far more than their few runs suggest, 42 ms against 15 ms for a page of text.)
 */

/** The fonts a page's runs are set in, and those of them that may be giving bare codes there. */
export interface PageFontUse {
  fonts: readonly string[];
  suspects: readonly string[];
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
      if (covers > bestCovers) [best, bestCovers] = [index, covers];
    });
    if (best < 0) break; // a suspect font no page uses: cannot happen, but never loop on it
    chosen.push(best);
    for (const id of pages[best]!.fonts) wanted.delete(id);
  }
  return chosen.sort((a, b) => a - b);
}
