/**
 * A one-line change to pdf.js's worker script: with each font of a page's text content, it also
 * reports the font's real name (`CMMI10`, `ABCDEF+CMSY10`) and its `/Differences` glyph names,
 * which the symbol-font mapping needs (`page-fonts.ts`, `symbol-fonts.ts`).
 *
 * Why a dependency's file is changed: pdf.js names a page's fonts in `getTextContent` only by an
 * internal id (`g_d0_f8`) and puts nothing of the font in the text's styles but its CSS fallback
 * family, ascent, descent and direction. The name and the Differences reach the page only with
 * the page's operator list (`commonObjs`, with `fontExtraProperties`): a second pass of pdf.js over
 * the page, costing about half of what reading its text did, and asked for only after the last
 * page (it could not be known before which fonts were suspect). pdf.js's worker holds both facts
 * while it reads the text (`ensureTextContentItem`, where it writes a font's style, has the
 * translated `Font` at hand), so this patch has it write them there too: one pass of pdf.js over
 * each page instead of two, and the fonts mapped as each page arrives.
 *
 * The app serves the patched `build/pdf.worker.min.mjs` in place of pdf.js's own (vite.config.ts,
 * `virtual:pdf-worker-url`); the tests and benchmarks give pdf.js's Node build the patched
 * `legacy/build/pdf.worker.mjs` (`pdfjs-node.ts`). The site is found in both the minified and the
 * formatted script; anything but exactly one site throws, so that an upgrade of pdfjs-dist that
 * moves it fails the build and the tests loudly instead of silently reading symbol fonts as bare
 * codes again. Pure: strings in, string out.
 */

/** The style fields the patch adds: prefixed, so that a later pdf.js field cannot collide. */
export const FONT_NAME_FIELD = 'mgFontName';
export const DIFFERENCES_FIELD = 'mgDifferences';

/**
 * pdf.js's `textContent.styles[loadedName] = { fontFamily: font.fallbackName, ascent:
 * font.ascent, …`: the font's variable is captured (`font` formatted, a letter minified).
 */
const STYLE_SITE =
  /(fontFamily:\s*)([A-Za-z_$][\w$]*)(\.fallbackName,)(\s*)(ascent:\s*\2\.ascent\b)/g;

/**
 * pdf.js's text-content loop skips each glyph it calls an invisible format mark (Unicode's Cf), the
 * soft hyphen U+00AD among them: `const { category, originalCharCode } = glyph; if
 * (category.isInvisibleFormatMark) continue;` (formatted), `const o=s[e],{category:l,
 * originalCharCode:f}=o;if(l.isInvisibleFormatMark)continue;` (minified). Tagged PDFs write the
 * hyphens they print as U+00AD (as PDF's accessibility rules ask for a hyphen the line break put
 * there, and InDesign, the Lancet's, for every hyphen): pdf.js dropped them, advance and all, so
 * `high-income` read `high income`, `popu-` / `lations` two words, a DOI cut at its hyphens.
 * Captured: the category's variable (absent when destructured under its own name) and the glyph's.
 */
const FORMAT_MARK_SITE =
  /(\{\s*category(?:\s*:\s*([A-Za-z_$][\w$]*))?\s*,\s*originalCharCode(?:\s*:\s*[A-Za-z_$][\w$]*)?\s*\}\s*=\s*([A-Za-z_$][\w$]*)\s*;\s*if\s*\(\s*)([A-Za-z_$][\w$]*)(\.isInvisibleFormatMark)(?=\s*\))/g;

/** Marks the patch: a script that holds it is not patched twice. */
const PATCHED = new RegExp(`\\b${FONT_NAME_FIELD}:`);

/**
 * pdf.js's worker script with each text-content style also holding the font's name
 * ({@link FONT_NAME_FIELD}) and, when the PDF gives any, its Differences glyph names by code
 * ({@link DIFFERENCES_FIELD}; a sparse array, left out when empty). Throws when the script holds
 * the site other than exactly once, or is patched already.
 */
export function patchPdfWorker(source: string): string {
  if (PATCHED.test(source))
    throw new Error(`pdfjs-dist changed: its worker already has ${FONT_NAME_FIELD}`);
  return keepPrintedSoftHyphens(reportFontFacts(source));
}

/**
 * The text-content loop of pdf.js's worker keeping a soft hyphen the font draws (its width above
 * 0: a printed hyphen, see {@link FORMAT_MARK_SITE}); an invisible one is still skipped. The
 * layout reads it as the hyphen it is (`extract-pdf-text.ts`). Throws unless there is exactly one
 * site.
 */
function keepPrintedSoftHyphens(source: string): string {
  const sites = [...source.matchAll(FORMAT_MARK_SITE)];
  if (sites.length !== 1)
    throw new Error(
      `pdfjs-dist changed: its worker has ${sites.length} text-content format-mark sites ` +
        '(`if (category.isInvisibleFormatMark) continue`) where the soft-hyphen patch expects ' +
        'exactly 1; printed hyphens would be dropped from the text. See pdf-worker-patch.ts.',
    );
  return source.replace(
    FORMAT_MARK_SITE,
    (
      _site,
      head: string,
      _named: string | undefined,
      glyph: string,
      category: string,
      mark: string,
    ) => `${head}${category}${mark}&&!(${glyph}.unicode==="\\u00AD"&&${glyph}.width>0)`,
  );
}

/** The worker's text-content styles holding each font's name and Differences (see above). */
function reportFontFacts(source: string): string {
  const sites = [...source.matchAll(STYLE_SITE)];
  if (sites.length !== 1)
    throw new Error(
      `pdfjs-dist changed: its worker has ${sites.length} text-content style sites ` +
        '(`fontFamily: font.fallbackName, ascent: font.ascent`) where the font facts patch ' +
        'expects exactly 1; symbol fonts would be read as bare codes. See pdf-worker-patch.ts.',
    );
  return source.replace(
    STYLE_SITE,
    (_site, family: string, font: string, fallback: string, gap: string, ascent: string) => {
      const facts =
        `${FONT_NAME_FIELD}:${font}.name,` +
        `${DIFFERENCES_FIELD}:${font}.differences?.length?${font}.differences:void 0,`;
      return `${family}${font}${fallback}${gap}${facts}${gap}${ascent}`;
    },
  );
}
