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
 * codes again. Two more one-site changes go with it, each also found exactly once or throwing:
 * printed soft hyphens kept ({@link keepPrintedSoftHyphens}) and a page's text sent in fewer,
 * larger chunks ({@link sendFewerChunks}). Pure: strings in, string out.
 */

/** The style fields the patch adds: prefixed, so that a later pdf.js field cannot collide. */
export const FONT_NAME_FIELD = 'mgFontName';
export const DIFFERENCES_FIELD = 'mgDifferences';
/**
 * What the font's ToUnicode map gives at each code its Differences name (`latticetop` at 0x24
 * mapped to `>` by ACM's re-encoded `cmsy9`): the character pdf.js hands on for that glyph, which
 * may be wrong. Left out when the font has no Differences, or its map gives nothing for them.
 */
export const UNICODE_FIELD = 'mgUnicode';

/** The expression the patch writes for {@link UNICODE_FIELD}, for the font named `font`. */
const unicodeOf = (font: string) =>
  `((d,t)=>{if(!d?.length||!t?.get)return;const u=Array.from(d,(n,c)=>n?t.get(c):void 0);` +
  `return u.some(x=>x!==void 0)?u:void 0})(${font}.differences,${font}.toUnicode)`;

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

/**
 * pdf.js's text-content loop sending what it has read at a font change when it holds 10 runs or
 * more: `function enqueueChunk(e=!1){const t=b.items.length;if(0!==t&&!(e&&t<10))` (minified),
 * `function enqueueChunk(batch = false) { … if (batch && length < TEXT_CHUNK_BATCH_SIZE)`
 * (formatted). Captured: all before the threshold.
 */
const CHUNK_BATCH_SITE =
  /(function enqueueChunk\(\s*([A-Za-z_$][\w$]*)\s*=\s*(?:false|!1)\s*\)\s*\{[\s\S]{0,200}?\b\2\s*&&\s*[A-Za-z_$][\w$]*\s*<\s*)(?:10|TEXT_CHUNK_BATCH_SIZE)\b/g;

/**
 * The runs pdf.js's worker holds at a font change before it sends them: pdf.js's own chunk size
 * (`TEXT_CONTENT_CHUNK_SIZE`, the runs its reader asks for at a time), in place of 10.
 */
const TEXT_CHUNK_RUNS = '100';

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
  return sendFewerChunks(keepPrintedSoftHyphens(reportFontFacts(source)));
}

/**
 * Throws unless pdf.js's worker script holds `site` exactly once: each patch changes one place in
 * the text-content loop, and a moved or doubled place must fail loudly, never patch half. `sites`
 * names what is looked for, `otherwise` what the patch expects and what is lost without it.
 */
function expectOneSite(source: string, site: RegExp, sites: string, otherwise: string): void {
  const count = [...source.matchAll(site)].length;
  if (count !== 1)
    throw new Error(
      `pdfjs-dist changed: its worker has ${count} text-content ${sites} ${otherwise} ` +
        'See pdf-worker-patch.ts.',
    );
}

/**
 * pdf.js's worker sending a page's text in chunks of about as many runs as its reader asks for at a
 * time ({@link TEXT_CHUNK_RUNS}), not a chunk at each change of font. Its text-content loop sent
 * what it had read at every new font once it held 10 runs: arxiv's 4 pages came in 128 chunks,
 * jss's 46 in 734 (11 runs each), and each chunk is a message to the reading thread (the paper
 * worker), whose stream then asks for more (a message back, and pdf.js's answer to that): over
 * 2,000 message tasks for jss, shared by the paper worker and pdf.js's worker. The loop still
 * stops where the reader's stream asked it to (`desiredSize`) and waits for it to ask for more, so
 * pdf.js's worker keeps the rhythm in which it takes the next pages' requests; a page's end and a
 * form's end still send what is held. The same runs come in the same order. Throws unless there
 * is exactly one site.
 */
function sendFewerChunks(source: string): string {
  expectOneSite(
    source,
    CHUNK_BATCH_SITE,
    'batch sites (`function enqueueChunk(batch = false) { … batch && length < TEXT_CHUNK_BATCH_SIZE`)',
    'where the chunk-size patch expects exactly 1.',
  );
  return source.replace(CHUNK_BATCH_SITE, (_site, head: string) => `${head}${TEXT_CHUNK_RUNS}`);
}

/**
 * The text-content loop of pdf.js's worker keeping a soft hyphen the font draws (its width above
 * 0: a printed hyphen, see {@link FORMAT_MARK_SITE}); an invisible one is still skipped. The
 * layout reads it as the hyphen it is (`extract-pdf-text.ts`). Throws unless there is exactly one
 * site.
 */
function keepPrintedSoftHyphens(source: string): string {
  expectOneSite(
    source,
    FORMAT_MARK_SITE,
    'format-mark sites (`if (category.isInvisibleFormatMark) continue`)',
    'where the soft-hyphen patch expects exactly 1; printed hyphens would be dropped from the text.',
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

/**
 * The worker's text-content styles holding each font's name and Differences, and what its ToUnicode
 * map gives at the named codes (see above).
 */
function reportFontFacts(source: string): string {
  expectOneSite(
    source,
    STYLE_SITE,
    'style sites (`fontFamily: font.fallbackName, ascent: font.ascent`)',
    'where the font facts patch expects exactly 1; symbol fonts would be read as bare codes.',
  );
  return source.replace(
    STYLE_SITE,
    (_site, family: string, font: string, fallback: string, gap: string, ascent: string) => {
      const facts =
        `${FONT_NAME_FIELD}:${font}.name,` +
        `${DIFFERENCES_FIELD}:${font}.differences?.length?${font}.differences:void 0,` +
        `${UNICODE_FIELD}:${unicodeOf(font)},`;
      return `${family}${font}${fallback}${gap}${facts}${gap}${ascent}`;
    },
  );
}
