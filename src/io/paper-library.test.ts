// The stored paper models against the fake IndexedDB (test-setup.ts).
import { createStore, get, set } from 'idb-keyval';
import { parsePaper } from '../paper/parse-paper';
import { PARSER_VERSION } from '../paper/parser-version';
import { fakePaperId } from '../paper/__fixtures__/paper-ids';
import {
  deletePaperSource,
  loadPaperModel,
  loadPaperSource,
  savePaperModel,
  savePaperSource,
} from './paper-library';
import { MODEL_SCHEMA } from './paper-model-schema';

const models = createStore('marginalia-models', 'paper-models');
const paperOf = (hex: string) =>
  parsePaper('A Title\n\nSome text to read closely.', {
    format: 'text',
    fileName: `${hex}.txt`,
    id: fakePaperId(hex),
  });

describe('stored paper models', () => {
  it('reads back a saved model made by the current parser', async () => {
    const paper = paperOf('a');
    expect(await savePaperModel(paper)).toBe(true);
    expect(await loadPaperModel(paper.id)).toEqual({ paper, unreadablePages: [] });
  });

  it("reads back with a PDF's model the pages that could not be read, and opens a model stored before they were kept", async () => {
    const paper = paperOf('a2');
    const unreadablePages = [{ page: 2, reason: 'unmapped-font' as const }];
    expect(await savePaperModel(paper, unreadablePages)).toBe(true);
    expect(await loadPaperModel(paper.id)).toEqual({ paper, unreadablePages });
    await set(paper.id, { schema: 1, paper }, models);
    expect(await loadPaperModel(paper.id)).toEqual({ paper, unreadablePages: [] });
    await set(paper.id, { schema: 1, paper, unreadablePages }, models);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadPaperModel(paper.id)).toBeNull();
    vi.mocked(console.warn).mockRestore();
  });

  it('has none for a paper never parsed here', async () => {
    expect(await loadPaperModel(fakePaperId('b'))).toBeNull();
  });

  it('does not give a model made by another parser version (it is parsed again)', async () => {
    const paper = paperOf('c');
    await savePaperModel({ ...paper, parserVersion: PARSER_VERSION - 1 });
    expect(await loadPaperModel(paper.id)).toBeNull();
  });

  it('does not give a record stored in another shape', async () => {
    const paper = paperOf('d');
    await set(paper.id, { schema: MODEL_SCHEMA + 1, paper }, models);
    expect(await loadPaperModel(paper.id)).toBeNull();
  });

  it('logs and removes a broken model instead of giving it', async () => {
    const paper = paperOf('e');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await set(paper.id, { schema: MODEL_SCHEMA, paper: { ...paper, blocks: 'none' } }, models);
    expect(await loadPaperModel(paper.id)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is broken (paper.blocks'));
    expect(await get(paper.id, models)).toBeUndefined();
    await savePaperModel(paper);
    await set(fakePaperId('f'), { schema: MODEL_SCHEMA, paper }, models);
    expect(await loadPaperModel(fakePaperId('f'))).toBeNull();
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('it is another paper'));
    warn.mockRestore();
  });

  it('is removed with its source when the paper is forgotten', async () => {
    const paper = paperOf('9');
    await savePaperSource({ id: paper.id, fileName: paper.fileName, format: 'text', source: 'x' });
    await savePaperModel(paper);
    await deletePaperSource(paper.id);
    expect(await loadPaperModel(paper.id)).toBeNull();
    expect(await loadPaperSource(paper.id)).toBeNull();
  });
});

describe('stored paper sources', () => {
  it('asks for the commit as soon as the source is put, not once this thread is free again', async () => {
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const id = fakePaperId('10');
    await savePaperSource({ id, fileName: 'kept.pdf', format: 'pdf', source: 'Kept text.' });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.invocationCallOrder[0]).toBeGreaterThan(puts.mock.invocationCallOrder[0]!);
    expect((await loadPaperSource(id))?.source).toBe('Kept text.');
    commit.mockRestore();
    puts.mockRestore();
  });
});
