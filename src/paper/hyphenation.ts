/**
 * Joining hard-wrapped lines back into running text, and deciding what to do with a word that was
 * hyphenated across a line break (`poli-` / `tical`): drop the hyphen for a word split by the
 * typesetter, keep it for a real compound (`people-` / `centered`).
 *
 * The decision leans on the document itself: a {@link Lexicon} of the words and hyphenated
 * compounds that occur elsewhere in it, built once in linear time.
 */

/** Words and hyphenated compounds seen in a document, lower-cased. */
export interface Lexicon {
  words: ReadonlySet<string>;
  compounds: ReadonlySet<string>;
}

const WORD = /\p{L}+(?:[-‐]\p{L}+)*/gu;

/** Collects the words and hyphenated compounds of a source, skipping line-end hyphens. */
export function buildLexicon(source: string): Lexicon {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const match of source.matchAll(WORD)) {
    const token = match[0].toLowerCase().replace(/‐/g, '-');
    if (token.includes('-')) {
      compounds.add(token);
      for (const part of token.split('-')) words.add(part);
    } else {
      words.add(token);
    }
  }
  return { words, compounds };
}

/**
 * Prefixes that form real compounds with a hyphen (`self-`, `well-`, `non-`, ...): a hyphen after
 * them at a line end is most likely the author's, not the typesetter's.
 */
const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  'self',
  'well',
  'non',
  'co',
  'ex',
  'all',
  'half',
  'cross',
  'quasi',
  'ill',
  'full',
  'long',
  'short',
  'high',
  'low',
  'one',
  'two',
  'three',
  'four',
  'five',
  'twenty',
]);

/**
 * Word endings that never stand as the second half of a compound: `investi-` / `gation`,
 * `deter-` / `mined`. A continuation made of one of them always loses the hyphen.
 */
const SUFFIX_ONLY =
  /^(?:ing|ings|ed|er|ers|est|ly|tion|tions|sion|sions|ment|ments|ness|ity|ities|ies|ous|al|ally|ance|ence|able|ible|ive|ize|ise|ized|ised|ization|isation|ism|ist|ists|ics|ic)$/;

/** The trailing word piece before a line-end hyphen: `poli` of `... poli-`. */
const TRAILING_PIECE = /(\p{L}+)[-‐]$/u;
/** The leading word piece of a continuation line: `tical` of `tical science ...`. */
const LEADING_PIECE = /^(\p{L}+)/u;

/**
 * Should the hyphen between `prefix` (the line ending in `-`, hyphen excluded) and the next line be
 * kept? Yes when the next part starts upper case or with a digit (`Bose-` / `Einstein`) or when
 * the hyphenated form occurs elsewhere in the document, or the continuation goes on with a hyphen
 * of its own (`mass-` / `to-temperature`); no when the continuation is a bare suffix
 * or the joined word occurs elsewhere; otherwise yes only after a known compound prefix (`well-`),
 * so a lowercase continuation loses the hyphen by default.
 */
export function keepsLineEndHyphen(
  prefix: string,
  continuation: string,
  lexicon: Lexicon,
): boolean {
  const first = continuation.charAt(0);
  if (first === '' || /[\p{Lu}\d]/u.test(first)) return true;
  if (!/\p{Ll}/u.test(first)) return true;
  const before = /(\p{L}+)$/u.exec(prefix)?.[1]?.toLowerCase();
  const after = LEADING_PIECE.exec(continuation)?.[1]?.toLowerCase();
  if (before === undefined || after === undefined) return true;
  if (lexicon.compounds.has(`${before}-${after}`)) return true;
  // A chain of compounds broken after its first hyphen: `mass-` / `to-temperature`.
  if (/^\p{L}+[-‐]\p{L}/u.test(continuation)) return true;
  if (SUFFIX_ONLY.test(after) || lexicon.words.has(before + after)) return false;
  return COMPOUND_PREFIXES.has(before);
}

/** Line ends that mean "the word goes on on the next line": a soft hyphen, or a hyphen after a letter. */
const SOFT_HYPHEN_END = /\u00AD$/;

/**
 * Joins trimmed, hard-wrapped lines into one line of running text: single spaces between lines,
 * words hyphenated across a break rejoined (see {@link keepsLineEndHyphen}), soft hyphens removed.
 */
export function joinWrappedLines(lines: readonly string[], lexicon: Lexicon): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
    } else if (SOFT_HYPHEN_END.test(out)) {
      out = out.slice(0, -1) + line;
    } else if (TRAILING_PIECE.test(out) && !/\s[-‐]$/.test(out)) {
      out = keepsLineEndHyphen(out.slice(0, -1), line, lexicon)
        ? out + line
        : out.slice(0, -1) + line;
    } else {
      out = `${out} ${line}`;
    }
  }
  return out
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
