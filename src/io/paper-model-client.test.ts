// The page's side of the stored-model reader: the model put back together from the worker's
// parts, and the page reading it itself whenever the worker cannot (against the fake IndexedDB).
import { fakePaperId } from '../paper/__fixtures__/paper-ids';
import { parsePaper } from '../paper/parse-paper';
import { savePaperModel, type StoredPaper } from './paper-library';
import { loadPaperModelOffThread } from './paper-model-client';
import type { ModelMessage, ModelRequest } from './paper-model.worker';
import { splitPaper } from './paper-work';

const paperOf = (hex: string) =>
  parsePaper(
    `A Title\n\n${Array.from({ length: 30 }, (_, i) => `Paragraph ${i}.`).join('\n\n')}\n`,
    { format: 'text', fileName: `${hex}.txt`, id: fakePaperId(hex) },
  );

/** A fake `Worker` whose answer to a request is `answer(request, post, fail)`. */
function fakeWorker(
  answer: (
    request: ModelRequest,
    post: (message: ModelMessage) => void,
    fail: (message: string) => void,
  ) => void,
) {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: ModelMessage }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
    onmessageerror: ((event: unknown) => void) | null = null;
    terminated = false;
    constructor() {
      made.push(this);
    }
    postMessage(request: ModelRequest) {
      setTimeout(() =>
        answer(
          request,
          (data) => this.onmessage?.({ data }),
          (message) => this.onerror?.({ message, preventDefault: () => undefined }),
        ),
      );
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadPaperModelOffThread', () => {
  it('puts the model together from the parts the worker sends, and ends the worker', async () => {
    const paper = paperOf('e1');
    const workers = fakeWorker((request, post) => {
      expect(request).toEqual({ paperId: paper.id });
      const { parts, rest } = splitPaper(paper, 7);
      for (const part of parts) post({ kind: 'part', ...part });
      post({ kind: 'model', rest });
    });
    const model: StoredPaper | null = await loadPaperModelOffThread(paper.id);
    expect(model).toEqual({ paper, unreadablePages: [] });
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });

  it('gives null when the worker finds no model to show', async () => {
    fakeWorker((_, post) => post({ kind: 'model', rest: null }));
    expect(await loadPaperModelOffThread(fakePaperId('e2'))).toBeNull();
  });

  it('reads the model on the page when the worker fails to load or fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const paper = paperOf('e3');
    await savePaperModel(paper);
    fakeWorker((_, __, fail) => fail('could not load'));
    expect(await loadPaperModelOffThread(paper.id)).toEqual({ paper, unreadablePages: [] });
    fakeWorker((_, post) => post({ kind: 'failed', error: 'DataError' }));
    expect(await loadPaperModelOffThread(paper.id)).toEqual({ paper, unreadablePages: [] });
    expect(console.warn).toHaveBeenCalledTimes(2);
    vi.mocked(console.warn).mockRestore();
  });

  it('reads the model on the page where no worker can be made', async () => {
    const paper = paperOf('e4');
    await savePaperModel(paper);
    vi.stubGlobal('Worker', undefined);
    expect(await loadPaperModelOffThread(paper.id)).toEqual({ paper, unreadablePages: [] });
  });
});
