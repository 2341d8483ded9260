/**
 * The second cue each highlight colour carries besides its hue, so colours read for colour-blind
 * readers and in greyscale: a glyph, shown in the legend, on cards and in the selection toolbar.
 *
 * The other cue, the underline style drawn under highlights in the paper (solid, double, wavy,
 * dashed, dotted), lives only in app/styles.css (`.hl--<colour>`): CSS is its one source, so it
 * is not repeated here.
 */
import type { ColourId } from '../../annotations/colours';

export interface ColourCue {
  /** A single character drawn next to the colour; decorative (the label is what is read out). */
  glyph: string;
  /** The glyph's shape in words, for tooltips and documentation. */
  shape: string;
}

/**
 * Glyphs differ in shape, not only colour (circle, square, question mark, diamond, exclamation
 * mark), so no two colours share a glyph.
 */
export const COLOUR_CUES: Record<ColourId, ColourCue> = {
  yellow: { glyph: '●', shape: 'circle' },
  green: { glyph: '■', shape: 'square' },
  blue: { glyph: '?', shape: 'question mark' },
  purple: { glyph: '◆', shape: 'diamond' },
  red: { glyph: '!', shape: 'exclamation mark' },
};
