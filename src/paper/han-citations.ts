/**
 * Chinese author-year citations, as theses and journals in Chinese print them after GB/T 7714's
 * author-year list (`郭峰,王靖一,王芳等.2020.测度中国数字普惠金融发展[J]…`): narrative `郭峰等（2020）`
 * (`等`, et al.; the year in full-width brackets) and parenthetical `（李涛等，2016）`. A Chinese name is
 * cited whole, so a marker's name must be an entry's first author exactly, with its year; the text
 * runs on with no space before the name (`据李牧辰等（2020）`), so every ending of the characters
 * before it is tried, and a marker that could name two entries links to neither.
 */
import type { FoundMarker } from './author-year-citations';
import type { Reference, ReferenceId } from './types';

/** A year as these lists and markers print it, with the letter that tells a year's works apart. */
const YEAR = '((?:1[5-9]|20)\\d\\d[a-z]?)';
/** An entry opening with a Chinese first author, the other names, then the year: `郭峰,孔涛,王靖一.2017.` */
const ENTRY = new RegExp(
  `^\\s*(\\p{Script=Han}{2,4})(\\s*[,，、][^.．。\\n]{0,80})?\\s*[.．。]\\s*${YEAR}\\s*[.．。]`,
  'u',
);
/** A narrative marker: the characters before it (the name among them), `等` or none, the year. */
const NARRATIVE = new RegExp(
  `((?:(?!等)\\p{Script=Han}){2,6})(等)?\\s*[（(]\\s*${YEAR}\\s*[）)]`,
  'gu',
);
/** A parenthetical marker's part: a name, `等` or none, a comma, the year. */
const PART = new RegExp(`((?:(?!等)\\p{Script=Han}){2,4})(等)?\\s*[，,]\\s*${YEAR}`, 'u');
/** A parenthesis, full-width or not, that may hold parenthetical markers parted by semicolons. */
const GROUP = /[（(]([^（）()\n]{6,200})[）)]/gu;
/** The shortest and longest Chinese name. */
const MIN_NAME = 2;
const MAX_NAME = 4;

interface HanEntry {
  refId: ReferenceId;
  /** Does it list more authors than the first (so `等` may cite it)? */
  more: boolean;
}

/** The entries by first author and year (`郭峰 2020`). */
function indexEntries(text: string, references: readonly Reference[]): Map<string, HanEntry[]> {
  const index = new Map<string, HanEntry[]>();
  for (const ref of references) {
    const match = ENTRY.exec(text.slice(ref.start, Math.min(ref.end, ref.start + 120)));
    if (match === null) continue;
    const key = `${match[1]} ${match[3]}`;
    const entries = index.get(key) ?? [];
    entries.push({ refId: ref.id, more: match[2] !== undefined });
    index.set(key, entries);
  }
  return index;
}

/**
 * The one entry a name (or the characters that end with it), `等` and a year cite, and how many
 * characters the name takes; null when none or more than one could be meant.
 */
function resolve(
  index: Map<string, HanEntry[]>,
  run: string,
  etAl: boolean,
  year: string,
): { refId: ReferenceId; length: number } | null {
  let found: { refId: ReferenceId; length: number } | null = null;
  for (let length = MIN_NAME; length <= Math.min(MAX_NAME, run.length); length++) {
    const entries = (index.get(`${run.slice(run.length - length)} ${year}`) ?? []).filter(
      (e) => !etAl || e.more,
    );
    if (entries.length === 0) continue;
    if (entries.length > 1 || found !== null) return null;
    found = { refId: (entries[0] as HanEntry).refId, length };
  }
  return found;
}

/** Builds a scanner for Chinese author-year markers, or null when no entry opens with a Chinese name. */
export function createHanScanner(
  text: string,
  references: readonly Reference[],
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const index = indexEntries(text, references);
  if (index.size === 0) return null;
  return (source, start, end) => {
    const slice = source.slice(start, end);
    const found: FoundMarker[] = [];
    for (const match of slice.matchAll(NARRATIVE)) {
      const run = match[1] ?? '';
      const hit = resolve(index, run, match[2] !== undefined, match[3] ?? '');
      if (hit === null) continue;
      const at = start + match.index + run.length - hit.length;
      found.push({ start: at, end: start + match.index + match[0].length, refIds: [hit.refId] });
    }
    for (const group of slice.matchAll(GROUP)) {
      const inner = group[1] ?? '';
      let offset = start + group.index + 1;
      for (const part of inner.split(/([；;])/)) {
        const match = PART.exec(part);
        if (match !== null) {
          const hit = resolve(index, match[1] ?? '', match[2] !== undefined, match[3] ?? '');
          // The part's name must be the whole name: inside brackets nothing runs on before it.
          if (hit !== null && hit.length === (match[1] ?? '').length) {
            const at = offset + match.index;
            found.push({ start: at, end: at + match[0].length, refIds: [hit.refId] });
          }
        }
        offset += part.length;
      }
    }
    return found;
  };
}
