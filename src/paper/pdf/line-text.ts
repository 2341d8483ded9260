/**
 * Turning the items of one line into text: a space where the gap between two runs is as wide as a
 * word space, superscript and subscript digits written as Unicode scripts (`10⁻²²`, `H₀`, a
 * footnote mark `¹`), TeX's separately drawn accents put back on their letters (`F´ısica` ->
 * `Física`), and typographic ligatures spelt out (`ﬁ` -> `fi`).
 */
import { estimateWidth } from './standard-widths';
import type { TextItem } from './text-item';
import { collapseSpaces, isSpaceCode } from '../spaces';
import { joinSpacedLetters } from './letter-spacing';
import { isBreakMarkAfterHyphen } from './hyphen-break-marks';
import { closeSpacedRun } from './spaced-runs';
import { SUBSCRIPT_DIGITS, SUPERSCRIPT_DIGITS } from '../script-forms';

/** A gap wider than this fraction of the font size is a word space (TeX's is about 0.33 em). */
const SPACE_GAP_EM = 0.15;
/** A run this much smaller than the line's text, raised or lowered, is a script. */
const SCRIPT_SIZE_RATIO = 0.9;
/** Raised by more than this fraction of the size: a superscript; lowered by more: a subscript. */
const SUPERSCRIPT_RISE_EM = 0.15;
const SUBSCRIPT_DROP_EM = 0.08;
/** A run opening with one of these follows the text before it without a space. */
const CLOSING_PUNCTUATION = /^\s*[,.;:!?)\]}]/;

/** Where a run sits relative to the line's body text. */
export type ScriptRole = 'normal' | 'superscript' | 'subscript';

/** Is this run a superscript, a subscript, or body text of a line set in `size` on `baseline`? */
export function scriptRole(item: TextItem, size: number, baseline: number): ScriptRole {
  if (item.height >= SCRIPT_SIZE_RATIO * size) return 'normal';
  if (item.y > baseline + SUPERSCRIPT_RISE_EM * size) return 'superscript';
  if (item.y < baseline - SUBSCRIPT_DROP_EM * size) return 'subscript';
  return 'normal';
}

/**
 * Writes a script in Unicode script characters when every character has one, else leaves it. A
 * list of numbers (`2,3`, `1,4-6`, `1–3`, the way superscript citations are printed) keeps its
 * commas, which have no script character, between digits written as scripts.
 */
function writeScript(
  str: string,
  table: Readonly<Record<string, string>>,
  afterScript = false,
): string {
  // A run pdf.js gives with the space after it (`11 `): the space stays, the digits are scripts.
  const core = str.trimEnd();
  if (core.length < str.length && core !== '')
    return writeScript(core, table, afterScript) + str.slice(core.length);
  // So with the space before it, when it is a number alone right after a script number (` 2`, the
  // second of two raised numbers a space apart, `¹ ²`): a run with more after its space (` 2016,
  // 13,`, a running head's figures set off its line), a sign (` )`), or one after body text stays.
  const bare = afterScript ? str.trimStart() : str;
  if (bare.length < str.length && SPACED_NUMBER.test(bare))
    return str.slice(0, str.length - bare.length) + writeScript(bare, table);
  const chars = Array.from(str);
  // One range alone (`1–3`) too: its en dash has no script character either. A byline's marks may
  // end in a comma, the next mark (`∗`) in a run of its own: `Villano,` `1,` `∗`. The BMJ and other
  // Vancouver journals set the numbers apart by spaces alone (`25–27 29 31`), which stay spaces.
  const list = SCRIPT_LIST.test(str);
  if (list) return chars.map((c) => (c === '–' ? table['-'] : table[c]) ?? c).join('');
  return chars.every((c) => table[c] !== undefined) ? chars.map((c) => table[c]).join('') : str;
}

/**
 * Raised numbers and ranges, apart by commas (`2,3`, `1,4-6`) or, up to three digits each, by a
 * space alone (`26 27 32`): a list of citations.
 */
const SCRIPT_LIST = /^\d+(?:[-–−]\d+)?(?:(?:,\s?\d+|\s\d{1,3}(?=[-–−\s]|$))(?:[-–−]\d+)?)*,?$/;

/** A script number a run may give with a space before it: one to three digits, a comma perhaps. */
const SPACED_NUMBER = /^\d{1,3},?$/;

/** A spacing accent on its own: TeX draws it over the letter after it (`Gr´egory`). */
const LONE_ACCENT = /^[´`¨ˆ˜ˇ˘˙˚¯˝¸˛]$/;

/**
 * Where a run begins for the word-space test. A lone accent sits over the letter it marks, past
 * that letter's left edge: the gap before it is measured to the letter (`Gr´egory` is one word,
 * `un ´etudiant` two).
 */
function leftEdge(item: TextItem, next: TextItem | undefined): number {
  return next && item.str.length === 1 && LONE_ACCENT.test(item.str)
    ? Math.min(item.x, next.x)
    : item.x;
}

/**
 * `CLOSING_PUNCTUATION.test(text)`, told from the first character when it is printable ASCII
 * (as it is for almost every run), without the regex.
 */
function opensWithClosing(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code > 32 && code < 127)
    return (
      code === 44 || // ,
      code === 46 || // .
      code === 59 || // ;
      code === 58 || // :
      code === 33 || // !
      code === 63 || // ?
      code === 41 || // )
      code === 93 || // ]
      code === 125 // }
    );
  return CLOSING_PUNCTUATION.test(text);
}

/** A run ending in a space pdf.js put before a lone accent: `Gr ´`, `Mouni ´`, `un ´`. */
const SPACED_ACCENT_TAIL = /^(.*\S) ([´`¨ˆ˜ˇ˘˙˚¯˝¸˛])$/;
/** Words before the accent, at most, for the width of the run's text to be guessed closely. */
const MAX_WORDS_BEFORE_ACCENT = 2;
/** Below this gap (em) between the text before the accent and its letter, there is no word space. */
const NO_WORD_SPACE_EM = 0.1;

/**
 * A run's text, without the space pdf.js put before a trailing accent where that space is no word
 * space. TeX centres an accent over its letter, past the text before it; pdf.js sees the gap and
 * writes a space into the run (`Gr ´` + `egory`). Where the text before the space, at its guessed
 * width (`standard-widths.ts`), reaches the letter, the space was that gap (`Grégory`); a word
 * space leaves a gap of a quarter em or more (`un ´` + `etudiant`). Runs of more than two words
 * keep their space: their inner spaces' width, stretched or shrunk, is not known.
 */
function accentRunText(item: TextItem, next: TextItem | undefined): string {
  if (!next || next.x >= item.x + item.width) return item.str;
  const tail = SPACED_ACCENT_TAIL.exec(item.str);
  if (!tail || tail[1]!.trim().split(/\s+/).length > MAX_WORDS_BEFORE_ACCENT) return item.str;
  const before = tail[1]!;
  // A lower-case word, then the accent over a capital (`Radim ˇ` / `Reh˚uˇrek`): a new word, a
  // name, whose space is the author's.
  if (/\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(next.str)) return item.str;
  const end = item.x + estimateWidth(before, item.height, item.sans === true);
  return next.x - end < NO_WORD_SPACE_EM * item.height ? before + tail[2]! : item.str;
}

/**
 * The text of a line's items (sorted left to right), for a line set in `size` on `baseline`.
 * Runs are joined with a space where the gap between them is a word space, without one where they
 * touch or overlap (a font change inside a word, an accent drawn over a letter).
 */
export function joinLineItems(line: readonly TextItem[], size: number, baseline: number): string {
  const items = placeLoneAccents(joinSpacedLetters(line, size));
  let out = '';
  // The last character of `out`, kept aside: `out` grows by concatenation, and reading a character
  // of a concatenated string first copies it whole.
  let lastCode = NaN;
  let prevEnd: number | null = null;
  /** Did the run before end raised mark digits with a comma (`1,` of `Villano,¹,∗`)? */
  let markGoesOn = false;
  /** Was the run before written as a script of this role (its digits changed)? */
  let scriptBefore: ScriptRole = 'normal';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    const role = scriptRole(item, size, baseline);
    const written: string =
      role === 'superscript'
        ? writeScript(item.str, SUPERSCRIPT_DIGITS, scriptBefore === role)
        : role === 'subscript'
          ? writeScript(item.str, SUBSCRIPT_DIGITS, scriptBefore === role)
          : closeSpacedRun(accentRunText(item, items[i + 1]));
    // An accent drawn back over the last letter of the run before (`Go` + `¨ ker`): on that
    // letter, and the rest of the run follows it without a space.
    const rest =
      prevEnd !== null && role === 'normal' && isSpacingAccent(written.charCodeAt(0))
        ? accentOnLetterBefore(written, item, prevEnd, out)
        : null;
    if (rest !== null) out = out.slice(0, -1) + rest.letter;
    // A blank run between two raised numbers (`5`, ` `, `6`) leaves the one before as it was.
    if (item.str.trim() !== '')
      scriptBefore = role !== 'normal' && written !== item.str ? role : 'normal';
    // No space ever goes before closing punctuation (pdf.js sometimes puts one after maths), nor
    // inside one group of raised marks (`¹,` then ` ∗`).
    const closing =
      rest !== null || opensWithClosing(written) || (markGoesOn && role === 'superscript');
    // The zero-width break mark after a hard hyphen, read as a leading space (`SARS-` ` CoV-`).
    const mark = !closing && isBreakMarkAfterHyphen(lastCode, item, prevEnd, size);
    const str = rest !== null ? rest.text : closing || mark ? written.trimStart() : written;
    markGoesOn = role === 'superscript' && written !== item.str && written.endsWith(',');
    if (
      prevEnd !== null &&
      !closing &&
      leftEdge(item, items[i + 1]) - prevEnd > SPACE_GAP_EM * size &&
      !isSpaceCode(lastCode) &&
      !isSpaceCode(str.charCodeAt(0))
    ) {
      out += ' ';
      lastCode = 32;
    }
    out += str;
    if (str.length > 0) lastCode = str.charCodeAt(str.length - 1);
    prevEnd = Math.max(prevEnd ?? -Infinity, item.x + item.width);
  }
  return tidyLineText(out);
}

/** Cedilla and ogonek hang under their letter; {@link composeAccents} places them. */
const UNDER_ACCENT = /[¸˛]/;
/** A letter an accent goes on. */
const ACCENTED_LETTER = /^[A-Za-zıȷ]$/;
/** An accent glyph is about a third of an em wide: its centre, this far past its left edge. */
const ACCENT_HALF_EM = 0.17;

/** `letter` with `accent` on it: `e` + `´` -> `é`, `ı` + `´` -> `í`. */
const withAccent = (letter: string, accent: string): string =>
  `${DOTLESS[letter] ?? letter}${ACCENTS[accent] ?? ''}`.normalize('NFC');

/**
 * A run opening with an accent drawn back over the last letter of the text before it, as some
 * typesetters draw accents (`Go` then `¨ ker,`, `Salie` then `` `res ``): that letter with its accent,
 * and the run's text after the accent. The accent's centre lies before the end of the run before
 * (TeX's accents, drawn before their letter, are centred over the letter after them: `F` `´ısica`).
 * The space pdf.js reads after the accent is no word space when a lower-case letter follows it
 * (`Göker`), but for a short word of its own (`Heikkilä and`); before a capital it is (`José A.`).
 * Null when the run is not so drawn.
 */
function accentOnLetterBefore(
  written: string,
  item: TextItem,
  prevEnd: number,
  out: string,
): { letter: string; text: string } | null {
  const accent = written[0] as string;
  if (UNDER_ACCENT.test(accent)) return null;
  if (item.x + ACCENT_HALF_EM * item.height >= prevEnd) return null;
  const before = out[out.length - 1];
  if (before === undefined || !ACCENTED_LETTER.test(before)) return null;
  const after = written.slice(1);
  // A short word of its own counts only whole, a space after it in the run: `¨ a` then `¨ n-Heikkila`
  // is one word going on (`Idänpään-Heikkilä`).
  const word = /^ (\p{Ll}+)( ?)/u.exec(after);
  const own = word !== null && word[2] === ' ' && WORDS_OF_THEIR_OWN.has(word[1] as string);
  const goesOn = word !== null && !own;
  return { letter: withAccent(before, accent), text: goesOn ? after.slice(1) : after };
}

/**
 * Short words that follow a name or a word ending in an accented letter (`Heikkilä and`, `José
 * y`, `café et`): after such an accent, a space before one of them is a word space, not the gap
 * pdf.js reads after the accent inside a word (`Gö ker`).
 */
const WORDS_OF_THEIR_OWN: ReadonlySet<string> = new Set(
  'a an and as at by de del der des di du e el en et for from i in is la le les of on or the to und y'.split(
    ' ',
  ),
);

/** An accent over its letter (cedilla and ogonek, under theirs, aside). */
const isOverAccent = (code: number): boolean =>
  isSpacingAccent(code) && code !== 0xb8 && code !== 0x2db;

/** Is the run an accent over a letter alone, with a space pdf.js put before or after it at most? */
function isLoneAccent(str: string): boolean {
  if (str.length === 1) return isOverAccent(str.charCodeAt(0));
  if (str.length !== 2) return false;
  const a = str.charCodeAt(0);
  const b = str.charCodeAt(1);
  return (a === 32 && isOverAccent(b)) || (b === 32 && isOverAccent(a));
}

/**
 * Puts an accent drawn as a run of its own on the first letter of the run it sits over. TeX centres
 * an accent over its letter: over a capital, or a letter at the start of a line, the accent begins
 * past the run's left edge and is read after the whole run (`Election et` then `´`; `a ces` then
 * `` ` ``), and a grave accent at a word's start reads as a quotation mark. The run under the accent
 * is found by the accent's centre, inside that run's first letter; a backtick clear of the next
 * word (a quotation mark) is over no letter and stays. Most lines have no lone accent: one pass
 * over the runs' lengths tells them, with no copy.
 */
function placeLoneAccents(items: readonly TextItem[]): readonly TextItem[] {
  let lone = -1;
  for (let i = 0; i < items.length; i++) {
    if (isLoneAccent((items[i] as TextItem).str)) {
      lone = i;
      break;
    }
  }
  if (lone < 0) return items;
  let placed: TextItem[] | null = null;
  let dropped: Set<number> | null = null;
  for (let i = lone; i < items.length; i++) {
    const accent = items[i] as TextItem;
    if (!isLoneAccent(accent.str)) continue;
    const mark = accent.str.trim();
    const centre = accent.x + accent.width / 2;
    for (let j = 0; j < items.length; j++) {
      const under = (placed ?? items)[j] as TextItem;
      if (j === i || under.x > centre || under.x + under.width <= centre) continue;
      if (isLoneAccent(under.str)) continue;
      const lead = under.str.length - under.str.trimStart().length;
      const letter = under.str[lead] as string;
      if (!ACCENTED_LETTER.test(letter)) continue;
      const left =
        under.x + estimateWidth(under.str.slice(0, lead), under.height, under.sans === true);
      const right = left + estimateWidth(letter, under.height, under.sans === true);
      if (centre < left || centre >= right) continue;
      placed ??= items.slice();
      placed[j] = {
        ...under,
        str: under.str.slice(0, lead) + withAccent(letter, mark) + under.str.slice(lead + 1),
      };
      (dropped ??= new Set()).add(i);
      break;
    }
  }
  return placed && dropped ? placed.filter((_, k) => !dropped.has(k)) : items;
}

/**
 * Spacing accents TeX draws apart from their letter, just before it (its `\accent` primitive sets
 * the accent first, the cedilla included), and the combining marks they stand for.
 */
const ACCENTS: Readonly<Record<string, string>> = {
  '´': '\u0301',
  '`': '\u0300',
  '¨': '\u0308',
  ˆ: '\u0302',
  '˜': '\u0303',
  ˇ: '\u030C',
  '˘': '\u0306',
  '˙': '\u0307',
  '˚': '\u030A',
  '¯': '\u0304',
  '˝': '\u030B',
  '¸': '\u0327',
  '˛': '\u0328',
};
/** Letters a cedilla goes under (ç, ş, ţ). */
const CEDILLA_BASE = /^[cCsStT]$/;

/** `´` + `ı` -> `í`: TeX puts accents on a dotless i or j. */
const DOTLESS: Readonly<Record<string, string>> = { ı: 'i', ȷ: 'j' };

/**
 * Puts separately drawn accents back on their letters: `F´ısica` -> `Física`, `Ure˜na` -> `Ureña`,
 * `Fran¸cais` -> `Français`. A backtick is an accent between letters (`Moli`ere`); at the start of
 * a word it is more likely a quotation mark, but for French's one-letter word `à` (`` `a ``, `` `A ``).
 */
export function composeAccents(text: string): string {
  return text.replace(
    /(\p{L}?)([´`¨ˆ˜ˇ˘˙˚¯˝¸˛])([A-Za-zıȷ])(?=(\p{L})?)/gu,
    (whole, before: string, accent: string, letter: string, after: string | undefined) => {
      if (accent === '`' && before === '' && (after !== undefined || !/^[aA]$/.test(letter)))
        return whole;
      // A cedilla drawn under its letter may come just after it (`Franc¸ois`): it goes on the
      // letter before when that one takes a cedilla and the letter after does not.
      if (accent === '¸' && CEDILLA_BASE.test(before) && !CEDILLA_BASE.test(letter))
        return `${before}\u0327`.normalize('NFC') + letter;
      return before + `${DOTLESS[letter] ?? letter}${ACCENTS[accent] ?? ''}`.normalize('NFC');
    },
  );
}

/**
 * Puts an overlay TeX draws first on the character after it: its negation slash (`\not=` -> `≠`,
 * `\not\in` -> `∉`) and the stroke of `\l` (`God` + stroke + `lowski` -> `Godłowski`).
 */
export function placeOverlays(text: string): string {
  return text.replace(/([\u0335\u0338]) ?(\S)/gu, (_, mark: string, base: string) => {
    if (mark === '\u0338') return `${base}\u0338`.normalize('NFC');
    return base === 'l' ? 'ł' : base === 'L' ? 'Ł' : base;
  });
}

/** The rewrites a line's text needs ({@link rewritesOf}): flags, most lines need none. */
const LIGATURES = 1;
const SPACING_ACCENTS = 2;
/** A stroke or slash TeX draws before the character it crosses (`symbol-fonts.ts` maps them). */
const OVERLAYS = 4;
/** Two spaces in a row, or white space other than the plain space. */
const SPACES = 8;

/** A character other than printable ASCII (space to tilde), or a backtick. */
const BEYOND_PLAIN_ASCII = /[^\x20-\x5f\x61-\x7e]/;

/** Is the code a spacing accent (`[´`¨ˆ˜ˇ˘˙˚¯˝¸˛]`)? */
const isSpacingAccent = (code: number): boolean =>
  code === 0xb4 ||
  code === 0x60 ||
  code === 0xa8 ||
  code === 0xaf ||
  code === 0xb8 ||
  code === 0x2c6 ||
  code === 0x2c7 ||
  (code >= 0x2d8 && code <= 0x2dd);

/**
 * Which rewrites the text needs, read in one pass over its code units: ligatures (`[\uFB00-\uFB06]`),
 * spacing accents, overlays (`[\u0335\u0338]`), spaces to collapse (two in a row, or `[^\S ]`).
 * None of the rewrites adds white space, nor a mark the later ones look for, so what the text
 * holds is what each of them is given.
 */
function rewritesOf(text: string): number {
  // Most lines are printable ASCII without a backtick: two native scans tell them (on lines of
  // ten words and more, about twice as fast as the loop below).
  if (!BEYOND_PLAIN_ASCII.test(text)) return text.includes('  ') ? SPACES : 0;
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      // Printable ASCII, as almost every character is: a space or a backtick may need a rewrite.
      if (code === 0x20) {
        if (text.charCodeAt(i + 1) === 0x20) flags |= SPACES;
      } else if (code === 0x60) flags |= SPACING_ACCENTS;
    } else if (code >= 0xfb00 && code <= 0xfb06) flags |= LIGATURES;
    else if (code === 0x335 || code === 0x338) flags |= OVERLAYS;
    else if (isSpaceCode(code)) flags |= SPACES;
    else if (isSpacingAccent(code)) flags |= SPACING_ACCENTS;
  }
  return flags;
}

/** Collapses runs of spaces, spells out ligatures (`ﬁ`, `ﬂ`, `ﬃ`), restores accents and overlays. */
export function tidyLineText(text: string): string {
  const flags = rewritesOf(text);
  if (flags === 0) return text.trim();
  const spelt =
    flags & LIGATURES ? text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC')) : text;
  const composed = flags & SPACING_ACCENTS ? composeAccents(spelt) : spelt;
  const placed = flags & OVERLAYS ? placeOverlays(composed) : composed;
  return (flags & SPACES ? collapseSpaces(placed) : placed).trim();
}
