import { numberFootnotes } from './markdown-footnotes';
import { parsePaper } from './parse-paper';
import { asPaperId } from './types';

describe('numberFootnotes', () => {
  it('leaves fenced code alone', () => {
    expect(numberFootnotes(['A note[^n].', '```', 'x[^n]', '```', '[^n]: Note.'])).toEqual([
      'A note¹.',
      '```',
      'x[^n]',
      '```',
      '[^n]: ¹ Note.',
    ]);
  });
});

describe('parsePaper: a Markdown paper’s footnotes', () => {
  it('links no raised note number to the reference of that number', () => {
    const source =
      '# Reading Closely\n\n## Introduction\n\nMargins matter [1] and so do notes.[^1] ' +
      'Readers write [2], and more [1, 2].\n\n[^1]: Supported by a grant.\n\n## References\n\n' +
      '1. Smith, J. Margins. J. Read. 3, 1–9 (2001).\n2. Lee, K. Notes. Cell 2, 3–4 (2002).\n';
    const paper = parsePaper(source, {
      format: 'markdown',
      fileName: 'a.md',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
    });
    const marks = paper.citations.map((c) => paper.text.slice(c.start, c.end));
    expect(marks).toEqual(['[1]', '[2]', '[1, 2]']);
    expect(paper.text).toContain('so do notes.¹ Readers');
  });
});
