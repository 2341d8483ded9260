/**
 * Glyphs in the real PDFs of `../shared/papers/pdf/` (read by path, never copied into the
 * project), through pdf.js's Node build: TeX's math fonts read as the symbols they draw, and
 * accents TeX draws apart sit on their letters, within a word. Skipped,
 * with the reason in the test names, where that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from './pdfjs-node';
import { extractWith } from './extract-pdf-text';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const DIR = path.resolve(__dirname, '../../../../shared/papers/pdf');
const absent = (file: string) =>
  existsSync(path.join(DIR, file)) ? '' : ' (skipped: ../shared/papers/pdf is absent)';

async function textOf(file: string): Promise<string> {
  const { text } = await extractWith(pdfjs, new Uint8Array(readFileSync(path.join(DIR, file))));
  return text.replace(/\s+/g, ' ');
}

// Control characters are what we look for, but for the layout's own marks for the parser: the
// title (U+001D), a table's rows (U+001E) and a run-in heading's end (U+001F), which the parser
// takes out.
// eslint-disable-next-line no-control-regex -- control characters are what we look for
const BARE_CODES = /[\u0000-\u0008\u000b-\u001c\u007f\ue000-\uf8ff\ufffd]/u;

const CASES: [file: string, present: string[], gone: string[]][] = [
  ['arxiv-0908.0054.pdf', ['τ ≳ 0.07', 'α ⩾ 10⁻²⁵'], ['τ & 0.07', 'α > 10⁻²⁵']],
  ['jcap-0807.3577.pdf', ['E ≫ 1 ≫ M/R', 'Godłowski W', 'Szydłowski M'], ['Godlowski']],
  ['jss-v18i03.pdf', ['βp ≠ βq', 'ϵ₁ is dependent on ϵ₂'], ['βp = βq']],
  ['bicriteria-scheduling.pdf', ['3 + ϵ algorithm', '⌊log₂', 'Grégory Mounié'], ['blog₂', 'Gr é']],
];

describe('glyphs in real PDFs', () => {
  for (const [file, present, gone] of CASES)
    it.skipIf(absent(file) !== '')(
      `reads the symbols and accents of ${file} as they are drawn${absent(file)}`,
      async () => {
        const text = await textOf(file);
        for (const phrase of present) expect(text).toContain(phrase);
        for (const phrase of gone) expect(text).not.toContain(phrase);
        expect(text).not.toMatch(BARE_CODES);
      },
      60_000,
    );
});
