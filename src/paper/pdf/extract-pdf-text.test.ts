import { extractPdfText, extractWith, type PdfJs } from './extract-pdf-text';
import { readPdfLayout } from './layout-pdf-text';
import type { TextItem } from './text-item';
import { isDeclined, PDF_PAGES_WITHOUT_ASKING } from './page-limit';
import { MAX_PDF_BYTES, PdfProblem } from './pdf-problems';

/** A pdf.js text item: `transform` places the run's baseline start at (x, y), y up from the page foot. */
const run = (str: string, x: number, y: number, { size = 10, rotated = false } = {}) => ({
  str,
  dir: 'ltr',
  transform: rotated ? [0, size, -size, 0, x, y] : [size, 0, 0, size, x, y],
  width: str.length * 5,
  height: str === ' ' ? 0 : size,
  fontName: 'g_d0_f1',
  hasEOL: false,
});

const PROSE = 'Close reading is the habit of scholars who mark';

/** `[a b c d e f] × [a b c d e f]` as pdf.js's Util.transform multiplies them. */
function multiply(m1: number[], m2: number[]): number[] {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m1;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * A fake pdf.js over pages of items (an Error for a page that fails), or failing to load; every
 * page's text content has `styles` (the fonts' styles, by font id).
 */
function fakePdfJs(
  pages: ReadonlyArray<readonly unknown[] | Error>,
  loadError?: Error,
  styles: Record<string, object> = {},
) {
  const destroy = vi.fn(async () => undefined);
  const doc = {
    numPages: pages.length,
    async getPage(n: number) {
      const items = pages[n - 1];
      if (items instanceof Error || items === undefined) throw items ?? new Error('no such page');
      return {
        getViewport: () => ({ width: 612, height: 792, transform: [1, 0, 0, -1, 0, 792] }),
        getTextContent: async () => ({ items, styles }),
        cleanup: () => undefined,
      };
    },
  };
  const getDocument = vi.fn((_params: { data: Uint8Array }) => ({
    promise: loadError ? Promise.reject(loadError) : Promise.resolve(doc),
    destroy,
  }));
  const pdfjs: PdfJs = { getDocument, Util: { transform: multiply } };
  return { pdfjs, getDocument, destroy, doc };
}

const page = (...lines: string[]) => lines.map((text, i) => run(text, 72, 700 - 12 * i));
const BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof PdfProblem ? e.kind : String(e)),
  );

describe('extractWith', () => {
  it('reads the pages in order, leaves out rotated text, and reports progress', async () => {
    const { pdfjs } = fakePdfJs([
      [
        ...page(`${PROSE} on page one.`),
        run('arXiv:0908.0054v1 [astro-ph.CO]', 32, 212, { rotated: true }),
      ],
      page(`${PROSE} on page two.`),
    ]);
    const progress = vi.fn();
    const result = await extractWith(pdfjs, BYTES, { onProgress: progress });
    expect(result.pages).toBe(2);
    expect(result.text.split(/\n+/)).toEqual([`${PROSE} on page one.`, `${PROSE} on page two.`]);
    expect(progress.mock.calls.map(([p]) => p)).toEqual([
      { page: 1, pages: 2 },
      { page: 2, pages: 2 },
    ]);
  });

  it('reads a printed soft hyphen (a tagged PDF’s hyphen, kept by the worker patch) as a hyphen', async () => {
    const { pdfjs } = fakePdfJs([
      [
        run('in high\u00ADincome settings, meta\u00ADanalyses were', 72, 700),
        run('done.', 72, 688),
      ],
    ]);
    const { text } = await extractWith(pdfjs, BYTES);
    expect(text).toContain('in high-income settings, meta-analyses were');
    expect(text).not.toContain('\u00AD');
  });

  it('leaves out text off the page and a printer’s mark along its top edge', async () => {
    const { pdfjs } = fakePdfJs([
      [
        // SAGE's slug, 7 pt from the top of a 792 pt page, 90 pt above the page's text.
        run('1300862JPR0010.1177/00223433241300862Journal of Peace Research', 8, 785),
        run('Outside the crop box', 72, 800),
        run('Left of the page', -200, 600),
        ...page(`${PROSE} on page one.`),
      ],
      // Cropped tight to its text: the first line is in the strip, the next one a line below.
      [run(`${PROSE} at the top,`, 72, 786), run('and a line below it.', 72, 774)],
    ]);
    const result = await extractWith(pdfjs, BYTES);
    expect(result.text.replace(/\s+/g, ' ')).toBe(
      `${PROSE} on page one. ${PROSE} at the top, and a line below it.`,
    );
  });

  it('asks pdf.js for the next pages’ text before converting the one it has, in page order, and for page objects further ahead', async () => {
    const { pdfjs, doc } = fakePdfJs(Array.from({ length: 8 }, (_, i) => page(`Page ${i + 1}`)));
    const texts: number[] = [];
    const getPage = doc.getPage.bind(doc);
    const asked = vi.spyOn(doc, 'getPage').mockImplementation(async (n: number) => {
      const got = await getPage(n);
      return { ...got, getTextContent: () => (texts.push(n), got.getTextContent()) };
    });
    const atProgress: { texts: number; pages: number }[] = [];
    const layout = async (pages: readonly (readonly TextItem[])[]) => ({
      text: pages.map((items) => `${PROSE} on ${items.map((i) => i.str).join('')}.`).join('\n\n'),
      unreadable: [],
    });
    const result = await extractWith(pdfjs, BYTES, {
      layout,
      onProgress: () => atProgress.push({ texts: texts.length, pages: asked.mock.calls.length }),
    });
    // Page 1 is converted while pages 2 and 3 are being read and page objects up to 6 are in
    // hand (a page's text is then asked for at once); page 8 asks for nothing after it.
    expect(atProgress.map((p) => p.texts)).toEqual([3, 4, 5, 6, 7, 8, 8, 8]);
    expect(atProgress.map((p) => p.pages)).toEqual([6, 7, 8, 8, 8, 8, 8, 8]);
    expect(asked.mock.calls.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(texts).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.text.match(/Page \d/g)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Page ${n}`));
  });

  it('lets pdf.js’s worker read a page’s text through without waiting for this thread (its stream’s high-water mark), and leaves its other streams as they are', async () => {
    const { pdfjs, doc } = fakePdfJs([
      page(`${PROSE} on page one.`),
      page(`${PROSE} on page two.`),
    ]);
    const strategies: [string, number | undefined][] = [];
    const messageHandler = {
      sendWithStream(action: string, _data: unknown, strategy?: { highWaterMark?: number }) {
        strategies.push([action, strategy?.highWaterMark]);
      },
    };
    const getPage = doc.getPage.bind(doc);
    // As pdf.js's page does: its text is a stream asked through the document's message handler.
    vi.spyOn(doc, 'getPage').mockImplementation(async (n: number) => {
      const got = await getPage(n);
      const getTextContent = () => {
        messageHandler.sendWithStream(
          'GetTextContent',
          { pageIndex: n - 1 },
          { highWaterMark: 100 },
        );
        messageHandler.sendWithStream(
          'GetOperatorList',
          { pageIndex: n - 1 },
          { highWaterMark: 1 },
        );
        return got.getTextContent();
      };
      return { ...got, getTextContent };
    });
    Object.assign(doc, { _transport: { messageHandler } });
    const { text } = await extractWith(pdfjs, BYTES);
    expect(text).toContain('on page two.');
    expect(strategies).toEqual([
      ['GetTextContent', 10_000],
      ['GetOperatorList', 1],
      ['GetTextContent', 10_000],
      ['GetOperatorList', 1],
    ]);
  });

  it('lays out a long document as the whole layout does, pages prepared while read or after', async () => {
    // Past the pages prepared as they are read, the rest are prepared after the last one.
    const pages = Array.from({ length: 60 }, (_, i) => [
      run('Journal of Close Reading', 72, 760),
      ...page(
        `${PROSE} on page ${i + 1},`,
        ...Array.from({ length: 8 }, (_, k) => `${PROSE} ${k + 1} of ${i + 1} margins,`),
        'and so on.',
      ),
      run(String(i + 1), 300, 40),
    ]);
    const whole = await extractWith(fakePdfJs(pages).pdfjs, BYTES, {
      layout: async (items) => readPdfLayout(items),
    });
    const prepared = await extractWith(fakePdfJs(pages).pdfjs, BYTES);
    expect(prepared.text).toContain('8 of 60 margins,');
    expect(prepared.text).not.toContain('Journal of Close Reading');
    expect(prepared).toEqual(whole);
  });

  it('lays out the pages with the layout it is given (the app runs it in a worker)', async () => {
    const { pdfjs } = fakePdfJs([page(`${PROSE} on page one.`), page(`${PROSE} on page two.`)]);
    const layout = vi.fn(async (pages: readonly (readonly TextItem[])[]) => ({
      text: `${PROSE} laid out from ${pages.length} pages.`,
      unreadable: [],
    }));
    const result = await extractWith(pdfjs, BYTES, { layout });
    expect(layout).toHaveBeenCalledOnce();
    expect(layout.mock.calls[0]![0].map((items) => items.map((i) => i.str).join(''))).toEqual([
      `${PROSE} on page one.`,
      `${PROSE} on page two.`,
    ]);
    expect(result.text).toBe(`${PROSE} laid out from 2 pages.`);
  });

  it('gives the page a turn between pages once reading has taken a while', async () => {
    // Every reading of the clock is 20 ms later: each page comes after a slice's worth of work.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const { pdfjs } = fakePdfJs([page(PROSE), page(PROSE), page(PROSE)]);
    const layout = async () => ({ text: `${PROSE} `.repeat(30), unreadable: [] });
    await extractWith(pdfjs, BYTES, { layout });
    expect(timer.mock.calls.filter(([, ms]) => ms === 0)).toHaveLength(3);
    vi.restoreAllMocks();
  });

  it('reads a PDF within the page limit without asking', async () => {
    const { pdfjs } = fakePdfJs([page(PROSE)]);
    const confirmPages = vi.fn(async () => false);
    expect((await extractWith(pdfjs, BYTES, { confirmPages })).pages).toBe(1);
    expect(confirmPages).not.toHaveBeenCalled();
  });

  it('asks with the page count before reading any page, and reads them once told yes', async () => {
    const pages = PDF_PAGES_WITHOUT_ASKING + 1;
    const { pdfjs } = fakePdfJs(Array.from({ length: pages }, () => page(PROSE)));
    const confirmPages = vi.fn(async () => true);
    const progress = vi.fn();
    // The same line on every page reads as a running header, so this PDF ends with no text:
    // what matters here is that every page was read, after the question.
    await extractWith(pdfjs, BYTES, { confirmPages, onProgress: progress }).catch(() => null);
    expect(confirmPages).toHaveBeenCalledWith(pages);
    expect(confirmPages.mock.invocationCallOrder[0]).toBeLessThan(
      progress.mock.invocationCallOrder[0]!,
    );
    expect(progress).toHaveBeenCalledTimes(pages);
  });

  it('reads no page and frees the document when told no to the page count', async () => {
    const pages = PDF_PAGES_WITHOUT_ASKING + 1;
    const { pdfjs, destroy } = fakePdfJs(Array.from({ length: pages }, () => page(PROSE)));
    const progress = vi.fn();
    const declined = await extractWith(pdfjs, BYTES, {
      confirmPages: () => false,
      onProgress: progress,
    }).catch((e: unknown) => e);
    expect(isDeclined(declined)).toBe(true);
    expect(declined).toMatchObject({ pages });
    expect(progress).not.toHaveBeenCalled();
    expect(destroy).toHaveBeenCalled();
  });

  it('keeps a space pdf.js puts between two runs of a line', async () => {
    const { pdfjs } = fakePdfJs([
      [...page(PROSE), run('Ω', 72, 688), run(' ', 77, 688), run('51.013 eV', 78, 688)],
    ]);
    expect((await extractWith(pdfjs, BYTES)).text).toContain('Ω 51.013 eV');
  });

  it('hands pdf.js a copy of the bytes, which it may take over, and frees the document after', async () => {
    const { pdfjs, getDocument, destroy } = fakePdfJs([page(PROSE)]);
    await extractWith(pdfjs, BYTES);
    const data = getDocument.mock.calls[0]?.[0].data;
    expect(data).not.toBe(BYTES);
    expect(data).toEqual(BYTES);
    expect(destroy).toHaveBeenCalled();
  });

  it('hands pdf.js the bytes themselves when the caller is done with them', async () => {
    const { pdfjs, getDocument } = fakePdfJs([page(PROSE)]);
    await extractWith(pdfjs, BYTES, { handOverBytes: true });
    expect(getDocument.mock.calls[0]?.[0].data).toBe(BYTES);
  });

  it('reads a symbol font’s runs as drawn, from the font’s name given with the page’s text', async () => {
    const relation = { ...run('&', 300, 700), fontName: 'g_d0_f2' };
    const { pdfjs } = fakePdfJs([[...page(`${PROSE} at least`), relation]], undefined, {
      g_d0_f1: { fontFamily: 'serif', mgFontName: 'ABCDEF+CMR10' },
      g_d0_f2: { fontFamily: 'serif', mgFontName: 'ERMAET+MSAM10', mgDifferences: [] },
    });
    const { text } = await extractWith(pdfjs, BYTES);
    expect(text).toMatch(/at least ?≳$/);
  });

  it('gives the text before pdf.js has closed the document when told where its closing goes', async () => {
    const { pdfjs, destroy } = fakePdfJs([page(PROSE)]);
    let close = () => {};
    destroy.mockImplementation(
      () => new Promise<undefined>((resolve) => (close = () => resolve(undefined))),
    );
    const closing: Promise<void>[] = [];
    const result = await extractWith(pdfjs, BYTES, {}, undefined, (closed) => closing.push(closed));
    expect(result.text).toContain(PROSE);
    expect(closing).toHaveLength(1);
    let closed = false;
    void closing[0]!.then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    close();
    await closing[0];
    expect(closed).toBe(true);
  });

  it.each([
    [
      'a PDF locked with a password',
      Object.assign(new Error('No password given'), { name: 'PasswordException' }),
      'password',
    ],
    [
      'a broken PDF',
      Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }),
      'damaged',
    ],
  ])('refuses %s with a PdfProblem', async (_case, error, kind) => {
    expect(await kindOf(extractWith(fakePdfJs([], error).pdfjs, BYTES))).toBe(kind);
  });

  it('skips a page that cannot be read (and says so in the console), but not all of them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { pdfjs } = fakePdfJs([
      page(`${PROSE} on page one.`),
      new Error('bad page'),
      page(`${PROSE} on page three.`),
    ]);
    expect((await extractWith(pdfjs, BYTES)).text).toContain('page three');
    expect(warn).toHaveBeenCalledWith('Could not read the text of page 2 of 3', expect.any(Error));
    expect(
      await kindOf(extractWith(fakePdfJs([new Error('bad'), new Error('bad')]).pdfjs, BYTES)),
    ).toBe('damaged');
    warn.mockRestore();
  });

  it('skips a page whose text or page object pdf.js refuses at once (a worker gone: it throws, not rejects)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { pdfjs, doc } = fakePdfJs([
      page(`${PROSE} on page one.`),
      page(`${PROSE} on page two.`),
      page(`${PROSE} on page three.`),
    ]);
    const getPage = doc.getPage.bind(doc);
    doc.getPage = (n: number) => {
      if (n === 3) throw new Error('Worker was destroyed');
      return getPage(n).then((got) =>
        n === 2
          ? {
              ...got,
              getTextContent: () => {
                throw new Error('Transport destroyed');
              },
            }
          : got,
      );
    };
    const result = await extractWith(pdfjs, BYTES);
    expect(result.text).toContain('page one');
    expect(result.text).not.toContain('page two');
    expect(warn).toHaveBeenCalledWith('Could not read the text of page 2 of 3', expect.any(Error));
    expect(warn).toHaveBeenCalledWith('Could not read the text of page 3 of 3', expect.any(Error));
    warn.mockRestore();
  });

  it('refuses a PDF with no text layer', async () => {
    expect(await kindOf(extractWith(fakePdfJs([[], []]).pdfjs, BYTES))).toBe('no-text');
  });

  it('stops when aborted, between pages, and frees the document', async () => {
    const { pdfjs, destroy } = fakePdfJs([page(PROSE), page(PROSE), page(PROSE)]);
    const abort = new AbortController();
    const reading = extractWith(pdfjs, BYTES, {
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(destroy).toHaveBeenCalled();
    await expect(extractWith(pdfjs, BYTES, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('leaves no failure of a page read ahead unhandled when it stops early', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const { pdfjs } = fakePdfJs([page(PROSE), new Error('bad'), new Error('bad'), page(PROSE)]);
    const abort = new AbortController();
    const reading = extractWith(pdfjs, BYTES, {
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('extractPdfText', () => {
  it('refuses a file over the size limit before loading pdf.js', async () => {
    const huge = { length: MAX_PDF_BYTES + 1 } as Uint8Array;
    expect(await kindOf(extractPdfText(huge))).toBe('too-large');
  });
});
