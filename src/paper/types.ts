/**
 * The paper model: one canonical text per paper, and everything else as offsets into it.
 *
 * Blocks, references and citation markers are `[start, end)` ranges of `Paper.text`. Views render
 * blocks and split their text at marker and highlight boundaries; annotations anchor to offsets of
 * the same string. Offsets carry the `DocOffset` brand so they cannot be mixed with line- or
 * page-local numbers (the idea of excalidraw's branded points in packages/math/src/types.ts).
 */

/** An offset into `Paper.text` (UTF-16 code units, like `String.prototype.slice`). */
export type DocOffset = number & { readonly __brand: 'DocOffset' };

/** Brands a plain number as an offset into a paper's canonical text. */
export const docOffset = (n: number): DocOffset => n as DocOffset;

/** `sha256:<64 hex>` of the source file's bytes: stable across parser versions. */
export type PaperId = string & { readonly __brand: 'PaperId' };

/** Brands a string as a paper id: a freshly hashed file, or an id read from validated data. */
export const asPaperId = (s: string): PaperId => s as PaperId;

/** The id of an entry of a paper's reference list: `ref-1`, ... as the parser names them. */
export type ReferenceId = string & { readonly __brand: 'ReferenceId' };

/** Brands a string as a reference id; only the reference-list parser names references. */
export const asReferenceId = (s: string): ReferenceId => s as ReferenceId;

export type PaperFormat = 'text' | 'markdown' | 'pdf';

/**
 * A rectangle on a page of a PDF, in PDF user space as pdf.js's viewport at scale 1 places it:
 * points from the page's lower-left corner, y growing upwards, `(x, y)` the rectangle's
 * lower-left corner (a page view at `scale` draws it at `x * scale`, `(pageHeight - y - height)
 * * scale` from its top-left). `page` counts from 1.
 */
export interface PageBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface BlockBase {
  /** Stable within one parse: `b0`, `b1`, ... in reading order. */
  id: string;
  start: DocOffset;
  end: DocOffset;
  /** For a PDF: the page the block starts on (1-based). Text and Markdown papers have none. */
  page?: number;
  /** For a PDF: one rectangle per printed line of the block, in reading order. */
  boxes?: PageBox[];
}

/** The paper's own title (a Markdown `# Title`, or a title found at the top of a text file). */
export interface TitleBlock extends BlockBase {
  kind: 'title';
}

/**
 * A section heading. Its range covers the whole heading line as shown, number included
 * (`2. Always adhere to ...`); `titleStart` is where the title proper begins.
 */
export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 for top-level sections, 2 for `2.1`, and so on (Markdown: number of `#` minus one). */
  level: number;
  /** The section number as written, without trailing dot (`2`, `2.1`), or null when unnumbered. */
  number: string | null;
  titleStart: DocOffset;
  /** What the section is: the abstract, the reference list, or an ordinary section. */
  role: 'abstract' | 'bibliography' | 'section';
}

/**
 * A paragraph of running text (the abstract's body is made of paragraphs too). `leadEnd` marks a
 * run-in heading printed at its start (`Materials.`, `Proof.`): the lead is `[start, leadEnd)`.
 */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  leadEnd?: DocOffset;
}

/**
 * Text set apart from the running text, never merged into a paragraph nor taken for a heading:
 * a footnote or copyright note (`footnote`, shown after the paragraph it interrupted), a figure
 * or table caption (`caption`), a code listing (`code`, its lines kept; citations are never
 * linked inside it), labels of a chart or diagram (`figure-text`), the byline under the title
 * (`byline`: authors, affiliations, e-mails, never in the contents) and a display equation
 * (`equation`, set on lines of its own, its number `(3)` kept), and a table found in a PDF
 * (`table`: its rows, one per line). Citations are linked only in footnotes, captions and tables.
 */
export interface AsideBlock extends BlockBase {
  kind: AsideKind;
}

/** The kinds of {@link AsideBlock}. */
export type AsideKind =
  'footnote' | 'caption' | 'code' | 'figure-text' | 'byline' | 'equation' | 'table';

/** One entry of the reference list; `refId` points into `Paper.references`. */
export interface ReferenceBlock extends BlockBase {
  kind: 'reference';
  refId: ReferenceId;
}

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | AsideBlock | ReferenceBlock;

/** What could be read from a reference entry's text; every field is optional but authors. */
export interface ReferenceFields {
  authors: string[];
  title?: string;
  year?: string;
  venue?: string;
  doi?: string;
  url?: string;
}

/** An entry of the reference list. */
export interface Reference {
  /** `ref-1` for numbered entries, `ref-<n>` by position for author-year entries. */
  id: ReferenceId;
  /** The label as a reader would cite it: `1` for `[1]`/`1.`/`1)`, `Zhang 2013` for author-year. */
  label: string;
  /** The entry's range in `Paper.text`, label included. */
  start: DocOffset;
  end: DocOffset;
  fields: ReferenceFields;
}

/** An in-text citation marker such as `[4]`, `[1–3]` or `Zhang (2013)`. */
export interface Citation {
  /** `c0`, `c1`, ... in reading order. */
  id: string;
  start: DocOffset;
  end: DocOffset;
  /** The references it points to, in the order cited (ranges expanded). Never empty. */
  refIds: ReferenceId[];
  style: 'numeric' | 'author-year';
}

/** What was bounded in a paper too big in structure (see `limit-blocks.ts`). */
export interface PaperLimits {
  /** Headings kept as paragraphs, out of the contents (past `MAX_HEADINGS`). */
  headingsAsText: number;
  /** Blocks past `MAX_BLOCKS`, and the long paragraphs their text was kept in. */
  blocksMerged: number;
  mergedInto: number;
}

/** A parsed paper. Plain JSON: safe to keep in the store and to structured-clone. */
export interface Paper {
  id: PaperId;
  title: string;
  format: PaperFormat;
  /** Where it came from, for the recent-papers list (`precise-poverty....txt`). */
  fileName: string;
  /** The canonical text: blocks separated by a blank line (`\n\n`). */
  text: string;
  blocks: Block[];
  references: Reference[];
  citations: Citation[];
  /** Version of the parser that produced this model; a newer parser re-parses stored sources. */
  parserVersion: number;
  /** Present when the file was too big in structure and was bounded (see `limit-blocks.ts`). */
  limits?: PaperLimits;
}
