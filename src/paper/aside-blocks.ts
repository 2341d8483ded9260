/**
 * Text that is set apart from a paper's running text, told from the text alone (a PDF's layout
 * has already put each such piece in a paragraph of its own): footnotes and copyright notes,
 * figure and table captions, code listings (lines the PDF layout indents because their font is
 * monospace), chart labels, and run-in headings at a paragraph's start (`Materials.`).
 * Shared by the text parser; pure.
 */
import { isAbstractTitle, isKnownSectionTitle, matchBibliographyHeading } from './headings';
import type { SourceLine } from './normalize-text';
import { isSpaceCode } from './spaces';
import { unspacedLetterCount } from './text-width';
import type { AsideKind } from './types';

/**
 * `Figure 3:`, `Fig. 2.`, `TABLE I.`, `Table 4 –`, `Figure A.1.` (an appendix's), `Figure 2.3:`
 * (a chapter's), `Figure S1:` (a supplement's), `Figure 3 | …` and `Extended Data Figure 3 | …`
 * (Nature's bar): how publishers open a caption. The number must be
 * followed by punctuation, so that `Figure 3 shows …` stays running text.
 */
export const CAPTION =
  /^(?:(?:Extended Data|Supplementary) )?(?:Figure|Fig\.|FIG\.|FIGURE|Table|TABLE|Listing|Scheme|Chart)\s*(?:(?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,3})?|[IVX]{1,5})[a-z]?(?:[.:]|\s?\||\s[–—-])\s/;

/**
 * A caption as Chinese, Japanese and Korean papers open one: `图 3 R-CNN 结构示意图`, `表1 试验结果`,
 * `図 2：…`, `그림 1. …` (figure or table, its number, then its title), with no punctuation needed
 * after the number, but not a sentence about the figure (`图 3 所示为…`, "figure 3 shows"; `表 1 より，…`):
 * a verb or a particle after the number, or a sentence going on past a comma.
 */
export const CJK_CAPTION =
  /^(?:图|圖|図|表|그림|표)\s?\d{1,3}(?:[.\-–]\d{1,3})?[a-z]?(?:[:：.．、]|\s)\s*(?!所示|显示|展示|表明|给出|列出|说明|描述|对比|比较|可以|可见|反映|中|为|是|的|可|表示|示出|に|より|の|は|を|が|で|と|も|から)\S/u;
/**
 * A sentence going on inside a line of Chinese or Japanese (`，`, `。`, or `, ` before more of it):
 * no caption's.
 */
const CJK_SENTENCE_INSIDE = /[，。；！？]|,\s*[\u3040-\u9FFF]/u;

/**
 * Can a caption open with this code unit: `F`, `T`, `L`, `S`, `C`, `E` ({@link CAPTION}'s words), or
 * `图`, `圖`, `図`, `表`, `그`, `표` ({@link CJK_CAPTION}'s)? Every line is asked whether it opens a
 * caption: most are told by their first code unit, without the two regexes.
 */
export const opensCaptionWord = (unit: number): boolean =>
  unit === 0x46 ||
  unit === 0x54 ||
  unit === 0x4c ||
  unit === 0x53 ||
  unit === 0x43 ||
  unit === 0x45 ||
  unit === 0x56fe ||
  unit === 0x5716 ||
  unit === 0x56f3 ||
  unit === 0x8868 ||
  unit === 0xadf8 ||
  unit === 0xd45c;

/** Does a line open a caption (`Figure 2: …`, `图 2 …`)? */
export const isCaptionLine = (line: string): boolean =>
  opensCaptionWord(line.charCodeAt(0)) &&
  (CAPTION.test(line) || (CJK_CAPTION.test(line) && !CJK_SENTENCE_INSIDE.test(line)));

/**
 * A footnote or note opens with a mark (`¹`, `*`, `†`, `‡`, `§`, `¶`) right before its text, or is
 * a copyright or permission block, which journals print at the foot of the first page. A numbered
 * note of the humanities and the law may open with the title it cites (`⁴ “Global Report …” ReliefWeb,
 * 20 May 2021`), a parenthesis, or a reporter's volume (`¹⁰ 373 US 83, 87 (1963).`).
 */
const NOTE_START =
  /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:\s?[\p{L}"“‘([]|\s\d)|[*∗†‡§¶]\s?\p{Lu}|©|\(c\)\s|copyright\b|permission to make digital)/iu;

/**
 * Where the paper appeared, as conferences and publishers print it at the foot of the first page
 * (`Proceedings of the 45th Annual Meeting of the …, pages 696–703`, `Appearing in Proceedings of
 * the 28th International Conference on …`, a journal of proceedings' volume (`Proceedings of the
 * VLDB Endowment, Vol. 14, No. 3`), `Online at stacks.iop.org/…`, `Available online at
 * www.sciencedirect.com`: any host): a note, set apart from the running text however large its type.
 */
const VENUE_NOTE =
  /^(?:(?:Appearing|Published|Presented|To appear|In)\s+(?:in\s+)?)?(?:the\s+)?Proceedings of the (?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}-]*(?:st|nd|rd|th))\s+(?:Annual\s+|International\s+)*(?:Meeting|Conference|Workshop|Symposium|\p{Lu})|^Proceedings of the [\p{L} ]{2,60}, Vol\.\s?\d|^(?:Available\s+|Published\s+)?[Oo]nline at (?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?(?:\s|$)/u;

/** A date as journals print an article's history: `4 September 2013`, `April 14, 2018`, `9 May 2013`. */
const HISTORY_DATE =
  '(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?)\\s+(?:19|20)\\d\\d';
/**
 * The editorial notes journals print beside or under an article's opening, each a paragraph of its
 * own: its history (`Received: 4 September 2013 Accepted: …`, `Published: June 13, 2018`), its
 * corresponding author (`Correspondence should be addressed to …`, `Address correspondence to …`,
 * `*Correspondence: …`, SAGE's `Corresponding Author:`), where to ask for reprints (SAGE's `Reprints and
 * permission: sagepub.com/…`), its editor, its licence (`Distributed under Creative Commons CC-BY 4.0`,
 * `This work is licensed under the Creative Commons BY-NC-ND 4.0 …` at the foot of a VLDB or ACM
 * paper's first column), `OPEN ACCESS`, the label of an article-information box (`ARTICLE HISTORY`),
 * how to cite the article (`Citation: Doe J (2025) …`, Frontiers' `CITATION …`), its editors
 * (Frontiers' `EDITED BY …`, `REVIEWED BY …`).
 */
const EDITORIAL_NOTE = new RegExp(
  `^(?:(?:Received|Submitted|Revised|Accepted|Published(?:\\s+online)?|RECEIVED|ACCEPTED|PUBLISHED)\\s*:?\\s+${HISTORY_DATE}` +
    `|Corresponding [Aa]uthors?\\b|CORRESPONDING AUTHORS?\\b|Reprints and [Pp]ermissions?:|(?:\\*\\s?)?(?:Address(?:es)? (?:for )?)?[Cc]orrespondence(?: and requests for materials)?(?: should be)?(?: (?:addressed|sent))?(?: to\\b|:)` +
    `|Address correspondence to\\b|Academic [Ee]ditor\\b|Editor:\\s|Article history\\b|ARTICLE (?:HISTORY|INFO)\\b` +
    `|Distributed under (?:a |the )?Creative Commons\\b|This (?:work|article|paper) is (?:licensed|distributed) under\\b|OPEN ACCESS$` +
    // How to cite the article, and its editors, as PLOS and Frontiers print them beside its opening.
    `|Citation:\\s|CITATION\\s|(?:EDITED|REVIEWED) BY\\s)`,
  'u',
);

/**
 * The editorial notes Chinese journals print on an article's first page, each on a line of its own:
 * its classification and document codes (`中图分类号: TP273 文献标识码: A`), article number, dates
 * received, revised and accepted, funding, the authors' biographies, the corresponding author.
 */
const CJK_EDITORIAL_NOTE =
  /^(?:中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|收稿日期|修回日期|录用日期|基金项目|作者简介|通信作者|通讯作者)\s*[:：]/u;

/** The end of a venue note its layout set on a line of its own: `Boulder, Colorado, June 2009. © c2009 ACL`. */
const COPYRIGHT_LINE = /^[^\n]{0,120}©\s?c?(?:19|20)\d\d\s+\p{Lu}[^\n]{0,80}$/u;

/** What kind of aside a paragraph is (`footnote`, `caption`), or null for running text. */
export function asideKindOf(text: string): Extract<AsideKind, 'footnote' | 'caption'> | null {
  if (isCaptionLine(text)) return 'caption';
  return NOTE_START.test(text) || isPublishingNote(text) ? 'footnote' : null;
}

/** The longest venue or copyright line {@link COPYRIGHT_LINE} takes. */
const MAX_COPYRIGHT_LINE = 201;

/**
 * A venue, copyright or editorial note (see the patterns above). Each opens with a capital or an
 * `o` (`Online at …`), or is a short line with a `©`: most paragraphs are told by one character.
 */
function isPublishingNote(text: string): boolean {
  const first = text.charCodeAt(0);
  const capital = (first >= 65 && first <= 90) || first === 111;
  if (capital && (VENUE_NOTE.test(text) || EDITORIAL_NOTE.test(text))) return true;
  if (first >= 0x4e00 && first <= 0x9fff && CJK_EDITORIAL_NOTE.test(text)) return true;
  return text.length <= MAX_COPYRIGHT_LINE && text.includes('©') && COPYRIGHT_LINE.test(text);
}

/** Lines the PDF layout indents this far are set in a monospace font: code. */
export const CODE_INDENT = 4;
/** Signs of a program rather than an indented quotation: brackets, operators, a prompt. */
const CODE_SIGN = /[{}();=<>[\]]|^(?:R>|>>>|\$ |# )/;

/** Is a chunk of lines a code listing: every line indented as code, and some line looks like code? */
export function isCodeChunk(lines: readonly SourceLine[]): boolean {
  return (
    lines.length > 0 &&
    lines.every((l) => l.indent >= CODE_INDENT) &&
    lines.some((l) => CODE_SIGN.test(l.text))
  );
}

/** A code listing's text: its lines with their common indentation taken off, line breaks kept. */
export function codeText(lines: readonly SourceLine[]): string {
  const common = Math.min(...lines.map((l) => l.indent));
  return lines.map((l) => ' '.repeat(l.indent - common) + l.text).join('\n');
}

/**
 * How many of the text's words do not open with a digit, counted up to one more than `most`:
 * `text.split(/\s+/).filter((w) => !/^\d/.test(w)).length` (an empty word before leading or
 * after trailing white space counted too), without the words. Every line of a paper's body is
 * asked whether it is a chart's label, and a line of prose is told at its fourth word.
 */
function wordsBeyondNumbers(text: string, most: number): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  for (;;) {
    // A word starts at `i` (an empty one when `i` is the end).
    const code = text.charCodeAt(i);
    if (!(code >= 48 && code <= 57) && ++count > most) return count;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) return count;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  }
}

/** A chart label: a few short words and numbers (`6 List Scheduling 6`), with no sentence in it. */
const LABEL_WORDS = 3;
/**
 * `5. CONCLUDING REMARKS`, `2.1. Data`, `2.1.1 Gaussian prior`, `References`: a section heading
 * after a chart or a table's stray cells, which ends its labels. A tick and its label (`0.2 REVERB`, `6 List Scheduling 6`) is no heading.
 */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}|^\d{1,2}(?:\.\d{1,2}){2,3}\s+\p{Lu}/u;
/**
 * A chart's legend naming the source of what it draws beside the model (`Kalberla & Dedes (2008)`,
 * `Eilers et al. (2019)`): a label, though it has more words than one, but only in a run that
 * shows a chart ({@link CHART_EVIDENCE}): a review's table lists its studies so too.
 */
const SOURCE_LEGEND =
  /^\p{Lu}[\p{L}'’-]+(?:\s+et al\.|\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+)?\s+\(\d{4}[a-z]?\)$/u;
/** An axis title's unit in square brackets (`R [ kpc ]`, `t [Gyr]`), no word of its label. */
const AXIS_UNIT = /\s*\[[^\]]{1,16}\]$/;
/**
 * A line only a chart prints: a log axis's power (`10⁻¹`), an axis title with its unit in square
 * brackets (`R [ kpc ]`), an axis's row of several ticks (`4 6 8 10`).
 */
const CHART_EVIDENCE =
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]$|\s\[[^\]]{1,16}\]$|^[-−+]?\d+(?:[.,]\d+)?%?(?:\s+[-−+]?\d+(?:[.,]\d+)?%?){2,}$/;
/** A table's caption (`Table 1. Studies`, `TABLE 2: Counts`): never a chart's label. */
const TABLE_CAPTION = /^(?:Table|TABLE)\s+[\dIVX]+[.:]\s/;
/**
 * Chinese and Japanese set no spaces between words: every two of their letters count as a word
 * (a line of a Chinese thesis's prose is one `word` by its spaces), and their full stops and
 * commas end a sentence as `.` and `,` do.
 */
const isLabel = (text: string, legends = false) =>
  text !== '' &&
  (wordsBeyondNumbers(text.replace(AXIS_UNIT, ''), LABEL_WORDS) +
    (unspacedLetterCount(text) >> 1) <=
    LABEL_WORDS ||
    (legends && SOURCE_LEGEND.test(text))) &&
  !TABLE_CAPTION.test(text) &&
  !/[.?!;:,。，；：！？、]$/.test(text) &&
  // A reference entry's fields (`—. 2000, ApJ, 543, 704`) are parted by commas; a label's seldom.
  !/,.*,/.test(text) &&
  !NUMBERED_HEADING.test(text) &&
  !isKnownSectionTitle(text) &&
  !isAbstractTitle(text) &&
  matchBibliographyHeading(text) === null;
/** An axis's numbers: `0 50 100`, `2.5`, `40%`, and a log axis's powers (`10²`, `10⁻¹`). */
const isTick = (text: string) =>
  /^[-−+]?\d+(?:[.,]\d+)?(?:%|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?(?:\s+[-−+]?\d+(?:[.,]\d+)?(?:%|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)*$/.test(
    text,
  );
/** At least this many label lines in a row, numbers among them, make a chart's labels. */
const MIN_LABELS = 4;
/**
 * This many label lines in a row make a figure's labels without numbers among them: a tree's
 * leaves, a diagram's boxes. Running text, headings and lists never run so many short lines; a
 * table's column read line by line may, and cites its sources with their years.
 */
const MIN_BARE_LABELS = 16;
/** A year: a run of short lines citing their sources (`Shimer (2005)`) is a table's cells, linked. */
const YEAR = /\b(?:1[89]|20)\d{2}[a-z]?\b/;
/** Lines of text on each side of a run of bare labels where its figure is sought. */
const FIGURE_NEAR_LINES = 3;
/** A figure named (`Fig. 1, top panel`, `Figure 2 | …`): bare labels near it are its own. */
const FIGURE_WORD = /\b(?:Fig\.|Figs\.|Figure|FIG\.|FIGURE)/;

/**
 * Is a run of bare labels (lines `i` to `end`) a figure's: a figure named or a chart's signs on a
 * few lines of text ({@link FIGURE_NEAR_LINES}) before or after it, and no line ending in a colon
 * right before it (`We used the following solvents:` opens a vertical list)? `chart`: the run
 * shows a chart's signs itself.
 */
function nearFigure(lines: readonly SourceLine[], i: number, end: number, chart: boolean): boolean {
  let before = i - 1;
  while (before >= 0 && lines[before]?.text === '') before--;
  if (/:$/.test(lines[before]?.text ?? '')) return false;
  if (chart) return true;
  const shows = (text: string) => FIGURE_WORD.test(text) || CHART_EVIDENCE.test(text);
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let k = step < 0 ? i - 1 : end; k >= 0 && k < lines.length; k += step) {
      const text = lines[k]?.text ?? '';
      if (text === '') continue;
      if (shows(text)) return true;
      if (++seen >= FIGURE_NEAR_LINES) break;
    }
  }
  return false;
}

/**
 * How many lines from `i` (blank lines included) are the labels of a chart or diagram: a run of
 * short labels, axis numbers among them (`DEMT`, `7 Gang 7`, `0 50 100 150`, `Number of tasks`),
 * or a long run of them without (a tree's leaves, {@link MIN_BARE_LABELS});
 * 0 when the lines there are not one. Lines from `stop` on are not looked at.
 */
export function figureTextRun(
  lines: readonly SourceLine[],
  i: number,
  stop = lines.length,
): number {
  // Source legends (`Evans et al. (2022)`) only where the run shows a chart; then they are taken
  // in it but not counted towards its labels.
  return labelRun(lines, i, stop, true) ?? labelRun(lines, i, stop, false) ?? 0;
}

/**
 * {@link figureTextRun}'s run from `i`, with source legends among its labels or not; null when
 * legends were taken in a run that shows no chart (then the run is read again without them).
 */
function labelRun(
  lines: readonly SourceLine[],
  i: number,
  stop: number,
  legends: boolean,
): number | null {
  let end = i;
  let labels = 0;
  let ticks = 0;
  let taken = 0;
  let chart = false;
  while (end < Math.min(stop, lines.length)) {
    const text = lines[end]?.text ?? '';
    if (text !== '') {
      const tick = isTick(text);
      if (tick || isLabel(text)) labels++;
      else if (legends && isLabel(text, true)) taken++;
      else break;
      if (tick) ticks++;
      if (CHART_EVIDENCE.test(text)) chart = true;
    }
    end++;
  }
  if (taken > 0 && !chart) return null;
  while (end > i && lines[end - 1]?.text === '') end--;
  const bare =
    labels >= MIN_BARE_LABELS &&
    !lines.slice(i, end).some((l) => YEAR.test(l.text)) &&
    nearFigure(lines, i, end, chart);
  return (labels >= MIN_LABELS && ticks >= 2) || bare ? end - i : 0;
}

/**
 * Put by the PDF layout right after a run-in heading it saw set in its own type (bold, italic):
 * the text parser takes it out of the line and keeps where it stood (`SourceLine.lead`). A
 * control character, so that it never comes from a PDF's text (pdf.js's control characters are
 * screened out before layout) and never shows.
 */
export const LEAD_MARK = '\u001F';

/**
 * Put by the PDF layout at the start of each row of a table it found (`table-rows.ts`): the text
 * parser shows the rows apart from the running text, one per line. A control character too.
 */
export const TABLE_MARK = '\u001E';

/**
 * Put by the PDF layout at the start of the title it found by its type (the largest on the first
 * page, `title-lines.ts`), written on one line ahead of the text: the text parser takes that line
 * as the title without judging its words again (a title may hold a sentence, `Zur Hydrolyse von
 * … . Die Kristallstruktur von …`, or end with a full stop). A control character too.
 */
export const TITLE_MARK = '\u001D';

/** Abbreviations whose period ends no run-in heading (`Fig. 3 shows`, `Dr. Smith`). */
const NOT_A_LEAD =
  /^(?:fig|figs|eq|eqs|dr|mr|mrs|ms|prof|no|vol|st|sec|ref|refs|tab|cf|vs|al|jr|sr|inc|ltd|co|corp|ed|eds|pp|ch)$/i;
/** Small words a Title Case lead may hold in lower case. */
const SMALL_WORD = /^(?:and|of|the|for|in|on|with|to|a|an|or|by|at|vs)$/;
/** Most words of a run-in heading. */
const MAX_LEAD_WORDS = 6;

/**
 * The length of a run-in heading opening a paragraph (`Materials and Methods. We …`,
 * `Proof: …`): a few Title Case words and a period or colon, then a capital. Null when the
 * paragraph opens with an ordinary sentence.
 */
export function runInLeadLength(text: string): number | null {
  const match = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5})([.:])\s+(?=["“(]?\p{Lu})/u.exec(text);
  if (match === null) return null;
  const words = (match[1] ?? '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // `Katharine M. Mullen`: a name's initial ends no heading.
  if (words.length > MAX_LEAD_WORDS || NOT_A_LEAD.test(last) || /^\p{Lu}$/u.test(last)) return null;
  if (words.length === 1 && (words[0]?.length ?? 0) < 4) return null;
  if (!words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && SMALL_WORD.test(w)))) return null;
  if (text.length - match[0].length < 20) return null;
  return (match[1] ?? '').length + 1;
}
