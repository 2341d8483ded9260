/**
 * The paper's title as printed: the largest type on the first page, over as many lines as it
 * takes (`Bi-criteria Algorithm for Scheduling Jobs on Cluster` / `Platforms ∗`), not a journal's
 * masthead above it (told by where it stands and how short it is, not by its words). Taken out of
 * the page and put first, on one line, so the text parser reads the whole title as the title (and
 * the masthead, authors and affiliations after it are not). A venue line in small type above the
 * title is page furniture and goes with it. On a thesis's cover (a first page of few lines) the
 * title may be set only a little larger than the body and double-spaced, under the university's
 * name in type as large and over a letter-spaced `T E S I S`: neither is the title.
 * Pure: lines in, lines out.
 */
import { isArticleLabel } from '../article-labels';
import { withoutLetterSpacing } from '../headings';
import { isMarkedNamesLine } from '../title-above-byline';
import type { Region } from './columns';
import { isJournalHomepageLine } from './masthead-lines';
import { joinStackedRuns } from './stacked-title-runs';
import { bodyFontOf } from './typeset-headings';
import type { TextLine } from './text-item';

/**
 * A title is set at least this much larger than the body text (the APS journals, Physical Review
 * Letters among them, set theirs in 12.5 pt over a body of 10.5: 1.19).
 */
const TITLE_SIZE_RATIO = 1.18;
/** Lines of one title differ in size by less than this share. */
const SAME_SIZE = 0.04;
/** A masthead (a journal's name) runs to at most this many words. */
const MASTHEAD_WORDS = 5;
/** A title below a masthead is set at least this much larger than the body (authors and headings are not). */
const TITLE_MIN_RATIO = 1.4;
/** Successive title lines are at most this many of their font sizes apart (baseline to baseline). */
const MAX_TITLE_LEADING = 2;
/**
 * A first page of at most this many lines is a cover (a thesis's, a report's): its title may be
 * set only a little larger than the body (14 pt over 12), its lines double-spaced, and it may
 * print an institution's name in type as large.
 */
const COVER_MAX_LINES = 25;
/** On a cover, a title is set at least this much larger than the body. */
const COVER_TITLE_RATIO = 1.1;
/** On a cover, successive title lines are at most this many of their font sizes apart. */
const COVER_TITLE_LEADING = 2.5;
/**
 * Footnote marks after a title (`Platforms ∗`, `Title¹`, `Title¹,²`): a comma among them, but not
 * a comma printed at a line's end (`homeless individuals, prisoners,` / `sex workers, and …`).
 * Raised digits right after a one-letter word are its exponent, not a mark (`in ℝ³`, `on S²`).
 */
const TRAILING_MARKS = /(?<!(?:^|\s)\p{L})(?:[\s∗*†‡§¶¹²³⁰-⁹]|(?<=[∗*†‡§¶¹²³⁰-⁹]\s*),)+$/u;
/**
 * A title's lines joined with a space, but a line that ends at a compound's hyphen goes on with
 * no space (`… for Data-` / `Intensive Environmental Research`, `… from short non-` /
 * `equilibrium simulations`, a chemical name's `…-methoxy-2-` / `naphthyl)`): a title is set
 * ragged, so its line-end hyphen is the word's own.
 */
const joinTitleLine = (joined: string, line: string): string =>
  joined === '' ? line : /[\p{L}\p{N}][-‐]$/u.test(joined) ? joined + line : `${joined} ${line}`;
const isMarkOnly = (line: TextLine) => line.text.replace(TRAILING_MARKS, '') === '';

/** The words of a group of lines. */
const wordCount = (lines: readonly TextLine[]) =>
  lines.reduce((n, l) => n + l.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length, 0);

/**
 * A large line that names no title: a journal's label or badge (`RESEARCH ARTICLE`, `OPEN
 * ACCESS`), or a page code or a running head with its page number, of one word (`GE98`, `272
 * Notes`). A one-word title (`Marginalia`) has no digit.
 */
const isNoTitle = (line: TextLine) =>
  isArticleLabel(line.text) ||
  (/\d/.test(line.text) &&
    SPACED_SCRIPT.test(line.text) &&
    line.text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 2);
/**
 * The kind of work a thesis's cover names (`T E S I S`, `DISSERTATION`, `Masterarbeit`), alone
 * on its line, letter-spaced or not: what the work is, not its title.
 */
const THESIS_LABEL =
  /^(?:(?:master'?s|bachelor'?s|doctoral|ph\.? ?d\.?|diploma)\s+)?(?:thesis|dissertation)$|^(?:tesis|tese|thèse|tesina|disserta(?:ção|cao)|disertación|masterarbeit|bachelorarbeit|diplomarbeit|doktorarbeit|dissertation)$/i;
const isThesisLabel = (line: TextLine) =>
  THESIS_LABEL.test(withoutLetterSpacing(line.text.trim().replace(/[:.]$/, '')));

/**
 * The first word of an institution's name (`Universidad`, `Faculty`, `Instituto`, `Programa`,
 * `Pós-Graduação`).
 */
const INSTITUTION_WORD =
  /^(?:universi\p{L}*|facult\p{L}*|fakultät|institut\p{L}*|departa?ment\p{L}*|escuela|escola|école|hochschule|programa|school|college|p[óo]s-gradua[çc][ãa]o|posgrado)$/iu;
/** The small words of an institution's name (`of`, `de`, `do`, `für`). */
const NAME_LINK =
  /^(?:of|for|the|and|de|do|da|dos|das|des|du|di|del|der|für|und|em|en|e|y|et|in|la|le)$/;
/**
 * An institution's name on a line of its own (`UNIVERSIDADE FEDERAL DO RIO GRANDE DO SUL`,
 * `Universidad Nacional Autónoma de México`, `Facultad de Ciencias`): it opens with an
 * institution's word, and every other word is capitalised or a small word of a name. Only a
 * cover is read so: a title in title case (`University Students and …`) reads the same.
 */
function isInstitutionLine(line: TextLine): boolean {
  const words = line.text.trim().split(/\s+/);
  if (words.length > 10 || !INSTITUTION_WORD.test(words[0] ?? '')) return false;
  return words.slice(1).every((w) => NAME_LINK.test(w) || /^[\p{Lu}\d(]/u.test(w));
}

/** Latin, Greek or Cyrillic letters only (with digits and marks): words are spaced. */
const SPACED_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\P{L}]+$/u;

/**
 * The run of lines a title starting at `first` takes: lines of its size close below it (footnote
 * marks on a line of their own included).
 */
function titleRun(lines: readonly TextLine[], first: TextLine, leading: number): TextLine[] {
  const size = first.size;
  const taken = [first];
  let last = first;
  for (const line of lines.slice(lines.indexOf(first) + 1)) {
    if (last.baseline - line.baseline > leading * size) break;
    if (isMarkOnly(line)) taken.push(line);
    // A line above the last read (Cell Press's `Report` over `Divergence, Convergence,`, read
    // after it): another region's, no line of this title.
    else if (line.baseline >= last.baseline) break;
    else if (Math.abs(line.size - size) <= SAME_SIZE * size) {
      taken.push(line);
      last = line;
    } else break;
  }
  return taken;
}

/** The font most of the line's characters are set in, or undefined when its items name none. */
const lineFont = (line: TextLine): string | undefined => bodyFontOf([line], line.size);

/** A cover's title set apart by its font alone runs to at least this many words. */
const COVER_FONT_TITLE_WORDS = 3;

/**
 * On a cover printed in one size (a Word thesis's, all in 12 pt), the title set apart by its font
 * alone (bold): the first line of words (no digits) in a font other than the one most of the cover is set in,
 * with the lines right under it in that font. Not the kind of work (`Masterarbeit`, bold too), nor
 * an institution's name. Undefined when no such line is found.
 */
function coverTitleByFont(lines: readonly TextLine[], bodySize: number): TextLine[] | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const font = lineFont(line);
    if (font !== undefined) counts.set(font, (counts.get(font) ?? 0) + line.text.length);
  }
  let main: string | undefined;
  let most = 0;
  for (const [font, n] of counts) if (n > most) [main, most] = [font, n];
  if (main === undefined || counts.size < 2) return undefined;
  const first = lines.find(
    (l) =>
      lineFont(l) !== main &&
      lineFont(l) !== undefined &&
      Math.abs(l.size - bodySize) <= SAME_SIZE * bodySize &&
      wordCount([l]) >= COVER_FONT_TITLE_WORDS &&
      // An address, a date, a telephone number: what else a cover sets apart has digits.
      !/\d/.test(l.text) &&
      !isMarkOnly(l) &&
      !isNoTitle(l) &&
      !isThesisLabel(l) &&
      !isInstitutionLine(l),
  );
  if (first === undefined) return undefined;
  const font = lineFont(first);
  const run = titleRun(lines, first, COVER_TITLE_LEADING);
  const end = run.findIndex((l, i) => i > 0 && (lineFont(l) !== font || isThesisLabel(l)));
  return end < 0 ? run : run.slice(0, end);
}

/** What a venue line names: a year, a volume, a web address or a DOI. */
const VENUE = /\b(?:19|20)\d\d\b|\bvol(?:ume|\.)|https?:|www\.|\bdoi\b|\b10\.\d{4,9}\//i;
/** Lines of one piece of text above the title: in one size, at most this many of it apart. */
const MAX_PIECE_LEADING = 1.5;

/**
 * The lines printed above the title in type no larger than the body's that name a venue: a
 * proceedings or journal line with its year, volume or address (`Proceedings of Machine Learning
 * for Healthcare 2017 JMLR W&C Track Volume 68`, `J Gen Plant Pathol (2005) 71:107–116` / `DOI
 * …`), with the lines set close to them. Page furniture, not the byline the title is followed by;
 * authors printed above the title stay, and so does a masthead or label set large, which the text
 * parser passes over.
 */
function venueLines(lines: readonly TextLine[], title: readonly TextLine[], bodySize: number) {
  const top = title[0];
  if (top === undefined) return [];
  const above = lines
    .slice(0, lines.indexOf(top))
    .filter((l) => l.baseline > top.baseline && l.size <= (1 + SAME_SIZE) * bodySize);
  // Pieces of text: lines set close under one another in one size.
  const pieces: TextLine[][] = [];
  for (const line of above) {
    const piece = pieces[pieces.length - 1];
    const last = piece?.[piece.length - 1];
    if (
      piece &&
      last &&
      last.baseline - line.baseline <= MAX_PIECE_LEADING * line.size &&
      Math.abs(last.size - line.size) <= SAME_SIZE * line.size
    )
      piece.push(line);
    else pieces.push([line]);
  }
  return pieces.filter((piece) => piece.some((l) => VENUE.test(l.text))).flat();
}

/**
 * Finds the title lines of a first page (regions in reading order) and returns the title on one
 * line, its lines, and the regions without them (nor a venue line above them), or null when no
 * line stands out as a title.
 *
 * The title is the largest type on the page, unless that is a masthead: a journal's name
 * (`nature`, `PLOS ONE`, `Journal of Statistical Software`) is set large at the top of the page,
 * apart from the title, which comes below it in large type too and runs to more words.
 */
export function pullTitle(
  regions: readonly Region[],
  bodySize: number,
): { title: string; lines: TextLine[]; regions: Region[] } | null {
  const lines = regions.flatMap((r) => r.lines);
  const cover = lines.length <= COVER_MAX_LINES;
  const ratio = cover ? COVER_TITLE_RATIO : TITLE_SIZE_RATIO;
  const candidates = lines.filter(
    (l) =>
      l.size >= ratio * bodySize &&
      !isMarkOnly(l) &&
      !isNoTitle(l) &&
      !isThesisLabel(l) &&
      !(cover && isInstitutionLine(l)),
  );
  const runs: TextLine[][] = [];
  for (const line of candidates) {
    if (runs.some((run) => run.includes(line))) continue;
    runs.push(titleRun(lines, line, cover ? COVER_TITLE_LEADING : MAX_TITLE_LEADING));
  }
  // A title's first lines read in a region apart (Cell Press) join the run right under them.
  const joined = joinStackedRuns(runs, cover ? COVER_TITLE_LEADING : MAX_TITLE_LEADING, lines);
  runs.splice(0, runs.length, ...joined);
  const bySize = [...runs].sort((a, b) => (b[0]?.size ?? 0) - (a[0]?.size ?? 0));
  // A journal's name with its issue line right under it (`Journal of Statistical Software` over
  // `August 2014, Volume 59, Issue 10.`) is a masthead over any title below, however short.
  const lineUnder = (run: TextLine[]) => lines[lines.indexOf(run[run.length - 1] as TextLine) + 1];
  const issueUnder = (run: TextLine[]) => {
    const next = lineUnder(run);
    return next !== undefined && next.size <= (1 + SAME_SIZE) * bodySize && VENUE.test(next.text);
  };
  // Elsevier's masthead: the journal's name over its home page, of any length (`masthead-lines.ts`).
  const homepageUnder = (run: TextLine[]) => {
    const bottom = (run[run.length - 1] as TextLine).baseline;
    // The line right below, wherever its region is read (the box's other lines are read apart).
    const next = lines
      .filter((l) => l.baseline < bottom)
      .reduce<TextLine | undefined>(
        (a, l) => (a === undefined || l.baseline > a.baseline ? l : a),
        undefined,
      );
    return next !== undefined && isJournalHomepageLine(next.text);
  };
  // A page of few lines may still be a journal's (its masthead first on the page), but on a cover
  // the author, advisor and place are set large below the title too: there a masthead is only the
  // page's first line (`Dupla difração no LHC/CMS`, under its university, over its author).
  const isMasthead = (run: TextLine[]) => {
    if (wordCount(run) > MASTHEAD_WORDS && !homepageUnder(run)) return false;
    if (cover && lines.indexOf(run[0] as TextLine) !== 0) return false;
    const under = issueUnder(run) || homepageUnder(run);
    return runs
      .slice(runs.indexOf(run) + 1)
      .some(
        (o) =>
          (under || wordCount(o) > wordCount(run)) &&
          (o[0]?.size ?? 0) >= TITLE_MIN_RATIO * bodySize,
      );
  };
  // The authors' names with their marks, set as large as the title under them (a Greek
  // journal's `Αλέξανδρος Αφουξενίδης*, Μαρία Γαρδίκη**`), are the byline when a run of about
  // their size is left for the title; a smaller run is not: a short title with its footnote's
  // mark (`Dark Matter Halos*`) reads like a marked name, over a byline in smaller type.
  const isNames = (run: TextLine[]) => run.length === 1 && isMarkedNamesLine(run[0]?.text ?? '');
  const sameSize = (a: TextLine[], b: TextLine[]) =>
    Math.abs((a[0]?.size ?? 0) - (b[0]?.size ?? 0)) <= SAME_SIZE * (a[0]?.size ?? 0);
  const titleOf = (run: TextLine[]) => !isMasthead(run) && !isNames(run);
  const chosen = bySize
    .filter((run) => !isMasthead(run))
    .find((run) => !isNames(run) || !bySize.some((o) => sameSize(run, o) && titleOf(o)));
  const found =
    chosen ?? (cover && candidates.length === 0 ? coverTitleByFont(lines, bodySize) : undefined);
  if (found === undefined) return null;
  return pulledOut(regions, lines, found, bodySize);
}

/** The page's lines with the title's (and any venue line's) taken out, and the title's text. */
function pulledOut(
  regions: readonly Region[],
  lines: readonly TextLine[],
  chosen: TextLine[],
  bodySize: number,
): { title: string; lines: TextLine[]; regions: Region[] } {
  const taken = new Set<TextLine>(chosen);
  for (const line of venueLines(lines, chosen, bodySize)) taken.add(line);
  const title = chosen
    .filter((l) => !isMarkOnly(l))
    .map((l) => l.text.replace(TRAILING_MARKS, '').trim())
    .reduce(joinTitleLine, '');
  const rest = regions.map((r) => ({ ...r, lines: r.lines.filter((l) => !taken.has(l)) }));
  return { title, lines: chosen, regions: rest.filter((r) => r.lines.length > 0) };
}
