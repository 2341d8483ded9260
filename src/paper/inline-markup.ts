/**
 * Strips simple inline Markdown from text that goes into the canonical text: emphasis (`**`, `*`,
 * `__`, `_`, `~~`), code spans, links and images (`[text](url)` -> text), autolinks and a few
 * inline HTML tags (numbers in `<sup>`/`<sub>` written raised or lowered). Bracketed citation
 * markers (`[4]`, `[1, 3]`) survive, even when linked. Inline LaTeX mathematics (`$p_i$`) is
 * written as Unicode text (`latex-text.ts`).
 */

import { latexText } from './latex-text';
import { SUBSCRIPT_DIGITS, SUPERSCRIPT_DIGITS } from './script-forms';

/** Backslash escapes are swapped for private-use characters while the markup is stripped. */
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = '\\`*_{}[]()#+-.!|~<>';

const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[((?:[^[\]]|\[[^[\]]*\])+)\]\(((?:[^()\s]|\([^()]*\))*)(?:\s+"[^"]*")?\)/g;
/**
 * Where a publisher's page links a number that is no citation: an affiliation (`#Aff1`), a
 * figure, table, section or equation, a footnote, an additional file (`#MOESM2`), an appendix.
 */
const NOT_A_REFERENCE = /#(?:aff|moesm|fig|tab|sec|equ?|b?fn|app|sch|mmc|supp)[\w.-]*$/i;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const STAR_EMPHASIS = /(^|[^\p{L}\d*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\d*])/gu;
const UNDERSCORE_EMPHASIS = /(^|[^\p{L}\d_])_(?=\S)([^_]*?\S)_(?![\p{L}\d_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const INLINE_HTML = /<\/?(?:sup|sub|em|strong|b|i|u|br|span|a|small|mark|abbr|cite)\b[^>]*>/gi;
/**
 * Inline mathematics: `$…$` (not `$$`; no space after the opening dollar) or `\(…\)`. A digit
 * right after the closing dollar makes it money (`$5 and $10`) unless what stands between holds
 * LaTeX (`$\approx$30%`, a converter's spacing).
 */
const INLINE_MATH = /(?<![\\$])\$(?![\s$])([^$\n]+?)\$(\d?)(?=(\p{L})?)|\\\((.+?)\\\)/gu;
/** Numbers an HTML export raises or lowers (`<sup>3</sup>`, `<sub>2</sub>`): written as such. */
const RAISED_NUMBERS = /<(sup|sub)>([\d,\s+\-–−()]{1,20})<\/\1>/gi;
/** The forms of a raised or lowered number, its en dash as a minus (`<sup>5–7</sup>`). */
const SUP_DIGITS: Record<string, string> = { ...SUPERSCRIPT_DIGITS, '–': '⁻' };
const SUB_DIGITS: Record<string, string> = { ...SUBSCRIPT_DIGITS, '–': '₋' };
/**
 * Pandoc's raised and lowered text around numbers (`cites^12^`, `^3,4–6^`, `H~2~O`): written raised
 * or lowered. Only numbers: `x^y^` may be anything.
 */
const PANDOC_SCRIPT = /(?<![~^])(\^|~)([\d,–-]{1,20})\1(?![~^])/g;
/** A link whose text is a citation marker (`[1]`, `1`, `1, 2`): keep the brackets. */
const CITATION_TEXT = /^\[?(\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*)\]?$/;

function protectEscapes(text: string): string {
  return text.replace(/\\(.)/g, (whole, c: string) => {
    const at = ESCAPABLE.indexOf(c);
    return at < 0 ? whole : String.fromCharCode(ESCAPE_BASE + at);
  });
}

function restoreEscapes(text: string): string {
  return text.replace(/[\uE000-\uE0FF]/g, (c) => ESCAPABLE.charAt(c.charCodeAt(0) - ESCAPE_BASE));
}

/**
 * Removes inline Markdown markup, keeping the text a reader sees. Each pattern is tried only when
 * the text holds the characters it needs (most lines of a paper hold none of them).
 */
export function stripInlineMarkup(text: string): string {
  const codeSpans: string[] = [];
  // Mathematics first: its `\(`, `_` and `*` are LaTeX, not escapes or emphasis.
  let out =
    text.includes('$') || text.includes('\\(')
      ? text.replace(
          INLINE_MATH,
          (whole, dollars?: string, digit?: string, letter?: string, parens?: string) => {
            if (dollars !== undefined && digit !== '' && !/[\\^_{}]/.test(dollars)) return whole;
            codeSpans.push(latexText(dollars ?? parens ?? ''));
            // `$k = 1 $routing`: the space the converter put inside stays between the words.
            const space = letter !== undefined && /\s$/.test(dollars ?? '') ? ' ' : '';
            return `\uE100${codeSpans.length - 1}\uE101${digit ?? ''}${space}`;
          },
        )
      : text;
  out = out.includes('\\') ? protectEscapes(out) : out;
  if (out.includes('`'))
    out = out.replace(CODE_SPAN, (_m, _ticks: string, code: string) => {
      codeSpans.push(code.trim());
      return `\uE100${codeSpans.length - 1}\uE101`;
    });
  if (out.includes('![')) out = out.replace(IMAGE, '$1');
  if (out.includes(']('))
    out = out.replace(LINK, (_m, label: string, url: string) => {
      const citation = CITATION_TEXT.exec(label.trim());
      return citation && !NOT_A_REFERENCE.test(url) ? `[${citation[1] ?? ''}]` : label;
    });
  if (out.includes('<'))
    out = out
      .replace(RAISED_NUMBERS, (_m, tag: string, digits: string) =>
        [...digits].map((c) => (tag === 'sup' ? SUP_DIGITS : SUB_DIGITS)[c] ?? c).join(''),
      )
      .replace(AUTOLINK, '$1')
      .replace(INLINE_HTML, '');
  if (out.includes('^') || out.includes('~'))
    out = out.replace(PANDOC_SCRIPT, (whole, mark: string, digits: string) =>
      /\d/.test(digits)
        ? [...digits].map((c) => (mark === '^' ? SUP_DIGITS : SUB_DIGITS)[c] ?? c).join('')
        : whole,
    );
  for (let i = 0; i < 2; i++) {
    if (out.includes('**') || out.includes('__')) out = out.replace(STRONG, '$2');
    if (out.includes('~~')) out = out.replace(STRIKE, '$1');
    if (out.includes('*')) out = out.replace(STAR_EMPHASIS, '$1$2');
    if (out.includes('_')) out = out.replace(UNDERSCORE_EMPHASIS, '$1$2');
  }
  if (out.includes('\uE100'))
    out = out.replace(/\uE100(\d+)\uE101/g, (_m, i: string) => codeSpans[Number(i)] ?? '');
  const restored = restoreEscapes(out);
  // Last, so that `&lt;sup&gt;` is text and never a tag.
  return restored.includes('&') ? restored.replace(ENTITY, entityText) : restored;
}

/**
 * The HTML character references a converter writes (docling's `Data Mining &amp; Knowledge`,
 * MinerU's table cells): named ones for the characters HTML escapes, and numeric ones.
 */
const ENTITY = /&(?:([A-Za-z]{2,8})|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));/g;
/** Greek letters by their HTML names, in the order of their code points from `α` and `Α`. */
const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );
/**
 * Named references: those HTML escapes with, and those authors of papers in Markdown write for
 * typography and units (`&ndash;`, `5&nbsp;&deg;C`, `&plusmn;`, `&alpha;`). Any other name stays
 * as written (`&unknown;`).
 */
const NAMED_ENTITIES: Record<string, string> = Object.assign(Object.create(null) as object, {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  minus: '−',
  plusmn: '±',
  deg: '°',
  micro: 'µ',
  middot: '·',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  prime: '′',
  sect: '§',
  para: '¶',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  ...Object.fromEntries(
    GREEK.flatMap((name, i) => [
      [name, String.fromCodePoint(0x3b1 + i)],
      // No capital final sigma: `Sigmaf` is no name.
      ...(name === 'sigmaf'
        ? []
        : [[name[0]!.toUpperCase() + name.slice(1), String.fromCodePoint(0x391 + i)]]),
    ]),
  ),
}) as Record<string, string>;

function entityText(whole: string, name?: string, decimal?: string, hex?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
  // A control character, a surrogate or no character at all is left as written.
  const printable =
    Number.isInteger(code) &&
    code <= 0x10ffff &&
    code >= 0x20 &&
    !(code >= 0x7f && code <= 0x9f) &&
    !(code >= 0xd800 && code <= 0xdfff);
  return printable ? String.fromCodePoint(code) : whole;
}
