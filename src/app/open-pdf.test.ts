// Reading a PDF reports its progress to the store with the file's name, so the status line says
// which file is being read while the paper on screen is still the previous one.
import { describe, expect, it, vi } from 'vitest';
import { createTestStore } from '../store/__fixtures__/test-store';
import type { PaperProgress } from '../store/slices/papers-slice';
import { readPdf, type PdfOpening } from './open-pdf';

vi.mock('../io/paper-worker-client', () => ({
  extractPdfOffThread: async (
    _bytes: Uint8Array,
    options: { onProgress?: (p: { update: 'progress'; page: number; pages: number }) => void },
  ) => {
    // Pages as pdf.js might give them: [page, ms since the reading began].
    const pages = [
      [1, 0],
      [2, 40],
      [3, 80],
      [4, 300],
      [5, 320],
      [77, 900],
      [78, 905],
    ] as const;
    for (const [page, at] of pages) {
      now = at;
      options.onProgress?.({ update: 'progress', page, pages: 78 });
    }
    return { text: 'Text', lines: [], unreadablePages: [], keptInWorker: true };
  },
}));

/** The page's clock while the fake reads (`performance.now`). */
let now = 0;
vi.spyOn(performance, 'now').mockImplementation(() => now);

/** The progress the store was told while `fileName` was read. */
async function progressWhileReading(fileName: string): Promise<PaperProgress[]> {
  const store = createTestStore();
  const seen: PaperProgress[] = [];
  store.subscribe((s) => void (s.paperProgress && seen.push(s.paperProgress)));
  const open: PdfOpening = {
    store,
    pageQuestion: { ask: async () => true, settle: () => {} },
    signal: new AbortController().signal,
    isLatest: () => true,
    marking: () => {},
    declined: () => {},
    fail: () => {},
  };
  await readPdf(open, new TextEncoder().encode('%PDF-1.7 fake'), fileName);
  return seen;
}

describe('readPdf', () => {
  it("tells the store which file's pages are being read: the first page, then at most every quarter second, and the last", async () => {
    const seen = await progressWhileReading('survey.pdf');
    expect(seen).toEqual([
      { page: 1, pages: 78, fileName: 'survey.pdf' },
      { page: 4, pages: 78, fileName: 'survey.pdf' },
      { page: 77, pages: 78, fileName: 'survey.pdf' },
      { page: 78, pages: 78, fileName: 'survey.pdf' },
    ]);
  });

  it('shortens a long file name in its middle, keeping its start and its ending', async () => {
    const name = 'a-very-long-file-name-from-a-publisher-site-2024-final-v3-revised.pdf';
    const [first] = await progressWhileReading(name);
    expect(first?.fileName).toBe('a-very-long-file-nam…-revised.pdf');
    expect([...first!.fileName!].length).toBeLessThanOrEqual(33);
  });
});
