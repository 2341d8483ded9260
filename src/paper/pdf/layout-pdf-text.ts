/**
 * The whole layout, from every page's positioned text items to the text the paper parser reads:
 * running headers, footers and page numbers dropped, margin notes set aside, each page cut into
 * regions in reading order (two columns read one after the other), the title put first on one
 * line, then paragraphs rebuilt.
 * Items of fonts that report absurd heights get the heights their widths imply.
 * Pages whose text is not text (fonts that do not map to letters) are left out first and named;
 * a publisher's download cover sheet is left out too (`cover-page.ts`).
 * `readPdfLayout` also says where each line of the text was printed (`line-boxes.ts`).
 * Pure: it works on plain numbers, so it is tested with hand-made pages.
 */
import { TITLE_MARK } from '../aside-blocks';
import { restoreWordStartSigma } from '../normalize-text';
import { assembleText, bodySizeOf, type PageLayout } from './assemble-text';
import { withoutCoverPage } from './cover-page';
import { flatten } from './arrays';
import { fragmentsOf, readingOrder, type PageGeometry, type Region } from './columns';
import { repairFontHeights } from './font-heights';
import { locateLines, type JoinedLines, type LineBox } from './line-boxes';
import { repairLibertineQuotes } from './libertine-quotes';
import { groupLineShapes, type LineShape } from './lines';
import { furnitureOf, keepBodyShapes } from './page-furniture';
import { dropBadgeText, setAsideMetadataColumn, type MetadataColumn } from './metadata-column';
import { findTextMargins, marginNoteItems, splitNoteItems } from './side-notes';
import type { TextItem, TextLine } from './text-item';
import { joinLigatureSpaces } from './ligature-spaces';
import { joinKernedWords } from './kerned-words';
import { restoreLostCapitals } from './lost-capitals';
import {
  screenPage,
  unreadablePagesOf,
  type ScreenedPage,
  type UnreadablePage,
} from './text-layer-quality';
import { pullTitle } from './title-lines';
import { dropRulers } from './ruler-items';

/** Lays out a document's pages (item lists in page order) as plain text in reading order. */
export function layoutPdfText(pages: readonly (readonly TextItem[])[]): string {
  return layOut(pages, pages.map(groupLineShapes)).text;
}

/**
 * The laid-out text, the pages' layouts it was written from, and the title's lines. `grouped` is
 * each page of `pages` grouped into lines (`groupLineShapes`), made as the pages came: a page
 * whose items the document-wide repairs below change is grouped again.
 */
function layOut(
  pages: readonly (readonly TextItem[])[],
  grouped: readonly (readonly LineShape[])[],
  guessed?: readonly (GuessedOrder | undefined)[],
): {
  text: string;
  layouts: PageLayout[];
  title: JoinedLines | null;
  /** Lines held on an earlier page's note than the page (from 1) they are printed on. */
  carried: ReadonlyMap<TextLine, number>;
} {
  // Each page is grouped into lines once: its lines and fragments serve the page furniture, the
  // margins, the notes and the columns (items grouped without the furniture make the same lines).
  // Heights a broken font claims (hundreds of points) are replaced first: every later step groups
  // and spaces lines by them. Capitals a font maps to small letters are given back too.
  // (Blank and sizeless runs are left out as the lines are grouped.)
  // A draft's line numbers go before anything reads the lines (`ruler-items.ts`).
  const repaired = restoreLostCapitals(repairFontHeights(dropRulers(withoutCoverPage(pages))));
  // Both give each page they leave alone back as it was: only the pages they change are regrouped.
  const shapes = repaired.map((items, i) =>
    items === pages[i] ? (grouped[i] ?? []) : groupLineShapes(items),
  );
  const kept = keepBodyShapes(shapes);
  // A page whose body lines are the ones guessed as it was read keeps what was made of them.
  const guesses = kept.map((lines, i) => {
    const guess = guessed?.[i];
    return guess && sameLines(guess.geometry.lines, lines) ? guess : null;
  });
  const geometry = kept.map(
    (lines, i): PageGeometry => guesses[i]?.geometry ?? { lines, fragments: fragmentsOf(lines) },
  );
  const margins = findTextMargins(flatten(geometry, (page) => page.fragments));
  const read: PageLayout[] = geometry.map((measured, i) => {
    const noteItems = marginNoteItems(measured.fragments, margins);
    // Without margin notes the page is read from its lines as measured, its items not gathered.
    if (noteItems.size === 0)
      return { regions: guesses[i]?.regions ?? readingOrder([], measured), notes: [] };
    const items = flatten(measured.lines, (line) => line.items);
    const { body, notes } = splitNoteItems(items, noteItems);
    return { regions: readingOrder(body), notes };
  });
  // A first page's column of the article's metadata is set aside as notes, and a badge's hidden
  // text dropped (`metadata-column.ts`). Only the first page with text opens such a column (on a
  // later page, a narrow column of `Funding:` and `Competing interests:` is the paper's end).
  let column: MetadataColumn | null = null;
  /** The last note of the metadata column of the page before, which may run on at this page's top. */
  let lastNote: TextLine[] | null = null;
  /** The page (from 1) of each line held on an earlier page's note than it is printed on. */
  const carried = new Map<TextLine, number>();
  const firstRead = read.findIndex((page) => page.regions.length > 0);
  const layouts = read.map((page, i): PageLayout => {
    const aside = setAsideMetadataColumn(dropBadgeText(page.regions), column, i === firstRead);
    // Its notes may run on at the top of the next page's side column: a run-on opening
    // mid-sentence (lower case) goes onto the end of the note it continues, one note whole.
    column = aside.column;
    const notes = aside.notes;
    const runOn = notes[0];
    if (lastNote !== null && runOn !== undefined && /^\p{Ll}/u.test(runOn[0]?.text.trim() ?? '')) {
      for (const line of runOn) {
        lastNote.push(line);
        carried.set(line, i + 1); // boxed on the page it is printed on, not the note's
      }
      notes.shift();
    }
    lastNote = aside.column === null ? null : (notes[notes.length - 1] ?? lastNote);
    if (aside.regions === page.regions) return page;
    return { regions: aside.regions, notes: [...page.notes, ...notes] };
  });
  // Words a ligature's written space split (`Infl ammation`) joined in every printed line, before
  // the title is pulled and the text written (`ligature-spaces.ts`).
  joinLinesLigatureSpaces(layouts);
  // The title goes first, whole and on one line, ahead of any masthead printed above it.
  const first = layouts.findIndex((page) => page.regions.length > 0);
  const pulled = first < 0 ? null : pullTitle(layouts[first]?.regions ?? [], bodySizeOf(layouts));
  if (pulled === null) return { text: assembleText(layouts), layouts, title: null, carried };
  const rest = layouts.map((page, i) =>
    i === first ? { ...page, regions: pulled.regions } : page,
  );
  const marked = pulled.title === '' ? '' : TITLE_MARK + pulled.title;
  const text = [marked, assembleText(rest)].filter((part) => part !== '').join('\n\n');
  return {
    text,
    layouts,
    title: { text: pulled.title, lines: pulled.lines, page: first + 1 },
    carried,
  };
}

/** A document's text in reading order, and the pages left out because their text is not text. */
/** {@link joinLigatureSpaces} over every printed line of the pages, each changed line's text set. */
function joinLinesLigatureSpaces(layouts: readonly PageLayout[]): void {
  const lines: TextLine[] = [];
  // Indexed loops: every printed line is visited, before the engine optimises this.
  for (let p = 0; p < layouts.length; p++) {
    const { regions, notes } = layouts[p] as PageLayout;
    for (let r = 0; r < regions.length; r++) {
      const region = (regions[r] as Region).lines;
      for (let k = 0; k < region.length; k++) lines.push(region[k] as TextLine);
    }
    for (let n = 0; n < notes.length; n++) {
      const note = notes[n] as TextLine[];
      for (let k = 0; k < note.length; k++) lines.push(note[k] as TextLine);
    }
  }
  // Also headings a kern splits (`Me thods`: `kerned-words.ts`).
  const texts = joinKernedWords(joinLigatureSpaces(lines.map((line) => line.text)));
  for (let i = 0; i < lines.length; i++) {
    const text = texts[i] as string;
    // A line object the layout made for this read: its text is set in place.
    if (text !== (lines[i] as TextLine).text) (lines[i] as TextLine).text = text;
  }
}

export interface PdfLayout {
  text: string;
  unreadable: UnreadablePage[];
  /** Where each line of `text` was printed: its page and rectangle (see `line-boxes.ts`). */
  lines?: LineBox[];
}

/**
 * The layout's work on one page that needs nothing but the page: screened (`screenPages`) and
 * grouped into lines. Made as each page is read, while pdf.js reads the next ones
 * (`extract-pdf-text.ts`); the rest of the layout needs every page ({@link readPreparedLayout}).
 */
export interface PreparedPage {
  screened: ScreenedPage;
  /** `groupLineShapes` of the screened items. */
  shapes: LineShape[];
  /** The page's reading order, made from its body lines as guessed ({@link guessReadingOrder}). */
  guess?: GuessedOrder;
}

/** A page's geometry and reading order, made from body lines guessed before the last page came. */
interface GuessedOrder {
  geometry: PageGeometry;
  regions: Region[];
}

/**
 * Pages before a page that its page furniture is guessed from ({@link guessReadingOrder}): a
 * running head or a page number in the numbering is told by the pages around it.
 */
const GUESS_WINDOW = 6;

/**
 * Guesses page `index`'s body lines from the pages prepared so far (its running heads, footers and
 * page numbers told by the {@link GUESS_WINDOW} pages before it and any after it), and reads its
 * regions in order from them (`readingOrder`, which needs nothing but the page's body lines), while
 * pdf.js reads the next pages. The guess is used only where the whole document's page furniture
 * leaves the page exactly those lines and the page has no margin notes ({@link readPreparedLayout}),
 * so the layout is the same whatever was guessed.
 */
export function guessReadingOrder(prepared: PreparedPage[], index: number): void {
  const page = prepared[index];
  if (!page) return;
  const from = Math.max(0, index - GUESS_WINDOW);
  const furniture = furnitureOf(prepared.slice(from, index + 2).map((p) => p.shapes));
  const lines = page.shapes.filter((line) => !furniture.has(line));
  const geometry: PageGeometry = { lines, fragments: fragmentsOf(lines) };
  page.guess = { geometry, regions: readingOrder([], geometry) };
}

/** Are the two lists the same lines (the same objects, in the same order)? */
function sameLines(a: readonly LineShape[], b: readonly LineShape[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** {@link PreparedPage} of a page's items (after the symbol fonts are mapped). */
export function preparePage(items: readonly TextItem[]): PreparedPage {
  const screened = screenPage(items);
  return { screened, shapes: groupLineShapes(screened.items) };
}

/** {@link readPdfLayout} of pages prepared one by one ({@link preparePage}), in page order. */
export function readPreparedLayout(prepared: readonly PreparedPage[]): PdfLayout {
  const pages = prepared.map((page) => page.screened.items);
  const { text, layouts, title, carried } = layOut(
    pages,
    prepared.map((page) => page.shapes),
    prepared.map((page) => page.guess),
  );
  const lines = locateLines(text, layouts, title, carried);
  // Same-length repairs after the lines are located: their offsets hold for the repaired text.
  const unreadable = unreadablePagesOf(prepared.map((page) => page.screened));
  return { text: restoreWordStartSigma(repairLibertineQuotes(text)), unreadable, lines };
}

/** {@link layoutPdfText} after screening the pages: unreadable ones out, control characters gone. */
export function readPdfLayout(pages: readonly (readonly TextItem[])[]): PdfLayout {
  return readPreparedLayout(pages.map(preparePage));
}
