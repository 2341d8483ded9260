/**
 * The second cue each highlight colour carries besides its hue, so colours read for colour-blind
 * readers and in greyscale: a glyph (shown in the legend, on cards and in the selection toolbar)
 * and an underline style (drawn under highlights in the paper). One table, used everywhere.
 */
import type { ColourId } from '../../annotations/colours';

/** A CSS `text-decoration-style` value. */
export type UnderlineStyle = 'solid' | 'double' | 'wavy' | 'dashed' | 'dotted';

export interface ColourCue {
  /** A single character drawn next to the colour; decorative (the label is what is read out). */
  glyph: string;
  /** How highlights of this colour are underlined in the paper. */
  underline: UnderlineStyle;
  /** The glyph's shape in words, for tooltips and documentation. */
  shape: string;
}

/**
 * Glyphs differ in shape, not only colour (circle, square, question mark, diamond, exclamation
 * mark), and underline styles differ in pattern, so no two colours share either cue.
 */
export const COLOUR_CUES: Record<ColourId, ColourCue> = {
  yellow: { glyph: '●', underline: 'solid', shape: 'circle' },
  green: { glyph: '■', underline: 'double', shape: 'square' },
  blue: { glyph: '?', underline: 'wavy', shape: 'question mark' },
  purple: { glyph: '◆', underline: 'dashed', shape: 'diamond' },
  red: { glyph: '!', underline: 'dotted', shape: 'exclamation mark' },
};
