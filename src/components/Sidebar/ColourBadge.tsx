/**
 * A colour shown the way the whole app shows one: its swatch with its glyph (the second cue, for
 * readers who cannot tell the hues apart), and optionally its label.
 */
import type { ColourId } from '../../annotations/colours';
import { COLOUR_CUES } from '../shared/colour-cues';

interface Props {
  colour: ColourId;
  /** The colour's current label; omitted when the label is shown elsewhere. */
  label?: string;
}

export function ColourBadge({ colour, label }: Props) {
  return (
    <span className={`colour-badge colour-badge--${colour}`}>
      <span
        className={`colour-badge__swatch hl-swatch hl-swatch--${colour}`}
        aria-hidden="true"
        title={COLOUR_CUES[colour].shape}
      >
        {COLOUR_CUES[colour].glyph}
      </span>
      {label !== undefined ? <span className="colour-badge__label">{label}</span> : null}
    </span>
  );
}
