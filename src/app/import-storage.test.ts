/**
 * Imports through the real store and storage (in memory): a refused file, a cancelled preview
 * and a preview itself leave every stored byte as it was; only Confirm writes.
 */
import { describe, expect, it } from 'vitest';
import { testEnv } from '../annotations/__fixtures__/annotations';
import { BAD_FILES, own } from '../annotations/formats/__fixtures__/bad-files';
import { SAMPLE_PAPER } from '../annotations/formats/__fixtures__/sample';
import { describeRange } from '../anchoring/selectors';
import { docOffset } from '../paper/types';
import { createAnnotationStorage } from '../io/annotation-storage';
import { createMemoryStorage, type MemoryStorage } from '../io/storage-like';
import { createAppStore } from '../store/app-store';

/** Every key and value in the storage area, in key order. */
function snapshot(area: MemoryStorage): string {
  const out: [string, string | null][] = [];
  for (let i = 0; i < area.length; i++) out.push([area.key(i)!, area.getItem(area.key(i)!)]);
  return JSON.stringify(out.sort(([a], [b]) => a.localeCompare(b)));
}

/** A store on the sample paper with one highlight of the reader's, flushed to storage. */
function readerWithOneHighlight() {
  const area = createMemoryStorage();
  const env = testEnv(Date.UTC(2026, 11, 4));
  const storage = createAnnotationStorage(area, { now: env.now });
  const store = createAppStore({ storage, clock: env.now, ids: env.newId });
  store.getState().paperOpened(SAMPLE_PAPER, {
    id: SAMPLE_PAPER.id,
    title: SAMPLE_PAPER.title,
    fileName: SAMPLE_PAPER.fileName,
    format: 'text',
  });
  const start = SAMPLE_PAPER.text.indexOf('grassroots party organizations');
  store.getState().annotationCreated({
    paperId: SAMPLE_PAPER.id,
    target: describeRange(SAMPLE_PAPER.text, docOffset(start), docOffset(start + 30)),
  });
  storage.flush();
  return { area, store, storage };
}

describe('importing through the store leaves storage byte for byte unchanged until Confirm', () => {
  it.each(BAD_FILES)('refuses %s, says why, and writes nothing', async (_, input, message) => {
    const { area, store, storage } = readerWithOneHighlight();
    const before = snapshot(area);
    const state = store.getState().annotations;
    await store.getState().importRequested(input(), 'file', 'bad.json');
    storage.flush();
    const pending = store.getState().pendingImport;
    const said = pending?.kind === 'error' ? pending.message : (pending?.plan.refusal ?? '');
    expect(said).toMatch(message);
    await store.getState().importConfirmed('newer-wins');
    store.getState().importCancelled();
    storage.flush();
    expect(store.getState().annotations).toBe(state);
    expect(snapshot(area)).toBe(before);
    storage.dispose();
  });

  it('previews a good file and cancels: nothing changes; confirming adds the read-only layer', async () => {
    const { area, store, storage } = readerWithOneHighlight();
    const before = snapshot(area);
    await store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld');
    const pending = store.getState().pendingImport;
    expect(pending?.kind).toBe('preview');
    if (pending?.kind !== 'preview') return;
    expect(pending.plan.counts.new).toBe(own().first.items.length);
    store.getState().importCancelled();
    storage.flush();
    expect(snapshot(area)).toBe(before);

    await store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld');
    await store.getState().importConfirmed('newer-wins');
    storage.flush();
    expect(snapshot(area)).not.toBe(before);
    const layer = Object.values(store.getState().annotationSets).find(
      (s) => s.origin === 'imported',
    );
    expect(layer?.name).toBe('Seminar 3: what to look for — from Dr. Ana Souza');
    expect(store.getState().pendingImport).toBeNull();
    storage.dispose();
  });
});
