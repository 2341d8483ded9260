/**
 * Per-paper lookups the views need on every render, built once per paper in one linear pass and
 * cached by identity (a paper object is never mutated: a new parse is a new object).
 */
import { citationPiecesOf } from '../../paper/citation-pieces';
import { citationsByReference, type CitationInSection } from '../../paper/sections';
import type { Citation, Paper, ReferenceId } from '../../paper/types';

const cache = new WeakMap<Paper, Map<string, Citation[]>>();
const byReference = new WeakMap<Paper, Map<ReferenceId, CitationInSection[]>>();

const NONE: CitationInSection[] = [];

/**
 * Where a reference is cited, each citation with its section (`citationsOfReference`), cached. In
 * a numeric list drawn as one link per number, the citation is the piece that names this entry,
 * so a back-link lands on its own number.
 */
export function referenceCitations(paper: Paper, refId: ReferenceId): CitationInSection[] {
  return (byReference.get(paper) ?? referenceIndex(paper)).get(refId) ?? NONE;
}

/**
 * Builds the index behind `referenceCitations` now, unless it is built already; true when it did.
 * It walks every citation of the paper (tens of milliseconds for thousands): the reading view
 * builds it in a task of its own, before the first slice that draws the reference list.
 */
export function buildReferenceIndex(paper: Paper): boolean {
  if (byReference.has(paper)) return false;
  referenceIndex(paper);
  return true;
}

function referenceIndex(paper: Paper): Map<ReferenceId, CitationInSection[]> {
  let index = byReference.get(paper);
  if (!index) {
    index = citationsByReference(paper);
    const pieces = citationPiecesOf(paper.text, paper.citations, paper.references);
    // Each citation is its own single piece unless some numeric list was cut into numbers: then
    // (only then) each back-link is pointed at the piece that names its entry.
    if (pieces.length !== paper.citations.length) pointAtPieces(index, pieces);
    byReference.set(paper, index);
  }
  return index;
}

/** Points each citation of `index` at its own piece of `pieces` (one per number of a list). */
function pointAtPieces(index: Map<ReferenceId, CitationInSection[]>, pieces: Citation[]) {
  const byCitation = new Map<string, Citation[]>();
  for (const piece of pieces) {
    const dot = piece.id.indexOf('.');
    const id = dot < 0 ? piece.id : piece.id.slice(0, dot);
    const list = byCitation.get(id);
    if (list) list.push(piece);
    else byCitation.set(id, [piece]);
  }
  for (const [ref, cited] of index) {
    index.set(
      ref,
      cited.map((c) => {
        const own = byCitation.get(c.citation.id)?.find((p) => p.refIds.includes(ref));
        return own && own !== c.citation ? { ...c, citation: own } : c;
      }),
    );
  }
}

/**
 * The citation markers inside a block, in order, as links are drawn: a numeric list (`[1, 2, 5]`)
 * as one piece per number, each pointing at its own entry (paper/citation-pieces.ts).
 */
export function citationsInBlock(paper: Paper, blockId: string): Citation[] {
  let byBlock = cache.get(paper);
  if (!byBlock) {
    byBlock = new Map();
    const citations = citationPiecesOf(paper.text, paper.citations, paper.references);
    let i = 0;
    for (const block of paper.blocks) {
      while (i < citations.length && citations[i]!.end <= block.start) i++;
      const inside: Citation[] = [];
      for (let j = i; j < citations.length && citations[j]!.start < block.end; j++) {
        inside.push(citations[j]!);
      }
      if (inside.length) byBlock.set(block.id, inside);
    }
    cache.set(paper, byBlock);
  }
  return byBlock.get(blockId) ?? [];
}
