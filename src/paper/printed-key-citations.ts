/**
 * Citations by the key a list prints before each entry: Digital Humanities Quarterly and other
 * humanities journals open every entry with the very text the paper cites (`[Bird et al. 2009]
 * Bird, Steve, …`, `[American Historical Review n.d.] …`, `[“Bancroft Prize”] …`, `[World Bank
 * 2014-] …`), so a bracket citing `[World Bank 2014-]` or `[Schmidt 2015, Weingart 2015]` names its
 * entries exactly, corporate authors, `n.d.`, running years and titles included, which names and
 * years alone cannot match.
 *
 * A bracket is read only when every part of it is a printed key (or pages after one), and a key two
 * entries print links to neither. Numbers in brackets are numeric citations, never keys here.
 */
import type { FoundMarker } from './author-year-citations';
import type { Reference, ReferenceId } from './types';

/** A key printed at an entry's start: a bracket holding a letter, before the entry's text. */
const ENTRY_KEY = /^\s*\[([^[\]\n]{2,100})\]\s/;
/** A bracket on one line in the running text. */
const BRACKET = /\[([^[\]\n]{2,240})\]/g;
/** Pages after a key: `14-17`, `p. 5`, `pp. 3–9`. */
const PAGES = /^(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?$/;
/** Entries that must print a key before the list is read as keyed. */
const MIN_KEYED = 2;

/**
 * A key as compared: spaces squeezed, commas dropped and a leading article left out, so that
 * `[Orlando Project, n.d.]` and `[Poetess Archive n.d.]` cite the entries keyed `[Orlando Project
 * n.d.]` and `[The Poetess Archive n.d.]`.
 */
const squeeze = (s: string): string =>
  s
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '');

/** The entries by their printed key; a key two entries print maps to null. */
function indexKeys(
  text: string,
  references: readonly Reference[],
): Map<string, ReferenceId | null> {
  const byKey = new Map<string, ReferenceId | null>();
  for (const ref of references) {
    const key = ENTRY_KEY.exec(text.slice(ref.start, Math.min(ref.end, ref.start + 110)))?.[1];
    if (key === undefined || !/\p{L}/u.test(key)) continue;
    const folded = squeeze(key);
    byKey.set(folded, byKey.has(folded) ? null : ref.id);
  }
  return byKey;
}

interface KeyedPart {
  refId: ReferenceId;
  /** Where the part starts and ends in the bracket's inside (pages after it included). */
  from: number;
  to: number;
}

/**
 * The keys a bracket's inside names, in order, or null when a part is neither a key nor pages
 * after one. A key may hold a comma itself: the longest run of parts that is a key is taken.
 */
function resolveParts(
  inside: string,
  byKey: ReadonlyMap<string, ReferenceId | null>,
): KeyedPart[] | null {
  const parts: Array<{ text: string; from: number; to: number }> = [];
  for (const match of inside.matchAll(/[^,;]+/g)) {
    const lead = match[0].length - match[0].trimStart().length;
    const from = match.index + lead;
    parts.push({ text: match[0].trim(), from, to: from + match[0].trim().length });
  }
  const out: KeyedPart[] = [];
  for (let i = 0; i < parts.length;) {
    let taken = 0;
    for (let j = parts.length; j > i && taken === 0; j--) {
      const first = parts[i] as (typeof parts)[number];
      const last = parts[j - 1] as (typeof parts)[number];
      const refId = byKey.get(squeeze(inside.slice(first.from, last.to)));
      if (refId === null) return null;
      if (refId !== undefined) {
        out.push({ refId, from: first.from, to: last.to });
        taken = j - i;
      }
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    const part = parts[i] as (typeof parts)[number];
    const previous = out[out.length - 1];
    if (previous === undefined || !PAGES.test(part.text)) return null;
    previous.to = part.to;
    i++;
  }
  return out.length > 0 ? out : null;
}

/**
 * Builds a scanner for citations by printed key, or null when fewer than two entries print one.
 * Each key cited is a marker of its own; the first opens with the bracket and the last closes it.
 */
export function createPrintedKeyScanner(
  text: string,
  references: readonly Reference[],
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const byKey = indexKeys(text, references);
  if ([...byKey.values()].filter((id) => id !== null).length < MIN_KEYED) return null;
  return (source, start, end) => {
    const found: FoundMarker[] = [];
    for (const match of source.slice(start, end).matchAll(BRACKET)) {
      const inside = match[1] ?? '';
      if (/^[\d\s,;–-]+$/.test(inside)) continue;
      const parts = resolveParts(inside, byKey);
      if (parts === null) continue;
      const open = start + match.index;
      parts.forEach((part, k) => {
        const from = k === 0 ? open : open + 1 + part.from;
        const to = k === parts.length - 1 ? open + match[0].length : open + 1 + part.to;
        found.push({ start: from, end: to, refIds: [part.refId] });
      });
    }
    return found;
  };
}
