// Stored annotations the browser will not let us read (a read that throws: a privacy setting
// changed, an extension in the way): the reader is told that nothing stored was lost and what to
// do, and this tab writes nothing over what it could not read.
import { describe, expect, it } from 'vitest';
import { makeTarget, PAPER_A, testEnv } from '../annotations/__fixtures__/annotations';
import { keysOf } from '../annotations/shared-record';
import { createAnnotationStorage } from '../io/annotation-storage';
import { warnBeforeUnload } from './browser-wiring';
import { createMemoryStorage, type MemoryStorage } from '../io/storage-like';
import { snapshot } from '../io/__fixtures__/shared-storage';
import { createAppStore } from '../store/app-store';

const NOW = 1_700_000_100_000;

function open(area: MemoryStorage) {
  const env = testEnv();
  const storage = createAnnotationStorage(area, { now: () => NOW });
  return { storage, store: createAppStore({ storage, clock: env.now, ids: env.newId }) };
}

describe('stored annotations that cannot be read', () => {
  it('says nothing stored was lost and what to do, and writes nothing over them', () => {
    const area = createMemoryStorage();
    const first = open(area);
    for (const at of [0, 10, 20])
      first.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(at) });
    first.storage.dispose();
    first.store.dispose();
    const before = snapshot(area);
    expect(Object.keys(before).length).toBeGreaterThan(3);

    // Every read throws, writes still go through.
    const refusing: MemoryStorage = Object.create(area);
    refusing.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { store, storage } = open(refusing);
    const problem = store.getState().storageProblem;
    expect(problem?.kind).toBe('unavailable');
    expect(problem?.message).toMatch(/^Stored annotations could not be read in this browser\./);
    // That nothing is lost, and the next steps: reload, and export what is made meanwhile.
    expect(problem?.message).toMatch(/Nothing is lost: they are still stored, unchanged/);
    expect(problem?.message).toMatch(/Reload the page/);
    expect(problem?.message).toMatch(/until then nothing here is saved: export to keep a copy/);

    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(40) });
    storage.flush();
    expect(snapshot(area)).toEqual(before);
    // A later visit with reads allowed finds all three.
    const again = open(area);
    expect(keysOf(again.store.getState().annotations)).toHaveLength(3);
  });

  it('warns on leaving once work is added that this tab cannot save, not before', () => {
    const area = createMemoryStorage();
    area.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { store, storage } = open(area);
    expect(storage.isReadOnly()).toBe(true);
    const win = new EventTarget();
    warnBeforeUnload(storage, win, new AbortController().signal);
    const leave = () => !win.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    store.getState().announced('A change the tab does not store.');
    expect(leave()).toBe(false);
    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(40) });
    expect(leave()).toBe(true);
  });
});
