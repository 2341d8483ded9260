// The stored-model reader's worker module under a fake `self`, against the fake IndexedDB
// (test-setup.ts): what it sends back is the checked model, in parts, or null.
import { createStore, get, set } from 'idb-keyval';
import { fakePaperId } from '../paper/__fixtures__/paper-ids';
import { parsePaper } from '../paper/parse-paper';
import type { PaperId } from '../paper/types';
import { savePaperModel } from './paper-library';
import { openingOf } from './paper-model-opening';
import type { ModelGoOn, ModelMessage, ModelRequest } from './paper-model.worker';
import { joinPaper, PART_ITEMS } from './paper-work';

const posted: ModelMessage[] = [];
const scope = {
  onmessage: null as ((event: { data: ModelRequest | ModelGoOn }) => void) | null,
  postMessage: (message: ModelMessage) => posted.push(message),
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./paper-model.worker');
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  posted.length = 0;
});

/** What the worker answers to a request for `paperId`'s model, once it has answered. */
async function ask(paperId: PaperId, opening = false) {
  scope.onmessage!({ data: { paperId, ...(opening && { opening }) } });
  return vi.waitFor(() => {
    const last = posted.at(-1);
    if (!last || last.kind === 'part') throw new Error('no answer yet');
    return { last, parts: posted.filter((m) => m.kind === 'part') };
  });
}

/** A paper long enough to go back in several parts. */
const longPaper = (hex: string) =>
  parsePaper(
    `A Long Paper\n\n${Array.from({ length: 1_600 }, (_, i) => `Paragraph ${i} says something about the effect under study [${(i % 3) + 1}].`).join('\n\n')}\n\nReferences\n\n[1] A. Author. One. 2001.\n\n[2] B. Author. Two. 2002.\n\n[3] C. Author. Three. 2003.\n`,
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

  it('sends a long model’s opening first, checked with the whole, and the rest once told', async () => {
    const paper = longPaper('d4');
    await savePaperModel(paper);
    scope.onmessage!({ data: { paperId: paper.id, opening: true } });
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toEqual([{ kind: 'opening', value: openingOf(paper) }]);
    scope.onmessage!({ data: { goOn: true } });
    await vi.waitFor(() => expect(posted.at(-1)?.kind).toBe('model'));
    const last = posted.at(-1)!;
    if (last.kind !== 'model' || last.rest === null) throw new Error('no model');
    const parts = posted.filter((m) => m.kind === 'part');
    expect(joinPaper(last.rest, parts)).toEqual(paper);
  });

  it('sends a short model whole, with no opening', async () => {
    const paper = parsePaper('A Title\n\nSome text to read closely.', {
      format: 'text',
      fileName: 'short.txt',
      id: fakePaperId('d5'),
    });
    await savePaperModel(paper);
    const { last, parts } = await ask(paper.id, true);
    expect(posted.some((m) => m.kind === 'opening')).toBe(false);
    if (last.kind !== 'model' || last.rest === null) throw new Error('no model');
    expect(joinPaper(last.rest, parts)).toEqual(paper);
  });

  it('sends the model whole when the page went on before the opening was read', async () => {
    const paper = longPaper('d7');
    await savePaperModel(paper);
    scope.onmessage!({ data: { paperId: paper.id, opening: true } });
    scope.onmessage!({ data: { goOn: true } });
    await vi.waitFor(() => expect(posted.at(-1)?.kind).toBe('model'));
    expect(posted.some((m) => m.kind === 'opening')).toBe(false);
    const last = posted.at(-1)!;
    if (last.kind !== 'model' || last.rest === null) throw new Error('no model');
    expect(
      joinPaper(
        last.rest,
        posted.filter((m) => m.kind === 'part'),
      ),
    ).toEqual(paper);
  });
});

describe('openingOf (a long model’s first screens)', () => {
  it('keeps the first blocks, the text up to their end, their references and no citations', () => {
    const paper = longPaper('d6');
    const first = openingOf(paper)!;
    const end = first.blocks.at(-1)!.end;
    expect(first.blocks).toEqual(paper.blocks.slice(0, first.blocks.length));
    expect(first.text).toBe(paper.text.slice(0, end));
    expect(first.citations).toEqual([]);
    expect(first.references.every((r) => r.end <= end)).toBe(true);
    expect(first.blocks.length).toBeLessThan(paper.blocks.length);
  });
});
