/**
 * The headings of a plain-text paper, for the text parser (`text-blocks.ts`): the title at the
 * top, numbered headings (`2.1 Data`, in sequence), appendix headings numbered with a letter
 * (`A. Proofs`), a number left on a line of its own before its title, and unnumbered ones
 * (`Acknowledgements`, `INTRODUCTION`), each possibly wrapped over two lines. It finds them and
 * keeps the numbering in sequence; the parser decides what they end. Pure.
 */
import { opensNumberingAfterUnnumbered } from './numbering-opens';
import { isArticleLabel } from './article-labels';
import { asideKindOf, isCaptionLine } from './aside-blocks';
import { endsCapsTitle } from './caps-title-rest';
import { continuesCaption } from './caption-continuation';
import { textColumns, UNSPACED_LETTERS } from './text-width';
import { endsStatement } from './question-titles';
import { wordsReadAs } from './spaced-capitals';
import {
  AppendixSequence,
  HeadingSequence,
  isAbstractTitle,
  isKnownSectionTitle,
  matchBibliographyHeading,
  type NumberedHeading,
  opensSubsection,
  splitAbstractLeadIn,
  splitLetteredNumber,
  splitSectionNumber,
} from './headings';
import { joinWrappedLines, type Lexicon } from './hyphenation';
import {
  endsMidSentence,
  endsSentence,
  FULL_LINE_RATIO,
  isAllCaps,
  isCodeNameTitle,
  isTitleLike,
  SHORT_LINE_RATIO,
  startsCapitalized,
  MAX_TITLE_CHARS,
  startsLowercase,
  startsWithCodeName,
} from './line-signals';
import { isArxivStamp, type SourceLine } from './normalize-text';
import { headingBlock, type RawBlock } from './raw-block';
import { matchEntryMarker } from './reference-entries';

/** A heading's first line at least this fraction of the width may have wrapped onto a second. */
const WRAPPED_HEADING_RATIO = 0.6;
/** Unnumbered headings of a paper's front matter, read before numbered sections too. */
const FRONT_MATTER_HEADING =
  /^(?:abstract|summary|key\s?words|index terms|ccs concepts|categories and subject descriptors|general terms|highlights|(?:table of )?contents)\b/i;

/**
 * A figure's sub-caption (`(a) TAPAS predicts …`), or a figure's caption with no stop after its
 * number (BMC's `Figure 1 Patient flow …`).
 */
const SUB_CAPTION = /^(?:\([a-h]\)|(?:Figure|FIGURE|Fig\.)\s\d{1,3})\s+\p{Lu}/u;
/** A table's caption, in the languages papers print (`Table 2.`, `Tabela 5 –`, `Tabelle 3:`). */
const TABLE_CAPTION =
  /^(?:Table|TABLE|Tab\.|Tabela|Tabla|Tableau|Tabelle|Tabella)\s*(?:[A-Z]\.?)?\d{1,3}[a-z]?(?:[.:|]|\s[–—-])\s/;
/** Lines read on from a list's item `(a) …` for its `(b) …`. */
const LIST_ITEM_REACH = 8;
/** Lines read back from a capitals line for a table's caption over it (a caption over two, a row of column heads). */
const TABLE_CAPTION_REACH = 3;
/** Most words in an appendix heading numbered with a letter (`A. Proofs of the lemmas`). */
const MAX_LETTERED_WORDS = 12;
/** A month and a year, the rest of a date after its day (`DECEMBER 1968`, `Sept. 2021`). */
const DATE_AFTER_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:1[5-9]|20)\d\d$/i;
/** A chapter's label opening a title: `第 1 章`, `第2节`, `Chapter 3`, `CHAPTER 3`. */
const CHAPTER_LABEL = /^(?:第\s*[\d一二三四五六七八九十]+\s*[章节節部篇]|(?:Chapter|CHAPTER)\s+\d)/;
/** Most lines of a heading cut in words at each line's end (see `cutChain`). */
const MAX_CUT_CHAIN = 3;
/** Most words in a numbered heading set in capitals over two or three lines (`capsChain`). */
const MAX_CAPS_CHAIN_WORDS = 18;
/** Most words in an undotted numbered heading that fills its line (see `wholeBlockHeading`). */
const MAX_WHOLE_BLOCK_WORDS = 12;
/** A relation or operator: a line holding one is a display equation (`ΨW = Ψ ◦ W`), not a heading. */
const EQUATION_SIGN = /[=<>+×∗◦∘·≤≥≈∝∑∏∫√]/;
/** Most words in an unnumbered all-caps heading (`ULTRA LIGHT BOSONS AS DARK MATTER`). */
const MAX_CAPS_HEADING_WORDS = 10;
/** An equation's number at a line's end (`E Z 1:0 K PN (4)`): the line is an equation's. */
const EQUATION_NUMBER_END = /\(\d{1,3}[a-z]?\)$/;
/** A word of prose: two letters or more, with nothing but punctuation around them. */
const PROSE_WORD = /^["“‘(]?\p{L}[\p{L}'’-]+[.,;:)"”’]*$/u;

/**
 * Does a line read as words, as the text under a heading does: most of its tokens words, not
 * numbers and symbols (`Overall acc. 93.1% 98.3% 92.9%`, a table's row; `iK₁ðOi KOÞ²`, a formula)?
 */
export function readsAsWords(line: string): boolean {
  const tokens = line.split(/\s+/).filter((t) => t !== '');
  return tokens.filter((t) => PROSE_WORD.test(t) || CJK_PROSE.test(t)).length * 2 > tokens.length;
}

/**
 * Words of Chinese or Japanese, which are set without spaces: a run of ideographs or kana (two or
 * more) with the full-width punctuation of a sentence among them.
 */
const CJK_PROSE = new RegExp(
  `^(?=.*[${UNSPACED_LETTERS}]{2})[\\p{L}\\p{N}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’()·-]+$`,
  'u',
);

/** A line of an axis's numbers only (`100`, `0 50 100`, `1* 2* 4 8`: starred, as some charts mark). */
const AXIS_TICKS = /^[-−+]?\d+(?:[.,]\d+)?[*%]?(?:\s+[-−+]?\d+(?:[.,]\d+)?[*%]?)*$/;
/**
 * Signs of a formula no section's title is written with: brackets, arrows, sets, and math letters,
 * a run of which (`𝑀𝑆𝐸`) counts as one sign.
 */
const FORMULA_SIGN = /[〈〉⟨⟩↣→⇒⇔↦⊎∪∩∈∉∀∃∅⊆⊂⊢⊨]|[\u{1D400}-\u{1D7FF}]+/gu;
/** The signs of {@link FORMULA_SIGN} that no title's name is: brackets, arrows, sets. */
const FORMULA_OPERATOR = /[〈〉⟨⟩↣→⇒⇔↦⊎∪∩∈∉∀∃∅⊆⊂⊢⊨]/u;
/** A title holding this many formula signs is a formula (`X → Y` in a title is one). */
const MIN_FORMULA_SIGNS = 3;
/**
 * A title's formula signs, or 0 when none is a bracket, arrow or set sign: math letters alone name
 * what a section is about (`2 The 𝑀𝑆𝐸 loss`, `2 Estimating 𝛼, 𝛽 and 𝛾`).
 */
const formulaSigns = (title: string): number =>
  FORMULA_OPERATOR.test(title) ? (title.match(FORMULA_SIGN)?.length ?? 0) : 0;
/** A contents entry's dot leader and page number (`ωt. . . 39`, `Methods ........ 12`). */
const DOT_LEADER = /(?:\.\s?){3,}\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/;
/** A measurement (`6.2`, `87.0`, `1,24`) or a percentage: a table's cells or an axis's ticks. */
const MEASURE = /\d[.,]\d|\d\s?%/;
/** A table or figure's label on its own (`TABLE IV`, `FIGURE 2`, an OCR layer's `FIGURE1`): a caption's start, not a section. */
const FLOAT_LABEL = /^(?:TABLE|FIGURE|FIG\.?)(?:\s+[IVXLC\d]+|\s*\d+)[.:]?$/;
/**
 * A statement's run-in label left on a line of its own (`THEOREM`, `LEMMA 3.`, an OCR layer
 * breaking `THEOREM 1. No consensus protocol …` after its first word): the statement's, not a
 * section's title.
 */
const STATEMENT_LABEL =
  /^(?:THEOREM|LEMMA|COROLLARY|PROPOSITION|DEFINITION|CONJECTURE)(?:\s+[\dIVX]+(?:\.\d+)*)?[.:]?$/;
/** A token that is a number (`2010`, `93`, `(4)`), or bare punctuation (`.`, `!`). */
const NUMBER_TOKEN = /^\P{L}*\d\P{L}*$/u;
const PUNCTUATION_TOKEN = /^[.,;!?]$/;

/**
 * Could an all-caps line standing alone be a section's heading, rather than the text of a figure
 * or table set apart from the prose (`CD DT 6.2`, `SIZE SIZE`, `1R 2R 2L`, `(FIGURE)`, `TABLE IV`,
 * a running head `FALL 2010 93`)? A heading has a word of three letters or more, no measurement,
 * at most one number, no bare punctuation, no word printed twice side by side (labels of plots
 * set next to each other), and is neither in parentheses nor a table's label.
 */
export function readsAsCapsHeading(line: string): boolean {
  if (MEASURE.test(line) || /^\(.*\)$/.test(line) || FLOAT_LABEL.test(line)) return false;
  if (STATEMENT_LABEL.test(line)) return false;
  const tokens = line.split(/\s+/).filter((t) => t !== '');
  if (tokens.filter((t) => NUMBER_TOKEN.test(t)).length > 1) return false;
  if (tokens.some((t) => PUNCTUATION_TOKEN.test(t))) return false;
  if (!tokens.some((t) => /\p{L}{3}/u.test(t))) return false;
  return !tokens.some((t, i) => i > 0 && t === tokens[i - 1]);
}

/** Cells under a section's name that make it a table's column head ({@link HeadingReader}.isUnnumbered). */
const COLUMN_CELLS = 3;
/** Most words of a table's cell or a figure's label standing on its own line (`Yes (HPGPoN)`). */
const MAX_CELL_WORDS = 3;

/** A section's name that also heads a table's column of names (the methods compared). */
const COLUMN_HEAD = /^(?:Methods?|Models?|Approach(?:es)?|Systems?|Baselines?|Datasets?|Tasks?)$/i;

/**
 * A line in capitals opening with `AND` (or `&`): a byline's last author set on a line of his own
 * (`AND MARK VOGELSBERGER⁷`, AASTeX's capitals): never a section's heading.
 */
const BYLINE_LAST_AUTHOR = /^(?:AND|&)\s/;
/**
 * A line in capitals opening with `BY` (`BY AUBHIK KHAN AND JULIA K. THOMAS¹`, Econometrica's
 * byline) before the first section's heading; after it, a heading (`BY THE NUMBERS`).
 */
const BYLINE = /^BY\s/;

/** A word naming an institution, as affiliations print it; no first section's title holds one. */
const INSTITUTION =
  /\b(?:Universit(?:y|ät|é|à|eit|at|ad|ade)|Institut(?:e|o)?|Department|Laboratory|College|Faculty|Hospital)\b/;

/** An e-mail address: a byline's affiliation line holds one, a heading never does. */
const E_MAIL = /[\w.+-]@[\w-]+\.\w/;

/** A heading's line cut after one of these words goes on: `A.2 Additional Protocols and` / `Utilities`. */
export const OPEN_ENDING = /\s(?:a|an|and|at|by|for|from|in|into|of|on|or|the|to|via|with)$/i;
/** A heading's first line at least this fraction of the width may go on past a blank line. */
const CUT_HEADING_RATIO = 0.3;
/** Most words of a heading's rest after a blank line (`CITATIONS`, `EXPOSITORY WRITING`). */
const MAX_REST_WORDS = 4;
/** … or of a question's rest (`ability to identify relevant information?`). */
const MAX_QUESTION_REST_WORDS = 8;

/** A heading (or the title) found at a line, and how many lines it takes. */
export interface FoundHeading {
  block: RawBlock;
  taken: number;
}

/** A section number standing alone on its line, waiting for its title on the next. */
export interface PendingNumber {
  number: string;
  parts: number[];
  written: string;
}

/** Longest title a paper's first line standing alone may be: long titles of medical journals. */
const MAX_LONG_TITLE_CHARS = 320;
const MAX_LONG_TITLE_WORDS = 48;
/** Fewer words than this end no title with a period: `I.` is a section number. */
const MIN_LONG_TITLE_WORDS = 3;

/**
 * Is a first line standing alone (as the PDF layout puts the title it found) a title, though it
 * is longer than a heading (`Understanding the barriers to … in Lilongwe, Malawi`, 30 words) or
 * ends with a species authority's period (`… of Phoenix paludosa Roxb.`)? A sentence is not.
 */
function isLongTitleAlone(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (
    text.length > MAX_LONG_TITLE_CHARS ||
    words > MAX_LONG_TITLE_WORDS ||
    words < MIN_LONG_TITLE_WORDS
  )
    return false;
  if (!/^["“‘(]?[\p{Lu}\d]/u.test(text) || /[,;:]$/.test(text)) return false;
  return !text.endsWith('.') || /(?:^|\s)\p{Lu}\p{Ll}{0,4}\.$/u.test(text);
}

/**
 * The version status F1000Research and its sister journals print after a title (`[v2; ref status:
 * indexed, http://f1000r.es/4fj]`, `[version 1; peer review: 2 approved]`): no part of the title.
 */
export const VERSION_STATUS = /\s*\[(?:v|version\s?)\d+;[^\]]*\]$/i;

/**
 * The kind of study a medical title names after a full stop (`… susceptibility. A meta-analysis`,
 * `… in adults. A randomised controlled trial`): a title's last phrase, not a second sentence.
 */
const STUDY_TYPE_END =
  /[.!]\s+An?\s+(?:[\p{L}-]+\s+){0,5}(?:meta-analysis|analysis|review|study|trial|report|survey|series|protocol|overview)$/u;

/** A web or mail address, or a DOI: a masthead's line, never a title's. */
const ADDRESS = /(?:^|\s)(?:https?:|www\.|doi:)|@\w/i;
/** A line of a title ending in a word that cannot end one (`… Scientific Papers with`). */
const OPEN_END = /\s(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|using|via|with)$/i;

/** Lines looked back over for a caption a line may go on with. */
const MAX_CAPTION_LINES = 8;
/** Most lines of page furniture passed over above a title. */
export const MAX_LINES_ABOVE_TITLE = 2;

/**
 * A journal's volume and issue (`Econometrica, Vol. 76, No. 2 (March, 2008), 395–436`, `Vol 12,
 * Issue 3`): the masthead's citation line, printed over the title.
 */
const VOLUME_ISSUE = /\b(?:Vol|Volume)\.?\s*\d+,?\s+(?:No|Nr|Issue|Iss)\.?\s*\d+/i;
/**
 * Is a paper's first line furniture rather than its title: a journal's label or badge
 * (`RESEARCH ARTICLE`), a page code or running head with its page number, of one word (`GE98`,
 * `272 Notes`), an archive's stamp with a web address (`Version of Record: https://www.
 * sciencedirect.com/…`), or a journal's volume and issue? A one-word title (`Marginalia`) has no digit, and no title a web address.
 */
export function isTitleFurniture(line: string): boolean {
  line = line.replace(VERSION_STATUS, '');
  if (isArticleLabel(line) || /https?:\/\//.test(line) || VOLUME_ISSUE.test(line)) return true;
  if (!/\d/.test(line) || !/^[\p{Script=Latin}\P{L}]+$/u.test(line)) return false;
  return line.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 2;
}

/** A line that opens an abstract or a section, or names an article's kind: never a title. */
const isNoTitleLine = (text: string): boolean =>
  splitAbstractLeadIn(text) !== null ||
  splitSectionNumber(text) !== null ||
  matchBibliographyHeading(text) !== null ||
  isArticleLabel(text);

/** Does the text open more round brackets than it closes? */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A line opening with section II (`II. Methods`): the paper numbers its sections in Roman
 * numerals. Made once: a pattern written inside the test was a new object for every line.
 */
const ROMAN_TWO_HEAD = /^II\.\s/;

/** Finds headings in a text's lines, keeping their numbering in sequence. */
export class HeadingReader {
  private readonly sequence = new HeadingSequence();
  private readonly appendices = new AppendixSequence();
  /** The Roman section whose lettered subsections were read last, and its last letter (`A` = 1). */
  private letters = { section: '', last: 0 };
  /**
   * The Roman section read last when an appendix's heading was read (`APPENDIX I: DATA` after `V.
   * CONCLUSION`), or undefined before one: lettered headings after it are the appendix's, not the
   * section's subsections, until another Roman section is read.
   */
  private appendixAfter: string | null | undefined;

  /** An appendix's heading was read (`Appendix`, `APPENDIX I: DATA`). */
  openAppendix(): void {
    this.appendixAfter = this.sequence.romanSection;
    this.backMatter = true;
  }

  /**
   * The references' or an appendix's heading was read: appendices lettered without a dot (`A
   * Bootstrap analysis`) may follow.
   */
  private backMatter = false;

  /** The references' heading was read (see `backMatter`). */
  openBackMatter(): void {
    this.backMatter = true;
  }

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly width: number,
    private readonly lexicon: Lexicon,
  ) {
    this.sequence.romanTwoAhead = lines.some((line) => ROMAN_TWO_HEAD.test(line.text));
  }

  private text(i: number): string {
    return this.lines[i]?.text ?? '';
  }

  /** Is the line shorter than `ratio` of the text's typical line? */
  isShort(line: string, ratio = SHORT_LINE_RATIO): boolean {
    // A line is at least as wide as it is long: a line of running text is told by its length,
    // without looking for wide characters in it.
    const most = ratio * this.width;
    return line.length < most && textColumns(line) < most;
  }

  /** Can `next` be the second line of a heading wrapped after `line`? */
  /** Is line `k + 1` the short end of a title cut on line `k` (`ELMo?`, `information?`)? */
  private endsTitle(k: number, b: number): boolean {
    const next = k + 1 < b ? this.text(k + 1) : null;
    if (next === null || !this.isShort(next) || matchEntryMarker(next) !== null) return false;
    return !endsSentence(next) || next.endsWith('?');
  }

  private wrapsOnto(line: string, k: number, b: number): boolean {
    const next = k + 1 < b ? this.text(k + 1) : null;
    // A word cut by a hyphen (`EFFICIENT SO-` / `LUTION`) goes on however short the line is.
    const cutWord = /\p{L}-$/u.test(line);
    if (next === null || (!cutWord && this.isShort(line, WRAPPED_HEADING_RATIO))) return false;
    if (!this.isShort(next, WRAPPED_HEADING_RATIO) || endsStatement(next) || /[,;]$/.test(next))
      return false;
    // A question after a question or a colon (`… research questions:` / `1. How …` / `…merged?` /
    // `2. Do …` / `…project?`): an item of a list of questions, not a heading.
    if (next.endsWith('?')) {
      let p = k - 1;
      while (p >= 0 && this.text(p).trim() === '') p--;
      if (p >= 0 && /[?:]$/.test(this.text(p).trim())) return false;
    }
    if (matchEntryMarker(next) !== null) return false;
    // `II. CODE STRUCTURE AND DESIGN PRINCIPLES` / `A. Code Structure`: a subsection under it.
    if (splitSectionNumber(next) !== null || splitLetteredNumber(next) !== null) return false;
    const after = k + 2 < b ? this.text(k + 2) : null;
    return after === null || !this.isShort(after);
  }

  /**
   * The line that ends a numbered heading standing alone in the chunk ending at `b`, when the PDF
   * layout set the heading's second line apart (`5 STUDY 1: DISCOVER RELEVANT` / blank /
   * `CITATIONS`, a hanging indent read as a paragraph): the next line is short and goes on in
   * capitals after an all-caps title, or follows a title cut after `and`, `of`, `with`. Or null.
   */
  private restPastBlank(line: string, title: string, b: number): number | null {
    const next = b + 1;
    const rest = this.text(next);
    if (this.text(b) !== '' || rest === '' || this.isShort(line, CUT_HEADING_RATIO)) return null;
    // A question's title ends with its mark (`Are pre-trained vectors necessary with` / `ELMo?`).
    const question = OPEN_ENDING.test(title) && rest.endsWith('?');
    if (
      rest.split(/\s+/).length > (question ? MAX_QUESTION_REST_WORDS : MAX_REST_WORDS) ||
      (endsSentence(rest) && !question) ||
      /[,;]$/.test(rest)
    )
      return null;
    if (splitSectionNumber(rest) !== null || isKnownSectionTitle(rest)) return null;
    const caps = isAllCaps(title) && isAllCaps(rest);
    return caps || question || (OPEN_ENDING.test(title) && isTitleLike(rest)) ? next : null;
  }

  /**
   * The title the PDF layout found by its type at line `k` (`SourceLine.title`), taken as it is
   * though its words read as sentences (`Zur Hydrolyse von … . Die Kristallstruktur von …`, `… in
   * the rat.`): null when the line is not marked, names a section or an abstract, or is a word or
   * two (all a scan's title left to read may be its `the`: the text's own test judges those).
   */
  layoutTitle(k: number): FoundHeading | null {
    const line = this.lines[k];
    if (line?.title !== true) return null;
    const text = line.text.replace(VERSION_STATUS, '');
    const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (
      words < MIN_LONG_TITLE_WORDS ||
      text.length > MAX_LONG_TITLE_CHARS ||
      isNoTitleLine(text) ||
      isKnownSectionTitle(text)
    )
      return null;
    return { block: { kind: 'title', text: line.text }, taken: 1 };
  }

  /** The paper's title at line `k` of the chunk ending at `b`, or null. */
  title(k: number, b: number): FoundHeading | null {
    const text = this.text(k).replace(VERSION_STATUS, '');
    const next = k + 1 < b ? this.text(k + 1) : null;
    if (isNoTitleLine(text)) return null;
    const titleLike = isTitleLike(text) || (next === null && isLongTitleAlone(text));
    const goesOn =
      next !== null && (startsLowercase(next) || OPEN_END.test(text)) && this.titleGoesOn(k, b);
    if (
      isKnownSectionTitle(text) ||
      !titleLike ||
      (next !== null && startsLowercase(next) && !goesOn)
    )
      return null;
    // A sentence ending inside the line: running text, not a title. A question or an exclamation
    // may open a title whose subtitle follows (`Are Emily and Greg More Employable Than Lakisha
    // and Jamal? A Field Experiment on …`, `My Heart Skipped a Beat! Recognizing Expressions of
    // …`), when no full stop ends the line.
    if (/\p{Ll}\.\s+["“]?\p{Lu}/u.test(text.replace(STUDY_TYPE_END, ''))) return null;
    if (/\p{Ll}[?!]\s+["“]?\p{Lu}/u.test(text) && /[.!?]$/.test(text)) return null;
    if (!this.isShort(text, FULL_LINE_RATIO) && next !== null && !this.isShort(next)) return null;
    const third = goesOn && k + 2 < b && startsLowercase(this.text(k + 2));
    const caps = this.capsTitleLines(k, b);
    // `… AND THE` / blank / `LIQUIDITY TRAP∗`: the title's last line set apart (caps-title-rest.ts).
    const rest = b < this.lines.length && this.text(b) === '' ? b + 1 : -1;
    const past =
      caps === 1 &&
      next === null &&
      rest > 0 &&
      rest < this.lines.length &&
      endsCapsTitle(
        text,
        this.text(rest),
        rest + 1 < this.lines.length ? this.text(rest + 1) : null,
      );
    const taken = past
      ? rest - k + 1
      : caps > 1
        ? caps
        : third
          ? 3
          : goesOn || this.wrapsOnto(text, k, b)
            ? 2
            : 1;
    const lines = this.lines
      .slice(k, k + taken)
      .map((l) => l.text)
      .filter((l) => l !== '');
    return { block: { kind: 'title', text: joinWrappedLines(lines, this.lexicon) }, taken };
  }

  /**
   * Does a title's first line go on in the next, which opens lower-case (`An Aggregated
   * Multicolumn Dilated Convolution Network` / `for Perspective-Free Counting`) or follows a word
   * no title ends with (`… Scientific Papers with` / `Persistent and …`)? The next line is short,
   * a phrase of a title (no sentence, no trailing comma, no address), and the line after it, if
   * any, does not go on again in lower case (a paragraph's lines would).
   */
  private titleGoesOn(k: number, b: number): boolean {
    const text = this.text(k);
    const next = this.text(k + 1);
    const after = k + 2 < b ? this.text(k + 2) : null;
    return (
      !/[.,;:]$/.test(text) &&
      !ADDRESS.test(next) &&
      !isArxivStamp(next) &&
      this.isShort(next) &&
      next.length <= MAX_TITLE_CHARS &&
      !endsSentence(next) &&
      !/[,;:]$/.test(next) &&
      !/\p{Ll}[.!?]\s/u.test(next) &&
      (after === null || !startsLowercase(after) || this.endsTitleChunk(k + 2, b))
    );
  }

  /**
   * The lines of a title set in capitals and wrapped over its whole chunk, two or three (`MÉTODOS DE
   * MACHINE LEARNING PARA` / `RECONCILIAÇÃO ÓTIMA DE SÉRIES` / `TEMPORAIS HIERÁRQUICAS E
   * AGRUPADAS` on a thesis cover): each line short, in capitals, no sentence; else 1.
   */
  private continuesCaption(k: number): boolean {
    const from = Math.max(0, k - MAX_CAPTION_LINES);
    const lines = this.lines.slice(from, k + 1).map((l) => l.text);
    return continuesCaption(lines, k - from);
  }

  private capsTitleLines(k: number, b: number): number {
    if (b - k < 2 || b - k > 3) return 1;
    for (let i = k; i < b; i++) {
      const line = this.text(i);
      if (!isAllCaps(line) || !this.isShort(line) || endsSentence(line) || /[,;:]$/.test(line))
        return 1;
    }
    return b - k;
  }

  /**
   * Is line `k` the third and last line of a title standing alone in its chunk (`Minimization of
   * prediction errors` / `during cerebral embryogenesis` / `and the emergence of agency`): the
   * chunk ends with it, and it is short, a phrase, no sentence?
   */
  private endsTitleChunk(k: number, b: number): boolean {
    const line = this.text(k);
    return (
      k + 1 === b &&
      this.isShort(line) &&
      line.length <= MAX_TITLE_CHARS &&
      !endsSentence(line) &&
      !/[,;:]$/.test(line) &&
      !ADDRESS.test(line)
    );
  }

  /** The heading a section number left on its own line opens with `text` as its title, or null. */
  pending(pending: PendingNumber, text: string): RawBlock | null {
    if (
      // `0.04` / blank / `0.12`: a chart's axis numbers, not a heading; a title has words.
      !/\p{L}/u.test(text) ||
      !isTitleLike(text) ||
      !this.isShort(text) ||
      !this.sequence.fits(pending.parts, 1, pending.number)
    )
      return null;
    this.sequence.accept(pending.parts, pending.number);
    const role = isAbstractTitle(text) ? 'abstract' : 'section';
    return headingBlock(pending.number, text, role, `${pending.written} `);
  }

  /**
   * `A. Proofs`, `B.2 Data` after the body's sections: an appendix heading, when it stands alone
   * (wrapped or not) between blank lines and its letter comes next in sequence.
   */
  lettered(k: number, a: number, b: number): FoundHeading | null {
    const text = this.text(k);
    const heading = k === a ? splitLetteredNumber(text, this.backMatter) : null;
    if (heading === null || !isTitleLike(heading.title)) return null;
    const wrapped = this.wrapsOnto(text, k, b) ? 2 : 1;
    // IEEE: under a Roman section (`III. METHOD`), `A. Two-Pass …` is its subsection, lettered
    // from `A` again in each section; after the body's sections, a letter is an appendix's.
    const roman = this.sequence.romanSection;
    // In a paper of Roman sections, the appendix's heading (`APPENDIX I: DATA`) heads its lettered
    // parts, one level down, as a section heads its subsections.
    const inAppendix = roman !== null && roman === this.appendixAfter;
    const section = inAppendix ? null : roman;
    const letter = heading.parts[0] ?? 0;
    const subsection =
      section !== null &&
      heading.parts.length === 1 &&
      // `A` again under the same number: the section between was missed (`III.` lost), not a list.
      (letter === 1 || (this.letters.section === section && letter === this.letters.last + 1));
    if (k + wrapped !== b || (!subsection && !this.appendices.fits(heading.parts))) return null;
    const rest = wrapped === 1 ? this.restPastBlank(text, heading.title, b) : null;
    const taken = rest === null ? wrapped : rest - k + 1;
    const title = joinWrappedLines(
      [heading.title, ...this.lines.slice(k + 1, k + taken).map((l) => l.text)].filter(Boolean),
      this.lexicon,
    );
    if (title.split(/\s+/).length > MAX_LETTERED_WORDS) return null;
    const prefix = text.slice(0, heading.titleOffset).replace(/\s+$/, ' ');
    if (subsection && section !== null) {
      this.letters = { section, last: letter };
      const number = `${section}.${heading.number}`;
      return { block: headingBlock(number, title, 'section', prefix), taken };
    }
    this.appendices.accept(heading.parts);
    const block = headingBlock(heading.number, title, 'section', prefix);
    if (inAppendix && block.kind === 'heading') block.level += 1;
    return { block, taken };
  }

  /**
   * The number after the last item of a numbered run of leads that were not headings (`1.
   * Data.` inside section 1): the next item of that list is not a heading either.
   */
  private leadListNext: string | null = null;
  /** A numbered heading run in at a paragraph's start was read (see `runIn`). */
  private runInRead = false;
  /**
   * An unnumbered section heading was read (`Introduction`, not the abstract's): the paper's
   * sections are not numbered, so a run-in `1.` after it is a list's item, not section 1.
   */
  private unnumberedRead = false;
  /** How many such unnumbered section headings were read (see `unnumberedRead`). */
  private unnumberedCount = 0;

  /** Note a heading read (see `unnumberedRead`). */
  noteHeading(block: RawBlock): void {
    if (
      block.kind === 'heading' &&
      block.number === null &&
      block.role === 'section' &&
      !FRONT_MATTER_HEADING.test(block.text.slice(block.titleOffset))
    ) {
      this.unnumberedRead = true;
      this.unnumberedCount++;
    }
  }

  /**
   * A numbered heading run in at the start of a paragraph, set in its own type as the PDF layout
   * marked it (SIAM's and AMS's `1. Introduction. Gels are …`, `5.2.1. The equilibrium case.
   * Suppose …`): its number comes next in sequence (the first is `1` or `1.1`), its title is a
   * few words opening in a capital. Returns the heading and the text that goes on after it, or
   * null. Numbered items of a list set so (`1. Data. We …` inside a section) do not come next.
   * Left unsolved: a list whose next item has the next section's number (`1. Data.`, `2. Loss.`
   * in section 2, then `3. Results.`) keeps it; only the fonts could tell them apart.
   */
  runIn(k: number): { block: RawBlock; rest: string } | null {
    const line = this.lines[k];
    const lead = line?.lead;
    if (line === undefined || lead === undefined) return null;
    const leadText = line.text.slice(0, lead).trim();
    // The heading ends with its own stop (`1. Introduction.`); `1. First, we …` is a sentence.
    if (!/[.:]$/.test(leadText)) return null;
    const heading = splitSectionNumber(leadText.replace(/[.:]$/, ''));
    const rest = line.text.slice(lead).trim();
    if (heading === null || rest === '' || heading.number === '') return null;
    const title = heading.title.trim();
    if (
      !isTitleLike(title) ||
      title.split(/\s+/).length > MAX_LETTERED_WORDS ||
      !heading.parts.every((n) => n >= 1)
    )
      return null;
    const fits = this.sequence.started
      ? this.sequence.fits(heading.parts, 0, heading.number, heading.dotted)
      : !this.unnumberedRead && heading.parts.every((n) => n === 1);
    const listed = this.leadListNext === heading.number;
    if (!fits || listed) {
      const parts = [...heading.parts];
      parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
      this.leadListNext = parts.join('.');
      return null;
    }
    this.leadListNext = null;
    this.runInRead = true;
    this.sequence.accept(heading.parts, heading.number);
    const prefix = line.text.slice(0, heading.titleOffset).replace(/\s+$/, ' ');
    return { block: headingBlock(heading.number, title, 'section', prefix), rest };
  }

  /** Does line `k` open with a numbered heading run in before its text (see `runIn`)? */
  private runsIn(k: number): boolean {
    const line = this.lines[k];
    if (line?.lead === undefined) return false;
    const head = splitSectionNumber(line.text.slice(0, line.lead).trim());
    return head !== null && /\p{L}/u.test(head.title) && line.text.slice(line.lead).trim() !== '';
  }

  /** `2. Method`, `2.1 Data` in sequence (wrapped or not), not an item of a numbered list. */
  numbered(k: number, a: number, b: number): FoundHeading | null {
    const text = this.text(k);
    const split = splitSectionNumber(text);
    if (split === null || this.runsIn(k)) return null;
    // Where headings run in with their stop (`1. Introduction. Gels …`), a section that opens
    // straight onto its first subsection stands alone with it (`5. Electroneutral limit.`).
    const heading =
      this.runInRead && k + 1 === b && /[^.]\.$/.test(split.title)
        ? { ...split, title: split.title.slice(0, -1) }
        : split;
    // `3.1. readData`: a section titled after a function opens in lower case, and so may the
    // paragraph after it (`readData takes a path…`).
    const codeName = heading.dotted && isCodeNameTitle(heading.title);
    // `0.5 0.25`: an axis's numbers, not a heading; a title has words.
    if (!codeName && (!isTitleLike(heading.title) || !/\p{L}/u.test(heading.title))) return null;
    // `2 4S 2 2D`: a table's head row of terms' labels (raised numbers flattened), no word of it
    // opening with a letter; a section's title holds a word, or a name (`5.4 F1`, `3 R`).
    if (!/(?:^|\s)\p{L}/u.test(heading.title)) return null;
    // `6 ELDA/ELRA, Paris, France (moreau@elda.org)`: an affiliation under its author's number.
    if (E_MAIL.test(heading.title)) return null;
    // `13 DECEMBER 1968`, `5 May 2021`: a day, its month and year, a dated running head or foot
    // (Science prints the issue's date at the foot of its pages), not a section.
    if (heading.parts.length === 1 && DATE_AFTER_DAY.test(heading.title)) return null;
    // `2   第 1 章 はじめに`, `12 Chapter 3 Methods`: a page's number before its chapter's title, a
    // running head, not a section numbered twice.
    if (CHAPTER_LABEL.test(heading.title)) return null;
    // `4.1 Transition rules … ωt. . . 39`: an entry of a list of figures or contents, its dot
    // leader and page number (alone, too few for a run of contents), not a section.
    if (DOT_LEADER.test(heading.title)) return null;
    // `6. Pop 〈∅, 𝔸, 𝕊〉n ↣ 〈∅, 𝔸〉n`: a numbered rule written as a formula, not a section.
    if (formulaSigns(heading.title) >= MIN_FORMULA_SIGNS) return null;
    // `1 Auckland University of Technology` under `Robin K. S. Hankin¹` (JOSS, JOSE): before the
    // first section, an institution under its author's number is the byline's, not a section.
    if (!this.sequence.started && INSTITUTION.test(heading.title)) return null;
    // `1 Year After Treatment Discharge` under `Table 2. … for Treatment Outcome`, in a paper whose
    // sections are unnumbered: the caption's last line, not section 1 (caption-continuation.ts).
    if (!this.sequence.started && this.unnumberedRead && this.continuesCaption(k)) return null;
    const prev = k > a ? this.text(k - 1) : null;
    const next = k + 1 < b ? this.text(k + 1) : null;
    // A numbered list is not a run of headings: its items sit next to each other. But a section's
    // first subsection may stand right under it (`2. Methods` / `2.1. Characterisation of …`).
    if (
      (prev !== null && matchEntryMarker(prev) && !opensSubsection(prev, heading)) ||
      (next !== null && /^\d{1,2}[.)]\s/.test(next))
    )
      return null;
    const opens = (line: string) =>
      startsCapitalized(line) || (codeName && startsWithCodeName(line));
    const standalone = k === a && (next === null || opens(next));
    if (
      !heading.dotted &&
      (!standalone || !this.isShort(text) || wordsReadAs(heading.title) > 8) &&
      !this.wholeBlockHeading(heading, k, k === a, b)
    )
      return null;
    if (!this.sequence.fits(heading.parts, standalone ? 2 : 0, heading.number, heading.dotted))
      return null;
    if (
      this.unnumberedRead &&
      !this.sequence.started &&
      !opensNumberingAfterUnnumbered(
        heading.parts,
        heading.title,
        heading.dotted,
        this.unnumberedCount,
      )
    )
      return null;
    // A title cut after `and` or inside brackets goes on on the next line when that line is short
    // (`5.7 Are pre-trained vectors necessary with` / `ELMo?`).
    const midPhrase = opensBracket(heading.title) || OPEN_ENDING.test(heading.title);
    const cut = this.cutChain(k, b) || (k === a ? this.capsChain(k, b) : 0);
    const wrapped =
      cut > 0
        ? cut
        : this.wrapsOnto(text, k, b) ||
            (midPhrase && this.endsTitle(k, b)) ||
            (k === a && this.wrapsInChunk(k, b))
          ? 2
          : 1;
    const after = k + wrapped < b ? this.text(k + wrapped) : null;
    if (after !== null && startsLowercase(after) && !opens(after)) return null;
    const rest = wrapped === 1 && k + 1 === b ? this.restPastBlank(text, heading.title, b) : null;
    const taken = rest === null ? wrapped : rest - k + 1;
    const title = joinWrappedLines(
      [heading.title, ...this.lines.slice(k + 1, k + taken).map((l) => l.text)].filter(Boolean),
      this.lexicon,
    );
    // `9. Sentence BERT Sentence BERT (Reimers and` / `Gurevych, 2019) is a …`: a numbered
    // paragraph whose run-in head the line goes on after. A title followed by more of its chunk
    // leaves no bracket open and ends on no `and` or `of` (alone in its chunk, its rest was lost).
    if (k + taken < b && (opensBracket(title) || OPEN_ENDING.test(title))) return null;
    this.sequence.accept(heading.parts, heading.number);
    const prefix = text.slice(0, heading.titleOffset).replace(/\s+$/, ' ');
    const role = isAbstractTitle(title) ? 'abstract' : 'section';
    return { block: headingBlock(heading.number, title, role, prefix), taken };
  }

  /**
   * Is an undotted numbered line as long as running text a heading all the same: the whole chunk
   * between blank lines (one line, or two when its title wraps), words with no sentence's end,
   * and the very next number in sequence (`3 Local Features for Synchronous CFGs` after section
   * 2, in a column it nearly fills)?
   */
  private wholeBlockHeading(
    heading: NumberedHeading,
    k: number,
    opensChunk: boolean,
    b: number,
  ): boolean {
    const text = this.text(k);
    const lines = b - k;
    const caps = opensChunk && this.capsChain(k, b) > 0;
    const cut = caps || this.cutChain(k, b) > 0;
    const wraps = this.wrapsOnto(text, k, b) || (opensChunk && this.wrapsInChunk(k, b));
    if (!cut && (lines > 2 || (lines === 2 && !wraps))) return false;
    const title = [heading.title, ...this.lines.slice(k + 1, b).map((l) => l.text)].join(' ');
    return (
      title.split(/\s+/).length <= (caps ? MAX_CAPS_CHAIN_WORDS : MAX_WHOLE_BLOCK_WORDS) &&
      !endsSentence(title) &&
      !/[,;:]$/.test(title) &&
      readsAsWords(title) &&
      this.sequence.fits(heading.parts, 0, heading.number, heading.dotted)
    );
  }

  /**
   * The lines of the chunk `[k, b)` when they are one title set in capitals over two or three
   * lines, as theses set a chapter's (`4 PREVISÕES DE SALDOS DE EMPRÉSTIMOS E FINAN-` /
   * `CIAMENTOS DO BANCO DO ESTADO DO ESPÍRITO` / `SANTO`): every line in capitals, none ending a
   * sentence or a clause. 0 when they are not.
   */
  private capsChain(k: number, b: number): number {
    const lines = b - k;
    if (lines < 2 || lines > MAX_CUT_CHAIN) return 0;
    for (let i = k; i < b; i++) {
      const line = this.text(i);
      if (!isAllCaps(line) || endsSentence(line) || /[,;:]$/.test(line)) return 0;
    }
    return lines;
  }

  /**
   * Is the chunk `[k, b)` one title of two lines, its second the first's last words (`2.2
   * Dendritic summation and pulse` / `generation`)? A heading set large in a narrow column fills
   * its line with half the characters of the text's lines, so its first line looks short. The
   * second is short too, ends no sentence or clause, and the whole reads as a title's words.
   */
  private wrapsInChunk(k: number, b: number): boolean {
    if (b !== k + 2) return false;
    const next = this.text(k + 1);
    if (
      !this.isShort(next, WRAPPED_HEADING_RATIO) ||
      endsStatement(next) ||
      /[,;:]$/.test(next) ||
      matchEntryMarker(next) !== null ||
      // `3. METHOD` / `3.1. Field model`: a section standing right over its first subsection.
      splitSectionNumber(next) !== null ||
      isKnownSectionTitle(next)
    )
      return false;
    const title = `${this.text(k)} ${next}`;
    return title.split(/\s+/).length <= MAX_WHOLE_BLOCK_WORDS && readsAsWords(title);
  }

  /**
   * The lines of the chunk `[k, b)` when they are one title cut in words at each line's end (`2
   * 智能制造装备视觉检测控制技术体系(Ma-` / `chine vision measurement and control tech-` /
   * `nical system)`): two or three lines, every one but the last ending in a word cut by a hyphen.
   * A bilingual heading in a narrow column fills its lines. 0 when they are not.
   */
  private cutChain(k: number, b: number): number {
    const lines = b - k;
    if (lines < 2 || lines > MAX_CUT_CHAIN) return 0;
    for (let i = k; i < b - 1; i++) if (!/\p{L}-$/u.test(this.text(i))) return 0;
    return lines;
  }

  /** `Acknowledgements` or `INTRODUCTION` standing alone: a section without a number. */
  isUnnumbered(k: number, a: number, b: number): boolean {
    const text = this.text(k);
    const next = k + 1 < b ? this.text(k + 1) : null;
    if (!isTitleLike(text) || !this.isShort(text) || isArticleLabel(text)) return false;
    // A section's name that heads a table's column of names (`Method`) over its rows is that
    // column's head (`Method` / `F1 Pre Rec F1` / `GPT-3.5 41.2 35.0`), a chunk of its own when
    // the table's rows stand apart. `Supplementary Materials` over a table is a section.
    if (isKnownSectionTitle(text) || isAbstractTitle(text))
      return (
        (next === null || startsCapitalized(next)) &&
        !this.headsColumn(text, k, b) &&
        !(b - a === 1 && COLUMN_HEAD.test(text) && this.headsTableRows(b))
      );
    return (
      b - a === 1 &&
      isAllCaps(text) &&
      readsAsCapsHeading(text) &&
      !BYLINE_LAST_AUTHOR.test(text) &&
      !(BYLINE.test(text) && !this.sequence.started && !this.unnumberedRead) &&
      !EQUATION_SIGN.test(text) &&
      !EQUATION_NUMBER_END.test(text) &&
      text.split(/\s+/).length <= MAX_CAPS_HEADING_WORDS &&
      this.proseFollows(b) &&
      !this.chartFollows(b) &&
      !this.goesOnInLowerCase(b) &&
      !this.amongCells(a, b) &&
      !this.inFigureOrTable(a, b)
    );
  }

  /**
   * Does the chunk `[a, b)` sit in a figure or a table: right over a figure's caption or
   * sub-caption (a chart's label, `HOME` / `Figure 1 Patient flow …`; `TABLEFORMER: 5:02` / `(a)
   * TAPAS predicts …`), or a few lines under a table's caption with no prose between (a cell,
   * `Tabela 5 – Resultados …` / `.model agregado …` / `RMSSE`)? A section's heading is followed
   * by its text, and a table's caption by its cells (a list of tables' entries by no cells).
   */
  private inFigureOrTable(a: number, b: number): boolean {
    const after = this.nonBlank(b, 1);
    if (after !== null && this.isFigureCaption(after)) return true;
    // Only a one-word line is a table's cell under its caption (`RMSSE`): a short table may end a
    // section, and the next section's heading come within reach (`STUDY LIMITATIONS`).
    if (/\s/.test(this.text(a).trim())) return false;
    let seen = 0;
    for (let i = this.nonBlank(a - 1, -1); i !== null && seen < TABLE_CAPTION_REACH; seen++) {
      const line = this.text(i);
      // Right under the caption is a list of tables' entry (`Tabela 32 – …` / `LISTA DE
      // SÍMBOLOS`), and so is a caption under an entry's page number (`… . . . 58`).
      if (TABLE_CAPTION.test(line)) return seen > 0 && !this.endsContentsEntry(i);
      if (endsSentence(line) && readsAsWords(line)) return false;
      i = i > 0 ? this.nonBlank(i - 1, -1) : null;
    }
    return false;
  }

  /**
   * Is line `i` a figure's caption or sub-caption (`Figure 1 Patient flow …`, `(a) TAPAS predicts
   * …`)? A table's caption is printed over its table, so a line right above it is none of the
   * table's; a line `(a) …` followed by a `(b) …` is a list's item (a protocol's criteria).
   */
  private isFigureCaption(i: number): boolean {
    const text = this.text(i);
    if (TABLE_CAPTION.test(text) || /^(?:Table|TABLE)\s\d/.test(text)) return false;
    if (!isCaptionLine(text) && !SUB_CAPTION.test(text)) return false;
    if (!/^\(a\)/.test(text)) return true;
    for (let k = this.nonBlank(i + 1, 1), seen = 0; k !== null && seen < LIST_ITEM_REACH; seen++) {
      if (/^\(b\)\s/.test(this.text(k))) return false;
      k = this.nonBlank(k + 1, 1);
    }
    return true;
  }

  /** Does the line before line `i` end as a contents' entry does, in a page number? */
  private endsContentsEntry(i: number): boolean {
    const before = i > 0 ? this.nonBlank(i - 1, -1) : null;
    return before !== null && /(?:\.\s?){3,}\s*\d{1,4}$|\s\d{1,4}$/.test(this.text(before));
  }

  /**
   * Is line `k`, which the PDF layout saw set apart by its type (`SourceLine.head`), a heading:
   * a title's words (no sentence's end), no article label, words' text after it?
   */
  isTypeset(k: number): boolean {
    const text = this.text(k);
    return (
      isTitleLike(text) &&
      !isArticleLabel(text) &&
      // A journal's note set in bold over the text (`中图分类号: TP273 文献标识码: A`), a caption.
      asideKindOf(text) === null &&
      !EQUATION_SIGN.test(text) &&
      this.proseFollows(k + 1) &&
      !this.amongCells(k, k + 1)
    );
  }

  /**
   * Does the chunk `[a, b)` stand among a table's cells or a figure's labels, one line of them
   * before it and two after (`Matched` / `PASK` / `Yes (HP)` / `Matched`; `NBRHD` in a column of
   * `NBRHD`s; a glossary's `DNS` / `DNSO` / `DNSSEC`)? A section's heading has its section's text
   * after it: a sub-heading may follow, and then the text. A short line that ends a paragraph of
   * prose (`Our code is public at` / `https://github.com/…`) is no cell before it.
   */
  private amongCells(a: number, b: number): boolean {
    const before = this.nonBlank(a - 1, -1);
    const after = this.nonBlank(b, 1);
    const next = after === null ? null : this.nonBlank(after + 1, 1);
    if (before === null || this.endsProse(before)) return false;
    return [before, after, next].every((i) => i !== null && this.isCell(this.text(i)));
  }

  /**
   * Does line `i`, a chunk of its own and no words (`https://github.com/…`, a formula), end a
   * paragraph of prose: is the chunk before it words whose sentence must run on into it, ending on
   * a word or mark no sentence ends on (`… public at`)? A short line of words that ends a
   * paragraph ends its sentence too; one that does not is a figure's label (`… visual noise that`
   * / `SHAPE` / `SIZE`), and so is one set right under a line of text.
   */
  private endsProse(i: number): boolean {
    const prior = this.nonBlank(i - 1, -1);
    if (prior === null || prior === i - 1 || this.text(i + 1) !== '') return false;
    if (readsAsWords(this.text(i))) return false;
    const line = this.text(prior);
    return !this.isCell(line) && readsAsWords(line) && endsMidSentence(line);
  }

  /**
   * Is a section's name on line `k` a table's column head, the column's cells right under it in
   * its chunk (`Method` / `AMDCN` / `[18]` / `[15] + SIFT`)? A section's text runs on in lines as
   * wide as the column's. A paper's front matter (`Keywords` over one keyword a line) and its
   * references keep their headings, and so does a section whose prose follows the short lines in
   * the chunk (`Methods` / `Study design` / `Participants` / `Setting` / `We recruited …`).
   */
  private headsColumn(text: string, k: number, b: number): boolean {
    if (b - k <= COLUMN_CELLS || FRONT_MATTER_HEADING.test(text)) return false;
    if (matchBibliographyHeading(text) !== null) return false;
    for (let i = k + 1; i <= k + COLUMN_CELLS; i++) if (!this.isCell(this.text(i))) return false;
    for (let i = k + COLUMN_CELLS + 1; i < b; i++) {
      const line = this.text(i);
      if (endsSentence(line) && readsAsWords(line)) return false;
    }
    return true;
  }

  /**
   * Do a table's rows follow the chunk ending at `b`: a short line ending no sentence (the rest of
   * a header row, `F1 Pre Rec F1`), then a row of figures (`GPT-3.5 41.2 35.0 50.1`)? A section's
   * text follows its name in lines of words.
   */
  private headsTableRows(b: number): boolean {
    const after = this.nonBlank(b, 1);
    const row = after === null ? null : this.nonBlank(after + 1, 1);
    if (after === null || row === null) return false;
    const head = this.text(after);
    const cells = this.text(row);
    return (
      this.isShort(head) &&
      !endsSentence(head) &&
      splitSectionNumber(head) === null &&
      !readsAsWords(cells) &&
      MEASURE.test(cells)
    );
  }

  /** The first line from `i` on (stepping by `step`) that is not blank, or null. */
  private nonBlank(i: number, step: 1 | -1): number | null {
    for (let j = i; j >= 0 && j < this.lines.length; j += step) if (this.text(j) !== '') return j;
    return null;
  }

  /**
   * Is the line a table's cell or a figure's label: a few words or numbers ({@link MAX_CELL_WORDS})
   * ending no sentence, or a short row of numbers and symbols, and no numbered heading?
   */
  private isCell(line: string): boolean {
    const words = line.split(/\s+/).length;
    if (endsSentence(line) || splitSectionNumber(line) !== null) return false;
    // A line of Chinese or Japanese is one run however many words it holds: a cell is short.
    if (words <= MAX_CELL_WORDS) return textColumns(line) === line.length || this.isShort(line);
    return !readsAsWords(line) && this.isShort(line);
  }

  /**
   * Does words' text follow the chunk ending at `b` (a heading's section), not a table's row or a
   * formula? A numbered heading or the end of the text is as good.
   */
  private proseFollows(b: number): boolean {
    let i = b;
    while (i < this.lines.length && this.text(i) === '') i++;
    const next = this.text(i);
    return i >= this.lines.length || readsAsWords(next) || splitSectionNumber(next) !== null;
  }

  /**
   * Does a sentence go on in lower case past line `b` (blank lines skipped): under a display
   * equation (`donde la suma …`, `where …`), not under a heading in capitals, whose text opens
   * with a capital (a list's `(a)` aside) or with a name in mixed case (`mRNA vaccines …`, `eBPF
   * programs …`, `iOS apps …`): its first word is all in lower case.
   */
  private goesOnInLowerCase(b: number): boolean {
    const i = this.nonBlank(b, 1);
    return i !== null && /^\p{Ll}+[\s,]/u.test(this.text(i));
  }

  /**
   * Does a chart panel's title stand past line `b` over its axis numbers (`AMD Magny-Cours
   * (enqueue-dequeue pairs)` / `100`)? It reads as words, but no prose: a line in capitals over
   * it is a legend. (A number cut at the line's end goes on under it: `…/0000-0002-8034-` / `8095`;
   * a sentence ends with its stop: `We collected the data from the survey.` / `2019`.)
   */
  private chartFollows(b: number): boolean {
    const i = this.nonBlank(b, 1);
    if (i === null || i + 1 >= this.lines.length) return false;
    const next = this.text(i);
    return !next.endsWith('-') && !/[.?!]$/.test(next) && AXIS_TICKS.test(this.text(i + 1));
  }
}
