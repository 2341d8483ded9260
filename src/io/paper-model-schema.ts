/**
 * What a stored paper model must be before it is shown: the record's shape (valibot, like an
 * import), then its ranges (every block, reference and citation inside the text, in order) and
 * its links (every reference id a block or citation names exists). A record that fails is
 * re-parsed from its source, never shown broken (docs/adr/0006-stored-paper-model.md).
 */
import * as v from 'valibot';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { Paper } from '../paper/types';

import { MODEL_SCHEMA } from './paper-model-version';

export { MODEL_SCHEMA };

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * A JSON object with exactly these fields. A field the schema does not know fails the record (it
 * is then parsed again) rather than being dropped: a model is never shown with parts missing.
 */
function exactObject<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'not an object'),
    v.strictObject(entries),
  );
}

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = Offset;
const Coordinate = v.pipe(v.number(), v.finite());
const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

const PageBoxSchema = exactObject({
  page: PageNumber,
  x: Coordinate,
  y: Coordinate,
  width: Coordinate,
  height: Coordinate,
});

const blockBase = {
  id: v.string(),
  start: Offset,
  end: Offset,
  page: v.optional(PageNumber),
  boxes: v.optional(v.array(PageBoxSchema)),
};

const BlockSchema = v.variant('kind', [
  v.strictObject({ ...blockBase, kind: v.literal('title') }),
  v.strictObject({
    ...blockBase,
    kind: v.literal('heading'),
    level: PageNumber,
    number: v.nullable(v.string()),
    titleStart: Offset,
    role: v.picklist(['abstract', 'bibliography', 'section']),
  }),
  v.strictObject({ ...blockBase, kind: v.literal('paragraph'), leadEnd: v.optional(Offset) }),
  v.strictObject({
    ...blockBase,
    kind: v.picklist(['footnote', 'caption', 'code', 'figure-text', 'byline', 'equation', 'table']),
  }),
  v.strictObject({ ...blockBase, kind: v.literal('reference'), refId: v.string() }),
]);

const ReferenceSchema = exactObject({
  id: v.string(),
  label: v.string(),
  start: Offset,
  end: Offset,
  fields: exactObject({
    authors: v.array(v.string()),
    title: v.optional(v.string()),
    year: v.optional(v.string()),
    venue: v.optional(v.string()),
    doi: v.optional(v.string()),
    url: v.optional(v.string()),
  }),
});

const CitationSchema = exactObject({
  id: v.string(),
  start: Offset,
  end: Offset,
  refIds: v.pipe(v.array(v.string()), v.minLength(1)),
  style: v.picklist(['numeric', 'author-year']),
});

const PaperSchema = exactObject({
  id: v.string(),
  title: v.string(),
  format: v.picklist(['text', 'markdown', 'pdf']),
  fileName: v.string(),
  text: v.string(),
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
  references: v.array(ReferenceSchema),
  citations: v.array(CitationSchema),
  parserVersion: Count,
  limits: v.optional(
    exactObject({ headingsAsText: Count, blocksMerged: Count, mergedInto: Count }),
  ),
});

const UnreadablePageSchema = exactObject({
  page: PageNumber,
  reason: v.picklist(['unmapped-font', 'damaged']),
});

/** A stored model: the parsed paper, the shape it was stored in, and a PDF's unreadable pages. */
export const StoredModelSchema = exactObject({
  schema: v.literal(MODEL_SCHEMA),
  paper: PaperSchema,
  unreadablePages: v.optional(v.array(UnreadablePageSchema)),
});

/** A model stored before the unreadable pages were kept with it (schema 1). */
const StoredModelV1Schema = exactObject({ schema: v.literal(1), paper: PaperSchema });

type Range = { start: number; end: number };

/** Why the model's ranges or links do not hold together, or null when they do. */
function inconsistency(paper: v.InferOutput<typeof PaperSchema>): string | null {
  const inText = (r: Range) => r.start <= r.end && r.end <= paper.text.length;
  const inOrder = (rs: readonly Range[]) =>
    rs.every((r, i) => inText(r) && (i === 0 || (rs[i - 1]?.start ?? 0) <= r.start));
  if (!inOrder(paper.blocks)) return 'a block outside the text or out of order';
  if (!paper.references.every(inText)) return 'a reference outside the text';
  if (!paper.citations.every(inText)) return 'a citation outside the text';
  const refIds = new Set(paper.references.map((r) => r.id));
  const linked = (id: string) => refIds.has(id);
  if (!paper.citations.every((c) => c.refIds.every(linked))) return 'a citation of no reference';
  for (const b of paper.blocks) {
    if (b.kind === 'reference' && !linked(b.refId)) return 'an entry of no reference';
    if (b.kind === 'heading' && (b.titleStart < b.start || b.titleStart > b.end))
      return 'a heading title outside its heading';
    if (b.kind === 'paragraph' && b.leadEnd !== undefined && b.leadEnd > b.end)
      return 'a run-in heading outside its paragraph';
  }
  return null;
}

/** The stored model read back: the paper (and its unreadable pages), or why it cannot be shown. */
export type ReadModel =
  { ok: true; paper: Paper; unreadablePages: UnreadablePage[] } | { ok: false; reason: string };

/** Checks a stored record like an import: its shape, its ranges and its links. */
export function readStoredModel(record: unknown): ReadModel {
  const v1 = isPlainObject(record) && record.schema === 1;
  const result = v.safeParse(v1 ? StoredModelV1Schema : StoredModelSchema, record);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? 'record';
    return { ok: false, reason: `${where}: ${issue.message}` };
  }
  const { output } = result;
  const reason = inconsistency(output.paper);
  if (reason !== null) return { ok: false, reason };
  const unreadablePages = ('unreadablePages' in output && output.unreadablePages) || [];
  // The brands (PaperId, DocOffset, ReferenceId) are what the checks above establish.
  return { ok: true, paper: output.paper as Paper, unreadablePages };
}
