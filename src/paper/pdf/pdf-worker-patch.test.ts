import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { patchPdfWorker } from './pdf-worker-patch';

/**
 * A page's text read as pdf.js's loop reads it (into `content`), calling `enqueueChunk`: 12 runs,
 * a font change (a batch sent if large enough), 130 runs, a font change, 5 runs, a font change,
 * 5 runs, the page's end.
 */
const FONT_CHANGES = (content: string) =>
  `const run=(n)=>{for(let i=0;i<n;i++)${content}.items.push(i)};` +
  'run(12);enqueueChunk(!0);run(130);enqueueChunk(!0);run(5);enqueueChunk(!0);run(5);enqueueChunk();';

/**
 * pdf.js's text-content loop over a run's glyphs `s` as its minified worker has it, reduced to the
 * text it keeps (the soft-hyphen patch's site), then its style site run on a font `e` (the
 * font-facts patch's): the script returns both.
 */
const MINIFIED = (font: string, glyphs = '[]') =>
  `const s=${glyphs};let x='';for(let e=0,i=s.length;e<i;e++){const o=s[e],{category:l,originalCharCode:f}=o;if(l.isInvisibleFormatMark)continue;x+=o.unicode}` +
  `const b={styles:{}};const e=${font};` +
  'b.styles.t={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical};' +
  // The text-content loop's batching: a font change sends what was read since the last chunk.
  'const c={items:[]},chunks=[];function enqueueChunk(e=!1){const t=c.items.length;' +
  'if(0!==t&&!(e&&t<10)){chunks.push(t);c.items=[]}}' +
  `${FONT_CHANGES('c')}` +
  'return {style:b.styles.t,text:x,chunks};';

/** The same sites as the formatted worker (pdf.worker.mjs, the legacy build) has them. */
const FORMATTED = (font: string, glyphs = '[]') => `const glyphs = ${glyphs};
let kept = '';
for (let i = 0, ii = glyphs.length; i < ii; i++) {
  const glyph = glyphs[i];
  const {
    category,
    originalCharCode
  } = glyph;
  if (category.isInvisibleFormatMark) {
    continue;
  }
  kept += glyph.unicode;
}
const textContent = { styles: {} };
const font = ${font};
textContent.styles.t = {
  fontFamily: font.fallbackName,
  ascent: font.ascent,
  descent: font.descent,
  vertical: font.vertical
};
const page = { items: [] };
const chunks = [];
function enqueueChunk(batch = false) {
  const length = page.items.length;
  if (length === 0) {
    return;
  }
  if (batch && length < TEXT_CHUNK_BATCH_SIZE) {
    return;
  }
  chunks.push(length);
  page.items = [];
}
const TEXT_CHUNK_BATCH_SIZE = 10;
${FONT_CHANGES('page')}
return { style: textContent.styles.t, text: kept, chunks };`;

/** Glyphs of `high‐income` with its hyphen written U+00AD and printed, and an unprinted one. */
const SOFT_HYPHENS = `[
  { unicode: 'h', width: 568, category: {} },
  { unicode: 'igh', width: 1357, category: {} },
  { unicode: '\u00AD', width: 275, category: { isInvisibleFormatMark: true } },
  { unicode: 'income', width: 2800, category: {} },
  { unicode: '\u00AD', width: 0, category: { isInvisibleFormatMark: true } },
  { unicode: '\u200B', width: 0, category: { isInvisibleFormatMark: true } }
]`;

const CMSY = `{ fallbackName: 'serif', name: 'ABCDEF+CMSY10', differences: [, , 'greatermuch'], ascent: 0.75, descent: -0.25, vertical: false }`;
const CMSY_TO_UNICODE = `{ fallbackName: 'serif', name: 'ABCDEF+CMSY9', differences: [, , 'latticetop'], toUnicode: { get: (code) => (code === 2 ? '>' : undefined) }, ascent: 0.75, descent: -0.25, vertical: false }`;
const HELVETICA = `{ fallbackName: 'sans-serif', name: 'Helvetica', differences: [], ascent: 0.7, descent: -0.2, vertical: false }`;

/** What the patched script's style is. */
const result = (script: string) =>
  new Function(patchPdfWorker(script))() as { style: Record<string, unknown>; text: string };
const run = (script: string) => result(script).style;

describe('patchPdfWorker', () => {
  it.each([
    ['minified', MINIFIED],
    ['formatted', FORMATTED],
  ])('has the %s worker report a font’s name and Differences with its style', (_kind, site) => {
    expect(run(site(CMSY))).toEqual({
      fontFamily: 'serif',
      mgFontName: 'ABCDEF+CMSY10',
      mgDifferences: [undefined, undefined, 'greatermuch'],
      ascent: 0.75,
      descent: -0.25,
      vertical: false,
    });
  });

  it.each([
    ['minified', MINIFIED],
    ['formatted', FORMATTED],
  ])('has the %s worker keep a soft hyphen the font prints, not one it does not', (_kind, site) => {
    expect(result(site(HELVETICA, SOFT_HYPHENS)).text).toBe('high\u00ADincome');
  });

  it.each([
    ['minified', MINIFIED],
    ['formatted', FORMATTED],
  ])(
    'has the %s worker send a page’s text in chunks of 100 runs, not one at each font change',
    (_kind, site) => {
      // pdf.js's own: [12, 130, 10], a message to the reading thread (and a pull back) at each.
      const { chunks } = result(site(HELVETICA)) as unknown as { chunks: number[] };
      expect(chunks).toEqual([142, 10]);
    },
  );

  it.each([
    ['minified', MINIFIED],
    ['formatted', FORMATTED],
  ])('has the %s worker report what its ToUnicode map gives at each named code', (_kind, site) => {
    // ACM's re-encoded `cmsy9`: `latticetop` at 0x24, which the PDF's ToUnicode maps to `>`.
    const style = run(site(CMSY_TO_UNICODE));
    expect(style.mgUnicode).toEqual([undefined, undefined, '>']);
  });

  it('leaves out empty Differences', () => {
    const style = run(MINIFIED(HELVETICA));
    expect(style.mgFontName).toBe('Helvetica');
    expect('mgDifferences' in style && style.mgDifferences !== undefined).toBe(false);
  });

  it('fails loudly where pdf.js has moved the site, doubled it, or the script is patched already', () => {
    expect(() => patchPdfWorker('styles[t]={fontFamily:e.fallbackName};')).toThrow(
      /pdfjs-dist changed: .* 0 /,
    );
    expect(() => patchPdfWorker(MINIFIED(CMSY) + MINIFIED(CMSY))).toThrow(
      /pdfjs-dist changed: .* 2 /,
    );
    expect(() => patchPdfWorker(patchPdfWorker(MINIFIED(CMSY)))).toThrow(/pdfjs-dist changed/);
  });

  it.each(['build/pdf.worker.min.mjs', 'build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'])(
    'finds its one site in the installed pdfjs-dist’s %s',
    (file) => {
      const path = createRequire(import.meta.url).resolve(`pdfjs-dist/${file}`);
      const patched = patchPdfWorker(readFileSync(path, 'utf8'));
      expect(patched.match(/mgFontName:/g)).toHaveLength(1);
      expect(patched.match(/isInvisibleFormatMark&&!\(/g)).toHaveLength(1);
      expect(patched.match(/enqueueChunk\([^)]*\)\s*\{[\s\S]{0,200}?<\s*100\b/g)).toHaveLength(1);
    },
  );
});
