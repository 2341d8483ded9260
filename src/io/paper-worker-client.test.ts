import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOpening } from '../paper/opening-blocks';
import { parsePaper } from '../paper/parse-paper';
import { asPaperId } from '../paper/types';
import {
  joinPaper,
  PART_ITEMS,
  splitPaper,
  type PaperJob,
  type PaperJobResult,
  type PaperJobSignal,
  type PaperJobUpdate,
  type PaperWorkerMessage,
} from './paper-work';

const SOURCE =
  'A Short Paper\n\n1. Introduction\n\nWe build on earlier work [1].\n\nReferences\n\n[1] Doe, J. (2020). A study. Journal 1, 1-10.\n';
/** A paper long enough to be sent in two steps: its opening blocks, then the whole of it. */
const LONG_SOURCE = `A Long Paper\n\n${Array.from(
  { length: 2_000 },
  (_, i) => `Paragraph ${i} says something about the effect under study.`,
).join('\n\n')}\n`;
const OPTIONS = {
  format: 'text' as const,
  fileName: 'short.txt',
  id: asPaperId(`sha256:${'a'.repeat(64)}`),
};

/** A stand-in for the module worker: runs the worker's own handler, or fails to load. */
function fakeWorker(mode: 'works' | 'fails-to-load' | 'throws') {
  const made: string[] = [];
  class FakeWorker {
    onmessage: ((e: { data: PaperWorkerMessage }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    constructor(url: URL) {
      if (mode === 'throws') throw new DOMException('blocked by policy', 'SecurityError');
      made.push(String(url));
    }
    postMessage(job: PaperJob) {
      setTimeout(() => {
        if (mode === 'fails-to-load') {
          this.onerror?.({ message: 'could not load', preventDefault: () => {} });
          return;
        }
        if (job.kind !== 'parse') return;
        const opening = job.opening && parseOpening(job.source, job.options);
        if (opening) this.onmessage?.({ data: { id: job.id, update: 'opening', value: opening } });
        // As the worker does: the blocks and citations in parts, then the rest.
        const { parts, rest } = splitPaper(parsePaper(job.source, job.options));
        for (const part of parts)
          this.onmessage?.({ data: { id: job.id, update: 'part', ...part } });
        this.onmessage?.({ data: { id: job.id, ok: true, value: rest } });
      });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

describe('parsePaperOffThread', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const load = () => import('./paper-worker-client');

  it('hands the job to one module worker and returns its paper', async () => {
    const made = fakeWorker('works');
    const { parsePaperOffThread } = await load();
    const first = await parsePaperOffThread(SOURCE, OPTIONS);
    await parsePaperOffThread(SOURCE, OPTIONS);
    expect(first).toEqual(parsePaper(SOURCE, OPTIONS));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/paper\.worker/);
  });

  it.each(['fails-to-load', 'throws'] as const)(
    'parses on the main thread when the worker %s',
    async (mode) => {
      fakeWorker(mode);
      const { parsePaperOffThread } = await load();
      expect(await parsePaperOffThread(SOURCE, OPTIONS)).toEqual(parsePaper(SOURCE, OPTIONS));
      expect(console.warn).toHaveBeenCalledOnce();
    },
  );

  it('parses on the main thread where there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parsePaperOffThread } = await load();
    const paper = await parsePaperOffThread(SOURCE, OPTIONS);
    expect(paper.references).toHaveLength(1);
    expect(paper.citations).toHaveLength(1);
  });

  it.each([
    ['the worker', () => fakeWorker('works')],
    ['the main thread', () => vi.stubGlobal('Worker', undefined)],
  ])('gives a long paper’s opening blocks before the whole paper, from %s', async (_, setUp) => {
    setUp();
    const { parsePaperOffThread } = await load();
    const seen: string[] = [];
    const whole = await parsePaperOffThread(LONG_SOURCE, OPTIONS, {
      onOpening: (opening) => seen.push(opening.text),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.length).toBeGreaterThan(1000);
    expect(whole.text.startsWith(seen[0]!)).toBe(true);
    expect(whole.text.length).toBeGreaterThan(seen[0]!.length);
  });

  it('sends no opening for a short paper', async () => {
    fakeWorker('works');
    const { parsePaperOffThread } = await load();
    const onOpening = vi.fn();
    await parsePaperOffThread(SOURCE, OPTIONS, { onOpening });
    expect(onOpening).not.toHaveBeenCalled();
  });

  it('puts a long paper sent in parts back together whole and in order', async () => {
    fakeWorker('works');
    const { parsePaperOffThread } = await load();
    const whole = await parsePaperOffThread(LONG_SOURCE, OPTIONS);
    expect(whole.blocks.length).toBeGreaterThan(PART_ITEMS);
    expect(whole).toEqual(parsePaper(LONG_SOURCE, OPTIONS));
  });
});

describe('splitPaper', () => {
  const paper = parsePaper(LONG_SOURCE, OPTIONS);

  it.each([
    ['parts of one block', 1],
    ['parts of a few hundred', PART_ITEMS],
    ['one part bigger than the paper', 100_000],
  ])('gives back the same paper from %s', (_, size) => {
    const { parts, rest } = splitPaper(paper, size);
    expect(rest.blocks).toEqual([]);
    expect(parts.every((p) => p.blocks.length <= size && p.citations.length <= size)).toBe(true);
    expect(joinPaper(rest, parts)).toEqual(paper);
  });
});

/**
 * A stand-in for the worker reading a PDF: says it read page 1 of `pages`, asks about the page
 * count when told to, then answers with `outcome` (or a decline when the reader said no).
 */
function fakePdfWorker(outcome: object, pages = 3) {
  const sent: (PaperJob | PaperJobSignal)[] = [];
  class FakeWorker {
    onmessage: ((e: { data: PaperJobResult | PaperJobUpdate }) => void) | null = null;
    onerror = null;
    onmessageerror = null;
    postMessage(message: PaperJob | PaperJobSignal) {
      sent.push(message);
      const reply = (data: PaperJobResult | PaperJobUpdate) =>
        setTimeout(() => this.onmessage?.({ data }));
      const { id } = message;
      if (message.kind === 'pdf') {
        reply({ id, update: 'progress', page: 1, pages });
        if (message.askAboutPages) reply({ id, update: 'ask-pages', pages });
        else reply({ id, ...outcome } as PaperJobResult);
      }
      if (message.kind === 'pages-answer')
        reply(
          message.open
            ? ({ id, ...outcome } as PaperJobResult)
            : { id, ok: false, error: 'declined', failure: { kind: 'declined', pages } },
        );
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return sent;
}

describe('extractPdfOffThread', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());
  // After resetModules, the error classes are the ones the freshly loaded client made.
  const load = async () => ({
    ...(await import('./paper-worker-client')),
    ...(await import('../paper/pdf/page-limit')),
    ...(await import('../paper/pdf/pdf-problems')),
  });
  const bytes = () => new TextEncoder().encode('%PDF-1.4 …');
  const READ = { ok: true, value: { text: 'A paper', pages: 3, unreadablePages: [] } };

  it('sends a copy of the bytes to the worker, passes on its progress and returns its text', async () => {
    const sent = fakePdfWorker(READ);
    const { extractPdfOffThread } = await load();
    const mine = bytes();
    const progress: unknown[] = [];
    const pdf = await extractPdfOffThread(mine, { onProgress: (p) => progress.push(p) });
    expect(pdf).toEqual({ ...READ.value, keptInWorker: false });
    expect(progress).toEqual([{ id: 1, update: 'progress', page: 1, pages: 3 }]);
    expect(mine.byteLength).toBeGreaterThan(0); // still the caller's, not transferred away
    expect(sent[0]).toMatchObject({ kind: 'pdf', askAboutPages: false });
  });

  it('asks the worker to keep the source when told to, and says it did', async () => {
    const sent = fakePdfWorker(READ);
    const { extractPdfOffThread } = await load();
    const keep = { id: OPTIONS.id, fileName: 'paper.pdf' };
    const pdf = await extractPdfOffThread(bytes(), { keep });
    expect(sent[0]).toMatchObject({ kind: 'pdf', keep });
    expect(pdf.keptInWorker).toBe(true);
  });

  it.each([
    [true, 'reads the PDF'],
    [false, 'stops with the decline'],
  ])('asks the page question on the page; answered %s, the worker %s', async (open) => {
    fakePdfWorker(READ, 2050);
    const { extractPdfOffThread, isDeclined } = await load();
    const asked: number[] = [];
    const reading = extractPdfOffThread(bytes(), {
      confirmPages: (pages) => (asked.push(pages), open),
    });
    if (open) expect(await reading).toEqual({ ...READ.value, keptInWorker: false });
    else expect(isDeclined(await reading.catch((e: unknown) => e))).toBe(true);
    expect(asked).toEqual([2050]);
  });

  it('rejects with the PdfProblem the worker met, kind and all', async () => {
    fakePdfWorker({ ok: false, error: 'x', failure: { kind: 'problem', problem: 'password' } });
    const { extractPdfOffThread, classifyPdfError } = await load();
    const error = await extractPdfOffThread(bytes()).catch((e: unknown) => e);
    expect(classifyPdfError(error)).toBe('password');
  });

  it('stops at once when aborted, and tells the worker to stop', async () => {
    const sent = fakePdfWorker(READ, 2050);
    const { extractPdfOffThread } = await load();
    const abort = new AbortController();
    const reading = extractPdfOffThread(bytes(), {
      signal: abort.signal,
      confirmPages: () => new Promise<boolean>(() => {}), // the reader never answers
    });
    abort.abort();
    expect(await reading.catch((e: unknown) => (e as Error).name)).toBe('AbortError');
    expect(sent.map((m) => m.kind)).toEqual(['pdf', 'abort']);
  });
});
