/**
 * What both reports need: each annotation with the section it sits in (from the paper's headings,
 * by where its passage is now), in reading order, and each linked reference in full.
 */
import { anchor } from '../../anchoring/anchor';
import { getTextIndex } from '../../anchoring/text-index';
import { listSections, type Section } from '../../paper/sections';
import type { Paper, Reference } from '../../paper/types';
import type { Annotation, AnnotationId, AnnotationSet, SetId } from '../types';

export type ReportPaper = Paper;

/** Where each annotation's passage starts now (from the app's anchors); null for an orphan. */
export type CurrentStarts = Readonly<Record<AnnotationId, number | null>>;

export interface ReportRow {
  annotation: Annotation;
  /** null before the first heading, or for an orphan (not placed in the text). */
  section: Section | null;
  start: number | null;
}

/** `2. Method`, or the title alone for an unnumbered heading. */
export const sectionName = (s: Section | null) =>
  s ? (s.number ? `${s.number}. ${s.title}` : s.title) : '';

/** The heading a report files a row under: its section, or where an orphan or an early passage goes. */
export const rowHeading = (row: ReportRow): string =>
  row.start === null
    ? 'Not found in this version of the text'
    : sectionName(row.section) || 'Before the first section';

/**
 * Annotations in reading order with their sections; orphans last. Without `starts` (the app's
 * current anchors), each annotation is anchored here.
 */
export function reportRows(
  paper: ReportPaper,
  annotations: readonly Annotation[],
  starts?: CurrentStarts,
): ReportRow[] {
  const sections = listSections(paper);
  const index = getTextIndex(paper.text);
  const startOf = (a: Annotation): number | null => {
    if (starts && Object.hasOwn(starts, a.id)) return starts[a.id] ?? null;
    const found = anchor(paper.text, a.target, { index });
    return found.status === 'orphan' ? null : found.start;
  };
  return annotations
    .map((annotation) => {
      const start = startOf(annotation);
      return { annotation, start, section: start === null ? null : innermost(sections, start) };
    })
    .sort(
      (a, b) =>
        (a.start ?? Infinity) - (b.start ?? Infinity) ||
        a.annotation.created - b.annotation.created,
    );
}

function innermost(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const s of sections)
    if (s.start <= offset && offset < s.end && (!found || s.level >= found.level)) found = s;
  return found;
}

/**
 * The printed page a passage of a PDF starts on (1-based), or null for a text or Markdown paper
 * (or an offset outside every block). A block knows the rectangle of each printed line in reading
 * order, not where its text breaks between them: the offset's share of the block's text is taken
 * as the same share of its lines' widths, which finds the line to within one.
 */
export function pageAt(paper: ReportPaper, offset: number): number | null {
  const block = paper.blocks.find((b) => b.start <= offset && offset < b.end);
  if (!block?.page) return null;
  const boxes = block.boxes ?? [];
  const first = boxes[0];
  if (!first || boxes.every((b) => b.page === first.page)) return block.page;
  const total = boxes.reduce((sum, b) => sum + b.width, 0);
  const wanted = ((offset - block.start) / (block.end - block.start)) * total;
  let reached = 0;
  for (const box of boxes) {
    reached += box.width;
    if (reached > wanted) return box.page;
  }
  return boxes.at(-1)!.page;
}

/** The reference a label names, if the paper's list has it. */
export const referenceByLabel = (paper: ReportPaper, label: string): Reference | undefined =>
  paper.references.find((r) => r.label === label);

/** A reference's entry as printed in the paper. */
export const referenceText = (paper: ReportPaper, ref: Reference) =>
  oneLine(paper.text.slice(ref.start, ref.end));

/**
 * Whose a row's highlight is, as text to be escaped: `from “Seminar 3” (imported)` or
 * `from “My annotations” (your own)` where `rows` (all the report's) are of more than one layer (the same quote
 * highlighted in two layers is otherwise listed twice with nothing to tell them apart). Where they
 * are of one: null, or with `always` the set's name alone (an entry's line says it, as before).
 */
export function layerOfRow(
  rows: readonly ReportRow[],
  sets: Readonly<Record<SetId, AnnotationSet>> | undefined,
): (row: ReportRow, always?: boolean) => string | null {
  const many = new Set(rows.map((r) => r.annotation.setId)).size > 1;
  return ({ annotation: { setId } }, always = false) => {
    const set = sets && Object.hasOwn(sets, setId) ? sets[setId] : undefined;
    // A set not given (its id means nothing to a reader): said apart from the others, unnamed.
    if (!set) return many ? 'from another layer' : null;
    const from = `from “${oneLine(set.name)}”`;
    if (!many) return always ? from : null;
    return `${from} (${set.origin === 'imported' ? 'imported' : 'your own'})`;
  };
}

/** Text on one line: each run of white space (line breaks too) as one space, trimmed. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
