// Reopening from the stored paper model (docs/adr/0006-stored-paper-model.md), against the fake
// IndexedDB and a real store: a current model opens with no parse; an older, or broken, one is
// parsed again from the stored source, stored again, and the annotations anchor on it.
import { createStore, set } from 'idb-keyval';
import { describeRange } from '../anchoring/selectors';
import {
  loadPaperModel,
  loadPaperSource,
  savePaperModel,
  savePaperSource,
} from '../io/paper-library';
import { parsePaperOffThread } from '../io/paper-worker-client';
import { PARSER_VERSION } from '../paper/parser-version';
import { docOffset, type PaperId } from '../paper/types';
import { createTestStore } from '../store/__fixtures__/test-store';
import { startAnchoring } from './anchor-controller';
import { createPaperController } from './paper-controller';
import { prefetchPaperModel } from './paper-prefetch';
import { emptyRecord, valuesOf } from '../annotations/shared-record';

vi.mock('../io/paper-worker-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../io/paper-worker-client')>();
  return { ...real, parsePaperOffThread: vi.fn(real.parsePaperOffThread) };
});

const parses = vi.mocked(parsePaperOffThread);
const models = createStore('marginalia-models', 'paper-models');
let n = 0;

/** Opens a fresh Markdown paper (a new id each time), draws it, and highlights a phrase in it. */
async function openedAndHighlighted() {
  const store = createTestStore();
  startAnchoring(store);
  const painted: (() => void)[] = [];
  const papers = createPaperController(store, { afterPaint: (fn) => painted.push(fn) });
  const paint = async () => {
    painted.splice(0).forEach((fn) => fn());
    await vi.waitFor(async () => expect(await loadPaperModel(id)).not.toBeNull());
  };
  const text = `# Paper ${++n}\n\nReading is social, and trust is earned slowly.\n`;
  const id = (await papers.openFile(new File([text], `p${n}.md`)))!;
  const paper = store.getState().paper!;
  const start = paper.text.indexOf('trust is earned');
  const target = describeRange(paper.text, docOffset(start), docOffset(start + 15));
  store.getState().annotationCreated({ paperId: id, target });
  await paint();
  const reload = async () => {
    parses.mockClear();
    store.setState({ paper: null, anchors: emptyRecord() });
    await papers.restore();
    painted.splice(0).forEach((fn) => fn());
  };
  return { store, id, reload };
}

const anchoredQuotes = (store: ReturnType<typeof createTestStore>, id: PaperId) => {
  const { paper, anchors } = store.getState();
  return valuesOf(anchors).map((a) =>
    a.status === 'orphan' || paper?.id !== id ? null : paper.text.slice(a.start, a.end),
  );
};

describe('reopening a paper from its stored model', () => {
  it('opens the stored model with no parse when the parser is current, annotations anchored', async () => {
    const { store, id, reload } = await openedAndHighlighted();
    const before = store.getState().paper;
    await reload();
    expect(parses).not.toHaveBeenCalled();
    expect(store.getState().paper).toEqual(before);
    await vi.waitFor(() => expect(anchoredQuotes(store, id)).toEqual(['trust is earned']));
  });

  it('parses again from the source a model of an older parser, and stores the new one', async () => {
    const { store, id, reload } = await openedAndHighlighted();
    const paper = store.getState().paper!;
    await savePaperModel({ ...paper, parserVersion: PARSER_VERSION - 1 });
    await reload();
    expect(parses).toHaveBeenCalledTimes(1);
    expect(store.getState().paper?.parserVersion).toBe(PARSER_VERSION);
    await vi.waitFor(async () =>
      expect((await loadPaperModel(id))?.paper.parserVersion).toBe(PARSER_VERSION),
    );
    await vi.waitFor(() => expect(anchoredQuotes(store, id)).toEqual(['trust is earned']));
  });

  it('says which pages could not be read at every reopen, from the model or, parsed again, from the source', async () => {
    const { store, id, reload } = await openedAndHighlighted();
    const paper = store.getState().paper!;
    const unreadablePages = [{ page: 3, reason: 'damaged' as const }];
    const said = `Page 3 of “${paper.fileName}” could not be read: that page is damaged in the file. The rest of the paper is shown.`;
    await savePaperModel(paper, unreadablePages);
    await reload();
    expect(parses).not.toHaveBeenCalled();
    expect(store.getState().paperNotice?.message).toBe(said);
    // An older parser's model: the source (which keeps them too) is parsed again, and the new
    // model keeps them.
    const source = (await loadPaperSource(id))!;
    await savePaperSource({ ...source, unreadablePages });
    await savePaperModel({ ...paper, parserVersion: PARSER_VERSION - 1 });
    store.getState().paperNoticeDismissed();
    await reload();
    expect(parses).toHaveBeenCalledTimes(1);
    expect(store.getState().paperNotice?.message).toBe(said);
    await vi.waitFor(async () =>
      expect(await loadPaperModel(id)).toMatchObject({
        paper: { parserVersion: PARSER_VERSION },
        unreadablePages,
      }),
    );
  });

  it('never shows a broken model: the paper is parsed again and shown whole', async () => {
    const { store, id, reload } = await openedAndHighlighted();
    const paper = store.getState().paper!;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await set(id, { schema: 1, paper: { ...paper, text: paper.text.slice(0, 5) } }, models);
    await reload();
    expect(parses).toHaveBeenCalledTimes(1);
    expect(store.getState().paper).toEqual(paper);
    await vi.waitFor(() => expect(anchoredQuotes(store, id)).toEqual(['trust is earned']));
    vi.mocked(console.warn).mockRestore();
  });

  it('takes the model asked for while the store was built, once: a later reopen reads it again', async () => {
    const { store, id } = await openedAndHighlighted();
    const paper = store.getState().paper!;
    parses.mockClear();
    expect(await prefetchPaperModel(id).model).toEqual({ paper, unreadablePages: [] });
    const early = { paper: { ...paper, title: 'Asked for early' }, unreadablePages: [] };
    const prefetched = { id, model: Promise.resolve(early) };
    const papers = createPaperController(store, { prefetched, afterPaint: () => undefined });
    await papers.openRecent(id);
    expect(store.getState().paper?.title).toBe('Asked for early');
    await papers.openRecent(id);
    expect(store.getState().paper).toEqual(paper);
    expect(parses).not.toHaveBeenCalled();
  });
});
