import { checkPaperSource, isPdfFile, MAX_SOURCE_BYTES } from './check-source';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

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

  it.each([
    ['an empty file', 'x.txt', new Uint8Array(0), '“x.txt” is empty: there is no text to read.'],
    [
      'a file of blank lines',
      'x.md',
      utf8('  \n\n\t\n'),
      '“x.md” is empty: there is no text to read.',
    ],
    [
      'a file with NUL bytes',
      'x.txt',
      new Uint8Array([0x48, 0x00, 0x69, 0x00, 0x21]),
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
      /“thesis\.docx” is not a file Marginalia can read: open a text \(\.txt\) or a Markdown \(\.md\) file\./,
    ],
  ])('refuses %s with a reason', (_name, fileName, bytes, reason) => {
    const result = checkPaperSource(bytes, fileName);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
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
