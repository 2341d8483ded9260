/**
 * The parsers' intermediate output: blocks with their text but no offsets yet. `parsePaper`
 * joins their texts into the canonical text and turns them into `Block`s with offsets, so the two
 * format parsers never do offset arithmetic.
 */
import type { AsideKind, HeadingBlock } from './types';

/** A block before it has offsets: its canonical text and what kind of block it is. */
export type RawBlock =
  | { kind: 'title'; text: string }
  | {
      kind: 'heading';
      text: string;
      /** Where the title starts in `text` (after `2. `). */
      titleOffset: number;
      level: number;
      number: string | null;
      role: HeadingBlock['role'];
    }
  | {
      kind: 'paragraph';
      text: string;
      /** The length of a run-in heading at the paragraph's start (`Materials.`), if it has one. */
      lead?: number;
    }
  | { kind: AsideKind; text: string }
  | {
      kind: 'reference';
      text: string;
      /** The entry's number when the list is numbered (`[1]`, `1.`, `1)`), else null. */
      number: string | null;
    };

/**
 * Builds a heading block from a title and an optional section number. `prefix` is the number as
 * written before the title (`2. `, `2.1 `, `IV. `); by default `2. ` for a top-level number and
 * `2.1 ` for a deeper one.
 */
export function headingBlock(
  number: string | null,
  title: string,
  role: HeadingBlock['role'],
  prefix: string = number === null ? '' : number.includes('.') ? `${number} ` : `${number}. `,
): RawBlock {
  const level = number === null ? 1 : number.split('.').length;
  return { kind: 'heading', text: prefix + title, titleOffset: prefix.length, level, number, role };
}
