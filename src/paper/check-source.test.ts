import { checkPaperSource, isPdfFile, MAX_SOURCE_BYTES } from './check-source';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A long plain text: 20,100 bytes of ASCII (so at most 20 NULs are allowed in it). */
const LONG = 'Dark matter may be an ultra-light boson whose mass sets the scale. '.repeat(300);
const withNuls = (text: string, count: number): Uint8Array => {
  const bytes = utf8(text);
  for (let i = 1; i <= count; i++) bytes[Math.floor((bytes.length * i) / (count + 1))] = 0;
  return bytes;
};
const dropNuls = (bytes: Uint8Array): string =>
  new TextDecoder().decode(bytes).replaceAll('\0', '');

/** Bytes like a compressed file's: a fixed pseudo-random sequence (a linear congruential generator). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The start of a PNG image: its signature, then its header chunk (width, height, depth...). */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8,
]);

describe('checkPaperSource', () => {
  it.each([
    [
      'a .txt file as text',
      'paper.txt',
      utf8('Hello.'),
      { ok: true, text: 'Hello.', format: 'text' },
    ],
    [
      'a .md file as Markdown',
      'paper.md',
      utf8('# Hi'),
      { ok: true, text: '# Hi', format: 'markdown' },
    ],
    [
      'a .markdown file as Markdown',
      'Paper.MARKDOWN',
      utf8('# Hi'),
      { ok: true, text: '# Hi', format: 'markdown' },
    ],
    [
      'a file with no extension as text',
      'README',
      utf8('Hi.'),
      { ok: true, text: 'Hi.', format: 'text' },
    ],
    [
      'UTF-8 with a byte-order mark, without the mark',
      'a.txt',
      utf8('\uFEFFCafé'),
      { ok: true, text: 'Café', format: 'text' },
    ],
    [
      'Windows-1252 text',
      'old.txt',
      new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
      { ok: true, text: '“Café”', format: 'text' },
    ],
    [
      'UTF-16 with a byte-order mark',
      'u16.txt',
      new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
      { ok: true, text: 'Hi', format: 'text' },
    ],
  ])('accepts %s', (_name, fileName, bytes, expected) => {
    expect(checkPaperSource(bytes, fileName)).toEqual(expected);
  });

  // A stray NUL (an editor's or a conversion's leftover) is not binary data: it is dropped.
  it.each([
    ['one NUL in a long text', withNuls(LONG, 1)],
    ['20 NULs in 20,000 bytes (one in a thousand, the most allowed)', withNuls(LONG, 20)],
    ['NUL padding at the end of a long text', utf8(`${LONG}\0\0\0\0`)],
    ['one NUL in a short note', utf8('Hi\0.')],
  ])('accepts %s, dropping the NULs', (_name, bytes) => {
    const result = checkPaperSource(bytes, 'paper.txt');
    expect(result).toEqual({ ok: true, text: dropNuls(bytes), format: 'text' });
    if (result.ok) expect(result.text).not.toContain('\0');
  });

  it('accepts Windows-1252 text with a stray NUL, dropping it', () => {
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x00, 0x66, 0xe9, 0x94]);
    expect(checkPaperSource(bytes, 'old.txt')).toEqual({
      ok: true,
      text: '“Café”',
      format: 'text',
    });
  });

  it.each([
    ['an empty file', 'x.txt', new Uint8Array(0), '“x.txt” is empty: there is no text to read.'],
    [
      'a file of blank lines',
      'x.md',
      utf8('  \n\n\t\n'),
      '“x.md” is empty: there is no text to read.',
    ],
    [
      'UTF-16 without a byte-order mark (every other byte NUL)',
      'x.txt',
      new Uint8Array([0x48, 0x00, 0x69, 0x00, 0x21]),
      /“x\.txt” is not a text file/,
    ],
    [
      'a text with more NULs than one in a thousand bytes',
      'x.txt',
      withNuls(LONG, 21),
      /“x\.txt” is not a text file/,
    ],
    ['a PNG image renamed .txt', 'x.txt', PNG, /“x\.txt” is not a text file/],
    ['compressed-looking bytes', 'x.md', noise(4096), /“x\.md” is not a text file/],
    [
      'compressed-looking bytes with their NULs taken out',
      'x.txt',
      noise(4096).map((b) => (b === 0 ? 1 : b)),
      /“x\.txt” is not a text file/,
    ],
    [
      'a file of control characters',
      'x.txt',
      new Uint8Array(100).fill(0x01),
      /“x\.txt” is not a text file/,
    ],
    [
      'an unsupported extension',
      'thesis.docx',
      utf8('PK'),
      /“thesis\.docx” is not a file Marginalia can read: open a PDF \(\.pdf\), a text \(\.txt\) or a Markdown \(\.md\) file\./,
    ],
  ])('refuses %s with a reason', (_name, fileName, bytes, reason) => {
    const result = checkPaperSource(bytes, fileName);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses text whose characters stand for no letters, as pdftotext -layout gives for unmapped fonts', () => {
    // Laid out in columns, the codes are far under a tenth of the bytes (not binary), but most
    // of the characters that are not spaces.
    const gap = ' '.repeat(60);
    const line = `${gap}\u0003\u0012\u0015\u0011 \u0014\u0012\u0004\u0016 a\u0011${gap}\u0012\u0015\u0017\n`;
    const result = checkPaperSource(utf8(line.repeat(200)), 'scan.layout.txt');
    expect(result).toEqual({
      ok: false,
      reason:
        "“scan.layout.txt” does not read as text: its characters are codes that stand for no letters, which is what text taken from a PDF whose fonts don't map to letters looks like. Such a paper can only be read with OCR.",
    });
  });

  it('refuses text set out in words and lines of such codes with the same reason, not as binary data', () => {
    // pdftotext's default mode: the codes are most of the bytes, yet in words and lines.
    const line =
      '\u0003\u0012\u0015\u0011 \u0014\u0012\u0004\u0016 \u0011\u0012\u0015\u0017 \u0005\u0006.\n';
    const result = checkPaperSource(utf8(line.repeat(200)), 'scan.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/“scan\.txt” does not read as text: .* OCR\.$/);
  });

  it('refuses text in a font whose codes stand for other letters: a soup with almost no vowels', () => {
    const soup = 'Th qck brwn fx jmps vr th lzy dg nd rns frm th hntr. '.repeat(12);
    expect(checkPaperSource(utf8(soup), 'soup.txt').ok).toBe(false);
  });

  it("accepts good text with a few stray control characters (a symbol font's lone codes)", () => {
    const text = `${LONG}A randomized algorithm A is (\u000f, δ)-indistinguishable.`;
    expect(checkPaperSource(utf8(text), 'smith.txt')).toEqual({ ok: true, text, format: 'text' });
  });

  it('refuses a file over 20 MB without decoding it', () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1);
    const result = checkPaperSource(big, 'huge.txt');
    expect(result).toEqual({
      ok: false,
      reason: '“huge.txt” is too large (20 MB): Marginalia opens text files up to 20 MB.',
    });
  });
});

describe('isPdfFile', () => {
  it.each([
    ['by its signature', 'paper.bin', utf8('%PDF-1.7\n...'), true],
    ['not by a signature-less body', 'paper.pdf', utf8('hello'), false],
    ['by its name when no bytes are given', 'paper.PDF', undefined, true],
    ['not a text file by name', 'paper.txt', undefined, false],
  ])('recognises a PDF %s', (_name, fileName, bytes, expected) => {
    expect(isPdfFile(fileName, bytes)).toBe(expected);
  });
});
