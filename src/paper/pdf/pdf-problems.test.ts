import {
  hasPdfHeader,
  checkExtractedText,
  checkLaidOutPdf,
  checkPdfSize,
  classifyPdfError,
  describePdfProblem,
  describeUnreadablePages,
  MAX_PDF_BYTES,
  PdfProblem,
} from './pdf-problems';

const named = (name: string) => Object.assign(new Error('pdf.js says no'), { name });

describe('classifyPdfError', () => {
  it.each([
    ['PasswordException', 'password'],
    ['InvalidPDFException', 'damaged'],
    ['FormatError', 'damaged'],
    ['UnknownErrorException', 'damaged'],
    ['TypeError', null],
  ])('reads pdf.js’s %s as %s', (name, kind) => {
    expect(classifyPdfError(named(name))).toBe(kind);
  });

  it('passes a PdfProblem’s own kind through, and knows nothing of other values', () => {
    expect(classifyPdfError(new PdfProblem('no-text'))).toBe('no-text');
    expect(classifyPdfError('oops')).toBeNull();
  });
});

describe('checkExtractedText', () => {
  const prose = 'Close reading is an old habit of scholars. '.repeat(20);
  it.each([
    ['a page of prose', prose, 1, null],
    ['nothing (scanned pages)', '', 3, 'no-text'],
    ['a few stray letters over many pages', 'Scanned by a copier', 4, 'no-text'],
    [
      'glyphs with no character map',
      '\uE001\uE002\uE003 \uE004\uE005 '.repeat(50),
      1,
      'undecodable',
    ],
    ['prose with a few glyphs with no character map', `${prose}\uE001\uE002 \uFFFD`, 1, null],
    [
      'prose with under 30% of its glyphs undecodable',
      `${'ab '.repeat(15)}${'\uE001'.repeat(12)}`,
      1,
      null,
    ],
    [
      'prose with over 30% of its glyphs undecodable',
      `${'ab '.repeat(15)}${'\uE001'.repeat(14)}`,
      1,
      'undecodable',
    ],
    [
      'one letter short of the pages’ least (letters outside the BMP too)',
      '𝑥'.repeat(49),
      2,
      'no-text',
    ],
    ['just the pages’ least', '𝑥'.repeat(50), 2, null],
  ])('judges %s', (_case, text, pages, kind) => {
    expect(checkExtractedText(text, pages)).toBe(kind);
  });
});

describe('checkLaidOutPdf', () => {
  const prose = 'Close reading is an old habit of scholars. '.repeat(20);
  it('refuses a scan with no text layer at all: every page empty, none unreadable', () => {
    expect(checkLaidOutPdf('', [[], [], []], 0, 0)).toBe('no-text');
  });
  it('refuses a PDF whose every page with items is unreadable', () => {
    expect(checkLaidOutPdf('', [[1], [2]], 2, 0)).toBe('undecodable');
  });
  it('opens a PDF with text, leaving out its unreadable and damaged pages', () => {
    expect(checkLaidOutPdf(prose, [[1], [2], []], 1, 1)).toBeNull();
  });
});

describe('messages', () => {
  it('refuses an empty or too large PDF before reading it, and passes any size in between', () => {
    expect(checkPdfSize('a.pdf', 0)).toContain('“a.pdf” is empty');
    expect(checkPdfSize('big.pdf', MAX_PDF_BYTES + 1)).toBe(
      '“big.pdf” is too large (100 MB): Marginalia opens PDFs up to 100 MB.',
    );
    expect(checkPdfSize('ok.pdf', 5_000_000)).toBeNull();
  });

  it.each([
    ['password', 'is locked with a password'],
    ['damaged', 'is damaged or incomplete'],
    ['not-pdf', 'is not a PDF: it does not begin the way a PDF does'],
    [
      'no-text',
      'has no text layer (it is scanned images): Marginalia needs a PDF with selectable text.',
    ],
    ['undecodable', "cannot be read: this PDF's fonts don't map to letters"],
  ] as const)('says what to do about a %s PDF, naming the file', (kind, words) => {
    expect(describePdfProblem('paper.pdf', kind)).toMatch(
      new RegExp(`^“paper\\.pdf” ${words.replace(/[().]/g, '\\$&')}`),
    );
  });
});

describe('describeUnreadablePages', () => {
  it('says nothing when every page read', () => {
    expect(describeUnreadablePages('a.pdf', [])).toBeNull();
  });

  it('names the pages whose fonts do not map to letters, and says they need OCR', () => {
    expect(
      describeUnreadablePages('a.pdf', [
        { page: 2, reason: 'unmapped-font' },
        { page: 5, reason: 'unmapped-font' },
      ]),
    ).toBe(
      "Pages 2 and 5 of “a.pdf” could not be read: this PDF's fonts don't map to letters there; they need OCR. The rest of the paper is shown.",
    );
  });

  it('names runs of three pages or more as ranges, so that a long list stays short', () => {
    const pages = (numbers: number[]) =>
      describeUnreadablePages(
        'a.pdf',
        numbers.map((page) => ({ page, reason: 'unmapped-font' as const })),
      )?.split(' of ')[0];
    expect(pages(Array.from({ length: 21 }, (_, i) => i + 2))).toBe('Pages 2–22');
    expect(pages([1, 3, 4, 5, 9, 10])).toBe('Pages 1, 3–5, 9 and 10');
    expect(pages([7])).toBe('Page 7');
  });

  it('says a damaged page is damaged, not scanned', () => {
    expect(describeUnreadablePages('a.pdf', [{ page: 3, reason: 'damaged' }])).toMatch(
      /^Page 3 of “a.pdf” could not be read: that page is damaged in the file\./,
    );
  });
});

describe('a circular page tree', () => {
  it('is its own problem, with a sentence that says what failed', () => {
    const error = new Error('Pages tree contains circular reference.');
    expect(classifyPdfError(error)).toBe('page-tree');
    expect(describePdfProblem('a.pdf', 'page-tree')).toMatch(/list of pages loops back/);
    expect(describePdfProblem('a.pdf', 'page-tree')).not.toMatch(/scanned/);
  });
});

describe('hasPdfHeader', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ', true],
    ['a PDF after a little junk (as readers allow)', '\n\n  %PDF-1.4', true],
    ['a text file named .pdf', 'Hello, this is my paper in plain text.', false],
    ['a web page saved as .pdf', '<!DOCTYPE html><html>', false],
    ['a cut-off header', '%PDF', false],
    ['an empty file', '', false],
    ['a header past the first kilobyte', `${' '.repeat(1100)}%PDF-1.7`, false],
  ])('finds the header in %s: %s', (_, text, found) => {
    expect(hasPdfHeader(bytes(text))).toBe(found);
  });
});
