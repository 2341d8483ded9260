/**
 * Glyph names TeX's fonts use that pdf.js's glyph list does not know. A PDF whose font names its
 * glyphs in an `/Encoding /Differences` array (dvips and dvipdfm write these for Computer Modern)
 * gets, from pdf.js, the bare character code for each such glyph: `\u0002` where the font draws
 * `≫`. With the name from the font's `differences`, the code is put back as its character.
 *
 * Source: lcdf-typetools' `texglyphlist.txt` (TeX Live `fonts/map/glyphlist/texglyphlist.txt`),
 * the extension of the Adobe Glyph List for TeX fonts; only names pdf.js 5.6's `getGlyphsUnicode`
 * lacks are listed (a name it knows already comes out as its character). `suppress`, the bar TeX
 * draws over `l` for `ł` (`\l`), is not in that list: it is written as the combining short stroke
 * U+0335 that `tidyLineText` folds into `ł`/`Ł`.
 */

/** TeX glyph name -> the text it stands for. */
export const TEX_GLYPH_NAMES: Readonly<Record<string, string>> = {
  // cmsy: relations and operators
  greatermuch: '\u226b',
  lessmuch: '\u226a',
  negationslash: '\u0338',
  precedesequal: '\u227c',
  followsequal: '\u227d',
  follows: '\u227b',
  equivasymptotic: '\u224d',
  similarequal: '\u2243',
  latticetop: '\u22a4',
  triangleinv: '\u25bd',
  turnstileleft: '\u22a2',
  turnstileright: '\u22a3',
  unionmulti: '\u228e',
  unionsq: '\u2294',
  intersectionsq: '\u2293',
  subsetsqequal: '\u2291',
  supersetsqequal: '\u2292',
  wreathproduct: '\u2240',
  coproduct: '\u2a3f',
  diamondmath: '\u22c4',
  circledivide: '\u2298',
  circledot: '\u2299',
  circleminus: '\u2296',
  owner: '\u220b',
  floorleft: '\u230a',
  floorright: '\u230b',
  ceilingleft: '\u2308',
  ceilingright: '\u2309',
  arrowbothv: '\u2195',
  arrowdblbothv: '\u21d5',
  Rfractur: '\u211c',
  Ifractur: '\u2111',
  // cmmi
  epsilon1: '\u03f5',
  rho1: '\u03f1',
  pi1: '\u03d6',
  lscript: '\u2113',
  star: '\u22c6',
  harpoonleftup: '\u21bc',
  harpoonleftdown: '\u21bd',
  harpoonrightup: '\u21c0',
  harpoonrightdown: '\u21c1',
  // MathTime's mtmi (Springer's `RMTMI`): its upright capital Sigma, read off the glyph in
  // CERMINE's example3 (`R = Σh Σi |Ii(h) − ⟨I(h)⟩|`)
  Sigma1: '\u03a3',
  // cmr
  suppress: '\u0335',
};

/**
 * Adobe Glyph List names of the math signs TeX's `cmsy` draws, which pdf.js knows: read only where
 * a font's own ToUnicode map gives another character for one of them (ACM's re-encoded `cmsy9`
 * maps `lessequal` to U+F8FF, Apple's logo), to put the sign back (`symbol-fonts.ts`).
 */
export const MATH_GLYPH_NAMES: Readonly<Record<string, string>> = {
  greaterequal: '\u2265',
  lessequal: '\u2264',
  minus: '\u2212',
  multiply: '\u00d7',
  divide: '\u00f7',
  plusminus: '\u00b1',
  element: '\u2208',
  perpendicular: '\u22a5',
  arrowright: '\u2192',
  arrowleft: '\u2190',
  arrowdblright: '\u21d2',
  arrowdblleft: '\u21d0',
  arrowdblboth: '\u21d4',
  radical: '\u221a',
  asteriskmath: '\u2217',
  infinity: '\u221e',
  universal: '\u2200',
  existential: '\u2203',
  emptyset: '\u2205',
  union: '\u222a',
  intersection: '\u2229',
  logicalnot: '\u00ac',
  logicaland: '\u2227',
  logicalor: '\u2228',
  propersubset: '\u2282',
  propersuperset: '\u2283',
  reflexsubset: '\u2286',
  reflexsuperset: '\u2287',
  equivalence: '\u2261',
  approxequal: '\u2248',
  similar: '\u223c',
  precedes: '\u227a',
  angleleft: '\u2329',
  angleright: '\u232a',
};
