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
