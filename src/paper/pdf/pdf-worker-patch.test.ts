import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { patchPdfWorker } from './pdf-worker-patch';

/** pdf.js's style site as its minified worker has it, run on a font `e` (the patch's input). */
const MINIFIED = (font: string) =>
  `const b={styles:{}};const e=${font};` +
  'b.styles.t={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical};' +
  'return b.styles.t;';

/** The same site as the formatted worker (pdf.worker.mjs, the legacy build) has it. */
const FORMATTED = (font: string) => `const textContent = { styles: {} };
const font = ${font};
textContent.styles.t = {
  fontFamily: font.fallbackName,
  ascent: font.ascent,
  descent: font.descent,
  vertical: font.vertical
};
return textContent.styles.t;`;

const CMSY = `{ fallbackName: 'serif', name: 'ABCDEF+CMSY10', differences: [, , 'greatermuch'], ascent: 0.75, descent: -0.25, vertical: false }`;
const HELVETICA = `{ fallbackName: 'sans-serif', name: 'Helvetica', differences: [], ascent: 0.7, descent: -0.2, vertical: false }`;

/** What the patched script's style is. */
const run = (script: string) => new Function(patchPdfWorker(script))() as Record<string, unknown>;

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
    },
  );
});
