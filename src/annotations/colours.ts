/**
 * Highlight colours. Each colour carries a meaning the reader can rename (the label); the colour
 * id is the stable name stored with every annotation, so renaming a label never rewrites them.
 */

/** The palette, in the order the colour picker shows it. */
export const COLOUR_IDS = ['yellow', 'green', 'blue', 'purple', 'red'] as const;

export type ColourId = (typeof COLOUR_IDS)[number];

/** Labels the reader can rename, keyed by colour. */
export type ColourLabels = Record<ColourId, string>;

export interface ColourInfo {
  id: ColourId;
  /** Highlight background; translucent enough to read dark text through. */
  hex: string;
  defaultLabel: string;
}

export const COLOURS: Record<ColourId, ColourInfo> = {
  yellow: { id: 'yellow', hex: '#ffd54f', defaultLabel: 'claim' },
  green: { id: 'green', hex: '#81c784', defaultLabel: 'evidence' },
  blue: { id: 'blue', hex: '#64b5f6', defaultLabel: 'question' },
  purple: { id: 'purple', hex: '#ba68c8', defaultLabel: 'definition' },
  red: { id: 'red', hex: '#e57373', defaultLabel: 'important' },
};

export const DEFAULT_COLOUR_LABELS: ColourLabels = {
  yellow: 'claim',
  green: 'evidence',
  blue: 'question',
  purple: 'definition',
  red: 'important',
};

/** The colour a new highlight gets when the reader has not picked one. */
export const DEFAULT_COLOUR: ColourId = 'yellow';

/** Longest label kept; the legend shows labels in a narrow column. */
export const MAX_COLOUR_LABEL_LENGTH = 40;

export const isColourId = (value: unknown): value is ColourId =>
  typeof value === 'string' && (COLOUR_IDS as readonly string[]).includes(value);

/**
 * Cleans a label typed by the reader: trimmed, shortened, and the default back when left empty.
 */
export function normaliseColourLabel(colour: ColourId, label: string): string {
  const trimmed = label.trim().replace(/\s+/g, ' ').slice(0, MAX_COLOUR_LABEL_LENGTH);
  return trimmed || COLOURS[colour].defaultLabel;
}
