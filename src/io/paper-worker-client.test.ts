import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePaper } from '../paper/parse-paper';
import { asPaperId } from '../paper/types';
import type { PaperJob, PaperJobResult } from './paper-work';

const SOURCE =
  'A Short Paper\n\n1. Introduction\n\nWe build on earlier work [1].\n\nReferences\n\n[1] Doe, J. (2020). A study. Journal 1, 1-10.\n';
const OPTIONS = {
  format: 'text' as const,
  fileName: 'short.txt',
  id: asPaperId(`sha256:${'a'.repeat(64)}`),
};

/** A stand-in for the module worker: runs the worker's own handler, or fails to load. */
function fakeWorker(mode: 'works' | 'fails-to-load' | 'throws') {
  const made: string[] = [];
  class FakeWorker {
    onmessage: ((e: { data: PaperJobResult }) => void) | null = null;
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
});
