/**
 * Small judgements about lines of PDF-extracted text that the block parser combines: does a line
 * end a sentence, could it be a title, and should two chunks separated by a blank line be joined
 * back into one paragraph (a stray blank line that split a paragraph mid-sentence)?
 */
import { splitSectionNumber } from './headings';
import { isSpaceCode } from './spaces';
import { textColumns } from './text-width';

/**
 * A sentence end: `.`, `?`, `!` or `…` (or their Chinese and Japanese forms `。`, `！`, `？`, `．`), possibly followed by closing quotes or brackets and a
 * numeric citation marker (`alleviation."[5]`, `[7].`).
 */
const SENTENCE_END = /[.?!…。！？．]["'”’»)\]]*(?:\s*\[[\d,;\s–-]+\])?$|\[[\d,;\s–-]+\][.?!。．]$/;

/** What {@link SENTENCE_END} can end in: a sentence's end, a closing quote or bracket. */
const SENTENCE_LAST = new Set([...'.?!…。！？．"\'”’»)]'].map((c) => c.charCodeAt(0)));

/** Does this line end a sentence? Told from its last character for most lines, which end in a word. */
export function endsSentence(line: string): boolean {
  // The regex is anchored at the end only, so V8 tries it from every position of the line.
  return SENTENCE_LAST.has(line.charCodeAt(line.length - 1)) && SENTENCE_END.test(line);
}

/** Does this line open with a lowercase letter (possibly after an opening quote or bracket)? */
export function startsLowercase(line: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(line);
}

/** Does this line open like a sentence or a heading: a capital, a digit or an opening quote? */
export function startsCapitalized(line: string): boolean {
  return /^["'“‘([]?[\p{Lu}\p{Lo}\d]/u.test(line);
}

/**
 * Words that cannot end an English sentence: a line ending in one of them is mid-sentence even
 * when the next line starts with a capital (`... the` / `Party Central Committee`).
 */
const NON_FINAL_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to and or but nor in on at by for with from into onto upon that which whose as than ' +
    'is are was were be been being its their his her our your my this these those such between under ' +
    'over about via per if whether because while although not no very more most both either neither ' +
    'each every has have had will would can could should must may might shall i.e. e.g. including ' +
    'within without among towards toward against during through'
  ).split(' '),
);

/** Does the line end with a word or mark after which the sentence must go on? */
export function endsMidSentence(line: string): boolean {
  if (/[,([&/-]$/.test(line)) return true;
  const last = /(\S+)$/.exec(line)?.[1]?.toLowerCase() ?? '';
  return NON_FINAL_WORDS.has(last);
}

/** A line at least this fraction of the typical width was wrapped by the layout, not ended. */
export const FULL_LINE_RATIO = 0.75;
/** A line shorter than this fraction of the typical width, ending a sentence, ends its paragraph. */
export const SHORT_LINE_RATIO = 0.7;

/**
 * Should a paragraph whose last line is `before` be joined with the paragraph that a blank line
 * later starts with `after`? Yes when the sentence visibly goes on: no sentence end and a
 * lowercase continuation, or a word or mark that cannot end a sentence, or a full-width line with
 * no punctuation at all (a wrapped line that a stray blank line cut off).
 */
export function continuesAcrossBlank(before: string, after: string, width: number): boolean {
  if (endsSentence(before) || isCodeNameHeading(before)) return false;
  if (startsLowercase(after)) return true;
  if (endsMidSentence(before)) return true;
  const bare = /[\p{L}\d"'”’]$/u.test(before);
  return bare && textColumns(before) >= FULL_LINE_RATIO * width;
}

/**
 * A name from a program, as software papers title their sections after a function or option:
 * lower-case first, then a capital or an underscore inside (`readData`, `mod_type`, `fitModel()`).
 */
const CODE_NAME = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*|_[A-Za-z0-9]+)+(?:\(\))?(?=[\s,:;]|$)/;

/** Does the line open with a name from a program (`readData takes a path…`)? */
export function startsWithCodeName(line: string): boolean {
  return CODE_NAME.test(line);
}

/**
 * Could this be a heading's text that names a function or option (`readData`, `examineFit`): a
 * code name and at most three more words, not ending like a sentence. Such a title opens in lower
 * case, so {@link isTitleLike} refuses it; callers require a section number too.
 */
export function isCodeNameTitle(title: string): boolean {
  return startsWithCodeName(title) && title.split(/\s+/).length <= 4 && !/[.,;]$/.test(title);
}

/** `3.1. readData`: a dotted section number whose title is a code name. */
function isCodeNameHeading(line: string): boolean {
  const heading = splitSectionNumber(line);
  return heading !== null && heading.dotted && isCodeNameTitle(heading.title);
}

/** `line.split(/\s+/).length` (runs of white space, plus one), counted without splitting. */
export function splitCount(line: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Longest plausible title or heading, in characters and words. */
export const MAX_TITLE_CHARS = 160;
const MAX_TITLE_WORDS = 24;

/**
 * Could this line be a title or a heading's text: short enough, opening with a capital (or a
 * quote or digit), and not ending like a sentence or a clause?
 */
export function isTitleLike(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || splitCount(line) > MAX_TITLE_WORDS) return false;
  if (!startsCapitalized(line)) return false;
  return !/[.,;]$/.test(line) && !CJK_SENTENCE_END.test(line);
}

/**
 * A sentence ended inside a line of Chinese or Japanese (`。`, `！`, `？`, or a full-width `．`
 * before more text): the line is prose, never a title or a heading.
 */
const CJK_SENTENCE_END = /[。！？]|．(?=\s*[\u3040-\u9FFF])/u;

/** Is every letter of the line upper case (`INTRODUCTION`, `ULTRA LIGHT BOSONS AS DARK MATTER`)? */
export function isAllCaps(line: string): boolean {
  // A lower-case ASCII letter is a letter that upper-cases to another: most lines are told so,
  // without the copies below.
  if (ASCII_LOWER.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return false;
  // Letters with a case, most of the line's: `中图分类号: TP273 文献标识码: A` is Chinese with
  // two codes in capitals, not a line set in capitals.
  const cased = letters.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '');
  return cased.length >= 4 && cased.length >= CASED_SHARE * letters.length;
}

/** A lower-case ASCII letter. */
const ASCII_LOWER = /[a-z]/;

/** Share of a line's letters that must have a case for it to be read as set in capitals. */
const CASED_SHARE = 0.8;
