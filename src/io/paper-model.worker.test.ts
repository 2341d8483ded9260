// The stored-model reader's worker module under a fake `self`, against the fake IndexedDB
// (test-setup.ts): what it sends back is the checked model, in parts, or null.
import { createStore, get, set } from 'idb-keyval';
import { fakePaperId } from '../paper/__fixtures__/paper-ids';
import { parsePaper } from '../paper/parse-paper';
import type { PaperId } from '../paper/types';
import { savePaperModel } from './paper-library';
import type { ModelMessage, ModelRequest } from './paper-model.worker';
import { joinPaper, PART_ITEMS } from './paper-work';

const posted: ModelMessage[] = [];
/** Makes posting a part throw, as a part that cannot be cloned would. */
let partsFail = false;
const scope = {
  onmessage: null as ((event: { data: ModelRequest }) => void) | null,
  postMessage: (message: ModelMessage) => {
    if (partsFail && message.kind === 'part') throw new DOMException('no clone', 'DataCloneError');
    posted.push(message);
  },
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./paper-model.worker');
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  posted.length = 0;
  partsFail = false;
});

/** What the worker answers to a request for `paperId`'s model, once it has answered. */
async function ask(paperId: PaperId) {
  scope.onmessage!({ data: { paperId } });
  return vi.waitFor(() => {
    const last = posted.at(-1);
    if (!last || last.kind === 'part') throw new Error('no answer yet');
    return { last, parts: posted.filter((m) => m.kind === 'part') };
  });
}

/** A paper long enough to go back in several parts. */
const longPaper = (hex: string) =>
  parsePaper(
    `A Long Paper\n\n${Array.from({ length: PART_ITEMS * 2 + 10 }, (_, i) => `Paragraph ${i} says something about the effect under study [${(i % 3) + 1}].`).join('\n\n')}\n\nReferences\n\n[1] A. Author. One. 2001.\n\n[2] B. Author. Two. 2002.\n\n[3] C. Author. Three. 2003.\n`,
    { format: 'text', fileName: `${hex}.txt`, id: fakePaperId(hex) },
  );

describe('the stored-model reader (worker)', () => {
  it('sends a kept model back in parts that join into the same paper', async () => {
    const paper = longPaper('d1');
    expect(paper.blocks.length).toBeGreaterThan(PART_ITEMS * 2);
    await savePaperModel(paper);
    const { last, parts } = await ask(paper.id);
    expect(parts.length).toBeGreaterThan(1);
    expect(last.kind).toBe('model');
    if (last.kind !== 'model' || last.rest === null) throw new Error('no model');
    expect(last.rest.blocks).toEqual([]);
    expect(joinPaper(last.rest, parts)).toEqual(paper);
  });

  it('answers null when no model is kept for the paper', async () => {
    const { last, parts } = await ask(fakePaperId('d2'));
    expect(last).toEqual({ kind: 'model', rest: null });
    expect(parts).toEqual([]);
  });

  it('answers null for a broken model, and removes it (the source is parsed again)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const paper = longPaper('d3');
    const models = createStore('marginalia-models', 'paper-models');
    const blocks = paper.blocks.map((b, i) => (i === 5 ? { ...b, end: paper.text.length + 1 } : b));
    await set(paper.id, { schema: 1, paper: { ...paper, blocks } }, models);
    const { last, parts } = await ask(paper.id);
    expect(last).toEqual({ kind: 'model', rest: null });
    expect(parts).toEqual([]);
    expect(await get(paper.id, models)).toBeUndefined();
    vi.mocked(console.warn).mockRestore();
  });

  it('says it failed when the model cannot be sent, so the page reads it itself (never silent)', async () => {
    const paper = longPaper('d4');
    await savePaperModel(paper);
    partsFail = true;
    const { last, parts } = await ask(paper.id);
    expect(last.kind).toBe('failed');
    expect(parts).toEqual([]);
  });
});
