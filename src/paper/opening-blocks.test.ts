import { OPENING_MIN_SOURCE_CHARS, OPENING_SOURCE_CHARS, parseOpening } from './opening-blocks';
import { parsePaper, type ParsePaperOptions } from './parse-paper';
import { asPaperId, type PaperFormat } from './types';

/** A paragraph of `n` numbered sentences, hard-wrapped at 72 characters like a text export. */
function paragraph(seed: number, n = 8): string {
  const text = Array.from(
    { length: n },
    (_, i) => `Sentence ${seed}.${i} reports that the effect [${((seed + i) % 9) + 1}] holds.`,
  ).join(' ');
  return text.replace(/(.{1,72})(\s|$)/g, '$1\n').trimEnd();
}

/** A long paper: a title, numbered sections of paragraphs, and a reference list at the end. */
function longPaper({ blankLines, markdown }: { blankLines: boolean; markdown: boolean }): string {
  const gap = blankLines ? '\n\n' : '\n';
  const parts = [markdown ? '# A Long Paper' : 'A Long Paper'];
  for (let s = 1; parts.join(gap).length < 3 * OPENING_MIN_SOURCE_CHARS; s++) {
    parts.push(markdown ? `## ${s}. Section ${s}` : `${s}. Section ${s}`);
    for (let p = 0; p < 6; p++) parts.push(paragraph(s * 10 + p));
    if (markdown && s % 3 === 0) parts.push('```\nconst x = 1;\n\nconst y = 2;\n```');
  }
  parts.push(markdown ? '## References' : 'References');
  for (let n = 1; n <= 9; n++) parts.push(`[${n}] Author${n}, A. (2001). A study. Journal ${n}.`);
  return parts.join(gap) + '\n';
}

/** A PDF's extracted text with no paragraph breaks: sentences line after line. */
const runOnPdf = () =>
  Array.from({ length: 4_000 }, (_, i) => `Sentence ${i} of a page with no breaks.`).join('\n');

const options = (format: PaperFormat): ParsePaperOptions => ({
  format,
  fileName: 'long',
  id: asPaperId('sha256:long'),
});

describe('parseOpening', () => {
  it.each<[string, string, PaperFormat]>([
    ['text with blank lines', longPaper({ blankLines: true, markdown: false }), 'text'],
    ['text without blank lines', longPaper({ blankLines: false, markdown: false }), 'text'],
    ['Markdown with code fences', longPaper({ blankLines: true, markdown: true }), 'markdown'],
    ['a PDF with no paragraph breaks', runOnPdf(), 'pdf'],
  ])('gives the first blocks of %s, with the offsets of the whole paper', (_, source, format) => {
    const opening = parseOpening(source, options(format));
    const whole = parsePaper(source, options(format));
    expect(opening).not.toBeNull();
    expect(whole.text.startsWith(opening!.text)).toBe(true);
    expect(opening!.text.length).toBeGreaterThan(OPENING_SOURCE_CHARS / 4);
    expect(opening!.blocks).toEqual(whole.blocks.slice(0, opening!.blocks.length));
    expect(opening!.title).toBe(whole.title);
    expect(opening!.id).toBe(whole.id);
    expect(opening!.citations).toEqual([]);
  });

  it.each([
    ['a source short enough to parse whole', paragraph(1, 40)],
    ['a source with no line end to cut at', 'word '.repeat(OPENING_MIN_SOURCE_CHARS)],
  ])('makes no opening for %s', (_, source) => {
    expect(parseOpening(source, options('text'))).toBeNull();
  });
});
