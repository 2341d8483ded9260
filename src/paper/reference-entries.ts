/**
 * Splitting the lines of a reference list into entries. Numbered lists (`[1] …`, `1. …`, `1) …`,
 * `(1) …`, also with no space after the label: `10.Wang`) start an entry at each marker in sequence,
 * even one that follows the previous entry on the same line; unnumbered author-year lists start one per paragraph,
 * at each non-indented line of a hanging-indent layout, or at a line that opens like an entry's
 * head after a line that ends an entry (see `reference-heads.ts`). Wrapped lines, and lines cut
 * off by a stray blank line, stay with their entry.
 *
 * The list ends at the end of the text, at a section that may follow it (`Appendix`), or at a
 * paragraph after a blank line that plainly is not part of the last entry.
 */
import { figureTextRun } from './aside-blocks';
import { endsBibliography, isHeadingAfterList } from './headings';
import { matchKeyLabel, splitAtKeyLabels } from './key-labels';
import { endsSentence, startsLowercase } from './line-signals';
import type { SourceLine } from './normalize-text';
import {
  endsAtItsYear,
  endsEntry,
  endsWithAccessDate,
  endsWithLinkOrLocator,
  ELIDED_AUTHORS,
  ENDS_WITH_LINK,
  LATEST_YEAR,
  LINK_LABEL,
  looksLikeAuthorStart,
  looksLikeEntryHead,
  opensWithNamesAndYear,
  opensWithInitialsAndYear,
  opensWithCorporateStopYear,
  opensWithNameThenTitle,
  opensAfterDrawnRule,
  opensBeforeYear,
  opensWithYear,
} from './reference-heads';
import { CAPITALISABLE_PARTICLES, PARTICLE_WORDS } from './surname-particles';
import { isIsotope } from './isotopes';

/** A chart's axis number on a line of its own: `80`, or a log axis's power `10²`, `10⁻¹`. */
const AXIS_NUMBER = /^\d+(?:[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/;

/** One entry's lines, and its number when the list is numbered. */
export interface RawEntry {
  lines: string[];
  number: string | null;
}

/** Entries found from a start line, and the index of the first line after them. */
export interface ReferenceRun {
  entries: RawEntry[];
  /**
   * Footnotes, copyright lines and page furniture found inside the list, kept out of its entries
   * (a footnote wrapped over lines keeps them, joined by a line break).
   */
  notes: string[];
  next: number;
}

/**
 * A line inside a reference list that belongs to no entry: a footnote (`¹ Corresponding author: …`,
 * `* Supported by …`), a copyright or permission line, MNRAS's closing `This paper has been typeset
 * from a TEX/LATEX file prepared by the author.`, a page number or `Page 3 of 9`.
 */
const NOTE_LINE =
  /^(?:[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹]\s*\S|(?:©|\(c\)\s|copyright\b|permission to make digital)|corresponding author\b|this paper has been typeset from a\b)/i;

/** A footnote mark opening a line (`*`, `†`, `¹`…), and what follows it. */
const NOTE_MARK = /^[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹]\s*/;

/**
 * Is this line a footnote or copyright note? A mark followed by what opens a reference is an
 * entry, not a note: APA and others star the studies a meta-analysis includes
 * (`*Smith, J. (2010). …`).
 */
function isNoteText(line: string): boolean {
  return NOTE_LINE.test(line) && (!NOTE_MARK.test(line) || !looksLikeMarkedHead(line));
}

/** Does the line open an entry, read past a leading mark (`*Smith, J. (2010).`)? */
const looksLikeMarkedHead = (line: string): boolean =>
  looksLikeEntryHead(line.replace(NOTE_MARK, ''));

/**
 * Does a line right under a footnote (no blank line between) go on with it, rather than open an
 * entry: a footnote wrapped over two lines (`⁹Variants of this problem are also known as` /
 * `or record linkage.`, `¹²https://github.com/allenai/` / `deepfigures-open`)? A line that reads
 * as an entry's authors or head starts the list again.
 */
const continuesNote = (line: string): boolean =>
  !looksLikeAuthorStart(line) && !looksLikeEntryHead(line);

/** A page number (`12`, `Page 3 of 9`): furniture only where an entry or a note follows it. */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i;

/**
 * Is line `i` a note or page furniture rather than part of a reference entry? A bare number is a
 * page number only before a blank line, a note or a line that opens an entry, and never after a
 * dash or a comma: elsewhere it is a volume or page of the entry wrapped around it (`Astrophys. J.` / `437` /
 * `(1996).`).
 */
export function isNoteLine(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i]?.text.trim() ?? '';
  if (isNoteText(line)) return true;
  if (!PAGE_NUMBER.test(line)) return false;
  // After a dash it ends a page range broken over two lines (`Soc Jpn 50:610–` / `619`); after a
  // comma it is the entry's next field (`Nature, 503,` / `238`, AASTeX's volume then page).
  if (/[-–,]$/.test(lines[i - 1]?.text.trim() ?? '')) return false;
  const next = lines[i + 1]?.text.trim();
  return (
    next === undefined ||
    next === '' ||
    isNoteText(next) ||
    matchEntryMarker(next) !== null ||
    looksLikeEntryHead(next)
  );
}

/**
 * The article's history ACM's journals and Frontiers print under the reference list (`Received
 * February 2007; revised March 2009; accepted June 2009`, `Received: 24 July 2014; accepted: …`):
 * no entry, though it has a year.
 */
const ARTICLE_HISTORY =
  /^Received:?\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d[;,]\s+(?:revised|accepted)\b/u;

/**
 * A statement on the authors' interests opening with its key (Frontiers' `Conflict of Interest
 * Statement: The authors declare …`, printed under the list): no entry opens so.
 */
const INTERESTS_STATEMENT =
  /^(?:conflicts? of interests?|competing interests?|declaration of (?:competing|conflicting) interests?)(?: statement)?:\s/i;

/**
 * A note on an author printed under the reference list (BioScience, IEEE, Human Factors): the
 * author's name, perhaps a degree or an address in brackets, then a verb (`Stephanie E. Hampton
 * (s.hampton@wsu.edu) is a professor …`, `David Woods, Ph.D. is Professor …`). An entry never
 * goes on from its authors' names with a verb. A title can (`Big Data is …`), so this ends the
 * list only after a blank line; `AUTHOR_BIOGRAPHY`'s surer forms end it after an entry's end too.
 */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}.'-]*){1,3}(?:,\s*(?:Ph\.\s?D\.|M\.\s?D\.|Jr\.))?(?:\s+\([^()]*@[^()]*\))?\s+(?:is|was|has been|holds|received|joined)\s/u;

/**
 * An author's biography, which journals print under the reference list: the name (`HÅVARD
 * HEGRE`, `Dr. Klein`, `Jeff Bradshaw`, `John Smith (M'99)`), then SAGE's birth year (`, b.
 * 1964, Dr Philos in …`), a degree received (`received his Ph.D. from …`, IEEE's `received the
 * B.S. degree`), or a doctor's title and what the author is (`, Ph.D., is a Senior …`). No entry
 * opens so: an entry's names are followed by its year, title or initials, never by a life.
 */
const AUTHOR_BIOGRAPHY =
  /^(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,4}(?:,\s+b\.\s+(?:1[89]|20)\d\d,|(?:\s+\([^()]{1,40}\))?,?\s+received\s+(?:his|her|their|the)\s+\p{Lu}|,\s+Ph\.\s?D\.,?\s+(?:is|was)\s)/u;

/**
 * How to cite the paper itself, which Cambridge (`Cite this article: Cao, J. and Chadefaux, T.
 * (2025). …`) and Wiley (`How to cite this article: …`) print after its reference list: the
 * paper's own entry, none of the list's.
 */
const CITE_THIS_ARTICLE = /^(?:how\s+to\s+)?cite\s+this\s+article\b/i;

/**
 * A figure's or a table's caption opening (`Fig. 1 a) Plantule …`, `Table 3 Yields …`, `Figure 4:`):
 * Springer Nature's manuscripts print the captions after the reference list, the number followed
 * by no stop. No entry opens with a figure's number.
 */
const FLOAT_CAPTION =
  /^(?:Figure|Fig\.|FIG\.|FIGURE|Table|TABLE)\s?\d{1,3}[a-z]?(?:[.:]\s|\s+\(?[a-z]\)\s|\s+\p{Lu})/u;

/**
 * Does an entry follow the chunk at line `i` (after its blank line): a caption set among the
 * entries, the list going on under it, rather than after the list's end?
 */
function entryFollows(lines: readonly SourceLine[], i: number): boolean {
  let j = i;
  while (j < lines.length && lines[j]?.text !== '') j++;
  while (j < lines.length && lines[j]?.text === '') j++;
  const next = lines[j]?.text ?? '';
  return matchEntryMarker(next) !== null || looksLikeEntryHead(next);
}

/**
 * Does the reference list end at line `i`: a section that follows references (`Appendix`,
 * `Affiliation:`), a heading standing alone between blank lines (`A. Partitioned …`), or the
 * authors' biographies or the paper's own citation opening after a blank line or an entry's end?
 */
function endsListAt(lines: readonly SourceLine[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (endsBibliography(text)) return !runsOnFrom(lines[i - 1]?.text ?? '');
  if (ARTICLE_HISTORY.test(text)) return true;
  // After an entry's end only: a column break inside an entry leaves a blank too (`Why the` /
  // blank / `European Union is failing …`).
  if (lines[i - 1]?.text === '' && endsEntry(lines[i - 2]?.text ?? '') && AUTHOR_BIO.test(text))
    return true;
  if (
    (AUTHOR_BIOGRAPHY.test(text) ||
      CITE_THIS_ARTICLE.test(text) ||
      INTERESTS_STATEMENT.test(text)) &&
    !runsOnFrom(lines[i - 1]?.text ?? '')
  )
    return true;
  if (lines[i - 1]?.text === '' && FLOAT_CAPTION.test(text)) return !entryFollows(lines, i);
  const alone = lines[i - 1]?.text === '' && (lines[i + 1]?.text ?? '') === '';
  return alone && isHeadingAfterList(text) && !looksLikeEntryHead(text);
}

/** A lone number on an entry's last line: a page's number left in a text file's list. */
const LONE_NUMBER = /^\d{1,4}$/;

/**
 * An entry's last line, as it is judged to end the entry: a lone number (`…, Tatsunori Hashimoto,`
 * / `10`, the page's number where the text broke) with the line before it, so that it reads as
 * what it is, no locator of the entry's own.
 */
function lastWords(entryLines: readonly string[]): string {
  const last = entryLines[entryLines.length - 1] ?? '';
  const before = entryLines[entryLines.length - 2];
  return before !== undefined && LONE_NUMBER.test(last.trim()) ? `${before} ${last.trim()}` : last;
}

/**
 * Does a line run on into the next: no blank line, no entry's end, no closing mark? Then a line
 * under it opening like a section after the list (`Notes in Computer Science. Springer, 1978.`
 * under `vol. 60 of Lecture`) is the entry wrapped, not a heading.
 */
const runsOnFrom = (previous: string): boolean =>
  previous !== '' && !endsEntry(previous) && !/[.:;!?)\]]$/.test(previous);

/** An author-year entry carries a year (or `n.d.`, lower case: `N. D. Lawrence` is a name) near its head. */
const ENTRY_YEAR = /\b(?:1[5-9]|20)\d\d[a-z]?\b|\bn\.\s?d\.|\b[Ii]n [Pp]ress\b/;
/** `In K Hornik (eds.), …`, `In: Proceedings …`: the book or proceedings an entry appeared in. */
const CONTAINER_LEAD = /^In:?\s+["“\p{Lu}]/u;
/**
 * A DOI or URL broken at the line's end after a slash, a dot, a hyphen or its scheme (`https://doi.org/10.1027/`,
 * `https://doi.org/10.`, `https:`), and the rest of it alone on a line (`1864-9335/a000355`,
 * `//doi.org/10.1002/casp.2357`): its digits are no year of a new entry.
 */
const BROKEN_LINK = /(?:\bhttps?:\/\/\S*|\bdoi:\s*10\.\S*)[/.-]$|\bhttps?:$/i;
const LINK_REST = /^[\w./:;()<>#?=&%~-]+$/;
/** The rest of a URL that opens a line with its path or query (after a line `ENDS_WITH_LINK`). */
const LINK_PATH = /^[/?#&=%~]\S/;
/** A DOI or URL (`https://doi.org/10.1080/01419870.2015.`): the digits in it are no entry's year. */
const LINK = /\bhttps?:\/\/\S*|\bdoi:\s*10\.\S*|\b10\.\d{4,9}\/\S*/gi;
/** A range of numbers (`2057–2069`, `(2010-2012)`), the bracket before it if any. */
const NUMBER_RANGE = /(\(?)\b(\d+)\s?[–-]\s?\d+\b/g;
/**
 * A page range's numbers are pages, no entry's own year (Cell's `Med. 210, 2057–2069.`); a range
 * in parentheses (`World Bank. (2010-2012).`) or one opening at a year is a span of years.
 */
const withoutPageRanges = (text: string): string =>
  text.replace(NUMBER_RANGE, (range, bracket: string, first: string) =>
    bracket !== '' || Number(first) <= LATEST_YEAR ? range : ' ',
  );
/** Does the text show a year (or `n.d.`, `in press`) outside its DOIs, URLs and page ranges? */
const hasYearOutsideLinks = (text: string): boolean =>
  ENTRY_YEAR.test(withoutPageRanges(text.includes('/') ? text.replace(LINK, ' ') : text));

/** Numbers a bracketed list may skip, so that `[7]` after `[5]` still starts an entry. */
const MAX_SKIPPED = 3;

type MarkerStyle = 'bracket' | 'dot' | 'paren' | 'parens' | 'bare' | 'raised';

export const MARKERS: ReadonlyArray<[MarkerStyle, RegExp]> = [
  // Wiley's journals (Advanced Materials, Small, …) set a space inside the brackets: `[ 12 ] S. Drake`.
  ['bracket', /^\[ ?(\d{1,4}) ?\]\s*(?=\S)/],
  // AMS's rule for a repeated author, drawn as a line, leaves its comma: `30., Tropical geometry …`.
  ['dot', /^(\d{1,4})\.(?:\s+(?=\S)|(?=,\s))/],
  ['paren', /^(\d{1,4})\)\s+(?=\S)/],
  // `(1996).` on a wrapped line is a year: a `(n)` label is followed by a name, or by the first
  // part of an entry of several (ACS: `(7) (a) Johnson, A. L. …; (b) Arduengo, A. J. …`).
  ['parens', /^\((\d{1,4})\)\s*(?=\p{L}|\([a-z]\)\s+\p{Lu})/u],
];

/** How a style writes the label of entry `n`. */
function writtenLabel(style: MarkerStyle, n: number): string {
  if (style === 'bracket') return `[${n}]`;
  if (style === 'parens') return `(${n})`;
  if (style === 'bare') return `${n} `;
  if (style === 'raised') return raisedDigits(n);
  return `${n}${style === 'dot' ? '.' : ')'}`;
}

/**
 * A bare number set apart before the first author (`1 Acharya, K. R., …`, `12 Smith JA, …`), as
 * Portland Press, Nature and others print their labels in a column of their own: a number, a
 * space, then a surname and initials. Read only under a heading and in sequence, never alone
 * (a section number `1 Introduction` is followed by no initials). Initials before a surname (the
 * Royal Society of Chemistry's `1 A. Ortega, J. F. Blount and …`) open a bare list only with
 * label 2 soon after (`bareListFrom`): a scan's text may keep label 1 and lose the others.
 */
const BARE_MARKER =
  /^(\d{1,3})\s+(?=\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,?\s+\p{Lu}(?:\.|\p{Lu}{0,2}[,\s]))/u;

/**
 * Inside a list that opened with bare labels, an entry may open with any capitalised word
 * (`41 Collaborative Computational Project…`), initials before a surname (`2 L. J. Valdes`), or a
 * surname's particle before one (`4 de Marco R, …`, `16 van den Berge M, …`): the sequence of
 * numbers is the evidence.
 */
const BARE_MARKER_IN_LIST = new RegExp(
  String.raw`^(\d{1,3})\s+(?=(?:(?:${PARTICLE_WORDS}|della|ten|ter)\s+){0,2}\p{Lu}\p{L}|\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s\p{Lu}\p{Ll})`,
  'u',
);

/** The bare-number label a line opens with (`1 Acharya, K. R.`), or null; looser inside a bare list. */
function matchBareMarker(
  line: string,
  inList = false,
): { style: MarkerStyle; number: number } | null {
  const match = (inList ? BARE_MARKER_IN_LIST : BARE_MARKER).exec(line);
  return match ? { style: 'bare', number: Number(match[1]) } : null;
}

/** Lines to look through for a bare list's second label (an entry wraps over a few). */
const BARE_LOOKAHEAD = 8;

/**
 * A bare list whose first entry opens with no author's name (the Lancet's `1 The White House.
 * Memorandum …`): label `first` then a capital, and label `first + 1` opening a line soon
 * after. The label it opens with, or null.
 */
function bareListFrom(
  lines: readonly SourceLine[],
  i: number,
  first: number,
): { style: MarkerStyle; number: number } | null {
  const marker = matchBareMarker(lines[i]?.text ?? '', true);
  if (marker?.number !== first) return null;
  const ahead = lines.slice(i + 1, i + 1 + BARE_LOOKAHEAD);
  return ahead.some((l) => matchBareMarker(l.text, true)?.number === first + 1) ? marker : null;
}

/**
 * Does a bare-labelled list open at line `i` (`1 Sears MR. The definition …`, `2 International
 * consensus …` a few lines below): label 1 then a capital, and label 2 opening a line soon after?
 */
export function opensBareList(lines: readonly SourceLine[], i: number): boolean {
  return bareListFrom(lines, i, 1) !== null;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const raisedDigits = (n: number): string =>
  [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

/**
 * A label set as raised numerals right before the entry's first word (`¹J. Smith, A. Doe, and
 * …`, `¹²H.-W. Lee`), as REVTeX's `aip` styles (J. Appl. Phys., J. Chem. Phys., Rev. Sci.
 * Instrum.) print their lists. A footnote's mark looks the same, so a raised label is read only
 * in a list that opens with it and goes on in sequence (`raisedListFrom`).
 */
const RAISED_MARKER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s?(?=\p{Lu}|\p{Ll}+\s\p{Lu})/u;

/** An initial opening a name (`H.`, `Ch.`): after a raised number, a label's, not an isotope's. */
const INITIAL = /^\p{Lu}\p{Ll}?\./u;

/** The raised-numeral label a line opens with (`¹J. Smith`), or null. */
function matchRaisedMarker(line: string): { style: MarkerStyle; number: number } | null {
  const match = RAISED_MARKER.exec(line);
  if (match === null) return null;
  const digits = [...(match[1] ?? '')].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join('');
  // `³He at millikelvin…` opening an entry's wrapped line: an isotope, no label; but `²H.-W. Lee`
  // is a label before an initial.
  const mass = Number(digits);
  const at = match[0].length;
  if (isIsotope(line, at, mass) && !INITIAL.test(line.slice(at))) return null;
  return { style: 'raised', number: mass };
}

/**
 * A list labelled by raised numerals from line `i`: label `first` there, and label `first + 1`
 * opening a line soon after (one raised label alone is a footnote's mark). Its first label, or null.
 */
function raisedListFrom(
  lines: readonly SourceLine[],
  i: number,
  first: number,
): { style: MarkerStyle; number: number } | null {
  const marker = matchRaisedMarker(lines[i]?.text ?? '');
  if (marker?.number !== first) return null;
  const ahead = lines.slice(i + 1, i + 1 + BARE_LOOKAHEAD);
  return ahead.some((l) => matchRaisedMarker(l.text)?.number === first + 1) ? marker : null;
}

/**
 * The marker a line of a list in `style` opens with: any written label, or a bare one in a bare
 * list, a raised one in a raised list.
 */
function matchListMarker(
  line: string,
  style: MarkerStyle,
): { style: MarkerStyle; number: number } | null {
  if (style === 'raised') {
    // Labels raised by the layout may come back to the page's line (`³⁶ Kane, D. J. …` / `37.
    // Wyatt, A. …`, Nature's Methods references): the next in sequence either way.
    const written = matchEntryMarker(line);
    return matchRaisedMarker(line) ?? (written?.style === 'dot' ? { ...written, style } : null);
  }
  return matchEntryMarker(line) ?? (style === 'bare' ? matchBareMarker(line, true) : null);
}

/** The numbered-entry marker a line opens with (`[3] `, `3. `, `3) `, `(3) `), or null. */
export function matchEntryMarker(line: string): { style: MarkerStyle; number: number } | null {
  // Each marker opens with `[`, `(` or a digit: most lines (asked line by line, by many loops)
  // are told by their first code unit, without the four regexes nor an iterator over them.
  const first = line.charCodeAt(0);
  if (first !== 0x5b && first !== 0x28 && !(first >= 0x30 && first <= 0x39)) return null;
  for (let m = 0; m < MARKERS.length; m++) {
    const [style, pattern] = MARKERS[m] as [MarkerStyle, RegExp];
    const match = pattern.exec(line);
    if (match) return { style, number: Number(match[1]) };
  }
  return null;
}

/** Options for {@link splitReferenceLines}. */
export interface SplitOptions {
  /** No heading announced the list: only markers in strict sequence belong to it. */
  headingless?: boolean;
  /** The number the next numbered entry must carry (to resume a list interrupted by text). */
  expected?: number;
}

/** Splits the reference lines that start at `start` into entries. */
export function splitReferenceLines(
  lines: readonly SourceLine[],
  start: number,
  options: SplitOptions = {},
): ReferenceRun {
  let i = start;
  while (i < lines.length && lines[i]?.text === '') i++;
  const first = lines[i];
  if (!first) return { entries: [], notes: [], next: i };
  const lone = options.headingless ? null : joinLoneLabels(lines, i);
  if (lone !== null) return splitReferenceLines(lone, i, options);
  const detached = options.headingless ? null : splitDetachedLabels(lines, i);
  if (detached !== null) return detached;
  const joined = options.headingless ? null : joinFirstLabel(lines, i);
  if (joined !== null) return splitReferenceLines(joined.lines, joined.start, options);
  const lead = options.headingless ? null : listLeadNote(lines, i);
  if (lead !== null) {
    const run = splitReferenceLines(lines, lead.next, options);
    return { ...run, notes: [lead.note, ...run.notes] };
  }
  const bare = options.headingless
    ? null
    : (matchBareMarker(first.text) ?? bareListFrom(lines, i, options.expected ?? 1));
  // A list resumed past other text may go on with raised labels (`bareReferenceRun`).
  const raised =
    options.headingless && options.expected === undefined
      ? null
      : raisedListFrom(lines, i, options.expected ?? 1);
  const marker =
    raised ??
    matchEntryMarker(first.text) ??
    matchUnspacedStart(first.text) ??
    (bare?.number === (options.expected ?? 1) ? bare : null);
  if (marker) return splitNumbered(lines, i, marker.style, options);
  return matchKeyLabel(first.text) !== null ? splitKeyed(lines, i) : splitAuthorYear(lines, i);
}

/** A line holding a list's label and nothing else: `1.`, `[12]`, `7`. */
const LABEL_ONLY = /^(?:\[(\d{1,4})\]|(\d{1,4})\.?)$/;

/** The label a line holds alone, written as `shape` (`[#]`, `#.`, `#`) is, or null. */
function labelOnly(text: string, shape: string | null): number | null {
  const match = LABEL_ONLY.exec(text);
  if (match === null || (shape !== null && text.replace(/\d+/, '#') !== shape)) return null;
  return Number(match[1] ?? match[2]);
}

/**
 * A numbered list whose labels stand on lines of their own, as `pdftotext` writes a list whose
 * numbers are set in a column apart: each label above its entry (`[1]`, blank, `S. D. Drell and
 * T.-M. Yan, …`), or all of a page's labels (`1.`, blank, `2.`, blank, `3.`) above that page's
 * entries. The entries are read as an unnumbered list with the labels set aside (a label is a line
 * written like the first, `1`, carrying the next number; any other is left to the entries: a
 * page number, a stray mark). Each run of labels then numbers, in order, the entries that start
 * after it and before the next run, when there are as many of them as labels; otherwise those
 * entries stay unnumbered (so they do too when one of them carries no year): an entry split in
 * two or two run together would shift every label after it. Where the list goes on with its
 * labels on the entries' own lines (`14.` alone, then `15. Michael E, …`), each such label, the
 * next in sequence, is a run of its own. Null when the list does not open with label 1 alone on its line.
 */
function splitDetachedLabels(lines: readonly SourceLine[], start: number): ReferenceRun | null {
  const firstText = lines[start]?.text ?? '';
  if (labelOnly(firstText, null) !== 1) return null;
  const shape = firstText.replace(/\d+/, '#');
  /** How an entry's own line writes a label of this list, if it does (not a bare `7`). */
  const inlineStyle: MarkerStyle | null =
    shape === '#.' ? 'dot' : shape === '[#]' ? 'bracket' : null;
  const kept: SourceLine[] = [];
  const at: number[] = [];
  /** The run of labels above each kept line (-1 above the first). */
  const runOf: number[] = [];
  /** Each label's line and number, and the run of labels it belongs to. */
  const labels: { line: number; number: number; run: number }[] = [];
  let run = 0;
  let textSinceLabel = false;
  /** Kept lines a label set between two entries' lines stood right above: an entry starts there. */
  const starts = new Set<number>();
  let labelAbove = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const number = labelOnly(line.text, shape);
    const expected = (labels[labels.length - 1]?.number ?? 0) + 1;
    const skipped = number === expected + 1 && droppedLabelBefore(lines, i, shape, number);
    if (number !== null && (number === expected || skipped)) {
      if (textSinceLabel) run++;
      labelAbove = textSinceLabel;
      textSinceLabel = false;
      // The label the normaliser took for a page number (`7` alone between blank lines) counts
      // in its run all the same, so that run's entries and labels still match one for one.
      if (skipped) labels.push({ line: i, number: expected, run });
      labels.push({ line: i, number, run });
      continue;
    }
    // The list going on with its labels on the entries' own lines (`14.` alone, then `15. Michael
    // E, Bundy DAP. 1997 …`): the label is a run of its own, its entry starts on the line.
    const opening: ReturnType<typeof matchEntryMarker> =
      inlineStyle !== null ? matchEntryMarker(line.text) : null;
    // Only past two labels set apart: a list whose label 1 alone stands apart is another's
    // (`joinFirstLabel`).
    if (opening?.style === inlineStyle && opening.number === expected && labels.length >= 2) {
      run++;
      labels.push({ line: i, number: opening.number, run });
      starts.add(kept.length);
      labelAbove = false;
      textSinceLabel = true;
    } else if (line.text !== '') {
      if (labelAbove) starts.add(kept.length);
      labelAbove = false;
      textSinceLabel = true;
    }
    kept.push(line);
    at.push(i);
    runOf.push(labels[labels.length - 1]?.run ?? -1);
  }
  const read = splitAuthorYear(kept, 0);
  const split = { ...read, entries: cutAtLabels(read.entries, kept, starts, runOf) };
  const end = split.next < at.length ? (at[split.next] ?? lines.length) : lines.length;
  const listed = labels.filter((l) => l.line < end);
  if (listed.length < 2 || split.entries.length === 0) return null;
  // Where each entry starts, found by its first line among the kept ones, and the labels' run above it.
  // Entries and labels both come in the order of their lines: one pass over each.
  const entries = split.entries.map((entry) => ({
    lines: entry.lines,
    number: null as string | null,
  }));
  const entriesOfRun = new Map<number, typeof entries>();
  let k = 0;
  let above = 0;
  entries.forEach((entry) => {
    while (k < kept.length && kept[k]?.text !== entry.lines[0]) k++;
    const line = at[k] ?? end;
    while (above < listed.length && (listed[above]?.line ?? end) <= line) above++;
    const r = listed[above - 1]?.run;
    if (r === undefined) return;
    const inRun = entriesOfRun.get(r);
    if (inRun) inRun.push(entry);
    else entriesOfRun.set(r, [entry]);
  });
  const labelsOfRun = new Map<number, typeof listed>();
  for (const label of listed) {
    const inRun = labelsOfRun.get(label.run);
    if (inRun) inRun.push(label);
    else labelsOfRun.set(label.run, [label]);
  }
  /** Entries read as one that the labels' count cut in two or more (`recutToLabels`). */
  const recut = new Map<(typeof entries)[number], typeof entries>();
  for (let r = 0; r <= run; r++) {
    const runLabels = labelsOfRun.get(r) ?? [];
    const read = entriesOfRun.get(r) ?? [];
    const cut = runLabels.length > read.length ? recutToLabels(read, runLabels.length) : null;
    const runEntries = cut === null ? read : cut.flatMap((pieces) => pieces);
    if (runLabels.length === 0 || runLabels.length !== runEntries.length) continue;
    // Each entry must read as one, with its year: a running head (`Zhou M. et al.`) read as an
    // entry, and two entries read as one further on, would give as many entries as labels.
    if (!runEntries.every((entry) => ENTRY_YEAR.test(entry.lines.join(' ')))) continue;
    runEntries.forEach((entry, e) => (entry.number = String(runLabels[e]?.number)));
    cut?.forEach((pieces, e) => recut.set(read[e] as (typeof entries)[number], pieces));
  }
  const all = recut.size === 0 ? entries : entries.flatMap((entry) => recut.get(entry) ?? [entry]);
  return { entries: all, notes: split.notes, next: end };
}

/**
 * Entries of a run of detached labels read as fewer than the labels, cut again where exactly that
 * many cuts give as many entries as labels: first where a line opens as an entry's head after an
 * entry's end (see {@link closesBeforeHead}); failing that (`R Core Team. R: A Language
 * …` and `K. W. Broman. negenes: …` read into the entries above them: no author-year head),
 * where a line ending an entry (`University, 2002.`) is followed by one opening with a
 * capital; failing that, only where
 * the line ends as only an entry does, with a link, a DOI, a PubMed id or a locator
 * (`…doi: 10.1016/S0140-6736(07)61235-5.` / `World Health Organization. Control of …`: a
 * sentence's end inside a title cuts too often); else null. Each entry read comes back as its pieces.
 */
function recutToLabels<T extends { lines: string[]; number: string | null }>(
  read: readonly T[],
  labels: number,
): { lines: string[]; number: string | null }[][] | null {
  return (
    recutWhere(read, labels, closesBeforeHead) ??
    recutWhere(read, labels, (before, line) => endsEntry(before) && /^\p{Lu}/u.test(line)) ??
    recutWhere(read, labels, (before, line) => endsFirmly(before) && /^\p{Lu}/u.test(line))
  );
}

/**
 * Does `line` open an entry after `before`, judged by the entry's head: a line that opens as an
 * author-year head (`Mougari, S.; Sahmi-Bounsiar, D.; …`, `Polis GA, Myers CA, Holt RD. 1989 …`)
 * under one that ends an entry once the links to databases after it are set aside (MDPI's
 * `… 49–66. [CrossRef] [PubMed]`), or that closes with a bracket or a stop (the Royal Society's DOI
 * broken over two lines, `(doi:10.` / `1016/0169-5347(87)90086-3)`)?
 */
function closesBeforeHead(_before: string, line: string, piece: readonly string[]): boolean {
  // The piece so far, not its last line: the links may stand on a line of their own (`[CrossRef]`).
  const stripped = piece
    .slice(-3)
    .join(' ')
    .slice(-MAX_ENTRY_END_CHARS)
    .replace(DATABASE_LINKS, '');
  return (
    (endsEntry(stripped) || /[.)\]]$/.test(stripped)) &&
    (looksLikeEntryHead(line) || LABELLED_LIST_HEAD.test(line))
  );
}

/**
 * Heads the Royal Society's numbered lists print that read as no author-year head on their own: a
 * first author's surname and initials, `et al.` and the year (`Alonso PL et al. 2011 A research
 * agenda …`), or an organisation's initials and the year (`WHO. 1957 Expert Committee …`).
 */
const LABELLED_LIST_HEAD =
  /^(?:\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,3}\s+et al\.|\p{Lu}{2,6}\.)\s+(?:1[5-9]|20)\d\d[a-z]?\s+\p{Lu}/u;

/**
 * A PubMed id or the date a page was read closing an entry (`(PMID: 3300460).`,
 * `(PMid:17278206).`, `(accessed April 25, 2018).`).
 */
const ENDS_WITH_PUBMED_ID = /\((?:PMID:?\s*\d+|accessed [^()]*(?:1[5-9]|20)\d\d)\)\.?$/i;

/** Does the line end as only an entry does: with a link, a DOI, a PubMed id or a locator? */
function endsFirmly(line: string): boolean {
  // A link broken after a slash (`http://whqlibdoc.who.int/searo/`) goes on on the next line.
  if (line.endsWith('/')) return false;
  // Its final period aside (`Econ Dev Cult Change 2015; 64: 31–69.`).
  return ENDS_WITH_PUBMED_ID.test(line) || endsWithLinkOrLocator(line.replace(/\.$/, ''));
}

function recutWhere<T extends { lines: string[]; number: string | null }>(
  read: readonly T[],
  labels: number,
  opens: (before: string, line: string, piece: readonly string[]) => boolean,
): { lines: string[]; number: string | null }[][] | null {
  let cuts = 0;
  const pieces = read.map((entry) => {
    const out: { lines: string[]; number: string | null }[] = [{ lines: [], number: null }];
    entry.lines.forEach((line, i) => {
      const before = entry.lines[i - 1];
      const piece = out[out.length - 1]?.lines ?? [];
      if (before !== undefined && opens(before, line, piece)) {
        out.push({ lines: [], number: null });
        cuts++;
      }
      out[out.length - 1]?.lines.push(line);
    });
    return out;
  });
  return read.length + cuts === labels ? pieces : null;
}

/**
 * Cuts the entries read from `kept` where a label stood on its own line between two entries'
 * lines (`1`, entry, `2`, entry): that line opens an entry, whatever its words (`The White House.
 * Memorandum…` reads as no author). Cuts them too where an entry read on past a run of labels
 * (`runOf`, each kept line's run) and a line after that run opens as an entry's head after an
 * entry's end (`… Trends` / `4.` `5.` / `Ecol. Evol. 7, 151–154. (doi:…)` / `Holt RD, Polis GA.
 * 1997 …`): the entries after a run are that run's. Entries are found in `kept` by their lines'
 * texts, in order.
 */
function cutAtLabels(
  entries: readonly RawEntry[],
  kept: readonly SourceLine[],
  starts: ReadonlySet<number>,
  runOf: readonly number[],
): RawEntry[] {
  const out: RawEntry[] = [];
  let k = 0;
  for (const entry of entries) {
    let piece: string[] = [];
    let pieceRun: number | undefined;
    for (const text of entry.lines) {
      let found = k;
      while (found < kept.length && kept[found]?.text !== text) found++;
      if (found < kept.length) k = found + 1;
      const run = runOf[found];
      const cut =
        found < kept.length &&
        piece.length > 0 &&
        (starts.has(found) ||
          (run !== pieceRun && closesBeforeHead(piece[piece.length - 1] ?? '', text, piece)));
      if (cut) {
        out.push({ lines: piece, number: entry.number });
        piece = [];
      }
      if (piece.length === 0) pieceRun = run;
      piece.push(text);
    }
    out.push({ lines: piece, number: entry.number });
  }
  return out;
}

/**
 * Was the label before line `i`'s (`number`) dropped as a page number: a blank line above `i`
 * (where the normaliser took a lone `7` away), label `number + 1` next, written alike?
 */
function droppedLabelBefore(
  lines: readonly SourceLine[],
  i: number,
  shape: string,
  number: number,
): boolean {
  if (lines[i - 1]?.text !== '') return false;
  let k = i + 1;
  while (lines[k]?.text === '') k++;
  return labelOnly(lines[k]?.text ?? '', shape) === number + 1;
}

/** Fewest labels standing alone above their entries for {@link joinLoneLabels} to read a list so. */
const MIN_LONE_LABELS = 3;

/**
 * A numbered list whose labels stand alone on their lines above their entries (`[6]`, blank,
 * `ATLAS Collaboration, …`), many of them or all, as `pdftotext` writes a list set with its labels
 * in a column apart: the lines with each lone label put before its entry's first line (and its
 * own line left blank), so the list is read by its labels. Null for any other list, and for a
 * column of labels with their entries after them all (`1.`, `2.`, `3.`, then three entries: see
 * {@link splitDetachedLabels}), which two labels in a row tell.
 */
function joinLoneLabels(lines: readonly SourceLine[], start: number): SourceLine[] | null {
  const first = lines[start]?.text ?? '';
  if (!/^\[1\]$/.test(first)) return null;
  const joins: [number, number][] = [];
  let expected = 1;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const lone = text === `[${expected}]`;
    if (!lone) {
      if (matchEntryMarker(text)?.number === expected) expected++;
      continue;
    }
    let next = i + 1;
    while (next < lines.length && lines[next]?.text === '') next++;
    const entry = lines[next]?.text ?? '';
    // The text ends under a label: the list with it.
    if (entry === '') break;
    if (LABEL_ONLY.test(entry) || matchEntryMarker(entry) !== null) return null;
    joins.push([i, next]);
    expected++;
    i = next;
  }
  if (joins.length < MIN_LONE_LABELS) return null;
  const joined = [...lines];
  for (const [label, entry] of joins) {
    const line = joined[entry] as SourceLine;
    joined[entry] = { ...line, text: `${lines[label]?.text ?? ''} ${line.text}` };
    joined[label] = { ...(joined[label] as SourceLine), text: '' };
  }
  return joined;
}

/**
 * A list whose first label alone stands on its line, the others opening theirs (`[1]`, blank,
 * `P. Levis, A. Tavakoli, …`, `[2] K. Akkaya, …`): the lines with that label put before its
 * entry's first line, and where the list now starts; null for any other list (entry 2 must open
 * with its label within a few lines).
 */
function joinFirstLabel(
  lines: readonly SourceLine[],
  start: number,
): { lines: SourceLine[]; start: number } | null {
  const label = lines[start]?.text ?? '';
  if (labelOnly(label, null) !== 1) return null;
  let next = start + 1;
  while (next < lines.length && lines[next]?.text === '') next++;
  const first = lines[next];
  if (first === undefined || LABEL_ONLY.test(first.text) || matchEntryMarker(first.text) !== null)
    return null;
  // Entry 2 opens with its label soon after: the list is numbered on the entries' own lines.
  const ahead = lines.slice(next + 1, next + 1 + BARE_LOOKAHEAD);
  if (!ahead.some((l) => matchEntryMarker(l.text)?.number === 2)) return null;
  const joined = [...lines];
  joined[next] = { ...first, text: `${label} ${first.text}` };
  return { lines: joined, start: next };
}

/** A display equation's number alone on a line: `(19)`, `(4a)`. */
const EQUATION_NUMBER = /^\(\d{1,3}[a-z]?\)$/;

/** A note set between a list's heading and its first entry is at most this many lines long. */
export const MAX_LEAD_NOTE_LINES = 4;

/**
 * A note printed under the heading, before entry 1 of a numbered list, as a paragraph of its own
 * (`Papers of special note have been highlighted as either of interest (•) or of considerable
 * interest (••) to readers.`, Taylor & Francis's Expert Opinion journals): its text and the line
 * where the list starts, or null. Only prose ending a sentence, with the list's `1.` or `[1]`
 * right after the blank line under it, or right under it; or an equation's number the layout read
 * between the heading and entry 1 (`References` / `(19)` / `1. Dorfler, F., …`).
 */
function listLeadNote(
  lines: readonly SourceLine[],
  start: number,
): { note: string; next: number } | null {
  let end = start;
  // The note ends at a blank line, or where entry 1 opens right under it (a text that lost the
  // blank line: `… to readers.` / `1. Rees F, …`).
  while (
    end < lines.length &&
    lines[end]?.text !== '' &&
    (end === start || matchEntryMarker(lines[end]?.text ?? '')?.number !== 1)
  )
    end++;
  if (end === start || end - start > MAX_LEAD_NOTE_LINES) return null;
  const texts = lines.slice(start, end).map((l) => l.text);
  // An equation's number (`(19)`) set level with the heading, read before it: no entry either.
  const equationNumber = texts.length === 1 && EQUATION_NUMBER.test(texts[0] ?? '');
  if (
    matchEntryMarker(texts[0] ?? '') !== null ||
    !(equationNumber || endsSentence(texts[texts.length - 1] ?? ''))
  )
    return null;
  let next = end;
  while (next < lines.length && lines[next]?.text === '') next++;
  const marker = matchEntryMarker(lines[next]?.text ?? '');
  if (marker?.number !== 1 || looksLikeEntryHead(texts[0] ?? '')) return null;
  return { note: texts.join('\n'), next };
}

/**
 * Splits a list labelled by key (`[Brin, 1998] S. Brin. …`, `[Knu84] …`, see `key-labels.ts`):
 * each label opens an entry, at a line's start or after an entry's end inside a line, and every
 * other line goes on with the entry above it.
 */
function splitKeyed(lines: readonly SourceLine[], start: number): ReferenceRun {
  const entries: RawEntry[] = [];
  const notes: string[] = [];
  let next = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') continue;
    if (endsListAt(lines, i)) break;
    if (isNoteLine(lines, i)) {
      notes.push(text);
      next = i + 1;
      continue;
    }
    for (const piece of splitAtKeyLabels(text)) {
      const prev = entries[entries.length - 1];
      if (prev === undefined || matchKeyLabel(piece) !== null)
        entries.push({ lines: [piece], number: null });
      else prev.lines.push(piece);
    }
    next = i + 1;
  }
  return { entries, notes, next };
}

/** A list's first label printed without a space before a capital: `1.Smith`, `[1]Smith`, `(1)Smith`. */
function matchUnspacedStart(line: string): { style: MarkerStyle; number: number } | null {
  const match = /^(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})\.)(?=\p{Lu}\p{L})/u.exec(line);
  if (match === null) return null;
  const style: MarkerStyle = match[1] ? 'bracket' : match[2] ? 'parens' : 'dot';
  return { style, number: Number(match[1] ?? match[2] ?? match[3]) };
}

/**
 * The marker of the entry numbered `expected`, printed without a space (`10.Wang, R.`,
 * `[10]Wang`), at the start of a line: only the next number in sequence, followed by a capital.
 */
function unspacedMarker(line: string, style: MarkerStyle, expected: number): boolean {
  const written = writtenLabel(style, expected);
  return line.startsWith(written) && /^\p{Lu}/u.test(line.slice(written.length));
}

/**
 * The marker of the entry numbered `expected` in an `n.` list, printed without its full stop
 * (`42 Engbert R, Trukenbrod HA, …` between `41.` and `43.`, as a PLOS ONE list has it): only the
 * next number in sequence, before a surname and initials as a bare label is (`BARE_MARKER`).
 */
function lostStopMarker(line: string, style: MarkerStyle, expected: number): boolean {
  return style === 'dot' && matchBareMarker(line)?.number === expected;
}

/**
 * Where the entry numbered `expected` starts inside a line, after the previous entry's end on the
 * same line (`…Working Notes. 10.Wang, R. and …`), or -1.
 */
function inlineMarkerAt(line: string, style: MarkerStyle, expected: number): number {
  if (style === 'bare') return -1;
  const written = writtenLabel(style, expected);
  for (let at = line.indexOf(written, 1); at > 0; at = line.indexOf(written, at + 1)) {
    const before = line.slice(0, at).trimEnd();
    const after = line.slice(at + written.length);
    if (ENTRY_END.test(before) && !ABBREVIATION_END.test(before) && /^\s?\p{Lu}\p{L}/u.test(after))
      return at;
  }
  return -1;
}

/**
 * Where an entry with a label out of sequence starts inside a line, after the previous entry's
 * end (`…PP 42-49. [12] Meyer M, Lopez L (1995) …`, an entry a word processor printed twice or
 * out of order), or null. Only a bracketed or parenthesised label, and only before what plainly
 * opens an entry, so a citation inside an entry's title is never taken for one.
 */
function strayMarkerAt(line: string, style: MarkerStyle): { at: number; number: number } | null {
  if (style !== 'bracket' && style !== 'parens') return null;
  const label = style === 'bracket' ? /\[(\d{1,4})\]\s?/g : /\((\d{1,4})\)\s?/g;
  for (const match of line.matchAll(label)) {
    const at = match.index;
    if (at === 0) continue;
    const before = line.slice(0, at).trimEnd();
    const after = line.slice(at + match[0].length);
    if (ENTRY_END.test(before) && !ABBREVIATION_END.test(before) && looksLikeEntryHead(after))
      return { at, number: Number(match[1]) };
  }
  return null;
}

/** An entry's end before a marker on the same line: a year, page, word or closing mark, then `.`. */
const ENTRY_END = /(?:\d[a-z]?|\p{L}{3,}|[)\]"”’])[.?!]$|[)\]]$/u;
/** Abbreviations whose period ends no entry: `Vol. 2. Springer` is one entry. */
const ABBREVIATION_END =
  /\b(?:vol|vols|no|nos|pp|eds?|proc|conf|trans|ch|chap|sec|art|suppl|pt|fig|eq|ser|repr|rev|edn|ed)\.$/i;

function splitNumbered(
  lines: readonly SourceLine[],
  start: number,
  style: MarkerStyle,
  options: SplitOptions,
): ReferenceRun {
  const entries: RawEntry[] = [];
  let expected = options.expected ?? 1;
  let sawBlank = false;
  let next = start;
  let pending: string | null = null;
  /** The label of the stray entry `pending` opens (see `strayMarkerAt`), if it does. */
  let strayNumber: number | null = null;
  const notes: string[] = [];
  /** The last line read was (part of) a footnote. */
  let inNote = false;
  for (let i = start; i < lines.length; i++) {
    const fromLine = pending === null;
    let text: string = pending ?? lines[i]?.text ?? '';
    pending = null;
    if (text === '') {
      sawBlank = true;
      inNote = false;
      continue;
    }
    // In a raised list, the next raised label opens an entry, though it reads as a footnote's
    // mark: REVTeX puts the paper's footnotes into the list, in sequence with the entries.
    const nextRaised = style === 'raised' && matchRaisedMarker(text)?.number === expected;
    if (entries.length > 0 && fromLine && !nextRaised && isNoteLine(lines, i)) {
      notes.push(text);
      inNote = NOTE_LINE.test(text.trim());
      next = i + 1;
      continue;
    }
    // A footnote stopped mid-sentence goes on on the lines under it (`² At higher energies, there
    // could be more states generated with` / `the pNG bosons replaced by …`), up to an entry.
    const note = notes[notes.length - 1];
    if (
      inNote &&
      note !== undefined &&
      !endsSentence(note) &&
      matchListMarker(text, style) === null
    ) {
      notes[notes.length - 1] = `${note}\n${text}`;
      next = i + 1;
      continue;
    }
    inNote = false;
    // The number the next entry would carry if this line opens one (`[1]… [2]…` on one line).
    const opening = matchListMarker(text, style) ?? matchUnspacedStart(text);
    const isStray: boolean = !fromLine && strayNumber !== null;
    const following: number =
      !isStray && opening !== null && opening.style === style ? opening.number + 1 : expected;
    const cut: number =
      entries.length > 0 || opening !== null ? inlineMarkerAt(text, style, following) : -1;
    const stray: { at: number; number: number } | null =
      cut > 0 || entries.length === 0 ? null : strayMarkerAt(text, style);
    if (cut > 0 || stray !== null) {
      // The rest of the line opens the next entry: read it as a line of its own.
      const at = stray?.at ?? cut;
      pending = text.slice(at);
      text = text.slice(0, at).trimEnd();
      i--;
    }
    if (isStray) {
      // An entry whose label is out of sequence: kept with its own number, the sequence goes on.
      entries.push({ lines: [text], number: String(strayNumber) });
      strayNumber = stray === null ? null : stray.number;
      next = i + 1;
      continue;
    }
    strayNumber = stray?.number ?? null;
    const marker: ReturnType<typeof matchEntryMarker> =
      matchListMarker(text, style) ??
      (entries.length === 0
        ? matchUnspacedStart(text)
        : unspacedMarker(text, style, expected) || lostStopMarker(text, style, expected)
          ? { style, number: expected }
          : null);
    const current = entries[entries.length - 1];
    const inSequence =
      marker !== null &&
      marker.style === style &&
      (marker.number === expected ||
        // A headed `[n]` list may skip a number or two (an entry lost to extraction).
        (!options.headingless &&
          style === 'bracket' &&
          marker.number > expected &&
          marker.number <= expected + MAX_SKIPPED));
    // A headed `[n]` list read column by column out of order (`[20]`, then the next column's
    // `[54]`…`[62]`, then `[45]`…): a label no entry has yet opens its own entry, on a line of its own.
    const outOfOrder =
      marker !== null &&
      !inSequence &&
      fromLine &&
      !options.headingless &&
      style === 'bracket' &&
      marker.style === style &&
      !entries.some((e) => e.number === String(marker.number));
    if (marker !== null && (inSequence || outOfOrder || current === undefined)) {
      entries.push({ lines: [text], number: String(marker.number) });
      expected = marker.number + 1;
    } else {
      if (current === undefined || (fromLine && endsListAt(lines, i))) break;
      const last = current.lines[current.lines.length - 1] ?? '';
      if (
        sawBlank &&
        // A headingless list ends at a blank line, unless a line that is no running text (a
        // capital first) has the list's next entry right under it or a line further on: the
        // entry's tail (`14. … contiguous one.` / blank / `J. Neurophysiol. 5, 89–108 (1942).` /
        // `15. …`; `… Phys.` / blank / `Rev. Lett. 129, 252001 (2022), arXiv:2205.05026 [hep-` /
        // `ph].` / `[23] …`), lower case too where the entry stopped mid-title (`… with light` /
        // blank / `pseudoscalar mesons from lattice QCD …`).
        (options.headingless
          ? (startsLowercase(text) && endsEntry(last)) ||
            !resumesAfter(lines, i, style, expected, midEntryTail(last, text))
          : endsWithEntryEnd(lastWords(current.lines)) &&
            !startsLowercase(text) &&
            !resumesAfter(lines, i, style, expected) &&
            !bringsLostYear(current.lines, text))
      )
        break;
      current.lines.push(text);
    }
    sawBlank = false;
    next = i + 1;
  }
  return { entries, notes, next };
}

/** How much of an entry's last line `endsWithEntryEnd` reads. */
const MAX_ENTRY_END_CHARS = 2000;

/**
 * Does an entry's line end the entry surely: a sentence's end or a link, once the links to
 * databases after it are set aside? (Not a locator: `… tobacco use 2000–2025` may go on past a
 * column break.)
 */
function endsWithEntryEnd(line: string): boolean {
  // Its end only: DATABASE_LINKS is quadratic in a run of spaces (`\s*` tried at each of them).
  const stripped = line.slice(-MAX_ENTRY_END_CHARS).replace(DATABASE_LINKS, '');
  return endsSentence(stripped) || ENDS_WITH_LINK.test(stripped);
}

/**
 * The links to databases a publisher prints after each entry (MDPI's `[CrossRef] [PubMed]`,
 * Frontiers' `PubMed Abstract | CrossRef Full Text | Google Scholar`, F1000's `Publisher Full Text`,
 * `Reference Source`): the entry ends before them.
 */
const DATABASE_LINKS = new RegExp(
  `(?:\\s*\\[(?:CrossRef|PubMed|Google Scholar|Green Version|Scopus)\\])+$|(?:\\s*(?:\\|\\s*)?(?:${LINK_LABEL}|Full Text|Google Scholar))+$`,
  'i',
);

/** A line cut after a journal's abbreviated word (`… networks. J. Stat.`). */
const ENDS_WITH_ABBREVIATION = /\s\p{Lu}\p{Ll}{0,4}\.$/u;
/** The rest of a journal's abbreviated name opening the next line (`Mech. Theory Exp. 2008`). */
const OPENS_WITH_ABBREVIATION = /^\p{Lu}\p{Ll}{0,4}\.\s/u;

/**
 * Is `text`, after a blank line, the tail of the entry whose `lines` stop after a journal's
 * abbreviated word with no year yet (`8. Blondel, V. D., … large networks. J. Stat.` / blank /
 * `Mech. Theory Exp. 2008, DOI: 10.1088/…`, as a column break leaves the last entry of Scientific
 * Reports' list)? It goes on with the name's next abbreviated word and brings the year: an entry
 * has one; running text after the list opens with a word, not an abbreviation (`We ran … in 2019`
 * after `… Oxford Univ. Press.`, an entry with no year).
 */
function bringsLostYear(lines: readonly string[], text: string): boolean {
  const last = lines[lines.length - 1] ?? '';
  return (
    ENDS_WITH_ABBREVIATION.test(last) &&
    OPENS_WITH_ABBREVIATION.test(text) &&
    ENTRY_YEAR.test(text) &&
    !ENTRY_YEAR.test(lines.join(' '))
  );
}

/** Lines a tail cut off by a page or column break may span before the list's next label. */
const MAX_TAIL_LINES = 2;
/** The same for a tail that goes on mid-title, in lower case (see {@link midEntryTail}). */
const MAX_MID_ENTRY_TAIL_LINES = 5;

/**
 * The lines a tail at `text` may span when the entry's last line `last` stopped mid-title and
 * `text` goes on in lower case (`… Interactions of charmed mesons with light` / blank / `6` /
 * blank / `pseudoscalar mesons from lattice QCD and implications` / …), or stopped inside its
 * author list: more than a tail after a finished entry, as it carries the rest of the title and
 * the locator.
 */
function midEntryTail(last: string, text: string): number {
  if (endsEntry(last)) return MAX_TAIL_LINES;
  if (startsLowercase(text) && !endsSentence(last)) return MAX_MID_ENTRY_TAIL_LINES;
  return CUT_AUTHOR_LIST.test(last) ? MAX_MID_ENTRY_TAIL_LINES : MAX_TAIL_LINES;
}

/**
 * A line that stops inside an author list: after a comma, `and`/`&`, or an initial (`…,
 * J. Ducuing, and P. S.`, APS's lists cut by a column break). The rest of the entry, the last
 * author first, follows with a capital.
 */
const CUT_AUTHOR_LIST = /(?:,|\band|&|(?:^|[\s.-])\p{Lu}\.)$/u;

/**
 * Does the entry numbered `expected` open within a few lines after line `i`? Then the text at `i`
 * is the tail of the entry before it, cut off by a page or column break (`J. Org.` / `Chem. 58,
 * 335-337.` / `9. Bauer…`), not a paragraph after the list.
 */
function resumesAfter(
  lines: readonly SourceLine[],
  i: number,
  style: MarkerStyle,
  expected: number,
  maxTail = MAX_TAIL_LINES,
): boolean {
  let seen = 0;
  let before = lines[i]?.text ?? '';
  for (let k = i + 1; k < lines.length && seen <= maxTail; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '') continue;
    const marker = matchListMarker(text, style);
    // `… pp. 96–` / `101. 10.1109/…`: the end of a page range broken after its dash, no label.
    const rangeEnd = marker !== null && marker.number !== expected && /[-–—]$/.test(before);
    if (marker !== null && !rangeEnd) return marker.style === style && marker.number === expected;
    before = text;
    seen++;
  }
  return false;
}

/** Continuation lines of a hanging indent sit at least this many columns right of the entry start. */
const HANGING_INDENT_MIN = 2;

function splitAuthorYear(lines: readonly SourceLine[], start: number): ReferenceRun {
  const entries: RawEntry[] = [];
  const notes: string[] = [];
  let chunk: SourceLine[] = [];
  let next = start;
  const flush = (after = -1): void => {
    for (const piece of splitChunk(chunk, after < 0 ? undefined : followingLine(lines, after))) {
      const prev = entries[entries.length - 1];
      const head = piece[0] ?? '';
      const prevLast = prev?.lines[prev.lines.length - 1] ?? '';
      const opensEntry = looksLikeAuthorStart(head) || looksLikeEntryHead(head);
      // A piece with no year of its own, or one naming the book it is in, is the last entry's tail
      // cut off by a column or page break; so is one that brings the year the last entry lacks.
      const prevHasYear = ENTRY_YEAR.test(prev?.lines.join(' ') ?? '');
      // An access date in brackets ends the entry, also where its bracket opened a line above
      // (`… pdf [Accessed` / `7 July 2011]`).
      const prevEnded =
        endsEntry(prevLast) || endsWithAccessDate(prev?.lines.slice(-2).join(' ') ?? '');
      const tail =
        startsLowercase(head) ||
        !prevHasYear ||
        !prevEnded ||
        CONTAINER_LEAD.test(head) ||
        !hasYearOutsideLinks(piece.join(' '));
      // An author list cut after a comma (`…, Chilton J,` / `Clements D, …`), APA 6's ellipsis
      // (`…, Levine, J.,. . .` / `Ussher, M. (2014).`) or Citavi's `;`, a middle initial
      // (`…, Jonathan Bragg, Marti A.` / `Hearst, Andrew Head, …`) or the `&` or `and` before its
      // last name (`…, Stahl, J., &` / `Dieker, P. (2023) …`) or that name's particle (`…, Kemper,
      // H. C. G. and Van` / `Mechelen, W. (1999) …`) goes on, names or not.
      const midList =
        (/[,;]$|(?:^|\s)\p{Lu}\.$|\s(?:&|and)$/u.test(prevLast) ||
          ENDS_WITH_NAME_PARTICLE.test(prevLast) ||
          ELIDED_AUTHORS.test(prevLast)) &&
        !prevHasYear;
      // A title cut after a comma (`(2004) Apidae 4: Anthidium,` / `Chelostoma, Coelioxys, …
      // Neuchâtel.`) goes on with a piece of no year: a list of names it is not.
      // So does a title cut after its colon at a column break (`In: Fox, A (eds.) Conservation:` /
      // `Principles and Dilemmas. Oxford: …`), though its first words read as a name and a comma.
      const midTitle =
        /[,:]$/.test(prevLast) && prevHasYear && !hasYearOutsideLinks(piece.join(' '));
      // No entry opens with its year (`2010. Joint covariate…`), and none ends at it
      // (`… and Franz Josef Och. 2004.`): the head wrapped where the layout saw a paragraph break.
      // A second work by the same authors after a rule drawn as a line opens with its year too.
      const headWrapped =
        (opensWithYear(head) && !opensAfterDrawnRule(head, prevLast, prevHasYear)) ||
        endsAtItsYear(prev?.lines.join(' ') ?? '');
      // A URL broken before its `/` (`…/wp-content/uploads` / `/dlm_uploads/2023/…pdf (accessed …)`)
      // goes on whatever follows it on the line (`(accessed …)`): no entry opens with a path.
      const linkRest =
        (piece.length === 1 && BROKEN_LINK.test(prevLast) && LINK_REST.test(head)) ||
        (ENDS_WITH_LINK.test(prevLast) &&
          LINK_PATH.test(head) &&
          LINK_REST.test(head.split(/\s/, 1)[0] ?? ''));
      const continues =
        prev !== undefined &&
        (midList || midTitle || headWrapped || linkRest || (!opensEntry && tail));
      if (continues) prev.lines.push(...piece);
      else entries.push({ lines: [...piece], number: null });
    }
    chunk = [];
  };
  /** A footnote read last, whose lines go on until a blank line or an entry's head. */
  let inNote = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.text === '') {
      // A line opening with a year goes on with the author line above it (see `opensBeforeYear`).
      if (chunk.length > 0 && opensWithYear(lines[i + 1]?.text ?? '')) continue;
      flush(i);
      inNote = false;
      continue;
    }
    if (endsListAt(lines, i)) break;
    // A chart's axis numbers and labels from a number after a blank line (`80`, a log axis's
    // `10²`): a figure set under the list's end or over its columns (an entry's tail, `2002,
    // Icarus, 156, 287`, is no axis number).
    if (lines[i - 1]?.text === '' && AXIS_NUMBER.test(line.text) && figureTextRun(lines, i) > 0)
      break;
    if (isNoteLine(lines, i)) {
      notes.push(line.text);
      inNote = NOTE_LINE.test(line.text.trim());
      next = i + 1;
      continue;
    }
    if (inNote && continuesNote(line.text)) {
      notes[notes.length - 1] += `\n${line.text}`;
      next = i + 1;
      continue;
    }
    inNote = false;
    chunk.push(line);
    next = i + 1;
  }
  flush();
  return { entries, notes, next };
}

/**
 * Does the line open an entry whose head wrapped: the authors alone, the year on the next line
 * (see `opensBeforeYear`), or an author list cut after `and`, a comma, an initial or a given name
 * (or Citavi's `;`) whose head the next line completes (`Thomas Navin Lal, Olivier Chapelle, Jason Weston, and` /
 * `André Elisseeff. 2006. …`, `…, and Christopher D.` / `Manning. 2008. …`, `Kevin Duh, Katsuhito
 * Sudoh, Hajime Tsukada, Hideki` / `Isozaki, and Masaaki Nagata. 2010. …`)?
 */
function opensWrappedHead(line: string, next: string | undefined): boolean {
  if (opensBeforeYear(line, next)) return true;
  if (next === undefined) return false;
  // Citavi's `;` list may wrap inside a name, hyphenated (`Khan, Muhammad Khur-` / `ram (2023): …`).
  const cut =
    /(?:[,;]|\sand|\s\p{Lu}\.|\s\p{Lu}\p{Ll}+)$/u.test(line) ||
    (line.includes(';') && /\p{L}-$/u.test(line));
  return cut && looksLikeEntryHead(`${line} ${next}`);
}

/** How many lines past a chunk's end to look for the line that goes on from it. */
const FOLLOWING_REACH = 4;

/**
 * The first line after line `i` that is neither blank nor a note (`⁴http://…` set between an
 * entry's authors and its year), which may finish the head the chunk's last line began.
 */
function followingLine(lines: readonly SourceLine[], i: number): string | undefined {
  for (let k = i; k < lines.length && k <= i + FOLLOWING_REACH; k++) {
    const text = lines[k]?.text ?? '';
    if (text !== '' && !isNoteLine(lines, k)) return text;
  }
  return undefined;
}

/**
 * ACM's head for a work with no personal author: its key and year (`CROSSBOW 2008.`, `Harvard
 * CodeBlue 2008.`, `Poker-Edge.Com. 2006.`): up to four capitalised words, the year, a stop.
 */
const KEY_YEAR_HEAD =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:1[5-9]|20)\d\d[a-z]?\.\s/u;

/**
 * Is line `i` of the chunk the rest of a DOI or URL broken at the line above's end
 * (`…DOI:http://dx.doi.org/10.1145/` / `1219092.1219093`)? It ends its entry as the whole link would.
 * So does a link's rest with a dot in it under a line ending mid-link anywhere, as a publisher's
 * zero-width space let it break (Wiley: `https://doi.org/10.1371/journ` / `al.pcbi.0030199`; the
 * normaliser takes the space out).
 */
const endsBrokenLink = (chunk: readonly SourceLine[], i: number): boolean => {
  const rest = chunk[i]?.text ?? '';
  const above = chunk[i - 1]?.text ?? '';
  return (
    i > 0 &&
    LINK_REST.test(rest) &&
    (BROKEN_LINK.test(above) || (rest.includes('.') && ENDS_WITH_LINK.test(above)))
  );
};

/**
 * A line that stops at a surname's particle (`…, Nidever D. L., van der`): the name goes on below
 * (`Marel R. P., 2016, ApJ, …`), no entry ends there.
 */
const ENDS_WITH_PARTICLE = new RegExp(String.raw`(?:^|\s)(?:${PARTICLE_WORDS})\s*$`);
/** A line that stops at a particle, capitalised or not, as a name's (`… and Van`, `…, De`). */
const ENDS_WITH_NAME_PARTICLE = new RegExp(String.raw`\s(?:${CAPITALISABLE_PARTICLES})\s*$`);

/**
 * Splits one blank-line-separated chunk of an author-year list into entries' lines; `following`
 * is the line after it, which may complete a head its last line began.
 */
/** A line ending in `et al.`: an author list, never an entry's end. */
const ENDS_WITH_ET_AL = /\bet\s+al\.,?$/u;

function splitChunk(chunk: readonly SourceLine[], following?: string): string[][] {
  if (chunk.length === 0) return [];
  const minIndent = Math.min(...chunk.map((l) => l.indent));
  const hanging =
    chunk[0]?.indent === minIndent && chunk.some((l) => l.indent >= minIndent + HANGING_INDENT_MIN);
  const pieces: string[][] = [];
  chunk.forEach((line, i) => {
    const prev = chunk[i - 1];
    const piece = pieces[pieces.length - 1];
    const startsEntry =
      i === 0 ||
      // A rule drawn as a line for the authors sets the year off the flush edge (`(2006): …`).
      (prev !== undefined &&
        piece !== undefined &&
        opensAfterDrawnRule(line.text, prev.text, ENTRY_YEAR.test(piece.join(' ')))) ||
      (hanging
        ? line.indent < minIndent + HANGING_INDENT_MIN
        : prev !== undefined &&
          // An author list closed by `et al.` goes on with its title, whatever it opens with
          // (`Explainable AI: concepts …` looks like F1000's `Fabens AJ: Title`).
          !ENDS_WITH_ET_AL.test(prev.text) &&
          (((endsEntry(prev.text) || endsBrokenLink(chunk, i - 1)) &&
            (looksLikeMarkedHead(line.text) ||
              opensWithNameThenTitle(line.text) ||
              opensWithCorporateStopYear(line.text) ||
              opensWrappedHead(line.text, chunk[i + 1]?.text ?? following))) ||
            ((endsFirmly(prev.text) || endsBrokenLink(chunk, i - 1)) &&
              KEY_YEAR_HEAD.test(line.text)) ||
            // `Bakun A (2010) Linking …` under a line with no end of its own: a new entry all the
            // same, unless the line above stopped mid-list, mid-word or mid-name (`van der`).
            (!/[,\-–‐]$/.test(prev.text) &&
              !ENDS_WITH_PARTICLE.test(prev.text) &&
              (opensWithNamesAndYear(line.text) || opensWithInitialsAndYear(line.text)))));
    if (startsEntry) pieces.push([line.text]);
    else pieces[pieces.length - 1]?.push(line.text);
  });
  return pieces;
}
