/**
 * Scores a parsed paper against a hand-checked truth file (`__fixtures__/truth/<name>.json`):
 * recall and precision of reference entries and of citation links, and the number of wrong links
 * (a marker linked to other entries than the truth says, or a link where the truth has none).
 *
 * Truth references are prefixes of each entry's text in list order; truth citations are the
 * marker text and the 1-based positions of the entries it cites, in reading order.
 */
import type { Paper } from '../types';

/** A hand-checked truth file. */
export interface Truth {
  note: string;
  references: string[];
  citations: Array<[string, number[]]>;
}

/** Scores of one paper. */
export interface Score {
  referenceRecall: number;
  referencePrecision: number;
  citationRecall: number;
  citationPrecision: number;
  wrongLinks: string[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Compares a parsed paper with its truth. */
export function scoreAgainstTruth(paper: Paper, truth: Truth): Score {
  // Each parsed reference is the truth entry whose prefix it starts with (first unused one).
  const position = new Map<string, number>();
  const used = new Set<number>();
  for (const ref of paper.references) {
    const text = paper.text.slice(ref.start, ref.end);
    const index = truth.references.findIndex((p, i) => !used.has(i) && text.startsWith(p));
    if (index >= 0) {
      used.add(index);
      position.set(ref.id, index + 1);
    }
  }
  const parsed = paper.citations.map((c) => ({
    text: paper.text.slice(c.start, c.end),
    targets: c.refIds.map((id) => position.get(id) ?? -1),
  }));
  let correct = 0;
  let cursor = 0;
  const matched = new Set<number>();
  const wrongLinks: string[] = [];
  for (const [text, targets] of truth.citations) {
    const at = parsed.findIndex((c, i) => i >= cursor && c.text === text);
    if (at < 0) continue;
    matched.add(at);
    cursor = at + 1;
    const found = parsed[at]?.targets ?? [];
    if (found.join() === targets.join()) correct++;
    else wrongLinks.push(`${text} → [${found.join()}], truth [${targets.join()}]`);
  }
  parsed.forEach((c, i) => {
    if (!matched.has(i)) wrongLinks.push(`${c.text} → [${c.targets.join()}], truth: no link`);
  });
  return {
    referenceRecall: ratio(used.size, truth.references.length),
    referencePrecision: ratio(used.size, paper.references.length),
    citationRecall: ratio(correct, truth.citations.length),
    citationPrecision: ratio(correct, parsed.length),
    wrongLinks,
  };
}
