/**
 * `parsePaper`: from a decoded source to the paper model. The format parser gives blocks of text;
 * this module joins them into the one canonical text (blocks separated by a blank line), gives
 * every block, reference and citation its `[start, end)` offsets into it, and names the paper.
 * A giant paragraph is then cut into pieces that are ranges of the same text (`split-paragraphs.ts`).
 */
import { LEAD_MARK, TABLE_MARK } from './aside-blocks';
import { findCitations } from './citations';
import { withoutCoverHeadings } from './cover-headings';
import { limitBlocks, type BlockBounds } from './limit-blocks';
import { withoutLinkWords } from './link-words';
import { parseMarkdownBlocks } from './markdown-blocks';
import type { RawBlock } from './raw-block';
import { alignGivenNamesFirst } from './given-names';
import { fillRepeatedAuthors } from './repeated-authors';
import { parseReferenceFields, referenceLabel, type ParsedReference } from './reference-fields';
import { addSuperscriptCitations } from './superscript-citations';
import { addFlatSuperscriptCitations } from './flat-superscripts';
import { PARSER_VERSION } from './parser-version';
import { splitLongParagraphs } from './split-paragraphs';
import { parseTextBlocks } from './text-blocks';
import { VERSION_STATUS } from './text-headings';
import { placeBlocks } from './pdf/block-boxes';
import { mapPrivateUse } from './private-use-text';
import type { LineBox } from './pdf/line-boxes';
import { humaniseFileName } from './title';
import {
  asReferenceId,
  docOffset,
  type Block,
  type Paper,
  type PaperFormat,
  type PaperId,
  type Reference,
} from './types';

/** Bump it (in `parser-version.ts`) whenever the same source would parse differently. */
export { PARSER_VERSION } from './parser-version';

/** What `parsePaper` needs besides the source text. */
export interface ParsePaperOptions {
  /** `text` for plain or PDF-extracted text (`pdf` is read the same way), `markdown` for Markdown. */
  format: PaperFormat;
  /** The source's file name: shown in the recent-papers list, and the title when the text has none. */
  fileName: string;
  /** `sha256:<hex>` of the source bytes (see `paperIdFromBytes`). */
  id: PaperId;
  /** Headings and blocks kept as they are (`BLOCK_BOUNDS`); benchmarks lift them to compare. */
  bounds?: BlockBounds;
  /** For a PDF: where each line of the source was printed; blocks then get pages and boxes. */
  lines?: readonly LineBox[];
}

/** Separates blocks in the canonical text. */
const BLOCK_SEPARATOR = '\n\n';

/**
 * Parses a decoded paper source into the paper model: canonical text, blocks, reference entries
 * with their fields, and in-text citation markers linked to them. Pure and deterministic.
 */
export function parsePaper(source: string, options: ParsePaperOptions): Paper {
  // Only the PDF layout marks run-in headings and table rows; in any other source those marks,
  // like every control character but the white space, mean nothing and would show as boxes.
  const read = options.format === 'pdf' ? source : withoutControls(source);
  const parsed = options.format === 'markdown' ? parseMarkdownBlocks(read) : parseTextBlocks(read);
  // Bounded before offsets are given: a file of 100,000 headings must not block the tab.
  const { blocks: bounded, limits } = limitBlocks(parsed, options.bounds);
  const raw =
    options.format === 'markdown'
      ? withoutEntryLinkWords(bounded)
      : options.format === 'text'
        ? withoutEntryLinkWords(withoutCoverHeadings(bounded))
        : withoutCoverHeadings(bounded);
  const { text, blocks: assembled, references } = assemble(raw);
  const titleBlock = raw.find((b) => b.kind === 'title')?.text;
  const title =
    titleBlock?.replace(VERSION_STATUS, '').replace(TITLE_NOTE_MARKS, '') ||
    humaniseFileName(options.fileName);
  const found = addSuperscriptCitations(
    text,
    assembled,
    references,
    findCitations(text, assembled, references, { listOrder: options.format !== 'text' }),
  );
  // A PDF's layout writes raised digits as superscripts; text and Markdown may have lost them.
  const citations =
    options.format === 'pdf'
      ? found
      : addFlatSuperscriptCitations(text, assembled, references, found);
  // Cut once the citations are known, so no marker is cut in two; then placed on the PDF's lines.
  const pieces = splitLongParagraphs(text, assembled, citations);
  return {
    id: options.id,
    title,
    format: options.format,
    fileName: options.fileName,
    text,
    references,
    blocks: options.lines ? placeBlocks(source, options.lines, text, pieces) : pieces,
    citations,
    parserVersion: PARSER_VERSION,
    ...(limits && { limits }),
  };
}

/** Reference entries without the link words a copied web page sets after each (`link-words.ts`). */
function withoutEntryLinkWords(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((b) => {
    if (b.kind !== 'reference') return b;
    const text = withoutLinkWords(b.text);
    return text === b.text ? b : { ...b, text };
  });
}

/**
 * Control characters other than white space (the layout's marks among them), and C1 codes: what
 * a PDF's unmapped glyphs leave in text copied or converted from it (`(\u000F, δ)` for `(ε, δ)`).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Footnote marks a title carries to its first-page note (LNCS's `⋆`, an economics paper's `*`):
 * the paper's name (the recent papers, the exports) is the title without them; the title block
 * keeps them as printed.
 */
const TITLE_NOTE_MARKS = /(?<=[\p{L}\p{N})?!.])\s*[⋆*∗†‡§¶]+$/u;

/**
 * LaTeX's accented i (`\'{\i}`) as text tools write it: a dotless `ı` and a combining accent,
 * which NFC leaves apart (`Jiřı́`, `Martı́nez`). Read as the accented `i` it prints; no language
 * puts an accent on a dotless i (Turkish `ı` stands alone).
 */
const DOTLESS_I_ACCENTED = /ı(?=[\u0300-\u036f])/g;

/**
 * A text or Markdown source without stray control characters (a vertical tab breaks the line),
 * with its private-use characters read as the symbols they draw, as a PDF's are, or shown as
 * the replacement character (`private-use-text.ts`), and its letters composed with their accents
 * (pdftotext writes `Schölkopf` as `o` and a combining diaeresis: no rule reading names as letters
 * would see one word in it).
 */
function withoutControls(source: string): string {
  const clean = source.replace(STRAY_CONTROLS, '').replaceAll('\v', '\n');
  const composed = /[\u0300-\u036f]/.test(clean)
    ? clean.replace(DOTLESS_I_ACCENTED, 'i').normalize('NFC')
    : clean;
  return mapPrivateUse(composed);
}

/**
 * A block's text as it goes into the canonical text: never empty, never holding a blank line, nor
 * the layout's marks (a run-in heading's, a table row's: the text parser takes those out).
 */
function blockText(text: string): string {
  // Each replacement only where it has something to do: most blocks hold none of them.
  const unled = text.includes(LEAD_MARK) ? text.replaceAll(LEAD_MARK, '') : text;
  const unmarked = unled.includes(TABLE_MARK) ? unled.replaceAll(TABLE_MARK, '') : unled;
  return (unmarked.includes('\n\n') ? unmarked.replace(/\n{2,}/g, '\n') : unmarked).trim();
}

function assemble(raw: readonly RawBlock[]): {
  text: string;
  blocks: Block[];
  references: Reference[];
} {
  const parts: string[] = [];
  const blocks: Block[] = [];
  const references: Reference[] = [];
  const usedIds = new Set<string>();
  const read: (ParsedReference & { number: string | null })[] = [];
  let offset = 0;
  for (const item of raw) {
    const text = blockText(item.text);
    if (text === '') continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const start = docOffset(offset);
    const end = docOffset(offset + text.length);
    const id = `b${blocks.length}`;
    parts.push(text);
    offset += text.length;
    switch (item.kind) {
      case 'title':
      case 'footnote':
      case 'caption':
      case 'code':
      case 'figure-text':
      case 'byline':
      case 'equation':
      case 'table':
        blocks.push({ id, kind: item.kind, start, end });
        break;
      case 'paragraph': {
        const lead = item.lead !== undefined && item.lead < text.length ? item.lead : 0;
        blocks.push(
          lead > 0
            ? { id, kind: 'paragraph', start, end, leadEnd: docOffset(start + lead) }
            : { id, kind: 'paragraph', start, end },
        );
        break;
      }
      case 'heading': {
        const lead = item.text.length - item.text.trimStart().length;
        const titleStart = docOffset(Math.min(end, start + Math.max(0, item.titleOffset - lead)));
        blocks.push({
          id,
          kind: 'heading',
          start,
          end,
          level: item.level,
          number: item.number,
          titleStart,
          role: item.role,
        });
        break;
      }
      case 'reference': {
        const parsed = parseReferenceFields(text);
        const number = item.number ?? parsed.number;
        const position = references.length + 1;
        const refId = asReferenceId(
          uniqueId(number !== null ? `ref-${number}` : `ref-${position}`, usedIds),
        );
        read.push({ ...parsed, number });
        references.push({
          id: refId,
          label: referenceLabel(number, parsed.fields, position),
          start,
          end,
          fields: parsed.fields,
        });
        blocks.push({ id, kind: 'reference', start, end, refId });
        break;
      }
    }
  }
  // A list written given name first, read so in its entries that do not show it themselves; an
  // entry that prints a rule for its authors given those of the entry before. (Nothing to align
  // without a list: skipped, the optimised code of this function also kept from meeting the
  // empty arrays' other hidden class on every paper without references.)
  if (read.length > 0) {
    const aligned = fillRepeatedAuthors(
      alignGivenNamesFirst(read).map((fields, i) => ({ ...read[i], fields })),
    );
    aligned.forEach((fields, i) => {
      const ref = references[i];
      const entry = read[i];
      if (ref && entry && fields !== entry.fields)
        references[i] = { ...ref, fields, label: referenceLabel(entry.number, fields, i + 1) };
    });
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks, references };
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}
