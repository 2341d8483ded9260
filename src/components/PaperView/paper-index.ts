/**
 * Per-paper lookups the views need on every render, built once per paper in one linear pass and
 * cached by identity (a paper object is never mutated: a new parse is a new object).
 */
import { citationsByReference, type CitationInSection } from '../../paper/sections';
import type { Citation, Paper, ReferenceId } from '../../paper/types';

const cache = new WeakMap<Paper, Map<string, Citation[]>>();
const byReference = new WeakMap<Paper, Map<ReferenceId, CitationInSection[]>>();

const NONE: CitationInSection[] = [];

/** Where a reference is cited, each citation with its section (`citationsOfReference`), cached. */
export function referenceCitations(paper: Paper, refId: ReferenceId): CitationInSection[] {
  let index = byReference.get(paper);
  if (!index) {
    index = citationsByReference(paper);
    byReference.set(paper, index);
  }
  return index.get(refId) ?? NONE;
}

/** The citation markers inside a block, in order. */
export function citationsInBlock(paper: Paper, blockId: string): Citation[] {
  let byBlock = cache.get(paper);
  if (!byBlock) {
    byBlock = new Map();
    let i = 0;
    for (const block of paper.blocks) {
      while (i < paper.citations.length && paper.citations[i]!.end <= block.start) i++;
      const inside: Citation[] = [];
      for (let j = i; j < paper.citations.length && paper.citations[j]!.start < block.end; j++) {
        inside.push(paper.citations[j]!);
      }
      if (inside.length) byBlock.set(block.id, inside);
    }
    cache.set(paper, byBlock);
  }
  return byBlock.get(blockId) ?? [];
}
