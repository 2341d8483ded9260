/**
 * Capitals a font's map to Unicode names as small letters. Some typesetters (Dove Medical Press,
 * Greek journals made with InDesign) embed a font whose capital `R`, `S`, `N`, `C`, `H` … map to
 * `r`, `s`, `n`, `c`, `h`: the page prints `Rapeepong Suphanchaimat`, `However, the study`,
 * `(CODE)`, `Κέντρο`, and the text reads `rapeepong suphanchaimat`, `however`, `(cODE)`, `κέντρο`.
 * Each such capital comes from pdf.js as a run of its own, one small letter printed flush against
 * the rest of its word.
 *
 * The font tells which letters lost their capitals: it sets capitals (five kinds at least) but
 * never the capital of a letter that, again and again, stands alone at a word's start glued to the
 * word's other letters. Those runs are capitals. A run of one small letter glued to its word is
 * otherwise rare (a kern, a drop of the typesetter), and a font that prints that letter's capital
 * anywhere keeps its small letter. Letters inside a word (small capitals set as separate runs) and
 * a letter standing alone as a word (`η χρήση`) are left as they are.
 *
 * Linear: one look at each run's length; only a document with candidates reads its fonts'
 * capitals. Pages with nothing to restore are given back as they came.
 */
import { itemOf, type TextItem } from './text-item';

/** Distinct capitals a font must set for its missing ones to count as lost. */
const MIN_CAPITALS = 5;
/** Glued runs of letters whose capitals the font lacks, and of how many letters, to act. */
const MIN_GLUED = 3;
const MIN_LETTERS = 2;
/** A run flush against another: their gap within this share of the font size. */
const FLUSH = 0.15;

const CAPITAL = /\p{Lu}/gu;
/** What follows a capital in its word: its letters, or the stop of an initial (`Α. (επιμ.)`). */
const WORD_GOES_ON = /^(?:\p{L}|\.(?:$|[\s,;)]))/u;
const LETTER_END = /\p{L}$/u;

interface Candidate {
  page: number;
  index: number;
  letter: string;
}

const sameLine = (a: TextItem, b: TextItem) => Math.abs(a.y - b.y) <= 0.1 * a.height;
const flush = (a: TextItem, b: TextItem) => Math.abs(a.x + a.width - b.x) <= FLUSH * a.height;

/** The small letter of a run that is one letter (with a space before it, perhaps), or ''. */
function loneSmallLetter(str: string): string {
  const letter = str.length === 2 && str[0] === ' ' ? str[1]! : str.length === 1 ? str : '';
  return letter !== '' && letter !== letter.toUpperCase() && letter === letter.toLowerCase()
    ? letter
    : '';
}

/** Whether `items[i]` starts a word: a space first, the line's first run, or apart from the run before. */
function startsWord(items: readonly TextItem[], i: number): boolean {
  const item = items[i]!;
  if (item.str[0] === ' ' || i === 0) return true;
  const before = items[i - 1]!;
  return !sameLine(before, item) || !flush(before, item) || !LETTER_END.test(before.str);
}

/** The pages with their fonts' lost capitals restored (see above). */
export function restoreLostCapitals(
  pages: readonly (readonly TextItem[])[],
): readonly (readonly TextItem[])[] {
  const candidates = new Map<string, Candidate[]>();
  pages.forEach((items, page) => {
    for (let index = 0; index + 1 < items.length; index++) {
      const item = items[index]!;
      if (item.str.length > 2 || item.fontName === undefined) continue;
      const letter = loneSmallLetter(item.str);
      const next = items[index + 1]!;
      if (
        letter === '' ||
        next.fontName !== item.fontName ||
        !sameLine(item, next) ||
        !flush(item, next) ||
        !WORD_GOES_ON.test(next.str) ||
        !startsWord(items, index)
      )
        continue;
      const list = candidates.get(item.fontName) ?? [];
      list.push({ page, index, letter });
      candidates.set(item.fontName, list);
    }
  });
  if (candidates.size === 0) return pages;
  const capitals = capitalsOf(pages, candidates);
  const restore = new Map<number, Map<number, string>>();
  for (const [font, list] of candidates) {
    const set = capitals.get(font)!;
    if (set.size < MIN_CAPITALS) continue;
    const lost = list.filter((c) => !set.has(c.letter.toUpperCase()));
    if (lost.length < MIN_GLUED || new Set(lost.map((c) => c.letter)).size < MIN_LETTERS) continue;
    for (const { page, index, letter } of lost) {
      const onPage = restore.get(page) ?? new Map<number, string>();
      onPage.set(index, letter.toUpperCase());
      restore.set(page, onPage);
    }
  }
  if (restore.size === 0) return pages;
  return pages.map((items, page) => {
    const onPage = restore.get(page);
    if (!onPage) return items;
    return items.map((item, index) => {
      const capital = onPage.get(index);
      return capital === undefined ? item : itemOf(item, item.str.replace(/\S/u, capital));
    });
  });
}

/** The capitals each font of `candidates` sets anywhere in the document. */
function capitalsOf(
  pages: readonly (readonly TextItem[])[],
  candidates: ReadonlyMap<string, unknown>,
): Map<string, Set<string>> {
  const capitals = new Map<string, Set<string>>();
  for (const font of candidates.keys()) capitals.set(font, new Set());
  for (const items of pages)
    for (const item of items) {
      const set = item.fontName === undefined ? undefined : capitals.get(item.fontName);
      if (set) for (const [capital] of item.str.matchAll(CAPITAL)) set.add(capital);
    }
  return capitals;
}
