/**
 * A numeric citation that lists several entries (`[1, 2, 5]`, `(3,4)`, `⁴,⁵`) is read as one
 * marker but printed as several numbers: each number is shown as its own link to its own entry.
 * This cuts such a citation into pieces, one per number or per range (`[1–3]` stays one piece
 * pointing at its three entries), each a `Citation` over part of the same text: the first keeps
 * the citation's id and opening bracket, the last its closing bracket, and the separators between
 * them belong to no piece. A citation whose numbers cannot be matched one for one to its entries
 * (by their labels) is left whole, so a piece never points anywhere the citation did not.
 */
import { docOffset, type Citation, type Reference, type ReferenceId } from './types';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NUMBER = /[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** What joins the two ends of a range: hyphens, dashes, a superscript minus. */
const RANGE_JOIN = /^\s*[-‐‑‒–—⁻]\s*$/;

interface NumberToken {
  start: number;
  end: number;
  value: string;
}

/** `¹²` as `12`: superscript citations are labelled with ordinary digits. */
function plainDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const i = SUPERSCRIPT_DIGITS.indexOf(ch);
    out += i >= 0 ? String(i) : ch;
  }
  return out;
}

/** Number tokens of the citation's text, grouped into single numbers and `a–b` ranges. */
function numberGroups(text: string, citation: Citation): NumberToken[][] {
  const source = text.slice(citation.start, citation.end);
  const groups: NumberToken[][] = [];
  let previous: NumberToken | null = null;
  for (const m of source.matchAll(NUMBER)) {
    const token: NumberToken = {
      start: citation.start + m.index,
      end: citation.start + m.index + m[0].length,
      value: plainDigits(m[0]),
    };
    const joined =
      previous !== null &&
      RANGE_JOIN.test(text.slice(previous.end, token.start)) &&
      groups[groups.length - 1]!.length === 1;
    if (joined) groups[groups.length - 1]!.push(token);
    else groups.push([token]);
    previous = token;
  }
  return groups;
}

/**
 * The pieces to show for `citation`: itself when it is author-year, points at one entry, or its
 * numbers do not match its entries one for one; otherwise one piece per number or range.
 */
export function citationPieces(
  text: string,
  citation: Citation,
  labelOf: (refId: ReferenceId) => string | undefined,
): Citation[] {
  if (citation.style !== 'numeric' || citation.refIds.length < 2) return [citation];
  const groups = numberGroups(text, citation);
  if (groups.length < 2) return [citation];
  const pieces: Citation[] = [];
  let next = 0;
  for (const [i, group] of groups.entries()) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const size = Number(last.value) - Number(first.value) + 1;
    if (group.length === 2 && !(size >= 2)) return [citation];
    const refIds = citation.refIds.slice(next, next + (group.length === 2 ? size : 1));
    next += refIds.length;
    if (labelOf(refIds[0]!) !== first.value) return [citation];
    if (labelOf(refIds[refIds.length - 1]!) !== last.value) return [citation];
    pieces.push({
      ...citation,
      id: i === 0 ? citation.id : `${citation.id}.${i}`,
      start: i === 0 ? citation.start : docOffset(first.start),
      end: i === groups.length - 1 ? citation.end : docOffset(last.end),
      refIds,
    });
  }
  return next === citation.refIds.length ? pieces : [citation];
}

/** {@link citationPieces} for every citation, labels looked up in the paper's references. */
export function citationPiecesOf(
  text: string,
  citations: readonly Citation[],
  references: readonly Reference[],
): Citation[] {
  if (!citations.some((c) => c.style === 'numeric' && c.refIds.length > 1)) return [...citations];
  const labels = new Map(references.map((r) => [r.id, r.label]));
  return citations.flatMap((c) => citationPieces(text, c, (id) => labels.get(id)));
}
