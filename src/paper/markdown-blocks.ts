/**
 * Blocks of a Markdown paper: `#` headings (the first `# Title` is the paper's title; a number
 * such as `2.` or `2.1` in a heading is parsed), paragraphs of joined lines, list items, block
 * quotes, fenced code, `$$ … $$` display equations, the byline (the paragraphs of names and
 * affiliations between the title and the first heading or paragraph of prose), and a reference
 * list after a `References`-like heading (list items `- `, `1. `, `[1] `, or plain paragraphs).
 * Inline markup is stripped from the text.
 *
 * Deliberately a small line-based reader, not a CommonMark implementation: papers use a sliver of
 * Markdown, and every character of the result must be accounted for in the canonical text.
 */
import {
  isAbstractTitle,
  isBibliographyTitle,
  isKnownSectionTitle,
  splitAbstractLeadIn,
  splitSectionNumber,
} from './headings';
import { isBylineText } from './byline';
import { isCaptionLine } from './aside-blocks';
import { markdownDisplayMath } from './display-equations';
import { joinWrappedLines, lazyLexicon, type Lexicon } from './hyphenation';
import { stripInlineMarkup } from './inline-markup';
import { normalizeSource, type SourceLine } from './normalize-text';
import { readFrontMatter } from './front-matter';
import { numberFootnotes } from './markdown-footnotes';
import { hasPandocCitations, writePandocCitations } from './pandoc-citations';
import { headingBlock, type RawBlock } from './raw-block';
import { splitReferenceLines } from './reference-entries';
import { endSwallowingAbstract } from './abstract-extent';
import { resolveFigureRefs } from './latex-figure-refs';
import { latexText } from './latex-text';
import { resolveAnchorLinks } from './anchor-links';
import {
  HTML_TABLE_START,
  htmlTableEnd,
  htmlTableRows,
  isPipeTableStart,
  LATEX_TABLE_START,
  latexTableEnd,
  latexTableRows,
  pipeTableEnd,
  pipeTableRows,
  tableText,
} from './markdown-tables';

const ATX_HEADING = /^ {0,3}(#{1,6})[ ]+(.*?)(?:[ ]+#+)?[ ]*$|^ {0,3}(#{1,6})$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ ]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ ]*){3,}|(?:-[ ]*){3,}|(?:_[ ]*){3,})$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,4}[.)])[ ]+(.*)$/;
/** A footnote's definition (Pandoc, GitHub, Quarto): `[^1]: I thank …`, its text after the colon. */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:[ ]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_QUOTE = /^ {0,3}>[ ]?(.*)$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ ]+(?:<|https?:|\/|#)/;
const HTML_COMMENT = /^ {0,3}<!--.*-->[ ]*$/;
/**
 * A line of nothing but HTML container tags and images (`<div id="refs" class="references">`,
 * `</div>`, `<figure id="f1">`, `<img src="a.png" />`), as Pandoc, R Markdown and Quarto write
 * around figures and the reference list: no text of the paper, read only for where a `div` opens
 * and closes.
 */
const CONTAINER_TAGS =
  /^\s*(?:<\/?(?:div|figure|section|article|aside|center|details|summary|picture|source|img|br)\b[^<>]*>\s*)+$/i;
const CONTAINER_TAG = /<(\/?)(div)\b([^<>]*)>|<\/?[a-z]+\b[^<>]*>/gi;
/** A figure's caption, with any container tags around it on the line (`<figcaption>…</figcaption> </figure>`). */
const FIGCAPTION =
  /^\s*(?:<\/?(?:div|figure|img)\b[^<>]*>\s*)*<figcaption\b[^<>]*>(.*?)<\/figcaption>\s*(?:<\/(?:div|figure)>\s*)*$/i;
/**
 * A line of Pandoc's fenced div (`::: {#refs .references .csl-bib-body}`, `::: Warning`, `:::`),
 * as Pandoc's own Markdown writes the `div`s the HTML form above holds: its attributes when it
 * opens one, none when it closes one.
 */
const FENCED_DIV = /^ {0,3}:{3,}[ \t]*(?:\{([^{}]*)\}|([\w-]+))?[ \t]*:*[ \t]*$/;
/** The `div` Pandoc's citeproc writes the reference list in (`<div id="refs" class="references csl-bib-body">`). */
const REFS_DIV = /\bid="refs"|\bclass="[^"]*\b(?:references|csl-bib-body)\b/;
/** The `div` of one entry of that list (`<div id="ref-keeling1999" class="csl-entry">`). */
const ENTRY_DIV = /\bclass="[^"]*\bcsl-entry\b|\bid="ref-/;

/** The reference list being read: its heading level, pending plain lines, last item number. */
interface Bibliography {
  hashes: number;
  lines: SourceLine[];
  lastNumber: number | null;
  /** The last item's number as written, and what a restarted list's numbers are read past. */
  lastWritten: number | null;
  offset: number;
}

type Item =
  | { kind: 'heading'; hashes: number; text: string }
  | { kind: 'paragraph'; lines: string[]; verbatim: boolean }
  | { kind: 'item'; marker: string; lines: string[] }
  | { kind: 'footnote'; lines: string[] }
  | { kind: 'math'; text: string }
  | { kind: 'table'; text: string }
  | { kind: 'caption'; text: string }
  /** A line of container tags: the attributes of each `div` it opens, `null` for each it closes. */
  | { kind: 'html'; divs: Array<string | null> };

/** Parses a Markdown source into blocks. */
export function parseMarkdownBlocks(source: string): RawBlock[] {
  const normalized = normalizeSource(resolveFigureRefs(resolveAnchorLinks(source)));
  const lexicon = lazyLexicon(normalized);
  const front = readFrontMatter(normalized.split('\n'));
  const blocks = toBlocks(readItems(numberFootnotes(withPandocCitations(front.rest))), lexicon);
  // A paper written in Markdown (JOSS, R Markdown, Quarto) gives its title and authors only in
  // the YAML front matter, its first `#` heading a section; a title in the text comes first.
  if (front.title !== null && !blocks.some((b) => b.kind === 'title')) {
    const head: RawBlock[] = [{ kind: 'title', text: stripInlineMarkup(front.title).trim() }];
    if (front.authors.length > 0) head.push({ kind: 'byline', text: front.authors.join(', ') });
    blocks.unshift(...head.filter((b) => b.text !== ''));
  }
  return endSwallowingAbstract(blocks);
}

/** Lines with Pandoc's citations written as keys (`pandoc-citations.ts`), fenced code as it is. */
function withPandocCitations(lines: string[]): string[] {
  if (!hasPandocCitations(lines.join('\n'))) return lines;
  const out: string[] = [];
  let run: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    if (run.length > 0) out.push(...writePandocCitations(run.join('\n')).split('\n'));
    run = [];
  };
  for (const line of lines) {
    const opens = FENCE.exec(line)?.[1];
    if (fence === null && opens !== undefined) {
      flush();
      fence = opens;
    } else if (fence !== null && line.trimStart().startsWith(fence)) fence = null;
    if (fence !== null || opens !== undefined) out.push(line);
    else run.push(line);
  }
  flush();
  return out;
}

/** Groups lines into headings, paragraphs and list items. */
function readItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let open: Item | null = null;
  const close = (): void => {
    if (open) items.push(boldHeading(open) ?? open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      const code: string[] = [];
      for (
        i++;
        i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence[1] ?? '```');
        i++
      )
        code.push(lines[i] ?? '');
      if (code.some((l) => l.trim() !== ''))
        items.push({ kind: 'paragraph', lines: code, verbatim: true });
      continue;
    }
    const table = HTML_TABLE_START.test(line)
      ? { end: htmlTableEnd(lines, i), read: (rows: string[]) => htmlTableRows(rows.join('\n')) }
      : LATEX_TABLE_START.test(line)
        ? {
            end: latexTableEnd(lines, i),
            read: (rows: string[]) => latexTableRows(rows.join('\n')),
          }
        : isPipeTableStart(lines, i)
          ? { end: pipeTableEnd(lines, i), read: pipeTableRows }
          : null;
    if (table) {
      close();
      const text = tableText(table.read(lines.slice(i, table.end + 1)));
      if (text !== '') items.push({ kind: 'table', text });
      i = table.end;
      continue;
    }
    const math = markdownDisplayMath(lines, i);
    if (math) {
      close();
      if (math.text !== '') items.push({ kind: 'math', text: math.text });
      i = math.next - 1;
      continue;
    }
    if (line.trim() === '' || HTML_COMMENT.test(line) || LINK_DEFINITION.test(line)) {
      close();
      continue;
    }
    const caption = FIGCAPTION.exec(line);
    if (caption) {
      close();
      items.push({ kind: 'caption', text: caption[1] ?? '' });
      continue;
    }
    const fencedDiv = FENCED_DIV.exec(line);
    if (fencedDiv) {
      close();
      const [, attributes, name] = fencedDiv;
      items.push({
        kind: 'html',
        divs: [
          attributes !== undefined || name !== undefined ? divAttributes(attributes, name) : null,
        ],
      });
      continue;
    }
    if (CONTAINER_TAGS.test(line)) {
      close();
      const divs: Array<string | null> = [];
      for (const tag of line.matchAll(CONTAINER_TAG))
        if (tag[2]) divs.push(tag[1] ? null : (tag[3] ?? ''));
      if (divs.length > 0) items.push({ kind: 'html', divs });
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      items.push({
        kind: 'heading',
        hashes: (heading[1] ?? heading[3] ?? '#').length,
        text: heading[2] ?? '',
      });
      continue;
    }
    const current = open as Item | null;
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && current?.kind === 'paragraph' && !current.verbatim) {
      items.push({
        kind: 'heading',
        hashes: underline[1]?.startsWith('=') ? 1 : 2,
        text: current.lines.join(' '),
      });
      open = null;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      close();
      continue;
    }
    const footnote = FOOTNOTE_DEFINITION.exec(line);
    if (footnote) {
      close();
      open = { kind: 'footnote', lines: [footnote[1] ?? ''] };
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      open = { kind: 'item', marker: item[2] ?? '-', lines: [item[3] ?? ''] };
      continue;
    }
    const text = BLOCK_QUOTE.exec(line)?.[1] ?? line;
    if (
      current &&
      (current.kind === 'paragraph' || current.kind === 'item' || current.kind === 'footnote')
    )
      current.lines.push(text);
    else open = { kind: 'paragraph', lines: [text], verbatim: false };
  }
  close();
  return items;
}

/** A paragraph of one line all in bold: `**References**`, `__2. Methods__`. */
const BOLD_LINE = /^\s*(\*\*|__)(?=\S)([^*_]*?\S)\1[ \t]*:?[ \t]*$/;
/** The heading a converter or R Markdown writes as a bold line: of a known section only. */
const BOLD_HEADING = 0;

/**
 * A paragraph that is nothing but a bold section name (`**References**`, `**2. Methods**`), as
 * R Markdown's citation packages and Word-to-Markdown converters write headings: a heading at the
 * paper's top level (`hashes` 0, set once the levels are known). A bold line of anything else is
 * an emphasised paragraph.
 */
function boldHeading(item: Item): Item | null {
  if (item.kind !== 'paragraph' || item.verbatim || item.lines.length !== 1) return null;
  const text = BOLD_LINE.exec(item.lines[0] ?? '')?.[2];
  return text !== undefined && isSectionName(text)
    ? { kind: 'heading', hashes: BOLD_HEADING, text }
    : null;
}

/** Bold headings at the level of the paper's top sections: that of its headings after the first. */
function levelBoldHeadings(items: readonly Item[]): Item[] {
  const hashes = items.flatMap((it) =>
    it.kind === 'heading' && it.hashes !== BOLD_HEADING ? [it.hashes] : [],
  );
  // A loop, not `Math.min(...hashes)`: a file may have more headings than a call takes arguments.
  let top = (hashes[0] ?? 1) + 1;
  if (hashes.length > 1) {
    top = Infinity;
    for (let i = 1; i < hashes.length; i++) top = Math.min(top, hashes[i] as number);
  }
  return items.map((it) =>
    it.kind === 'heading' && it.hashes === BOLD_HEADING ? { ...it, hashes: top } : it,
  );
}

/** A fenced div's attributes (`#refs .references`, or a bare class name) written as an HTML `div`'s. */
function divAttributes(attributes: string | undefined, name: string | undefined): string {
  const words = (attributes ?? '').split(/\s+/);
  const id = words.find((w) => w.startsWith('#'))?.slice(1);
  const classes = words.filter((w) => w.startsWith('.')).map((w) => w.slice(1));
  if (name !== undefined) classes.push(name);
  return `${id === undefined ? '' : `id="${id}" `}class="${classes.join(' ')}"`;
}

function toBlocks(read: readonly Item[], lexicon: Lexicon): RawBlock[] {
  const items = levelBoldHeadings(read);
  const blocks: RawBlock[] = [];
  const titleIndex = items.findIndex((it) => it.kind === 'heading');
  const titleItem = items[titleIndex];
  // A converter that writes every heading as `##` (docling) still opens with the title: a first
  // line of the file that is a heading, unnumbered, naming no section and followed by text (the
  // byline), is the title too.
  const opensWithTitle =
    titleIndex === 0 &&
    items[1]?.kind !== 'heading' &&
    titleItem?.kind === 'heading' &&
    !splitSectionNumber(titleItem.text);
  const hasTitle =
    titleItem?.kind === 'heading' &&
    (titleItem.hashes === 1 || opensWithTitle) &&
    !isSectionName(titleItem.text) &&
    items.slice(0, titleIndex).every((it) => it.kind !== 'heading');
  let base = 6;
  items.forEach((it, i) => {
    if (it.kind === 'heading' && !(hasTitle && i === titleIndex)) base = Math.min(base, it.hashes);
  });
  let bibliography: Bibliography | null = null;
  const flushBibliographyLines = (): void => {
    const bib = bibliography as { lines: SourceLine[] } | null;
    if (!bib) return;
    // The lines were stripped of their markup as they were read (`addBibliographyItem`).
    const run = splitReferenceLines(bib.lines, 0);
    for (const entry of run.entries) {
      const text = joinWrappedLines(entry.lines, lexicon);
      blocks.push({ kind: 'reference', text, number: entry.number });
    }
    // What the list holds that is no entry (a note inside it, prose after it with no heading
    // between: an appendix, the authors' biographies) is text of the paper, never lost.
    for (const note of run.notes)
      blocks.push({ kind: 'paragraph', text: joinWrappedLines(note.split('\n'), lexicon) });
    for (const paragraph of paragraphsOf(bib.lines.slice(run.next)))
      blocks.push({ kind: 'paragraph', text: joinWrappedLines(paragraph, lexicon) });
    bib.lines = [];
  };
  const flushBibliography = (): void => {
    flushBibliographyLines();
    bibliography = null;
  };

  /** How deep in `div`s the reading is, and the depth of the reference list's `div` if one is open. */
  let divDepth = 0;
  let refsDepth: number | null = null;
  let bibliographyOfDiv = false;
  const readDivs = (divs: ReadonlyArray<string | null>): void => {
    for (const div of divs) {
      if (div === null) {
        if (refsDepth === divDepth) {
          refsDepth = null;
          if (bibliographyOfDiv) flushBibliography();
          bibliographyOfDiv = false;
        } else if (bibliography) flushBibliographyLines();
        divDepth = Math.max(0, divDepth - 1);
        continue;
      }
      divDepth++;
      if (refsDepth === null && REFS_DIV.test(div)) {
        refsDepth = divDepth;
        bibliographyOfDiv = bibliography === null;
        // Pandoc writes the list without a heading when the paper gives it none: any heading ends it.
        bibliography ??= { hashes: 6, lines: [], lastNumber: null, lastWritten: null, offset: 0 };
      } else if (bibliography && ENTRY_DIV.test(div)) flushBibliographyLines();
    }
  };

  /** After the title, before any heading or paragraph of prose: paragraphs may be the byline. */
  let front = false;
  items.forEach((item, i) => {
    if (item.kind === 'html') {
      readDivs(item.divs);
      return;
    }
    const byline = front && item.kind === 'paragraph' && !item.verbatim && bylineText(item.lines);
    front = byline !== false;
    if (byline !== false) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'byline') last.text += `\n${byline}`;
      else blocks.push({ kind: 'byline', text: byline });
      return;
    }
    if (item.kind === 'math') {
      blocks.push({ kind: 'equation', text: item.text.split('\n').map(latexText).join('\n') });
      return;
    }
    if (item.kind === 'table' || item.kind === 'caption' || item.kind === 'footnote') {
      if (bibliography) flushBibliographyLines();
      if (item.kind === 'table') blocks.push({ kind: 'table', text: item.text });
      else if (item.kind === 'caption')
        blocks.push({ kind: 'caption', text: stripInlineMarkup(item.text).trim() });
      else blocks.push({ kind: 'footnote', text: clean(item.lines, lexicon) });
      return;
    }
    if (item.kind === 'heading') {
      const bib = bibliography as { hashes: number } | null;
      if (bib && item.hashes > bib.hashes) {
        flushBibliographyLines();
        blocks.push(sectionHeading(item, base));
        return;
      }
      flushBibliography();
      bibliographyOfDiv = false;
      const title = stripInlineMarkup(item.text).trim();
      front = hasTitle && i === titleIndex;
      if (front) blocks.push({ kind: 'title', text: title });
      else blocks.push(sectionHeading(item, base));
      if (isBibliographyTitle(splitSectionNumber(title)?.title ?? title))
        bibliography = {
          hashes: item.hashes,
          lines: [],
          lastNumber: null,
          lastWritten: null,
          offset: 0,
        };
      return;
    }
    if (bibliography) {
      if (item.kind === 'item') flushBibliographyLines();
      addBibliographyItem(bibliography, item, blocks, lexicon);
      return;
    }
    blocks.push(...paragraphBlocks(item, lexicon));
  });
  flushBibliography();
  return blocks.filter((b) => b.text !== '');
}

/** Lines as paragraphs: the texts of each run of lines between blank ones. */
function paragraphsOf(lines: readonly SourceLine[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines)
    if (line.text === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(line.text);
  return paragraphs.filter((p) => p.length > 0);
}

/** A paragraph's lines as a byline (line breaks kept, markup stripped), or false for prose. */
function bylineText(lines: readonly string[]): string | false {
  const text = lines
    .map((l) => stripInlineMarkup(l).trim())
    .filter((l) => l !== '')
    .join('\n');
  return text !== '' && isBylineText(text.replace(/\n/g, ' ')) ? text : false;
}

function isSectionName(text: string): boolean {
  const title = splitSectionNumber(text)?.title ?? text;
  return (
    isAbstractTitle(title) ||
    isBibliographyTitle(title) ||
    isKnownSectionTitle(title) ||
    splitSectionNumber(text) !== null
  );
}

function sectionHeading(item: Item & { kind: 'heading' }, base: number): RawBlock {
  const text = stripInlineMarkup(item.text).trim();
  const numbered = splitSectionNumber(text);
  const title = numbered ? numbered.title : text;
  const role = isAbstractTitle(title)
    ? 'abstract'
    : isBibliographyTitle(title)
      ? 'bibliography'
      : 'section';
  const block = headingBlock(
    numbered?.number ?? null,
    title.replace(/\s*:$/, ''),
    role,
    numbered ? text.slice(0, numbered.titleOffset) : '',
  );
  return block.kind === 'heading'
    ? { ...block, level: Math.max(1, item.hashes - base + 1) }
    : block;
}

function clean(lines: readonly string[], lexicon: Lexicon): string {
  return stripInlineMarkup(joinWrappedLines(lines, lexicon));
}

/** A paragraph, list item or code block as paragraph blocks (an `Abstract:` lead-in becomes a heading). */
function paragraphBlocks(item: Item, lexicon: Lexicon): RawBlock[] {
  if (item.kind !== 'paragraph' && item.kind !== 'item') return [];
  if (item.kind === 'paragraph' && item.verbatim) {
    const code = item.lines
      .filter((l) => l.trim() !== '')
      .map((l) => l.trimEnd())
      .join('\n');
    return [{ kind: 'paragraph', text: code }];
  }
  const text = clean(item.lines, lexicon);
  if (item.kind === 'item') {
    const ordered = /\d/.test(item.marker);
    return [{ kind: 'paragraph', text: ordered ? `${item.marker} ${text}` : text }];
  }
  const rest = splitAbstractLeadIn(text);
  if (rest === null || rest === '') return [{ kind: 'paragraph', text }];
  return [headingBlock(null, 'Abstract', 'abstract'), { kind: 'paragraph', text: rest }];
}

/**
 * `[27] Zhang, C. … Conference on * [28] Zhang, Y. …`: the next bulleted entry run into this one
 * (Nougat's output), cut where a bullet stands before the next number; the item as it is otherwise.
 */
function bulletsRunTogether(body: string): string[] {
  const entries: string[] = [];
  let rest = body;
  for (let number = Number(/^\[(\d{1,4})\]/.exec(body)?.[1]); Number.isInteger(number); number++) {
    const next = rest.indexOf(` * [${number + 1}] `);
    const dash = rest.indexOf(` - [${number + 1}] `);
    const at = next < 0 ? dash : dash < 0 ? next : Math.min(next, dash);
    if (at < 0) break;
    entries.push(rest.slice(0, at).trim());
    rest = rest.slice(at + 3);
  }
  entries.push(rest);
  return entries;
}

/** An entry's own label at its start: `[12]`, `12.`, `12)`, `(12) Name` (ACS's; not a year's `(2015).`). */
const LABELLED = /^(?:\[\d{1,4}\]|\d{1,4}[.)](?:\s|$)|\(\d{1,4}\)\s*(?=\p{L}|\([a-z]\)\s))/u;

/** What an entry's rest carries: a year, pages, a DOI, a URL, a volume or issue. */
const ENTRY_TAIL_MARK =
  /\b(?:1[5-9]|20)\d\d[a-z]?\b|\d\s*[-–—]{1,2}\s*\d|\bdoi\b|\b10\.\d{4,}\/|https?:\/\/|\bwww\.|\b(?:pp?|vol|no)\.\s*\d|\bpages\b/i;
/** The lowercase words a venue, a publisher or an entry's tail is written with. */
const ENTRY_WORDS = new Set(
  'the and for with via from pages volume vol edition press preprint available online accessed retrieved doi url proceedings conference journal transactions symposium workshop international university editor editors eds chapter part suppl supplement issue number thesis dissertation report technical submitted accepted forthcoming abstracts letters review series'.split(
    ' ',
  ),
);
/**
 * How an entry ends: its year after a comma, a period, a parenthesis or a month (`, October
 * 2021.`, `(2015).`), its pages (`640–651.`, `p. 12.`), its DOI or URL.
 */
const ENTRY_END =
  /(?:(?:[,.;:(]|\b\p{Lu}\p{Ll}{2,8}\.?)\s*(?:1[5-9]|20)\d\d[a-z]?\)?|\d\s*[-–—]{1,2}\s*\d+|\bpp?\.\s*\d+|(?:doi:?\s*|https?:\/\/|\b10\.\d{4,}\/)\S+)[.)]?$/iu;
/** The longest an entry's rest set apart from it runs. */
const MAX_ENTRY_TAIL = 250;
/** A tail with more lowercase words of running text than this is prose. */
const MAX_TAIL_PROSE_WORDS = 3;

/**
 * Whether a paragraph reads as the rest of an entry cut from it: short, carrying a year, pages, a
 * DOI or a URL, and either ending as an entry ends or (journal-like, in title case) holding no
 * more than a few lowercase words of running text.
 */
function isEntryTail(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_ENTRY_TAIL || !ENTRY_TAIL_MARK.test(trimmed)) return false;
  if (ENTRY_END.test(trimmed)) return true;
  const words = trimmed.replace(/\S*(?:https?:\/\/|www\.)\S*/g, ' ');
  const prose = (words.match(/(?<![\p{L}\p{N}./])\p{Ll}{3,}(?![\p{L}\p{N}])/gu) ?? []).filter(
    (word) => !ENTRY_WORDS.has(word),
  );
  return prose.length <= MAX_TAIL_PROSE_WORDS;
}

/** List items are entries as they stand; paragraphs go through the shared entry splitter. */
function addBibliographyItem(
  bibliography: Bibliography,
  item: Item,
  blocks: RawBlock[],
  lexicon: Lexicon,
): void {
  if (item.kind === 'item') {
    const ordered = /\d/.test(item.marker);
    const body = clean(item.lines, lexicon);
    if (ordered) {
      // An ordered list written `1.` `1.` `1.` reads 1, 2, 3, and one a converter restarts at
      // `1.` after a page break goes on from where it was; any other number is the entry's own,
      // even out of order (docling reads a page's `7.` before its `6.` at times).
      const written = Number(item.marker.replace(/\D/g, ''));
      const { lastNumber, lastWritten } = bibliography;
      if (lastNumber !== null && written === 1 && lastWritten !== null && lastWritten > 1)
        bibliography.offset = lastNumber;
      const number =
        lastNumber !== null && written === lastWritten
          ? lastNumber + 1
          : written + bibliography.offset;
      bibliography.lastNumber = number;
      bibliography.lastWritten = written;
      blocks.push({
        kind: 'reference',
        text: `${number}${item.marker.slice(-1)} ${body}`,
        number: String(number),
      });
    } else {
      for (const entry of bulletsRunTogether(body))
        blocks.push({
          kind: 'reference',
          text: entry,
          number: /^\[(\d{1,4})\]/.exec(entry)?.[1] ?? null,
        });
    }
  } else if (item.kind === 'paragraph') {
    // An entry's end set apart by a blank line, unindented (`Switching … for crowd` / blank /
    // `counting. In Proceedings…`, a converter's page break): it goes on from the item before.
    // A table or a caption a page break set inside the list (Nougat's, MinerU's) stands apart
    // from the entries: the entry it cut goes on after it.
    const first = item.lines[0]?.trim() ?? '';
    if (bibliography.lines.length === 0 && isCaptionLine(first)) {
      blocks.push({ kind: 'caption', text: clean(item.lines, lexicon) });
      return;
    }
    let at = blocks.length - 1;
    while (at > 0 && (blocks[at]?.kind === 'table' || blocks[at]?.kind === 'caption')) at--;
    const last = blocks[at];
    // So does one of a numbered list that brings no label of its own and reads as the rest of an
    // entry (`*Computer Vision*, pages 833–841, 2015.`, the rest of `[27] …In *Proceedings of the
    // IEEE Conference on*`); prose after the list (the authors' biographies, an appendix) does not.
    const unlabelled =
      last?.kind === 'reference' &&
      last.number !== null &&
      !LABELLED.test(stripInlineMarkup(first)) &&
      isEntryTail(stripInlineMarkup(item.lines.join(' ')));
    if (
      bibliography.lines.length === 0 &&
      last?.kind === 'reference' &&
      (/^\p{Ll}/u.test(first) || unlabelled)
    ) {
      blocks[at] = { ...last, text: `${last.text} ${clean(item.lines, lexicon)}` };
      return;
    }
    if (bibliography.lines.length > 0) bibliography.lines.push({ text: '', indent: 0 });
    // Stripped of markup before the entries are split, the paragraph at once (emphasis may wrap):
    // Pandoc's `<span class="csl-left-margin">\[1\] </span>` is then a label, and a line opening
    // with an emphasised journal (`*Proc. R. Soc. B* 266: 859–67.`) no note.
    const whole = stripInlineMarkup(item.lines.join('\n')).split('\n');
    const stripped =
      whole.length === item.lines.length ? whole : item.lines.map((l) => stripInlineMarkup(l));
    item.lines.forEach((line, k) =>
      bibliography.lines.push({
        text: (stripped[k] ?? '').trim(),
        indent: line.length - line.trimStart().length,
      }),
    );
  }
}
