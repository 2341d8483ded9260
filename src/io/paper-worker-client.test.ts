import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOpening } from '../paper/opening-blocks';
import { parsePaper } from '../paper/parse-paper';
import { asPaperId } from '../paper/types';
import type { PaperJob, PaperWorkerMessage } from './paper-work';

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
        const opening =
          job.kind === 'parse' && job.opening && parseOpening(job.source, job.options);
        if (opening) this.onmessage?.({ data: { id: job.id, update: 'opening', value: opening } });
        const value = job.kind === 'parse' ? parsePaper(job.source, job.options) : null;
        this.onmessage?.({ data: { id: job.id, ok: true, value: value! } });
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
    const whole = await parsePaperOffThread(LONG_SOURCE, OPTIONS, (opening) => {
      seen.push(opening.text);
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
    await parsePaperOffThread(SOURCE, OPTIONS, onOpening);
    expect(onOpening).not.toHaveBeenCalled();
  });
});
