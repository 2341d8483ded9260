import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_IDS } from '../../annotations/colours';
import { COLOUR_CUES } from './colour-cues';

const styles = readFileSync(path.resolve(__dirname, '../../app/styles.css'), 'utf8');

/** The `text-decoration-style` that app/styles.css gives `.hl--<colour>`. */
const underlineOf = (colour: string) =>
  new RegExp(`\\.hl--${colour}\\s*\\{[^}]*text-decoration-style:\\s*([a-z]+)`).exec(styles)?.[1];

describe('colour cues', () => {
  it('give every colour its own glyph', () => {
    const glyphs = COLOUR_IDS.map((c) => COLOUR_CUES[c].glyph);
    expect(new Set(glyphs).size).toBe(COLOUR_IDS.length);
  });

  it('leave the underline styles to app/styles.css, which gives every colour its own', () => {
    expect(COLOUR_IDS.map((c) => Object.keys(COLOUR_CUES[c]))).toEqual(
      COLOUR_IDS.map(() => ['glyph', 'shape']),
    );
    const underlines = COLOUR_IDS.map(underlineOf);
    expect(underlines).not.toContain(undefined);
    expect(new Set(underlines).size).toBe(COLOUR_IDS.length);
  });
});
