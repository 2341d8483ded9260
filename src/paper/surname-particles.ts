/**
 * The particles written before a surname (`van Dijk`, `von Neumann`, `de la Cruz`, `dos Santos`),
 * one list for every rule that reads names: author lists, reference heads, citations, bylines.
 * Lower case, as they stand inside a name; a rule that also reads them capitalised, as the first
 * word of an entry (`Van der Berg JP`, `De Iaco A`), uses {@link CAPITALISABLE_PARTICLES}.
 */

/** The particles, lower case. */
export const SURNAME_PARTICLES: readonly string[] = [
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'del',
  'dos',
];

/** The particles as a regular expression's alternatives: `van|von|de|…`. */
export const PARTICLE_WORDS = SURNAME_PARTICLES.join('|');

/** The particles' first letters as a regular expression's class: `[vdl]`. */
export const PARTICLE_INITIALS = `[${[...new Set(SURNAME_PARTICLES.map((p) => p.charAt(0)))].join('')}]`;

/** The particles, each with its first letter in either case: `[Vv]an|[Vv]on|[Dd]e|…`. */
export const CAPITALISABLE_PARTICLES = SURNAME_PARTICLES.map(
  (p) => `[${p.charAt(0).toUpperCase()}${p.charAt(0)}]${p.slice(1)}`,
).join('|');
