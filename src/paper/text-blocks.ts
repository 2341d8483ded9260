/**
 * Blocks of a plain-text paper, typically text extracted from a PDF: hard-wrapped lines, stray
 * blank lines, page furniture, headings with or without a blank line before them, a heading
 * wrapped over two lines, and reference lists (announced by a heading, or a run of `[n]` entries
 * with none).
 *
 * The parser walks blank-line-separated chunks of lines. Inside a chunk it finds the title, the
 * `Abstract:` lead-in, headings (`text-headings.ts`), display equations and paragraph breaks;
 * `text-segments.ts` then joins paragraphs that a stray blank line cut mid-sentence and tells
 * asides, the byline and running text apart.
 */
import { joinStrandedLabels } from './stranded-labels';
import { setApartCapsHeadings } from './caps-heading-lines';
import { separateUnwrappedParagraphs } from './unwrapped-paragraphs';
import { isFrontMatterLine, isUniversityLine } from './article-labels';
import { isDegreeLine } from './degree-lines';
import {
  isAbstractTitle,
  isKnownSectionTitle,
  matchBareSectionNumber,
  matchBibliographyHeading,
  numbersNext,
  opensSubsectionOf,
  splitAbstractLeadIn,
  splitSectionNumber,
} from './headings';
import { joinSmallCapsSplits } from './small-caps';
import { joinWrappedLines, lazyLexicon, type Lexicon } from './hyphenation';
import {
  endsMidSentence,
  endsSentence,
  isAllCaps,
  MAX_TITLE_CHARS,
  startsCapitalized,
} from './line-signals';
import {
  normalizeSource,
  splitSourceLines,
  typicalLineWidth,
  type SourceLine,
} from './normalize-text';
import { endSwallowingAbstract } from './abstract-extent';
import { asideKindOf, codeText, figureTextRun, isCaptionLine, isCodeChunk } from './aside-blocks';
import { contentsRunLength } from './contents-run';
import {
  equationRunLength,
  goesOnInline,
  isEquationNumberLine,
  isMathLine,
} from './display-equations';
import { unfoldLayoutColumns } from './layout-columns';
import { headingBlock, type RawBlock } from './raw-block';
import {
  HeadingReader,
  isTitleFurniture,
  MAX_LINES_ABOVE_TITLE,
  type FoundHeading,
  type PendingNumber,
  OPEN_ENDING,
} from './text-headings';
import {
  findTitleAboveByline,
  isMarkedNamesLine,
  opensMetadataNote,
  type TitleSpan,
} from './title-above-byline';
import { KEYWORDS_LABEL, segmentsToBlocks, type Segment } from './text-segments';
import { bareReferenceRun } from './bare-references';
import { namesAffiliation } from './byline';
import {
  matchEntryMarker,
  opensBareList,
  splitReferenceLines,
  type RawEntry,
  MAX_LEAD_NOTE_LINES,
} from './reference-entries';
import { looksLikeEntryHead } from './reference-heads';

/** A line opening with a label of words and a colon (`Author contributions:`, `Funding:`). */
const RUN_IN_LABEL = /^\p{Lu}[\p{L} ]{2,40}:\s/u;
/** The word `Abstract` and nothing else on a line (a heading set in bold, small capitals or capitals). */
const ABSTRACT_ALONE = /^(?:Abstract|ABSTRACT|A\s?B\s?S\s?T\s?R\s?A\s?C\s?T)$/;

/** The longest line read as the reference list's title (`12. Riferimenti bibliografici`, letter-spaced ones). */
const MAX_BIBLIOGRAPHY_TITLE = 64;
/** Lines of an entry's tail a float set apart from it, above the list's next entry (`listUnderTail`). */
const MAX_RESUMED_TAIL_LINES = 2;
/** How an entry's tail ends: a locator's number (`(1979) 385, 448, 519`, `12, 34–56.`). */
const ENTRY_TAIL_END = /\d[a-z]?\)?[.,;]?$/;
/** Most lines of a journal's or a thesis cover's front matter passed over above a title. */
const MAX_FRONT_MATTER_LINES = 12;
/** Particles of a name, written in lower case in running text too (`da Silva`, `von Neumann`). */
const NAME_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'bin',
  'ibn',
  'y',
  'e',
]);
/** A front-matter key whose value follows it (`EDITED BY`, `REVIEWED BY`, `*CORRESPONDENCE`). */
const FRONT_MATTER_KEY = /^(?:(?:EDITED|REVIEWED)\s+BY|\*?CORRESPONDENCE)$/;
/** A table of contents' leader to a page number: five dots or more, spaced or not (`. . . . . 3`). */
const DOT_LEADER = /(?:\.\s?){5,}\s*(?:\d{1,4}|[ivxlc]{1,6})?$/;
/**
 * How much of a line's end is tested for a leader: the unanchored DOT_LEADER tries every dot of a
 * long run of dots as its start, quadratic in the run (20,000 dots took half a second); a leader
 * and its page number fit well within this.
 */
const DOT_LEADER_REACH = 80;
/** Non-blank lines under a bibliography title looked at for a contents' leaders. */
const CONTENTS_LOOKAHEAD = 3;

/** One name in capitals, of two to four words (`ETHAN KAPLAN`, `J. BRADFORD DE LONG`). */
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,3}\*?`;
/** Two or more names in capitals joined by `AND`, `&` or commas: an author line. */
const CAPS_NAMES = new RegExp(
  String.raw`^${CAPS_NAME}(?:(?:\s*,\s*(?:AND\s+)?|\s+(?:AND|&)\s+)${CAPS_NAME})+$`,
  'u',
);

/** Most lines of a cover's chunk read back for a university's line above an author's name. */
const MAX_COVER_CHUNK = 6;

/** One name in capitals alone on its line (`LEANA GOLUBCHIK`). */
const CAPS_NAME_ALONE = new RegExp(String.raw`^${CAPS_NAME}$`, 'u');

/** Entries after the first of a list read ahead of its start (`listAheadOfItsStart`), and the most lines each. */
const MIN_RUN_AHEAD = 3;
/** Entries a chunk after the list must open to be read as the list going on (`authorYearResumed`). */
const MIN_RESUMED_ENTRIES = 2;
/** The most lines such an entry takes: one that runs on longer took the text after it. */
const MAX_RESUMED_ENTRY_LINES = 8;
/** The lines read ahead to tell whether the list goes on: its first entries and the blanks between. */
const RESUMED_LOOK_AHEAD = MIN_RESUMED_ENTRIES * (MAX_RESUMED_ENTRY_LINES + 1) + 1;
/**
 * A section a paper sets before its reference list, which pdftotext's default mode may write
 * between the list's halves (`Conclusions`, `Acknowledgements`); any other heading after the
 * list ends it.
 */
const SECTION_BEFORE_LIST =
  /^(?:conclusions?|concluding remarks|summary|discussion|future work|limitations|acknowledge?ments?|funding|author contributions?|competing interests?|conflicts? of interests?|data availability)\b/i;
/**
 * A narrative citation opening a paragraph (`Smith and Jones (2010) found …`, `Müller, K. (2010)
 * reported …`): the year in parentheses, then a word in lower case. No entry goes on so.
 */
const NARRATIVE_HEAD = /^[^()]{1,160}\((?:1[5-9]|20)\d\d[a-z]?\)\s+\p{Ll}/u;
/** An entry's year followed by its stop and the next part (`2005. Unsupervised`, `(2010). A`, `2010, ApJ`). */
const YEAR_THEN_STOP = /\b(?:1[5-9]|20)\d\d[a-z]?\)?[.,:;]\s+\p{Lu}/u;
/** Where an entry was published: a venue, a publisher, a report, a locator or a link. */
const VENUE =
  /\b(?:In:?\s+(?:Proc|\p{Lu})|Proceedings|Journal|Conference|Workshop|Symposium|Press|Publishers?|Technical [Rr]eport|Thesis|pages\s+\d|arXiv|doi|URL)\b|\b(?:J|Trans|Proc|Tech|pp?|[Vv]ol)\.|https?:\/\/|\d+\s*\(\d+\)\s*:?\s*\d|\d+\s*[-–]\s*\d+/u;
const MAX_ENTRY_LINES = 6;
/** Most lines an appendix's heading in capitals is wrapped over (see `capsAppendixLines`). */
const MAX_CAPS_APPENDIX_LINES = 3;
/** A heading in capitals goes on in a chunk of at most this many lines. */
const MAX_CAPS_RUN_ON_LINES = 2;

/**
 * Is this an entry of a list going on past other text: unnumbered, of a few lines, opening as an
 * entry does, never with a narrative citation (`Smith and Jones (2010) found …`)?
 */
function resumedEntry(e: RawEntry): boolean {
  const head = e.lines[0] ?? '';
  if (e.number !== null || e.lines.length > MAX_RESUMED_ENTRY_LINES) return false;
  return looksLikeEntryHead(head) && !NARRATIVE_HEAD.test(head);
}

/**
 * Does the entry show it is one: its year then a stop (`2005. Unsupervised`, `(2010). A paper`),
 * or where it was published (a journal, proceedings, pages, a link)? A paragraph opening with its
 * authors' names shows neither.
 */
function showsEntry(e: RawEntry): boolean {
  // The year may wrap to the entry's next lines (`… and A. Yates.` / `2005. Unsupervised …`).
  return YEAR_THEN_STOP.test(e.lines.slice(0, 3).join(' ')) || VENUE.test(e.lines.join(' '));
}

/** A line holding one bracketed citation and nothing else: `[114–117]`, `[118,119]`, `[3]`. */
const CITATION_ONLY = /^\[\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\]$/;

/** A footnote's mark standing alone on its line, its note on the next (`pdftotext -layout`). */
const NOTE_MARK_ALONE = /^[∗*†‡§¶]$/u;

/** An item of a list in running text: `1. `, `2) `, `• `, `- `. */
export const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*–])\s+\S/;
/**
 * Does the line open a list item ({@link LIST_ITEM})? Told by its first code unit first (a digit,
 * `-`, `•`, `*`, `–`): every line of a paragraph in progress is asked, and most open with a word.
 */
export const opensListItem = (line: string): boolean => {
  const first = line.charCodeAt(0);
  return (
    ((first >= 0x30 && first <= 0x39) ||
      first === 0x2d ||
      first === 0x2022 ||
      first === 0x2a ||
      first === 0x2013) &&
    LIST_ITEM.test(line)
  );
};

/**
 * A sentence ended by a footnote's mark that a text source has flattened to plain digits (`…the
 * link between algorithmic complexity and statistical inference.3`): the line ends a sentence.
 */
const FLAT_NOTE_END = /\p{Ll}{2}[.?!]["'”’)]?\d{1,2}$/u;

/**
 * Does the line above end where a sentence may break: with `:` or `;`, or with a digit after a
 * sentence's stop ({@link FLAT_NOTE_END})? Told by its last code unit first: both regexes are
 * anchored at the end only, so the engine tries them from every position of the line, at every
 * line of every chunk.
 */
const endsAtColon = (line: string): boolean => {
  const last = line.charCodeAt(line.length - 1);
  return last === 0x3a || last === 0x3b;
};
const endsWithFlatNote = (line: string): boolean => {
  const last = line.charCodeAt(line.length - 1);
  return last >= 0x30 && last <= 0x39 && FLAT_NOTE_END.test(line);
};
/** Lines of prose, at least: a paragraph this long ends the front matter. */
const PROSE_LINES = 3;
/** A sentence's end inside a paragraph, the next one starting (not a name's initial: `S. Weld`). */
const SENTENCE_BREAK = /\p{Ll}{2}[.?!]["'”’)]?\s+["“(]?\p{Lu}/u;

/**
 * Is a paragraph (its lines) prose: {@link PROSE_LINES} lines or more, a sentence ended inside it
 * and the next begun, and no e-mail address (an affiliation's)?
 */
function isProse(lines: readonly string[]): boolean {
  if (lines.length < PROSE_LINES) return false;
  const text = lines.join(' ');
  return !text.includes('@') && SENTENCE_BREAK.test(text);
}

/** A heading the PDF layout told by its type (`SourceLine.head`). */
interface TypesetHeading {
  block: RawBlock;
  /** The rank of its type among the paper's headings' (1 the largest). */
  level: number;
  /** Known by its words too (`Introduction`, `RESULTS`): a section's heading, at level 1. */
  named: boolean;
  caps: boolean;
}

/**
 * Gives the headings told by their type their levels: those known by their words stay at level
 * 1, and their type's rank with them (a larger `Abstract` above them ranks nothing); the others
 * rank from there, under a named heading of the same type when the named ones are in capitals
 * and they are not (`DISCUSSION` over `Subgroup analyses`, both bold).
 */
function levelTypesetHeadings(heads: readonly TypesetHeading[]): void {
  const named = heads.filter((h) => h.named);
  const top = named.length > 0 ? Math.min(...named.map((h) => h.level)) : 1;
  const capsTop =
    named.some((h) => h.level === top) && named.every((h) => h.level !== top || h.caps);
  for (const head of heads) {
    if (head.named || head.block.kind !== 'heading') continue;
    const below = head.level === top && capsTop && !head.caps ? 1 : 0;
    head.block.level = Math.max(1, head.level - top + 1) + below;
  }
}

/** Parses a plain-text source into blocks (title, headings, paragraphs, reference entries). */
export function parseTextBlocks(source: string): RawBlock[] {
  // The lexicon reads the text as its lines run: a text laid out in columns once unfolded, so a
  // left column's `algo-` ends its line there, not a row of both columns.
  const unfolded = unfoldLayoutColumns(normalizeSource(source));
  const lines = setApartCapsHeadings(
    joinStrandedLabels(separateUnwrappedParagraphs(splitSourceLines(unfolded))),
  );
  const lexicon = lazyLexicon(unfolded);
  return new TextParser(lines, lexicon, bylineTitle(lines, unfolded)).run();
}

/**
 * The title above the byline (`title-above-byline.ts`), and whether it still stands when names
 * are asked to be two or more, or marked, below it (found once, when asked).
 */
interface BylineTitle {
  span: TitleSpan;
  strict: () => boolean;
}

function bylineTitle(lines: readonly SourceLine[], source: string): BylineTitle | null {
  const span = findTitleAboveByline(lines, source);
  if (span === null) return null;
  let strict: boolean | undefined;
  return {
    span,
    strict: () => (strict ??= findTitleAboveByline(lines, source, true)?.start === span.start),
  };
}

/** The text of lines `[start, end)`, joined by spaces. */
const textOf = (lines: readonly SourceLine[], span: TitleSpan): string =>
  lines
    .slice(span.start, span.end)
    .map((l) => l.text)
    .join(' ');

/** A word that names a kind of publication, not a paper (`Journal of …`, `Proceedings of …`). */
const MASTHEAD_WORD = /\b(?:Journal|Proceedings|Preprint|Draft|Publishing)\b/i;

/**
 * The furniture a journal sets in its masthead, around its name and above the paper's title: a
 * volume, issue or article number, a DOI, an ISSN, a web address, a date of receipt or
 * publication, a copyright (`Volume 2012, Article ID 123`, `ISSN: (Print) … Journal homepage:
 * https://…`, `pubs.acs.org/NanoLett`).
 */
const MASTHEAD_FURNITURE =
  /\b(?:vol(?:ume)?\.?\s*\d|issue\s*\d|article\s+(?:id|no)|doi\b|10\.\d{4,9}\/|e?-?issn\b|received\b|accepted\b|published\b|https?:\/\/|www\.|[a-z]+\.(?:org|com)\/)|©/i;

/**
 * Does a title read at a paper's top look like its masthead instead: a year or a page range
 * (`Clinical Science (2014) 126, 305–313`), a label of a word or two (`Articles`, `Research`), a
 * section's bar (`Original Investigation | Cardiology`), a kind of publication (`Journal of …`),
 * or journal furniture on its lines or those between it and the title above the byline
 * (`between`: `Expert Opinion on Investigational Drugs` over `ISSN: … Journal homepage: https://…`)?
 */
function isMasthead(title: string, between: string): boolean {
  if (/\b(?:1[89]|20)\d\d\b|\d\s*[–-]\s*\d|\|/.test(title)) return true;
  if (title.split(/\s+/).length <= 2 || MASTHEAD_WORD.test(title)) return true;
  return MASTHEAD_FURNITURE.test(title) || MASTHEAD_FURNITURE.test(between);
}

class TextParser {
  private readonly segments: Segment[] = [];
  private readonly width: number;
  private readonly headings: HeadingReader;
  private titleChecked = false;
  /** The title's lines, once the title above the byline is taken for it (`titleInstead`). */
  private knownTitle: TitleSpan | null = null;
  private titleSkipped = 0;
  /** Lines of a journal's or a cover's front matter passed over above the title. */
  private frontSkipped = 0;
  /** The text's lines joined, to ask whether it writes a word in lower case (once asked). */
  private lowerCased: string | undefined;
  /** A front-matter key above the title (`EDITED BY`): its line, its chunk, its value's chunk. */
  private frontValue: { key: number; start: number; end: number; chunk: number | null } | null =
    null;
  private abstractSeen = false;
  /** Between the title and the first heading: short lines (authors, affiliations) stand alone. */
  private frontMatter = false;
  private pendingNumber: PendingNumber | null = null;
  /** The number a resumed bare reference list would continue with. */
  private nextEntry: number | null = null;
  /** The numbers of the entries read so far. */
  private readonly readEntries = new Set<string>();
  /** A reference list was headed (`References`): its unnumbered entries may go on further down. */
  private bibliographyHeaded = false;
  /** Lines of the paragraph in progress, and whether it opened a chunk (so may continue one). */
  private paragraph: string[] = [];
  private paragraphOpenStart = false;
  /** The typeset run-in heading opening the paragraph in progress (`SourceLine.lead`). */
  private paragraphLead: number | undefined;

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly lexicon: Lexicon,
    /** The title above the byline, found before the text is read (`title-above-byline.ts`). */
    private readonly byline: BylineTitle | null = null,
  ) {
    this.width = typicalLineWidth(lines);
    this.headings = new HeadingReader(lines, this.width, lexicon);
  }

  run(): RawBlock[] {
    this.parseBody(0, this.lines.length);
    this.flushPendingNumber();
    levelTypesetHeadings(this.typeset);
    const blocks = endSwallowingAbstract(segmentsToBlocks(this.segments, this.width, this.lexicon));
    for (const block of blocks) if (block.kind === 'heading') this.joinSmallCaps(block);
    return blocks;
  }

  /** A heading in small capitals as extractors write it (`I. I NTRODUCTION`), made whole. */
  private joinSmallCaps(block: RawBlock & { kind: 'heading' }): void {
    const title = block.text.slice(block.titleOffset);
    const joined = joinSmallCapsSplits(title, (word) => this.lexicon.words.has(word));
    if (joined !== title) block.text = block.text.slice(0, block.titleOffset) + joined;
  }

  private text(i: number): string {
    return this.lines[i]?.text ?? '';
  }

  /** The headings the PDF layout told by their type, with the level their type ranks. */
  private readonly typeset: TypesetHeading[] = [];

  /** A heading has been read: the front matter is over. */
  private inBody = false;

  /** Adds a block after the paragraph in progress. */
  private push(block: RawBlock): void {
    this.flushParagraph(false);
    this.segments.push({ kind: 'block', block });
    if (block.kind !== 'heading') return;
    this.headings.noteHeading(block);
    this.inBody = true;
    const title = block.text.slice(block.titleOffset);
    if (/^appendi(?:x|ces)\b/i.test(title)) this.headings.openAppendix();
    if (block.role === 'bibliography') this.headings.openBackMatter();
    // A section after the list (an appendix, supplementary material) ends it: its paragraphs are
    // text, however they open. Only a section set before the list (`Conclusions`,
    // `Acknowledgements`) may sit between its halves, where pdftotext cut it in two.
    if (block.role !== 'bibliography' && !SECTION_BEFORE_LIST.test(title))
      this.bibliographyHeaded = false;
  }

  private flushParagraph(openEnd: boolean): void {
    if (this.paragraph.length > 0) {
      this.segments.push({
        kind: 'paragraph',
        lines: this.paragraph,
        openStart: this.paragraphOpenStart,
        openEnd,
        inBody: this.inBody,
        front: this.frontMatter,
        ...(this.paragraphLead !== undefined && { lead: this.paragraphLead }),
      });
      // A paper with no heading after its byline (a letter, a note) has its running text begin
      // with its first paragraph of prose.
      if (this.frontMatter && this.titleChecked && isProse(this.paragraph))
        this.frontMatter = false;
    }
    this.paragraph = [];
  }

  /** Pushes a reference list's entries, then the notes found among them as footnotes after it. */
  private pushEntries(entries: readonly RawEntry[], notes: readonly string[]): void {
    for (const entry of entries) {
      this.push({
        kind: 'reference',
        text: joinWrappedLines(entry.lines, this.lexicon),
        number: entry.number,
      });
      if (entry.number !== null) this.nextEntry = Number(entry.number) + 1;
    }
    // The list goes on with the first number after the last entry's that no entry read carries: a
    // list read column by column out of order (`[21]` last, `[22]`…`[26]` among the first) goes
    // on at `[27]`.
    for (const entry of entries) if (entry.number !== null) this.readEntries.add(entry.number);
    if (this.nextEntry !== null)
      while (this.readEntries.has(String(this.nextEntry))) this.nextEntry++;
    // A page number is furniture, not a note; a note wrapped over lines reads as one.
    for (const note of notes)
      if (!/^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(note))
        this.push({ kind: 'footnote', text: joinWrappedLines(note.split('\n'), this.lexicon) });
  }

  /**
   * How many lines from `i` are rows of a table the PDF layout found (`SourceLine.table`); 0 when
   * line `i` is not one, or when the rows hold an e-mail address: authors set side by side under
   * the title, read as the byline.
   */
  private tableRunLength(i: number, to: number): number {
    let end = i;
    while (end < to && this.lines[end]?.table === true) end++;
    for (let k = i; k < end; k++) if (this.text(k).includes('@')) return 0;
    return end - i;
  }

  private parseBody(from: number, to: number): void {
    let i = from;
    while (i < to) {
      if (this.text(i) === '') {
        i++;
        continue;
      }
      const run =
        bareReferenceRun(this.lines, i, this.nextEntry) ??
        this.authorYearResumed(i) ??
        this.listStartAfterItsRest(i);
      if (run !== null) {
        this.flushPendingNumber();
        this.pushEntries(run.entries, run.notes);
        i = Math.max(run.next, i + 1);
        continue;
      }
      const other = this.otherColumnEntries(i);
      if (other !== null) {
        // The column being read goes on where it was, past any number the other column took.
        const resume = this.nextEntry;
        this.flushPendingNumber();
        this.pushEntries(other.entries, other.notes);
        this.nextEntry = resume;
        i = other.next;
        continue;
      }
      const contents = contentsRunLength(this.lines, i, to);
      if (contents > 0) {
        // The paper's own table of contents: one paragraph, its entries never headings.
        this.flushPendingNumber();
        const texts = this.lines.slice(i, i + contents).map((l) => l.text);
        this.push({ kind: 'paragraph', text: texts.filter((t) => t !== '').join(' ') });
        i += contents;
        continue;
      }
      const table = this.tableRunLength(i, to);
      if (table > 0) {
        // A table the PDF layout found: its rows apart from the running text, one per line.
        this.flushPendingNumber();
        const rows = this.lines.slice(i, i + table).map((l) => l.text);
        this.push({ kind: 'table', text: rows.join('\n') });
        i += table;
        continue;
      }
      const labels = this.inBody ? figureTextRun(this.lines, i, to) : 0;
      if (labels > 0) {
        this.flushPendingNumber();
        const texts = this.lines.slice(i, i + labels).map((l) => l.text);
        this.push({ kind: 'figure-text', text: texts.filter((t) => t !== '').join(' ') });
        i += labels;
        continue;
      }
      let end = i;
      while (end < to && this.text(end) !== '') end++;
      const chunk = this.lines.slice(i, end);
      if (isCodeChunk(chunk)) {
        this.flushPendingNumber();
        this.push({ kind: 'code', text: codeText(chunk) });
        i = end;
        continue;
      }
      i = this.parseChunk(i, end);
    }
  }

  /** Parses the chunk of lines `[a, b)`; returns where to go on (past a reference list it started). */
  private parseChunk(a: number, b: number): number {
    /** The line before was read as a heading or title. */
    let afterHeading = false;
    for (let k = a; k < b; k++) {
      const text = this.text(k);
      const prev = k > a ? this.text(k - 1) : null;
      const atBreak =
        prev === null ||
        endsSentence(prev) ||
        endsAtColon(prev) ||
        // A sentence ended by a flattened note mark, above a line that stands alone or has a
        // sentence begun under it (not `III. Off-the-shelf: uses …, namely` / `(Ferragina …`).
        (endsWithFlatNote(prev) && (k + 1 >= b || /^\p{Lu}/u.test(this.text(k + 1)))) ||
        // A section's first subsection set right under its heading (`2. Methods` / `2.1. Flow
        // regime`); not the next line of a contents list (`5.1 …` / `5.2 …`), nor the first
        // item of numbered steps whose next item follows at once (`2.1 Wash …` / `2.2 Dry …`).
        (afterHeading && opensSubsectionOf(prev, text) && !numbersNext(text, this.text(k + 1)));
      afterHeading = false;
      // The list's title is a short line: most lines are told by their length alone.
      const title = text.length <= MAX_BIBLIOGRAPHY_TITLE ? matchBibliographyHeading(text) : null;
      const bibliography = title && (atBreak || this.entryFollows(k + 1)) ? title : null;
      if (
        bibliography &&
        this.lines.slice(k + 1, k + 4).some((l) => l.text !== '') &&
        !this.citationsOnlyFollow(k + 1) &&
        !this.contentsFollow(k + 1) &&
        !this.listHeadedLater(k)
      ) {
        this.flushPendingNumber();
        this.push(headingBlock(bibliography.number, bibliography.title, 'bibliography'));
        this.bibliographyHeaded = true;
        // Another column's section under the heading (`11 Conclusions`, pdftotext's default
        // mode): read as text; the list, `[1]` on, is read where it starts (`bareReferenceRun`).
        if (this.sectionFollows(k + 1)) return k + 1;
        // Another column's paragraph under it, entry 1 after it: that paragraph is read as text.
        if (this.columnProseFollows(k + 1)) return k + 1;
        const run = splitReferenceLines(this.lines, k + 1);
        this.pushEntries(run.entries, run.notes);
        return Math.max(run.next, k + 1);
      }
      const list =
        (text.startsWith('[')
          ? ((k > a ? this.listUnderNote(k) : null) ?? this.listAheadOfItsStart(k))
          : k > a && k - a <= MAX_RESUMED_TAIL_LINES && this.nextEntry !== null
            ? this.listUnderTail(a, k)
            : text.startsWith('(')
              ? this.listAheadOfItsStart(k)
              : null) ?? (k > a ? this.listStartAfterItsRest(k) : null);
      if (list !== null) {
        this.flushParagraph(false);
        this.pushEntries(list.entries, list.notes);
        return Math.max(list.next, k + 1);
      }
      const equation = this.tryEquation(k, a, b);
      if (equation > 0) {
        k += equation - 1;
        continue;
      }
      const consumed = this.tryStructure(k, a, b, atBreak);
      // A heading whose rest the layout set past a blank line took lines of the next chunk.
      if (k + consumed > b) {
        this.flushParagraph(true);
        return k + consumed;
      }
      if (consumed > 0) {
        k += consumed - 1;
        afterHeading = true;
        continue;
      }
      this.flushPendingNumber();
      // `Abstract` alone on its line opens the abstract though the line above ends no sentence
      // (elsarticle sets it right under the byline's names), in the front matter only.
      const abstract =
        !this.abstractSeen && (atBreak || (this.frontMatter && ABSTRACT_ALONE.test(text)))
          ? splitAbstractLeadIn(text)
          : null;
      if (abstract !== null) {
        this.abstractSeen = true;
        this.frontMatter = false;
        this.push(headingBlock(null, 'Abstract', 'abstract'));
        if (abstract === '') continue;
      }
      // `1. Introduction. Gels are …`: a numbered heading run in, its paragraph after it.
      const runIn = abstract === null && atBreak ? this.headings.runIn(k) : null;
      if (runIn !== null) this.pushHeading({ block: runIn.block, taken: 1 });
      const rest = abstract ?? runIn?.rest ?? null;
      if (k === b - 1 && prev !== null && endsSentence(prev) && matchBareSectionNumber(text)) {
        this.flushParagraph(false);
        this.pendingNumber = this.bareNumber(text);
        continue;
      }
      if (this.paragraph.length > 0 && this.startsListItem(text, k, b)) this.flushParagraph(false);
      if (this.paragraph.length === 0) {
        this.paragraphOpenStart = k === a && rest === null;
        this.paragraphLead = rest === null ? this.lines[k]?.lead : undefined;
      }
      this.paragraph.push(rest ?? text);
      const next = k + 1 < b ? this.text(k + 1) : null;
      if (next !== null && this.endsParagraphInside(text, next)) this.flushParagraph(false);
    }
    this.flushParagraph(true);
    return b;
  }

  /** Is the first line from `from` a numbered section of a well-known name (`11 Conclusions`)? */
  private sectionFollows(from: number): boolean {
    let i = from;
    while (i < this.lines.length && this.text(i) === '') i++;
    const numbered = splitSectionNumber(this.text(i));
    return numbered !== null && isKnownSectionTitle(numbered.title);
  }

  /**
   * Is the chunk from `from` a paragraph of running text from another column that `pdftotext` set
   * between the list's heading and its entry 1, and entry 1 next (`R EFERENCES` / blank /
   * `condition for granting authority. As bearer credentials, the` … `the accessed resource.` /
   * blank / `[1] M. Abadi, …`)? Only prose longer than a note under the heading (a note reads
   * apart from the entries: `listLeadNote`), ending its sentence, with no entry label of its own.
   */
  private columnProseFollows(from: number): boolean {
    let i = from;
    while (i < this.lines.length && this.text(i) === '') i++;
    const start = i;
    while (i < this.lines.length && this.text(i) !== '') i++;
    const chunk = this.lines.slice(start, i).map((l) => l.text);
    if (chunk.length <= MAX_LEAD_NOTE_LINES || !isProse(chunk)) return false;
    if (!endsSentence(chunk[chunk.length - 1] ?? '') || matchEntryMarker(chunk[0] ?? '') !== null)
      return false;
    while (i < this.lines.length && this.text(i) === '') i++;
    return matchEntryMarker(this.text(i))?.number === 1;
  }

  /**
   * Is the first line from `from` nothing but a citation (`[114–117]`, `[118,119]`)? Then a
   * `References` line above it is a label in a figure (a box of cited work), not the list's head.
   * `[1]` is the list's own first label, set on a line of its own above its entry (`pdftotext`).
   */
  private citationsOnlyFollow(from: number): boolean {
    let i = from;
    while (i < this.lines.length && this.text(i) === '') i++;
    return this.text(i) !== '[1]' && CITATION_ONLY.test(this.text(i));
  }

  /**
   * Do the lines from `from` list pages with dot leaders (`Fig. 1.1 Courbe ROC et AUC. . . . 3`,
   * `2.1 Théorie . . . . 5`)? Then a `Bibliographie` line above them is an entry of the thesis's
   * table of contents, whose list of figures comes next, not the list's head: no reference entry
   * has a leader.
   */
  private contentsFollow(from: number): boolean {
    let seen = 0;
    for (let i = from; i < this.lines.length && seen < CONTENTS_LOOKAHEAD; i++) {
      const text = this.text(i);
      if (text === '') continue;
      if (DOT_LEADER.test(text.slice(-DOT_LEADER_REACH))) return true;
      seen++;
    }
    return false;
  }

  /**
   * Is the `References` line at `k` a word in a table or a figure (a column's head, `Reference`
   * over `Task`), the list itself headed further on? So when no entry follows it and a later line
   * heads the list with an entry under it: the list is the last one so headed, not the first.
   */
  private listHeadedLater(k: number): boolean {
    if (this.entryFollows(k + 1)) return false;
    // Found once for the whole source: a file of many `References` lines stays linear.
    this.lastListHead ??= this.findLastListHead();
    return this.lastListHead > k;
  }

  /** The last line that heads a list with an entry under it, or -1. */
  private lastListHead: number | undefined;

  private findLastListHead(): number {
    for (let j = this.lines.length - 1; j >= 0; j--) {
      const text = this.text(j);
      if (text.length > MAX_BIBLIOGRAPHY_TITLE || matchBibliographyHeading(text) === null) continue;
      if (this.entryFollows(j + 1)) return j;
    }
    return -1;
  }

  /** Is the paragraph being read a note (`∗ Corresponding author: …`, `† Also at …`)? */
  private paragraphIsNote(): boolean {
    const [first, second] = this.paragraph;
    if (first === undefined) return false;
    // A mark set on a line of its own above its note (`∗` / `Corresponding author: …`).
    const note = second !== undefined && NOTE_MARK_ALONE.test(first) ? `${first} ${second}` : first;
    return asideKindOf(note) === 'footnote';
  }

  /**
   * The list read before going on at line `k`, under an entry's tail that a float set apart from
   * it (`4. M. Shifman, …, Nucl.` / a table at the next page's top / `Phys. B147 (1979) 385` / `5.
   * E. Braaten, …`): line `k` opens the next entry, the lines `[a, k)` above it end with a
   * locator's number. Null otherwise. (The tail stays a paragraph of its own.)
   */
  private listUnderTail(a: number, k: number): ReturnType<typeof bareReferenceRun> {
    if (matchEntryMarker(this.text(k))?.number !== this.nextEntry) return null;
    if (!ENTRY_TAIL_END.test(this.text(k - 1))) return null;
    return bareReferenceRun(this.lines, k, this.nextEntry);
  }

  /**
   * A reference list with no heading (`[1] …`, `[2] …`) starting at line `k`, right under a note
   * with no blank line between: REVTeX sets the title page's notes (`∗ Corresponding author: …`)
   * as the first items of the bibliography. Null when no such list starts there.
   */
  private listUnderNote(k: number): ReturnType<typeof bareReferenceRun> {
    const marker = matchEntryMarker(this.text(k));
    if (marker?.style !== 'bracket' || marker.number !== 1 || !this.paragraphIsNote()) return null;
    return bareReferenceRun(this.lines, k, this.nextEntry);
  }

  /**
   * The rest of an unnumbered reference list from line `i`, past text that cut it in two:
   * pdftotext's default mode writes a page's blocks in the order it finds them, so the column
   * after `References` may be the end of another section (`Conclusions`, `Acknowledgements`)
   * before the list goes on. Read when a list was headed and no numbered one read past its first
   * entry, no section set after the list (`Appendix`) was headed since, and line `i` and the
   * lines after it open two entries or more, none numbered, none with a narrative citation
   * (`Smith and Jones (2010) found …`), the first two showing they are entries (a year then a stop,
   * or a venue). Those two are read from a few lines ahead first, so that text after the list,
   * chunk by chunk, costs no more than the chunks.
   */
  private authorYearResumed(i: number): ReturnType<typeof bareReferenceRun> {
    if (!this.bibliographyHeaded || (this.nextEntry ?? 0) > 2) return null;
    if (!looksLikeEntryHead(this.text(i)) || NARRATIVE_HEAD.test(this.text(i))) return null;
    // Its first entries, read from the few lines ahead: most chunks fail here, at a bounded cost.
    const ahead = Math.min(this.lines.length, i + RESUMED_LOOK_AHEAD);
    const window = this.lines.slice(i, this.runEnd(i, ahead));
    const opening = splitReferenceLines(window, 0, { headingless: true }).entries;
    const firsts = opening.slice(0, MIN_RESUMED_ENTRIES);
    const real = (e: RawEntry) => resumedEntry(e) && showsEntry(e);
    if (firsts.length < MIN_RESUMED_ENTRIES || !firsts.every(real)) return null;
    // The list goes on over blank lines only where an entry opens past them: a paragraph after
    // it (`We would like to thank …`, another column's section) is text again, not an entry's end.
    const lines = this.lines.slice(i, this.runEnd(i, this.lines.length));
    const run = splitReferenceLines(lines, 0, { headingless: true });
    return run.entries.length >= MIN_RESUMED_ENTRIES && run.entries.every(resumedEntry)
      ? { ...run, next: i + run.next }
      : null;
  }

  /**
   * Entries of a headed `[n]` list's other column, set by pdftotext's default mode among the
   * column being read (`[5] …`, blank, `[22] …` `[23] …`, blank, `[6] …`): a chunk opening with a
   * bracketed label past the one the list goes on with, that no entry read carries, read to its
   * end as entries in sequence (headingless, so only in strict sequence), a lone entry opening
   * with an author's head or showing where it was published. The list then goes on where it was
   * (`[6]`).
   */
  private otherColumnEntries(i: number): ReturnType<typeof bareReferenceRun> {
    const expected = this.nextEntry;
    if (!this.bibliographyHeaded || expected === null) return null;
    const marker = matchEntryMarker(this.text(i));
    if (marker?.style !== 'bracket' || marker.number <= expected) return null;
    if (this.readEntries.has(String(marker.number))) return null;
    let end = i;
    while (end < this.lines.length && this.text(end) !== '') end++;
    const run = splitReferenceLines(this.lines.slice(i, end), 0, {
      headingless: true,
      expected: marker.number,
    });
    const { entries } = run;
    if (run.next !== end - i || entries.length === 0) return null;
    if (entries.some((e) => e.number === null || this.readEntries.has(e.number))) return null;
    // Two labels or more in sequence show a list; one alone must show an entry too.
    const alone = entries.length === 1 ? entries[0] : undefined;
    const head = alone?.lines[0]?.replace(/^\[\d+\]\s*/, '') ?? '';
    if (alone !== undefined && !looksLikeEntryHead(head) && !showsEntry(alone)) return null;
    return { ...run, next: end };
  }

  /**
   * Where a list resumed at line `i` ends, before `to`: at a blank line that no entry follows,
   * unless it cuts an entry after a comma (AASTeX's `… et al. 2020,` / blank / `Nature, 585, …`).
   */
  private runEnd(i: number, to: number): number {
    let end = i + 1;
    while (
      end < to &&
      !(this.text(end - 1) === '' && !this.opensEntryChunk(end) && !this.cutAbove(end - 1))
    )
      end++;
    return end;
  }

  /** Is the blank line `k` set inside an entry: the line above it cut after a comma? */
  private cutAbove(k: number): boolean {
    return k > 0 && this.text(k - 1).endsWith(',');
  }

  /** Does line `k` open an entry, or is it blank (a blank line goes on to the next)? */
  private opensEntryChunk(k: number): boolean {
    const text = this.text(k);
    return text === '' || looksLikeEntryHead(text);
  }

  /**
   * The lines that open a bracketed entry (`[12] …`) or a parenthesised one (`(12) …`), by style
   * and number; found once, when asked.
   */
  private markedLines: Map<string, number[]> | undefined;

  private linesOpening(n: number, style: 'bracket' | 'parens' = 'bracket'): readonly number[] {
    if (this.markedLines === undefined) {
      const lines = new Map<string, number[]>();
      this.lines.forEach((line, i) => {
        const opens = line.text.startsWith('[') || line.text.startsWith('(');
        const marker = opens ? matchEntryMarker(line.text) : null;
        if (marker?.style !== 'bracket' && marker?.style !== 'parens') return;
        const key = `${marker.style}${marker.number}`;
        const at = lines.get(key);
        if (at) at.push(i);
        else lines.set(key, [i]);
      });
      this.markedLines = lines;
    }
    return this.markedLines.get(`${style}${n}`) ?? [];
  }

  /**
   * Entries of a `[n]` list read before the list itself (`[21]` … `[44]` above `References` /
   * `[1]` … `[20]`): pdftotext's default mode writes a page's columns in the order it finds their
   * blocks, so a column of entries can come before the column holding the list's start. Read as
   * entries from line `k` when it opens entry `n` (no list read yet), entries `n + 1` … `n + 3`
   * open the lines right below it, `[1]` and `[n - 1]` open lines further on, and no other line
   * opens `[n]`. Null otherwise.
   */
  private listAheadOfItsStart(k: number): ReturnType<typeof bareReferenceRun> {
    const marker = this.nextEntry === null ? matchEntryMarker(this.text(k)) : null;
    if (marker?.style !== 'bracket' && marker?.style !== 'parens') return null;
    if (marker.number < 2) return null;
    const { number: n, style } = marker;
    if (this.linesOpening(n, style).length !== 1) return null;
    // `(n)` opens many a line that is no entry (a numbered claim, an equation's number): each
    // entry of such a run opens with an author's head.
    const headed = (i: number) =>
      style === 'bracket' || looksLikeEntryHead(this.text(i).replace(/^\(\d+\)\s*/, ''));
    if (!headed(k)) return null;
    let last = k;
    for (let m = n + 1; m <= n + MIN_RUN_AHEAD; m++) {
      const next = this.linesOpening(m, style).find(
        (i) => i > last && i <= last + MAX_ENTRY_LINES && headed(i),
      );
      if (next === undefined) return null;
      last = next;
    }
    const later = (m: number) => this.linesOpening(m, style).some((i) => i > last);
    if (!later(1) || !later(n - 1)) return null;
    return splitReferenceLines(this.lines, k, { headingless: true, expected: n });
  }

  /**
   * The first entries of a list read after its later ones (ACS's notes at the columns' feet: the
   * right column's `(3)` … `(10)` read before the left column's `(1)`, `(2)`, set under the
   * affiliation notes): line `i` opens entry 1 with an author's head, entry 2 opens a line close
   * below, and a list read before holds neither but goes on past them. Read in strict sequence
   * (also under a note, in its chunk); the list then goes on where it was.
   */
  private listStartAfterItsRest(i: number): ReturnType<typeof bareReferenceRun> {
    const resume = this.nextEntry;
    if (resume === null || resume <= 2 || !/^[[(]1[\])]/.test(this.text(i))) return null;
    if (this.readEntries.has('1') || this.readEntries.has('2')) return null;
    const marker = matchEntryMarker(this.text(i));
    if ((marker?.style !== 'parens' && marker?.style !== 'bracket') || marker.number !== 1)
      return null;
    const rest = (k: number) => this.text(k).replace(/^(?:\(\d+\)|\[\d+\])\s*/, '');
    if (!looksLikeEntryHead(rest(i))) return null;
    const second = this.linesOpening(2, marker.style).find(
      (k) => k > i && k <= i + MAX_ENTRY_LINES,
    );
    if (second === undefined || !looksLikeEntryHead(rest(second))) return null;
    const run = splitReferenceLines(this.lines, i, { headingless: true, expected: 1 });
    if (run.entries.some((e) => e.number !== null && this.readEntries.has(e.number))) return null;
    return run;
  }

  /**
   * Does the line at `from` (or after one blank line) open a reference entry
   * (`Boslough, M., Brown, P., & Harris, A. W. 2015, in`, `[1] O. Abramoff…`)? Then a
   * `REFERENCES` line above it heads the list even where the text before it ends with no full
   * stop (AASTeX sets the last paragraph, `… (Valdes 2015)`, right above its heading), or a
   * page's number (`45` / `REFERENCES` / `1 Sears MR. …` / `2 International …`).
   */
  private entryFollows(from: number): boolean {
    let i = from;
    // One blank line may stand between them, as under any heading.
    if (this.text(i) === '') i++;
    const line = this.text(i);
    return (
      matchEntryMarker(line)?.number === 1 ||
      looksLikeEntryHead(line) ||
      opensBareList(this.lines, i)
    );
  }

  /**
   * A display equation from line `k` (after the front matter): its own block, ending the
   * paragraph before it. Math lines opening a chunk right after an equation (an equation number
   * `(5)` set apart, a denominator) are the rest of that equation. Returns the lines taken.
   */
  private tryEquation(k: number, a: number, b: number): number {
    if (this.frontMatter || !this.titleChecked) return 0;
    let taken = equationRunLength(this.lines, k, b);
    const last = this.segments[this.segments.length - 1];
    const previous =
      k === a &&
      this.paragraph.length === 0 &&
      last?.kind === 'block' &&
      last.block.kind === 'equation'
        ? last.block
        : null;
    if (taken === 0 && previous !== null)
      while (k + taken < b && isMathLine(this.text(k + taken))) taken++;
    if (
      taken === 0 ||
      (previous === null && goesOnInline(this.paragraph, this.text(k + taken - 1)))
    )
      return 0;
    this.flushPendingNumber();
    const text = this.lines
      .slice(k, k + taken)
      .map((l) => l.text)
      .join('\n');
    if (
      previous !== null &&
      (isEquationNumberLine(text) || equationRunLength(this.lines, k, b) === 0)
    )
      previous.text += `\n${text}`;
    else this.push({ kind: 'equation', text });
    return taken;
  }

  /** Title, headings and bare section numbers: how many lines they take from `k`, or 0. */
  private tryStructure(k: number, a: number, b: number, atBreak: boolean): number {
    const text = this.text(k);
    // A caption (`TABLE I. PARAMETERS`) is never a heading, however it is set.
    if (isCaptionLine(text)) return 0;
    if (!this.titleChecked && this.knownTitle === null) {
      // A page code or running head above the title (`GE98`, `272 Notes`) leaves it to the next line.
      // A journal's or a thesis cover's front matter (`Communicated by …`, a university's name)
      // is passed over however many lines it takes, up to a cover's worth.
      const furniture =
        ((this.inFrontValue(k, a, b) || isFrontMatterLine(text)) &&
          this.frontSkipped++ < MAX_FRONT_MATTER_LINES) ||
        (isTitleFurniture(text) && this.titleSkipped++ < MAX_LINES_ABOVE_TITLE);
      this.titleChecked = !furniture;
      // A name set in capitals on a thesis cover (`ALBERSON DA SILVA MIRANDA`) is its author's.
      if (!furniture && this.isCapsName(text) && this.frontSkipped++ < MAX_FRONT_MATTER_LINES) {
        this.titleChecked = false;
        return 0;
      }
      const read = furniture ? null : this.headings.title(k, b);
      // The title the layout found by its type stands, though its words read as no title.
      const title = read ?? (furniture ? null : this.headings.layoutTitle(k));
      const instead = furniture || title !== read ? null : this.titleInstead(k, title);
      if (instead !== null) {
        this.knownTitle = instead;
        this.titleChecked = false;
      } else if (title !== null) {
        this.push(title.block);
        this.frontMatter = true;
        return title.taken;
      }
    }
    if (!this.titleChecked && this.knownTitle !== null) {
      if (k >= this.knownTitle.start) this.titleChecked = true;
      if (k === this.knownTitle.start) return this.pushKnownTitle(this.knownTitle);
    }
    const pending = this.pendingNumber;
    const resumed = pending !== null && k === a ? this.headings.pending(pending, text) : null;
    if (resumed !== null) {
      this.pendingNumber = null;
      return this.pushHeading({ block: resumed, taken: 1 });
    }
    if (!atBreak) return 0;
    const taken =
      this.pushHeading(this.headings.numbered(k, a, b)) ||
      (this.inBody ? this.pushHeading(this.headings.lettered(k, a, b)) : 0);
    if (taken > 0) return taken;
    if (k === a && b - a === 1 && matchBareSectionNumber(text)) {
      this.flushPendingNumber();
      this.flushParagraph(false);
      this.pendingNumber = this.bareNumber(text);
      return 1;
    }
    // The degree a thesis is presented for (`DOCTORAT EN INFORMATIQUE ET`), before any section
    // (an archive's cover of prose may come first): front matter.
    if (!this.inBody && isDegreeLine(text)) return 0;
    // Authors set in capitals under the title (`STEFANO DELLAVIGNA AND ETHAN KAPLAN`, as the QJE
    // prints them): the byline, however it is set, not a section.
    if (this.frontMatter && text.length <= MAX_TITLE_CHARS && CAPS_NAMES.test(text)) return 0;
    // A label over the authors' names with their marks (a journal's section, `SERVICES &
    // POLICY`, between the title and the byline): front matter, not the paper's first section.
    if (this.frontMatter && !this.abstractSeen && b - a === 1 && this.markedNamesFollow(b))
      return 0;
    // One author in capitals alone over the affiliation, as ACM's journals set each (`LEANA
    // GOLUBCHIK` / `Department of Computer Science` / … / `and` / `SANJEEV KHANNA`).
    // The name after a lone `and` is the next author's, whatever the affiliation under it says
    // (`Google Inc, Mountain View.`).
    if (this.frontMatter && b - a === 1 && CAPS_NAME_ALONE.test(text)) {
      let next = b;
      while (next < this.lines.length && this.text(next) === '') next++;
      let prev = a - 1;
      while (prev > 0 && this.text(prev) === '') prev--;
      if (namesAffiliation(this.text(next)) || /^and$/i.test(this.text(prev))) return 0;
      // A thesis cover's author, alone under the university's lines (`UNIVERSIDADE FEDERAL …` /
      // `PROGRAMA DE PÓS-GRADUAÇÃO …`), or printed again on the title page right after.
      if (this.text(prev) === text || this.chunkHasFrontMatterLine(prev)) return 0;
    }
    // A keywords' label alone over its list (`KEYWORDS` / `agency, free energy principle, …`)
    // under an abstract with no heading (Frontiers): front matter, which the list's paragraph
    // takes in, not a section. Where the abstract has its heading, the label is that heading's
    // sibling, set as one (ACM's `ABSTRACT` … `KEYWORDS`).
    if (
      !this.abstractSeen &&
      b - a === 1 &&
      KEYWORDS_LABEL.test(text) &&
      this.keywordListFollows(b)
    )
      return 0;
    const typeset = this.lines[k]?.head;
    const unnumbered = this.headings.isUnnumbered(k, a, b);
    if (unnumbered || (typeset !== undefined && b - a === 1 && this.headings.isTypeset(k))) {
      this.frontMatter = false;
      const role = isAbstractTitle(text) ? 'abstract' : 'section';
      if (role === 'abstract') this.abstractSeen = true;
      const runOn = b - a === 1 ? this.capsRunOnEnd(k, b) : 0;
      const taken = runOn > 0 ? runOn - k : unnumbered ? this.capsAppendixLines(k, b) : 1;
      const title =
        taken === 1
          ? text
          : joinWrappedLines(
              this.lines
                .slice(k, k + taken)
                .map((l) => l.text)
                .filter((line) => line !== ''),
              this.lexicon,
            );
      const block = headingBlock(null, title.replace(/\s*:$/, ''), role);
      // Told by its type alone (a bold line of its own): its level is set once all are read.
      if (typeset !== undefined && role === 'section')
        this.typeset.push({ block, level: typeset, named: unnumbered, caps: isAllCaps(text) });
      this.push(block);
      return taken;
    }
    return 0;
  }

  /** Does the chunk ending at line `end` (lines back to a blank, a few at most) hold a university's or degree's line? */
  private chunkHasFrontMatterLine(end: number): boolean {
    for (let i = end; i >= 0 && i > end - MAX_COVER_CHUNK && this.text(i) !== ''; i--)
      if (isFrontMatterLine(this.text(i))) return true;
    return false;
  }

  /**
   * Is the next line from `b` on a list of keywords: words parted by commas, semicolons or middle
   * dots, with no sentence ending inside it (a final stop is the list's own)?
   */
  /** Is the next line with text after `b` authors' names with their marks (`Jane Doe, PhD¹`)? */
  private markedNamesFollow(b: number): boolean {
    let next = b;
    while (next < this.lines.length && this.text(next) === '') next++;
    return next < this.lines.length && isMarkedNamesLine(this.text(next));
  }

  private keywordListFollows(b: number): boolean {
    let next = b;
    while (next < this.lines.length && this.text(next) === '') next++;
    const line = this.text(next);
    return /[,;·•]/.test(line) && !/[.!?]\s+\p{Lu}/u.test(line) && !isKnownSectionTitle(line);
  }

  /**
   * Where a heading in capitals on line `k` (a chunk of its own, ending at `b`) goes on in the
   * next chunk: its line ends on a word no title ends on (`CAVITY TRANSFER FUNCTION AND`), and a
   * chunk of one or two short lines in capitals ending no sentence follows past a blank
   * (`BACKGROUND NOISE` / `MEASUREMENTS`), as a centred heading over three lines may be read.
   * The end of that chunk, or 0.
   */
  private capsRunOnEnd(k: number, b: number): number {
    const text = this.lines[k]?.text ?? '';
    if (!OPEN_ENDING.test(text) || !isAllCaps(text)) return 0;
    let start = b;
    while (start < this.lines.length && this.text(start) === '') start++;
    let end = start;
    while (end < this.lines.length && this.text(end) !== '') end++;
    if (end === start || end - start > MAX_CAPS_RUN_ON_LINES) return 0;
    for (let i = start; i < end; i++) {
      const line = this.text(i);
      if (!isAllCaps(line) || endsSentence(line) || !this.headings.isShort(line)) return 0;
    }
    return end;
  }

  /**
   * The lines an appendix's heading set in capitals takes when REVTeX wraps it over the rest of
   * its chunk (`APPENDIX C: KRAMERS–MOYAL` / `DERIVATION OF THE FOKKER–PLANCK` / `EQUATION`): all
   * of them when each is in capitals too, else its own line.
   */
  private capsAppendixLines(k: number, b: number): number {
    const text = this.lines[k]?.text ?? '';
    if (!/^APPENDIX\s/.test(text) || b - k < 2 || b - k > MAX_CAPS_APPENDIX_LINES) return 1;
    const rest = this.lines.slice(k + 1, b).map((l) => l.text);
    return rest.every((line) => isAllCaps(line) && !endsSentence(line)) ? b - k : 1;
  }

  /**
   * The title above the byline, to be read instead of the title found at line `k` (or of none):
   * when no title opens the text (it stands under a masthead), when the title goes on past the
   * lines read (wrapped over three), or when what was read is a masthead (`Hindawi Publishing
   * Corporation`) and names, two or marked, follow it. Null to keep what was found.
   */
  private titleInstead(k: number, title: FoundHeading | null): TitleSpan | null {
    const span = this.byline?.span;
    if (span === undefined) return null;
    if (title === null) return span.start >= k ? span : null;
    const end = k + title.taken;
    if (span.start === k && span.end > end) return span;
    const read = textOf(this.lines, { start: k, end });
    const between = textOf(this.lines, { start: end, end: span.start });
    // A lone word over the names (a thesis's `DOYEN` over its faculty's professors) is a label of
    // a list, not a title to put in place of the one read.
    if (!/\S\s+\S/.test(textOf(this.lines, span).trim())) return null;
    return span.start >= end && isMasthead(read, between) && this.byline?.strict() === true
      ? span
      : null;
  }

  /**
   * Is line `k` (of the chunk `[a, b)`) the value of a front-matter key above the title (the
   * editor's name and affiliation under Frontiers' `EDITED BY`): the rest of the key's chunk, or
   * the next chunk when the key ends its own? Notes a key at `k` for the lines after it.
   */
  private inFrontValue(k: number, a: number, b: number): boolean {
    const value = this.frontValue;
    if (value !== null && k > value.key) {
      if (value.chunk === null) value.chunk = value.key + 1 < value.end ? value.start : a;
      if (a === value.chunk) return true;
      this.frontValue = null;
    }
    const line = this.text(k);
    // A university's name heads its faculty and programme (`CENTRO DE CIÊNCIAS …`) under it.
    if (isUniversityLine(line) && k + 1 < b)
      this.frontValue = { key: k, start: a, end: b, chunk: a };
    else if (FRONT_MATTER_KEY.test(line))
      this.frontValue = { key: k, start: a, end: b, chunk: null };
    return false;
  }

  /**
   * Is the line a person's name set in capitals, alone (`ALBERSON DA SILVA MIRANDA`): two to five
   * words, none of which but a particle (`DA`, `VON`) the text writes in lower case anywhere? A
   * title's words (`MACHINE LEARNING`) it writes in its running text.
   */
  private isCapsName(line: string): boolean {
    const words = line.trim().split(/\s+/);
    if (words.length < 2 || words.length > 5 || !isAllCaps(line)) return false;
    if (!words.every((w) => /^\p{Lu}[\p{Lu}\p{M}'’-]*$/u.test(w))) return false;
    this.lowerCased ??= this.lines.map((l) => l.text).join('\n');
    const source = this.lowerCased;
    return words
      .map((w) => w.toLowerCase())
      .filter((w) => !NAME_PARTICLES.has(w))
      .every((w) => !new RegExp(`(?<![\\p{L}\\p{M}])${w}(?![\\p{L}\\p{M}])`, 'u').test(source));
  }

  /** Pushes the title whose lines were known before: the front matter follows it. */
  private pushKnownTitle(span: TitleSpan): number {
    const lines = this.lines.slice(span.start, span.end).map((l) => l.text);
    this.push({ kind: 'title', text: joinWrappedLines(lines, this.lexicon) });
    this.frontMatter = true;
    return span.end - span.start;
  }

  private bareNumber(text: string): PendingNumber | null {
    const bare = matchBareSectionNumber(text);
    return bare && { ...bare, written: text };
  }

  private isShort(line: string): boolean {
    return this.headings.isShort(line);
  }

  /** Pushes a heading found by the heading reader: the front matter is over. */
  private pushHeading(found: FoundHeading | null): number {
    if (found === null) return 0;
    this.frontMatter = false;
    this.push(found.block);
    return found.taken;
  }

  private flushPendingNumber(): void {
    if (this.pendingNumber === null) return;
    this.flushParagraph(false);
    this.segments.push({
      kind: 'paragraph',
      lines: [this.pendingNumber.written],
      openStart: false,
      openEnd: false,
      inBody: false,
    });
    this.pendingNumber = null;
  }

  /**
   * Does this line open an item of a list in running text (`1. …`, `2) …`, `• …`), so that it
   * starts a paragraph of its own? Only inside a list: after a colon, after another item, or
   * before one.
   */
  private startsListItem(line: string, k: number, b: number): boolean {
    if (!opensListItem(line)) return false;
    const next = k + 1 < b ? this.text(k + 1) : '';
    return (
      /:$/.test(this.paragraph[this.paragraph.length - 1] ?? '') ||
      opensListItem(this.paragraph[0] ?? '') ||
      opensListItem(next)
    );
  }

  /**
   * Inside a chunk: does the paragraph end after `line` (a short line ending a sentence)? A note
   * of the article's metadata (`CITATION` / `Wright JJ … agency.` / `Front. Syst. Neurosci. …`),
   * set in a narrow side column, is one paragraph up to a line opening a label of its own.
   */
  private endsParagraphInside(line: string, next: string): boolean {
    if (!this.isShort(line)) return false;
    if (
      opensMetadataNote(this.paragraph[0] ?? '') &&
      !RUN_IN_LABEL.test(next) &&
      !opensMetadataNote(next)
    )
      return false;
    if (this.frontMatter) return !endsMidSentence(line);
    return endsSentence(line) && startsCapitalized(next);
  }
}
