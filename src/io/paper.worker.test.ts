import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LineBox } from '../paper/pdf/line-boxes';
import { parsePaper } from '../paper/parse-paper';
import { asPaperId } from '../paper/types';
import { joinPaper, type PaperJob, type PaperPart, type PaperWorkerMessage } from './paper-work';

/** A PDF's text as the reading gives it, long enough to be sent with its opening first. */
const TEXT = `A Long Paper\n\n${Array.from(
  { length: 2_000 },
  (_, i) => `Paragraph ${i} says something about the effect under study.`,
).join('\n\n')}\n`;
const LINES: LineBox[] = [{ start: 0, end: 12, page: 1, x: 72, y: 700, width: 200, height: 14 }];
const ID = asPaperId(`sha256:${'b'.repeat(64)}`);
const OPTIONS = { format: 'pdf' as const, fileName: 'long.pdf', id: ID };

vi.mock('../paper/pdf/extract-pdf-text', () => ({
  runInWorker: () => undefined,
  extractPdfText: async () => ({ text: TEXT, pages: 3, unreadablePages: [], lines: LINES }),
}));
const library = vi.hoisted(() => ({
  saved: null as null | (() => void),
  savePaperSource: vi.fn(),
  loadPaperSource: vi.fn(async () => null),
  savePaperModel: vi.fn(async () => true),
}));
vi.mock('./paper-library', () => library);
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../paper/parse-paper', async (importOriginal) => {
  const real = await importOriginal<typeof import('../paper/parse-paper')>();
  return {
    ...real,
    // Whole parses only (the opening is a parse of the first blocks).
    parsePaper: (...args: Parameters<typeof real.parsePaper>) => {
      if (args[0].length > 50_000) parses.count++;
      return real.parsePaper(...args);
    },
  };
});

/** The worker's module under a fake `self`: what it posts, and a way to send it a message. */
async function startWorker() {
  const posted: PaperWorkerMessage[] = [];
  const scope = {
    onmessage: null as ((event: { data: PaperJob }) => void) | null,
    postMessage: (message: PaperWorkerMessage) => posted.push(message),
  };
  vi.stubGlobal('self', scope);
  await import('./paper.worker');
  const send = (data: PaperJob) => scope.onmessage!({ data });
  /** Resolves with job `id`'s answer, once there is one. */
  const answer = (id: number) =>
    vi.waitFor(() => {
      const found = posted.find((m) => m.id === id && 'ok' in m);
      if (!found) throw new Error(`no answer to job ${id} yet`);
      return found;
    });
  return { posted, send, answer };
}

/** The paper job `id` was sent, put back together from its parts and its answer. */
function paperOf(posted: PaperWorkerMessage[], id: number) {
  const parts = posted.filter((m): m is PaperPart & PaperWorkerMessage => {
    return m.id === id && 'update' in m && m.update === 'part';
  });
  const answer = posted.find((m) => m.id === id && 'ok' in m && m.ok);
  return answer && 'value' in answer ? joinPaper(answer.value as never, parts) : null;
}

const pdfJob = (id: number): PaperJob => ({
  id,
  kind: 'pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
  askAboutPages: false,
  keep: { id: ID, fileName: OPTIONS.fileName },
});

const parseJob = (
  id: number,
  overrides: Partial<Extract<PaperJob, { kind: 'parse' }>> = {},
): PaperJob => ({
  id,
  kind: 'parse',
  source: TEXT,
  options: OPTIONS,
  opening: true,
  keep: true,
  linesKept: true,
  ...overrides,
});

describe('the paper worker', () => {
  beforeEach(() => {
    vi.resetModules();
    parses.count = 0;
    library.savePaperSource.mockImplementation(
      () => new Promise<boolean>((resolve) => (library.saved = () => resolve(true))),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  it('parses a kept PDF as soon as its text is read, and the page’s parse of it joins that parse', async () => {
    const { posted, send, answer } = await startWorker();
    send(pdfJob(1));
    await answer(1);
    await vi.waitFor(() => expect(parses.count).toBe(1)); // before the page asks
    send(parseJob(2));
    library.saved!();
    await answer(2);
    expect(parses.count).toBe(1);
    const expected = parsePaper(TEXT, { ...OPTIONS, lines: LINES });
    expect(paperOf(posted, 2)).toEqual(expected);
    expect(posted.filter((m) => m.id === 2 && 'update' in m)[0]).toMatchObject({
      update: 'opening',
    });
    expect(library.savePaperModel).toHaveBeenCalledWith(expected, undefined);
  });

  it('answers the parse only once the PDF’s source is stored', async () => {
    const { posted, send, answer } = await startWorker();
    send(pdfJob(1));
    await answer(1);
    send(parseJob(2));
    await vi.waitFor(() => expect(posted.some((m) => m.id === 2)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted.some((m) => m.id === 2 && 'ok' in m)).toBe(false);
    library.saved!();
    await answer(2);
  });

  it('parses anew a parse job that asks for something else than the early parse', async () => {
    const { posted, send, answer } = await startWorker();
    send(pdfJob(1));
    await answer(1);
    library.saved!();
    const other = { ...OPTIONS, fileName: 'renamed.pdf' };
    send(parseJob(3, { options: other }));
    await answer(3);
    expect(parses.count).toBe(2);
    expect(paperOf(posted, 3)).toEqual(parsePaper(TEXT, { ...other, lines: LINES }));
  });
});
