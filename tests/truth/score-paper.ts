/**
 * Scores a parsed paper against hand-checked truth (`tests/truth/<paper>.json`): recall and
 * precision of reference entries, section headings and citation links, and the links that point
 * somewhere wrong. Pure: a `Paper` and a truth record in, figures out.
 *
 * Matching is deliberately forgiving about form and strict about substance: texts are compared as
 * lower-case letters and digits only (so spacing, accents split by the PDF, dashes and brackets do
 * not count), but a citation link is correct only when its marker matches a truth marker and the
 * entry it points to is that marker's entry.
 */
import type { Paper } from '../../src/paper/types';

/** One paper's truth, as written by hand from the PDF (see README.md beside the files). */
export interface PaperTruth {
  file: string;
  about: string;
  title: string;
  /** The start of every reference entry, label left out, in the order printed. */
  references: string[];
  headings: string[];
  /** Every citation marker in reading order, with the 1-based positions of the entries it cites. */
  citations: { text: string; targets: number[] }[];
  /**
   * Every figure and table caption, whole, in reading order; a caption block must hold exactly
   * one of them (two captions set side by side and read as one count as none). Optional.
   */
  captions?: string[];
}

export interface Ratio {
  found: number;
  expected: number;
  produced: number;
}

export interface PaperScore {
  title: boolean;
  references: Ratio;
  headings: Ratio;
  /** Null when the truth lists no captions. */
  captions: Ratio | null;
  /** Links: one per (marker, entry) pair. `found` counts correct links. */
  links: Ratio;
  /** Links the parser made that are not in the truth: to the wrong entry, or from a non-citation. */
  wrongLinks: string[];
  controlChars: number;
}

/** Lower-case letters and digits only, accents dropped (`Lemaı̂tre` and `Lemaître` agree). */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** An entry's label: `[12]`, `12.`, or raised numerals (`¹²J. Smith`, AIP's lists). */
const LABEL = /^\s*(?:\[\d+\]|\d+\.|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*/;
/** Characters that must never be in `Paper.text` (line feeds separate lines and blocks). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/gu;

/**
 * Which truth entry each parser reference is, as refId → 1-based position: its text starts like
 * the truth entry and does not hold the next one's start (an entry run into the next is wrong).
 */
function matchReferences(paper: Paper, truth: PaperTruth): Map<string, number> {
  const byRef = new Map<string, number>();
  const used = new Set<string>();
  const starts = truth.references.map(squash);
  truth.references.forEach((start, index) => {
    const want = squash(start);
    const following = starts[index + 1];
    const others = following === undefined || want.startsWith(following) ? [] : [following];
    const hit = paper.references.find((r) => {
      if (used.has(r.id)) return false;
      const text = squash(paper.text.slice(r.start, r.end).replace(LABEL, ''));
      return text.startsWith(want) && !others.some((other) => text.slice(1).includes(other));
    });
    if (hit) {
      used.add(hit.id);
      byRef.set(hit.id, index + 1);
    }
  });
  return byRef;
}

function scoreHeadings(paper: Paper, truth: PaperTruth): Ratio {
  const produced = paper.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => squash(paper.text.slice(b.start, b.end)));
  const left = [...produced];
  let found = 0;
  for (const heading of truth.headings) {
    const at = left.indexOf(squash(heading));
    if (at >= 0) {
      found++;
      left.splice(at, 1);
    }
  }
  return { found, expected: truth.headings.length, produced: produced.length };
}

function scoreCaptions(paper: Paper, truth: PaperTruth): Ratio | null {
  if (truth.captions === undefined) return null;
  const left = paper.blocks
    .filter((b) => b.kind === 'caption')
    .map((b) => squash(paper.text.slice(b.start, b.end)));
  const produced = left.length;
  let found = 0;
  for (const caption of truth.captions) {
    const at = left.indexOf(squash(caption));
    if (at >= 0) {
      found++;
      left.splice(at, 1);
    }
  }
  return { found, expected: truth.captions.length, produced };
}

/** Pairs each parser citation with a truth marker: same text first, then one inside the other. */
function pairCitations(paper: Paper, truth: PaperTruth): (number | null)[] {
  const keys = paper.citations.map((c) => squash(paper.text.slice(c.start, c.end)));
  const truthKeys = truth.citations.map((c) => squash(c.text));
  const taken = new Set<number>();
  const pairs: (number | null)[] = keys.map(() => null);
  const tests = [
    (a: string, b: string) => a === b,
    (a: string, b: string) => a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a)),
  ];
  for (const same of tests) {
    keys.forEach((key, i) => {
      if (pairs[i] !== null) return;
      const j = truthKeys.findIndex((t, n) => !taken.has(n) && same(key, t));
      if (j >= 0) {
        taken.add(j);
        pairs[i] = j;
      }
    });
  }
  return pairs;
}

/** Scores `paper` against `truth`. */
export function scorePaper(paper: Paper, truth: PaperTruth): PaperScore {
  const entryOf = matchReferences(paper, truth);
  const pairs = pairCitations(paper, truth);
  const wrongLinks: string[] = [];
  let correct = 0;
  let produced = 0;
  paper.citations.forEach((citation, i) => {
    const pair = pairs[i];
    const targets =
      pair === null || pair === undefined ? [] : (truth.citations[pair]?.targets ?? []);
    for (const refId of citation.refIds) {
      produced++;
      const entry = entryOf.get(refId);
      if (entry !== undefined && targets.includes(entry)) correct++;
      else wrongLinks.push(`${paper.text.slice(citation.start, citation.end)} → ${refId}`);
    }
  });
  return {
    title: squash(paper.title) === squash(truth.title),
    references: {
      found: entryOf.size,
      expected: truth.references.length,
      produced: paper.references.length,
    },
    headings: scoreHeadings(paper, truth),
    captions: scoreCaptions(paper, truth),
    links: {
      found: correct,
      expected: truth.citations.reduce((n, c) => n + c.targets.length, 0),
      produced,
    },
    wrongLinks,
    controlChars: paper.text.match(CONTROL)?.length ?? 0,
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((1000 * part) / whole) / 10}%`;

/** Recall and precision of a ratio, as table cells. */
export function formatRatio(r: Ratio): string {
  return `${r.found}/${r.expected} (R ${percent(r.found, r.expected)}, P ${percent(r.found, r.produced)})`;
}
