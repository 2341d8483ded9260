/**
 * Joining hard-wrapped lines back into running text, and deciding what to do with a word that was
 * hyphenated across a line break (`poli-` / `tical`): drop the hyphen for a word split by the
 * typesetter, keep it for a real compound (`people-` / `centered`).
 *
 * The decision leans on the document itself: a {@link Lexicon} of the words and hyphenated
 * compounds that occur elsewhere in it, built once in linear time.
 */
import { collapseSpaces, isSpaceCode } from './spaces';
import { hashStep, SubstringSet } from './substring-set';

/** Words and hyphenated compounds seen in a document, lower-cased. */
export interface Lexicon {
  words: ReadonlySet<string>;
  compounds: ReadonlySet<string>;
  /**
   * Words written whole somewhere: not cut by a line-end hyphen there (`transition` of
   * `transition-` / `edge` is a word only where it also stands alone). Absent: none known.
   */
  whole?: ReadonlySet<string>;
}

/** Letter or not, per UTF-16 code unit below the surrogates (0 = not asked yet, 1 = yes, 2 = no). */
const LETTER_CACHE = new Uint8Array(0xd800);
const LETTER = /^\p{L}$/u;

/** Is the code point a letter (`\p{L}`)? ASCII and cached BMP answers without a regex. */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xd800) {
    const known = LETTER_CACHE[code];
    if (known) return known === 1;
    const letter = LETTER.test(String.fromCharCode(code));
    LETTER_CACHE[code] = letter ? 1 : 2;
    return letter;
  }
  return LETTER.test(String.fromCodePoint(code));
}

/** How many UTF-16 code units the code point takes. */
const unitsAt = (code: number) => (code > 0xffff ? 2 : 1);

/** Is the ASCII code unit a letter? */
const isAsciiLetter = (unit: number) => (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90);

/** Where the run of letters starting at `i` ends (`i` when there is none). */
function lettersEnd(text: string, i: number): number {
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    if (!isLetter(code)) break;
    i += unitsAt(code);
  }
  return i;
}

/** Is `code` a space or a tab (the blanks a line may start or end with)? */
const isBlank = (code: number) => code === 0x20 || code === 0x09;

/** Does a line break follow the hyphen at `dash` (blanks between them allowed)? */
function hyphenEndsLine(text: string, dash: number): boolean {
  let i = dash + 1;
  // Never read past the text's end: compiled code that does is thrown away (a deopt).
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) === 0x0a;
}

/** Does the word at `start` begin a line that goes on from a line ending in a hyphen? */
function goesOnFromHyphen(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  // Never read before the text's start (the paper's first word): compiled code reading
  // `charCodeAt(-1)` is thrown away and compiled again, at every paper's first word.
  if (i < 0 || text.charCodeAt(i) !== 0x0a) return false;
  i--;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const dash = text.charCodeAt(i);
  return dash === 0x2d || dash === 0x2010;
}

/**
 * Collects the words and hyphenated compounds of a source, skipping line-end hyphens. Words are
 * runs of letters joined by hyphens (`\p{L}+(?:[-‐]\p{L}+)*`), read in one pass over the
 * lower-cased source without a regex per word nor an array of all of them.
 */
export function buildLexicon(source: string): Lexicon {
  const words = new Set<string>();
  const compounds = new Set<string>();
  const whole = new Set<string>();
  // The pass is a function of its own: the engine compiles its loop while the first paper's pass
  // runs, and code compiled so, reaching this function's other statements without having seen
  // them run, was thrown away and compiled again at the next paper (on every paper, at times).
  // The substring sets are made here too: compiled while the pass ran, the pass had not seen
  // them made, and was thrown away at the next paper's (a deopt in every benchmark's run 2).
  const lower = source.toLowerCase();
  // The length is read here, not on entering the pass: the pass runs once per paper, its first
  // run without feedback until its loop has turned a while, so a read before the loop has none,
  // and the pass compiled (after a few papers) with that read was thrown away on entry.
  const length = lower.length;
  collectWords(lower, length, new SubstringSet(lower), [], words, compounds, whole);
  return { words, compounds, whole };
}

/**
 * {@link buildLexicon}'s pass over the lower-cased source, into its three sets. Each plain word is
 * looked up once in `plain`; `wholeMarks` holds 1 for the words (by their number there) already
 * seen whole, so a word seen again is neither cut out nor looked up a second time.
 */
function collectWords(
  lower: string,
  length: number,
  plain: SubstringSet,
  wholeMarks: number[],
  words: Set<string>,
  compounds: Set<string>,
  whole: Set<string>,
): void {
  let i = 0;
  while (i < length) {
    const unit = lower.charCodeAt(i);
    if (unit < 128 ? !isAsciiLetter(unit) : !isLetter(lower.codePointAt(i) ?? 0)) {
      i += unit < 128 ? 1 : unitsAt(lower.codePointAt(i) ?? 0);
      continue;
    }
    const start = i;
    // The run of letters, hashed as it is read (ASCII without a call).
    let end = i;
    let hash = 0;
    while (end < length) {
      const u = lower.charCodeAt(end);
      if (u < 128) {
        if (!isAsciiLetter(u)) break;
        hash = hashStep(hash, u);
        end++;
        continue;
      }
      const code = lower.codePointAt(end) ?? 0;
      if (!isLetter(code)) break;
      hash = hashStep(hash, u);
      if (code > 0xffff) hash = hashStep(hash, lower.charCodeAt(end + 1));
      end += unitsAt(code);
    }
    let hyphenated = false;
    for (;;) {
      const dash = lower.charCodeAt(end);
      if (dash !== 0x2d && dash !== 0x2010) break;
      const after = lettersEnd(lower, end + 1);
      if (after === end + 1) break;
      hyphenated = true;
      end = after;
    }
    i = end;
    if (hyphenated) {
      const token = lower.slice(start, end).replace(/‐/g, '-');
      compounds.add(token);
      for (const part of token.split('-')) words.add(part);
    } else {
      // A word seen before is not cut out of the text again (most words of a paper are).
      let entry = plain.entry(start, end, hash);
      if (entry < 0) {
        entry = ~entry;
        words.add(plain.item(entry));
        wholeMarks.push(0);
      }
      // A word already seen whole needs no more asking whether a line-end hyphen cuts it here.
      if (wholeMarks[entry] === 1) continue;
      const cut =
        ((lower.charCodeAt(end) === 0x2d || lower.charCodeAt(end) === 0x2010) &&
          hyphenEndsLine(lower, end)) ||
        goesOnFromHyphen(lower, start);
      if (!cut) {
        wholeMarks[entry] = 1;
        whole.add(plain.item(entry));
      }
    }
  }
}

/**
 * The {@link buildLexicon} of `source`, built when it is first asked: a paper with no word
 * hyphenated across a line break never asks, and so never pays for it.
 */
export function lazyLexicon(source: string): Lexicon {
  let built: Lexicon | undefined;
  const lexicon = () => (built ??= buildLexicon(source));
  return {
    get words() {
      return lexicon().words;
    },
    get compounds() {
      return lexicon().compounds;
    },
    get whole() {
      return lexicon().whole;
    },
  };
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
  /^(?:ing|ings|less|ed|er|ers|est|ly|tion|tions|sion|sions|ment|ments|ness|ity|ities|ies|ous|al|ally|ance|ence|able|ible|ive|ize|ise|ized|ised|ization|isation|ism|ist|ists|ics|ic|ary|ful|fully)$/;

/**
 * An adverb in `-ly` (`fully`, `widely`, `automatically`), never the first piece of a word broken
 * by the typesetter (`analy-` / `sis` is: hence not after an `a`, unless in `-ally`).
 */
const ADVERB = /^\p{L}{2,}(?:[^a]ly|ally)$/u;

/**
 * Words and pieces that close up with the next into one word (`how-` / `ever`, `with-` / `out`,
 * `there-` / `fore`, `over-` / `head`, `trans-` / `actions`, `him-` / `self`): two words either
 * side of a line-end hyphen that are one of these are a word the typesetter broke.
 */
const CLOSED_FIRST: ReadonlySet<string> = new Set(
  'how what when where there here with through other some every for per can more further mean him her them your none over out under trans inter'.split(
    ' ',
  ),
);
const CLOSED_SECOND: ReadonlySet<string> = new Set(
  'ever soever fore wise out thing things one body self selves where while more over less theless ward wards side'.split(
    ' ',
  ),
);

/** A noun's own ending (`transition`, `assessment`, `density`): no word goes on after it. */
const NOUN_END = /\p{L}{3}(?:tion|sion|ment|ness|ship|ity)$/u;

/**
 * A compound of two words (`transition-` / `edge`, `noise-` / `free`): the next part is a word the
 * paper writes whole elsewhere, and so is the first, or the first ends as a noun does. A piece
 * shorter than four letters counts only in capitals (`SVM-` / `based`, not `con-` / `tent`).
 */
function wholeWords(word: string, after: string, lexicon: Lexicon): boolean {
  const whole = lexicon.whole;
  const before = word.toLowerCase();
  if (whole === undefined || after.length < 3) return false;
  if (before.length < 4 && (before.length < 3 || !/\p{Lu}/u.test(word))) return false;
  if (CLOSED_FIRST.has(before) || CLOSED_SECOND.has(after)) return false;
  return (whole.has(before) || NOUN_END.test(before)) && whole.has(after);
}

/** The first halves of a lexicon's compounds (`energy` of `energy-aware`), gathered once per lexicon. */
const OPENERS = new WeakMap<ReadonlySet<string>, Set<string>>();

function compoundOpeners(compounds: ReadonlySet<string>): Set<string> {
  let openers = OPENERS.get(compounds);
  if (openers === undefined) {
    openers = new Set<string>();
    for (const compound of compounds) openers.add(compound.slice(0, compound.indexOf('-')));
    OPENERS.set(compounds, openers);
  }
  return openers;
}

/** A participle or gerund in `-ing` of two syllables or more (`drinking`, `mixing`), not `king`. */
const ING_WORD = /^\p{L}{3,}ing$/u;

/**
 * A compound whose second word the paper writes nowhere else (`Energy-` / `neutral`, `drinking-` /
 * `water`), told by its first: a word the paper writes whole and also hyphens to another word
 * (`energy`, `energy-aware`), or a word in `-ing` (`drinking`), which no typesetter's break ends
 * with when a syllable of four letters or more goes on. The next part is no bare suffix, no
 * closing word (`with-` / `out`), and the joined word is not the paper's (asked before).
 */
function compoundOfWords(word: string, after: string, lexicon: Lexicon): boolean {
  const before = word.toLowerCase();
  if (after.length < 4 || before.length < 4) return false;
  if (CLOSED_FIRST.has(before) || CLOSED_SECOND.has(after)) return false;
  if (ING_WORD.test(before)) return true;
  return lexicon.whole?.has(before) === true && compoundOpeners(lexicon.compounds).has(before);
}

/** The endings a word takes in running text: `timestamp` is the paper's where it writes `timestamped`. */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'er'] as const;

/**
 * Does the paper write `joined` as one word elsewhere, bare or inflected (`timestamps`,
 * `timestamped`)? A word the paper writes solid wins over its habit of hyphenating the first half
 * to others (`time-locked`): `time-` / `stamp` is its `timestamp`.
 */
function writesSolid(joined: string, lexicon: Lexicon): boolean {
  if (lexicon.words.has(joined)) return true;
  if (joined.length < 6) return false;
  for (const ending of INFLECTIONS) if (lexicon.words.has(joined + ending)) return true;
  return false;
}

/** The trailing word piece before a line-end hyphen: `poli` of `... poli-`. */
const TRAILING_PIECE = /(\p{L}+)[-‐]$/u;
/** The leading word piece of a continuation line: `tical` of `tical science ...`. */
const LEADING_PIECE = /^(\p{L}+)/u;

/**
 * Should the hyphen between `prefix` (the line ending in `-`, hyphen excluded) and the next line be
 * kept? Yes when the next part starts upper case or with a digit (`Bose-` / `Einstein`) or when
 * the hyphenated form occurs elsewhere in the document, or the continuation goes on with a hyphen
 * of its own (`mass-` / `to-temperature`); no when the continuation is a bare suffix
 * or the joined word occurs elsewhere, bare or inflected (`timestamped`, see {@link writesSolid}); yes when both parts are words the paper writes whole
 * elsewhere (`transition-` / `edge`, see {@link wholeWords}) or the first is one that makes
 * compounds (`Energy-` / `neutral`, `drinking-` / `water`, see {@link compoundOfWords}); otherwise yes only after an adverb in `-ly`
 * (`widely-` / `used`) or a known compound prefix (`well-`), so a lowercase continuation loses the
 * hyphen by default.
 */
export function keepsLineEndHyphen(
  prefix: string,
  continuation: string,
  lexicon: Lexicon,
): boolean {
  const first = continuation.charAt(0);
  // A heading set in capitals: `EFFICIENT SO-` / `LUTION` is one word when the paper knows it.
  const capsBefore = /(\p{Lu}+)$/u.exec(prefix)?.[1];
  const capsAfter = /^(\p{Lu}+)(?![\p{Ll}])/u.exec(continuation)?.[1];
  if (
    capsBefore !== undefined &&
    capsAfter !== undefined &&
    /\p{Lu}{2}|^\p{Lu}$/u.test(prefix.slice(-2))
  )
    return !lexicon.words.has((capsBefore + capsAfter).toLowerCase());
  if (/\p{Lu}/u.test(first)) return !joinsKnownName(prefix, continuation, lexicon);
  if (first === '' || /\d/.test(first)) return true;
  if (!/\p{Ll}/u.test(first)) return true;
  const word = /(\p{L}+)$/u.exec(prefix)?.[1];
  const before = word?.toLowerCase();
  const after = LEADING_PIECE.exec(continuation)?.[1]?.toLowerCase();
  if (word === undefined || before === undefined || after === undefined) return true;
  if (lexicon.compounds.has(`${before}-${after}`)) return true;
  // A chain of compounds broken after its first hyphen: `mass-` / `to-temperature`.
  if (/^\p{L}+[-‐]\p{L}/u.test(continuation)) return true;
  if (SUFFIX_ONLY.test(after) || writesSolid(before + after, lexicon)) return false;
  if (wholeWords(word, after, lexicon) || compoundOfWords(word, after, lexicon)) return true;
  // An adverb before a participle or an adjective (`automatically-` / `detected`, `widely-` /
  // `used`): no word goes on after `-ly`, so the hyphen is the author's.
  if (ADVERB.test(before) && after.length >= 3) return true;
  return COMPOUND_PREFIXES.has(before);
}

/**
 * `Mc-` / `Callum` where the paper writes `McCallum` elsewhere, and never `Mc-Callum`: a name
 * split by the typesetter before a capital inside it, not a compound like `Bose-` / `Einstein`.
 */
function joinsKnownName(prefix: string, continuation: string, lexicon: Lexicon): boolean {
  const before = /(\p{L}+)$/u.exec(prefix)?.[1]?.toLowerCase();
  const after = /^(\p{L}+)/u.exec(continuation)?.[1]?.toLowerCase();
  if (before === undefined || after === undefined) return false;
  return lexicon.words.has(before + after) && !lexicon.compounds.has(`${before}-${after}`);
}

/** A soft hyphen: at a line end, the word goes on on the next line (its hyphen is dropped). */
const SOFT_HYPHEN = '\u00AD';

/** Where what follows the last whitespace of a line starts (0 when it has none). */
function lastWordStart(line: string): number {
  let i = line.length;
  while (i > 0 && !isSpaceCode(line.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Can a text opening with this code unit be a web address or DOI cut short ({@link ADDRESS_CUT}:
 * `h`, `w`, `d` in either case, or the `1` of `10.`)? Asked before the regex, once per line.
 */
const opensAddress = (unit: number) =>
  unit === 0x31 || (unit | 0x20) === 0x68 || (unit | 0x20) === 0x77 || (unit | 0x20) === 0x64;

/** A web address or DOI cut where it may go on: `10.3390/`, `https://doi.org/`, `https:`. */
const ADDRESS_CUT = /^(?:(?:https?:\/\/|www\.|doi:)\S*[/.\-_#?=&]|https?:|10\.\d{4,9}\/\S*)$/i;

/**
 * Does a line go on with the web address or DOI the text so far ends in (`10.3390/` /
 * `systems5020012`, `https:` / `//doi.org/…`), so that no space is put between them? Only where
 * the line's first word reads as the address's rest: a path, a number, `//`, or any word after a
 * DOI's `/` (`https://example.org/` / `for details` is two words).
 */
function addressGoesOn(tail: string, line: string): boolean {
  if (!ADDRESS_CUT.test(tail)) return false;
  const first = line.split(/\s/, 1)[0] ?? '';
  if (/^https?:$/i.test(tail)) return first.startsWith('//');
  if (/^10\.\d{4,9}\/$/.test(tail)) return /^[\w.()-]+/.test(first);
  return /^[\w%~.-]*[/.\d_-]/.test(first) && !/[.,;:]$/.test(first);
}

/**
 * A range of numbers broken after its dash (`[1–` / `6]`, `pp. 123–` / `130`): the line goes on
 * with the range's end, with no space between them.
 */
function rangeGoesOn(tail: string, line: string): boolean {
  const last = tail.charCodeAt(tail.length - 1);
  if (last !== 0x2013 && last !== 0x2d) return false;
  const digit = tail.charCodeAt(tail.length - 2);
  const next = line.charCodeAt(0);
  return digit >= 0x30 && digit <= 0x39 && next >= 0x30 && next <= 0x39;
}

/**
 * Joins trimmed, hard-wrapped lines into one line of running text: single spaces between lines,
 * words hyphenated across a break rejoined (see {@link keepsLineEndHyphen}), soft hyphens removed.
 *
 * Linear in the size of the lines: each decision looks only at the word that ends the text joined
 * so far (a line-end hyphen concerns that word alone), never at the whole text.
 */
export function joinWrappedLines(lines: readonly string[], lexicon: Lexicon): string {
  const parts: string[] = [];
  // The text after the last whitespace of everything joined so far: `tailText` from `tailFrom`
  // on, cut out only for the few lines whose decision reads it whole (most are told by the
  // tail's first or last code unit).
  let tailText = '';
  let tailFrom = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    let glued: string | null = null;
    const last = tailFrom < tailText.length ? tailText.charCodeAt(tailText.length - 1) : -1;
    if (parts.length === 0) {
      parts.push(line);
    } else if (last === 0xad) {
      // A soft hyphen (`SOFT_HYPHEN`).
      glued = tailText.slice(tailFrom, -1);
    } else if (
      // A hyphen (`-` or `‐`), asked before the costlier TRAILING_PIECE.
      (last === 0x2d || last === 0x2010) &&
      TRAILING_PIECE.test(tailOf(tailText, tailFrom))
    ) {
      const tail = tailOf(tailText, tailFrom);
      glued = keepsLineEndHyphen(tail.slice(0, -1), line, lexicon) ? tail : tail.slice(0, -1);
    } else if (
      (opensAddress(tailText.charCodeAt(tailFrom)) &&
        addressGoesOn(tailOf(tailText, tailFrom), line)) ||
      ((last === 0x2013 || last === 0x2d) && rangeGoesOn(tailOf(tailText, tailFrom), line))
    ) {
      glued = tailOf(tailText, tailFrom);
    } else {
      parts.push(' ', line);
    }
    if (glued !== null) {
      if (glued !== tailOf(tailText, tailFrom))
        parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -1);
      parts.push(line);
    }
    const start = lastWordStart(line);
    if (glued !== null && start === 0) {
      tailText = glued + line;
      tailFrom = 0;
    } else {
      tailText = line;
      tailFrom = start;
    }
  }
  const joined = parts.join('');
  return collapseSpaces(
    joined.includes(SOFT_HYPHEN) ? joined.replaceAll(SOFT_HYPHEN, '') : joined,
  ).trim();
}

/** `text` from `from` on (the whole text without a copy when `from` is 0). */
const tailOf = (text: string, from: number): string => (from === 0 ? text : text.slice(from));
