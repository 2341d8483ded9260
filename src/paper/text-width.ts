/**
 * How wide a line of plain text is printed, in the columns of a fixed-pitch grid: one per
 * character, but two for the wide characters of Chinese, Japanese and Korean (East Asian Width
 * "W"/"F": ideographs, kana, hangul, full-width forms), which take the room of two Latin letters.
 * The text parser compares lines by width (a short line ends a paragraph, a heading is shorter
 * than the text); measured in characters, a line of Chinese would look half as wide as a line of
 * the English abstract beside it. Pure.
 */

/** A wide character (see above); tested before any counting: most lines have none. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const WIDE_ALL = new RegExp(WIDE.source, 'g');

/** The line's width in columns: its length, plus one for each wide character. */
export function textColumns(line: string): number {
  if (!WIDE.test(line)) return line.length;
  return line.length + (line.match(WIDE_ALL)?.length ?? 0);
}

/**
 * Letters of the scripts written without spaces between words (kana, CJK ideographs, hangul), as
 * a character class's inside, for the parser's rules that count words by spaces.
 */
export const UNSPACED_LETTERS =
  '\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF';
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`);
const UNSPACED_ALL = new RegExp(`[${UNSPACED_LETTERS}]`, 'g');

/** Does the text hold a letter of a script written without spaces ({@link UNSPACED_LETTERS})? */
export const hasUnspacedLetter = (text: string): boolean => UNSPACED.test(text);

/** How many letters of scripts written without spaces the text holds. */
export const unspacedLetterCount = (text: string): number =>
  hasUnspacedLetter(text) ? (text.match(UNSPACED_ALL)?.length ?? 0) : 0;
