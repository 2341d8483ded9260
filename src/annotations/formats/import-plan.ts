/**
 * The preview of an import: what would happen to each annotation of a parsed file on the paper
 * that is open, before anything changes. Same paper: annotations anchor as usual. Another paper
 * (or a file that does not say): they are placed by their quotes alone, with a warning, and those
 * that cannot be found become orphans (kept, listed). Ids already present are duplicates (same
 * content) or conflicts (different content). One result per item, summarised once, as the
 * Hypothesis client's `import-annotations.ts` does.
 */
import { isolate, quoted } from '../../paper/isolate';
import { anchor, type AnchorResult } from '../../anchoring/anchor';
import { describeRange } from '../../anchoring/selectors';
import { getTextIndex } from '../../anchoring/text-index';
import type { Paper } from '../../paper/types';
import type { Annotation, Annotations, AnnotationSet } from '../types';
import { plural } from '../../paper/plural';
import type { ParsedAnnotationFile } from './parsed-file';
import { entryOf } from '../shared-record';
import { capitalised, SOURCE_WORDS, type PlanSource, type SourceWords } from './source-words';

export type ItemResult =
  | { type: 'new'; anchor: AnchorResult['status'] }
  | { type: 'duplicate' }
  | { type: 'conflict'; newer: 'imported' | 'existing' }
  | { type: 'error'; reason: string };

export interface PlanItem {
  /** The annotation as it would be stored: on the open paper, re-targeted when it moved papers. */
  annotation: Annotation | null;
  result: ItemResult;
}

export interface ImportPlan {
  /** Whether the file was made on the open paper, another one, or does not say. */
  paper: 'same' | 'other' | 'unknown';
  paperId: Paper['id'];
  items: PlanItem[];
  sets: AnnotationSet[];
  creators: string[];
  counts: {
    new: number;
    duplicate: number;
    conflict: number;
    error: number;
    anchored: number;
    orphan: number;
  };
  /** Said before importing when the file is for another paper. */
  warning: string | null;
  /** Set when importing would add nothing useful (nothing found in this paper): say it and stop. */
  refusal: string | null;
  summary: string;
}

export type PlanPaper = Pick<Paper, 'id' | 'title' | 'text'>;

export type { PlanSource } from './source-words';

/** Plans the import of `file` onto `paper`, given the annotations already stored. */
export function planImport(
  file: ParsedAnnotationFile,
  paper: PlanPaper,
  existing: Annotations,
  source: PlanSource = 'file',
): ImportPlan {
  const named = SOURCE_WORDS[source];
  const match =
    file.paper.id === undefined ? 'unknown' : file.paper.id === paper.id ? 'same' : 'other';
  const index = getTextIndex(paper.text);
  const seen = new Set<string>();
  const items = file.annotations.map((a): PlanItem => {
    if (seen.has(a.id))
      return {
        annotation: null,
        result: { type: 'error', reason: `annotation ${a.id} appears twice in the file` },
      };
    seen.add(a.id);
    const placed = place(a, paper, match, index);
    const old = entryOf(existing, a.id);
    if (!old)
      return { annotation: placed.annotation, result: { type: 'new', anchor: placed.status } };
    if (sameContent(old, a))
      return { annotation: placed.annotation, result: { type: 'duplicate' } };
    return {
      annotation: placed.annotation,
      result: { type: 'conflict', newer: a.modified > old.modified ? 'imported' : 'existing' },
    };
  });
  for (const s of file.skipped)
    items.push({
      annotation: null,
      result: { type: 'error', reason: `item ${s.index}: ${s.reason}` },
    });
  const counts = tally(items);
  const where = file.paper.title
    ? quoted(file.paper.title)
    : file.paper.source
      ? isolate(file.paper.source)
      : 'another document';
  // A paper of the same title is another copy of it (a PDF and its text, another version).
  const made =
    file.paper.title !== undefined && file.paper.title === paper.title
      ? `another copy of ${where} (another file or version)`
      : `${where}, not on this paper`;
  const found =
    counts.orphan === 0
      ? 'all were found'
      : `${counts.orphan} of ${counts.orphan + counts.anchored} could not be placed and will be kept as orphans`;
  const warning =
    match === 'same'
      ? null
      : `${capitalised(named.here)} ${match === 'other' ? `was made on ${made}` : `does not say which paper it was made on (${where})`}: its annotations are placed by their quotes; ${found}.`;
  const refusal =
    match !== 'same' && counts.anchored === 0 && counts.orphan > 0
      ? refuse(counts.orphan, quoted(paper.title), made.replace(/, not on this paper$/, ''), named)
      : null;
  return {
    paper: match,
    paperId: paper.id,
    items,
    sets: file.sets,
    creators: file.creators,
    counts,
    warning,
    refusal,
    summary: summarise(counts, file.creators),
  };
}

/** Why nothing of the file can be imported here: plain, and right for 1, 2 and many. */
function refuse(n: number, here: string, madeOn: string, named: SourceWords): string {
  const which =
    n === 1
      ? `The annotation in ${named.here} could not be found`
      : `${n === 2 ? 'Neither of the 2 annotations' : `None of the ${plural(n, 'annotation')}`} in ${named.here} could be found`;
  const that = madeOn.startsWith('another copy') ? 'that copy' : 'that paper';
  return `${which} in ${here}: ${named.it} was made on ${madeOn}. Open ${that} to import ${n === 1 ? 'it' : 'them'}.`;
}

function place(
  a: Annotation,
  paper: PlanPaper,
  match: ImportPlan['paper'],
  index: ReturnType<typeof getTextIndex>,
) {
  // On another paper the stored position means nothing: place by the quote alone.
  const selectors = match === 'same' ? a.target : { quote: a.target.quote };
  const result = anchor(paper.text, selectors, { index });
  const moved = match !== 'same' && result.status !== 'orphan';
  const target = moved ? describeRange(paper.text, result.start, result.end) : selectors;
  return { annotation: { ...a, paperId: paper.id, target }, status: result.status };
}

/** Same passage, words and marks: importing it again would change nothing a reader sees. */
export function sameContent(a: Annotation, b: Annotation): boolean {
  return (
    a.note === b.note &&
    a.colour === b.colour &&
    a.target.quote.exact === b.target.quote.exact &&
    a.tags.join('\u0000') === b.tags.join('\u0000') &&
    a.refLabels.join('\u0000') === b.refLabels.join('\u0000')
  );
}

function tally(items: PlanItem[]): ImportPlan['counts'] {
  const c = { new: 0, duplicate: 0, conflict: 0, error: 0, anchored: 0, orphan: 0 };
  for (const { result } of items) {
    c[result.type] += 1;
    if (result.type === 'new') c[result.anchor === 'orphan' ? 'orphan' : 'anchored'] += 1;
  }
  return c;
}

function summarise(c: ImportPlan['counts'], creators: string[]): string {
  const parts = [
    `${plural(c.new, 'new annotation')} (${c.anchored} placed, ${plural(c.orphan, 'orphan')})`,
  ];
  if (c.duplicate) parts.push(`${plural(c.duplicate, 'duplicate')} skipped`);
  if (c.conflict) parts.push(`${plural(c.conflict, 'conflict')} to resolve`);
  if (c.error) parts.push(`${c.error} not importable`);
  return `${parts.join(', ')}${creators.length ? ` — by ${creators.slice(0, 3).map(isolate).join(', ')}` : ''}`;
}
