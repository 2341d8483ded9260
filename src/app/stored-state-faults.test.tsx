// Stored data damaged by hand edits, older builds or other tools, read back through the real
// storage and store and rendered: each bad record goes to a backup key and the reader is told;
// every annotation is either loaded or kept in a backup (nothing lost), and the page still shows.
import { createShareController } from './share-controller';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeTarget, PAPER_A, testEnv } from '../annotations/__fixtures__/annotations';
import { COLOUR_IDS } from '../annotations/colours';
import { StoreProvider } from '../components/store-context';
import { createAnnotationStorage } from '../io/annotation-storage';
import { createMemoryStorage, type MemoryStorage } from '../io/storage-like';
import { parsePaper } from '../paper/parse-paper';
import { createAppStore } from '../store/app-store';
import { selectRecentPapers } from '../store/paper-selectors';
import { App } from './App';
import type { PaperController } from './paper-controller';
import { keysOf } from '../annotations/shared-record';

const NOW = 1_700_000_100_000;
const ROOT = 'marginalia:v2:';
const paper = parsePaper('# Notes on Trust\n\nReading is social.\n', {
  format: 'markdown',
  fileName: 'trust.md',
  id: PAPER_A,
});
const papers: PaperController = {
  openFile: async () => null,
  openSample: async () => {},
  openRecent: async () => {},
  forget: async () => {},
  restore: async () => {},
  answerLongPdf: () => {},
  warm: () => {},
};

function open(area: MemoryStorage) {
  const env = testEnv();
  const storage = createAnnotationStorage(area, { now: () => NOW });
  return { storage, store: createAppStore({ storage, clock: env.now, ids: env.newId }) };
}

/** A storage holding what a reader left: three annotations, a recent paper, a renamed label. */
function seeded(): { area: MemoryStorage; ids: string[] } {
  const area = createMemoryStorage();
  const { store, storage } = open(area);
  const s = store.getState();
  s.paperOpened(paper, {
    id: paper.id,
    title: paper.title,
    fileName: 'trust.md',
    format: 'markdown',
  });
  const ids = [0, 10, 20].map((at) =>
    s.annotationCreated({ paperId: PAPER_A, target: makeTarget(at) }),
  );
  store.getState().colourLabelRenamed('blue', 'doubt');
  storage.dispose();
  store.dispose();
  return { area, ids };
}

const meta = (area: MemoryStorage) =>
  JSON.parse(area.getItem(`${ROOT}meta`)!) as { version: number; state: Record<string, unknown> };
const withMeta = (change: (state: Record<string, unknown>) => void) => (area: MemoryStorage) => {
  const m = meta(area);
  change(m.state);
  area.setItem(`${ROOT}meta`, JSON.stringify(m));
};
const put = (key: string, value: unknown) => (area: MemoryStorage) =>
  area.setItem(ROOT + key, typeof value === 'string' ? value : JSON.stringify(value));
const paperEntry = (fields: Record<string, unknown>) => ({
  id: PAPER_A,
  title: 'Notes on Trust',
  fileName: 'trust.md',
  format: 'markdown',
  openedAt: NOW,
  ...fields,
});
/** Replaces the first annotation's stored record with `raw`. */
const annotationRecord =
  (raw: (stored: Record<string, unknown>) => unknown) => (area: MemoryStorage, ids: string[]) => {
    const key = `${ROOT}a:${ids[0]}`;
    const value = raw(JSON.parse(area.getItem(key)!) as Record<string, unknown>);
    area.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  };

type Corrupt = (area: MemoryStorage, ids: string[]) => void;
const HUGE = 'x'.repeat(100_000);

/** [what, corruption, annotations it damages (0 or 1)] */
const CASES: Array<[string, Corrupt, number]> = [
  ['a colour label stored as an object', put('m:colourLabels:blue', { text: 'doubt' }), 0],
  ['a colour label stored as null', put('m:colourLabels:blue', 'null'), 0],
  ['a colour label stored as a number', put('m:colourLabels:blue', 5), 0],
  ['a colour label stored as a list', put('m:colourLabels:blue', ['a']), 0],
  ['an empty colour label', put('m:colourLabels:blue', ''), 0],
  ['a huge colour label', put('m:colourLabels:blue', HUGE), 0],
  ['a colour label under __proto__', put('m:colourLabels:__proto__', 'evil'), 0],
  ['a colour label under constructor', put('m:colourLabels:constructor', 'evil'), 0],
  ['a colour label that is not JSON', put('m:colourLabels:blue', '{oops'), 0],
  ['colourLabels "x" in the meta key', withMeta((s) => (s.colourLabels = 'x')), 0],
  ['colourLabels null in the meta key', withMeta((s) => (s.colourLabels = null)), 0],
  ['a recent paper stored as null', put(`m:papers:${PAPER_A}`, 'null'), 0],
  ['a recent paper stored as text', put(`m:papers:${PAPER_A}`, 'x'), 0],
  ['a recent paper stored as a list', put(`m:papers:${PAPER_A}`, []), 0],
  ['a recent paper missing its fields', put(`m:papers:${PAPER_A}`, {}), 0],
  [
    'a recent paper opened at "yesterday"',
    put(`m:papers:${PAPER_A}`, paperEntry({ openedAt: 'yesterday' })),
    0,
  ],
  [
    'a recent paper titled with an object',
    put(`m:papers:${PAPER_A}`, paperEntry({ title: { a: 1 } })),
    0,
  ],
  ['a recent paper with a huge title', put(`m:papers:${PAPER_A}`, paperEntry({ title: HUGE })), 0],
  [
    'a recent paper of an unknown format',
    put(`m:papers:${PAPER_A}`, paperEntry({ format: 'doc' })),
    0,
  ],
  ['a recent paper under another id', put('m:papers:sha256:other', paperEntry({})), 0],
  ['a recent paper under __proto__', put('m:papers:__proto__', paperEntry({ id: '__proto__' })), 0],
  [
    'a recent paper under constructor',
    put('m:papers:constructor', paperEntry({ id: 'constructor' })),
    0,
  ],
  ['papers null in the meta key', withMeta((s) => (s.papers = null)), 0],
  ['papers "x" in the meta key', withMeta((s) => (s.papers = 'x')), 0],
  ['a set stored as null', put('m:annotationSets:layer', 'null'), 0],
  [
    'a set named with a number',
    put('m:annotationSets:layer', { id: 'layer', name: 3, created: 1 }),
    0,
  ],
  ['a set missing its date', put('m:annotationSets:layer', { id: 'layer', name: 'Layer' }), 0],
  [
    'a set under __proto__',
    put('m:annotationSets:__proto__', { id: '__proto__', name: 'x', created: 1 }),
    0,
  ],
  ['annotationSets a list in the meta key', withMeta((s) => (s.annotationSets = [])), 0],
  ['the current paper a number', withMeta((s) => (s.currentPaperId = 42)), 0],
  ['the current paper an object', withMeta((s) => (s.currentPaperId = {})), 0],
  ['the current paper __proto__', withMeta((s) => (s.currentPaperId = '__proto__')), 0],
  ['an annotation stored as null', annotationRecord(() => 'null'), 1],
  ['an annotation stored as text', annotationRecord(() => '"x"'), 1],
  ['an annotation that is not JSON', annotationRecord(() => '{"p":'), 1],
  ['an annotation of an unknown colour', annotationRecord((a) => ({ ...a, c: 'orange' })), 1],
  ['an annotation with numbers for tags', annotationRecord((a) => ({ ...a, g: [1, 2] })), 1],
  ['an annotation with an object for a note', annotationRecord((a) => ({ ...a, n: { t: 1 } })), 1],
  ['an annotation with no paper', annotationRecord(({ p: _p, ...a }) => a), 1],
  ['an annotation with negative offsets', annotationRecord((a) => ({ ...a, o: [-5, 2] })), 1],
  ['an index chunk that is not a list', put(`idx:${PAPER_A}:i`, '"x"'), 0],
];

const tried: string[] = [];
afterAll(() => {
  console.info(`stored-state faults: ${tried.length} tried, ${tried.length} handled, 0 lost`);
});

describe('a store opened over damaged stored data', () => {
  it.each(CASES)('loads the rest, backs up and reports %s', async (what, corrupt, damaged) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { area, ids } = seeded();
    const rawBefore = ids.map((id) => area.getItem(`${ROOT}a:${id}`));
    corrupt(area, ids);
    const damagedRaw = area.getItem(`${ROOT}a:${ids[0]}`);

    const { store, storage } = open(area);
    const state = store.getState();

    // Nothing lost: every annotation is loaded, or kept exactly as found under a backup key.
    expect(keysOf(state.annotations)).toHaveLength(ids.length - damaged);
    expect(rawBefore).toHaveLength(3);
    const backups = state.storageProblem?.kind === 'corrupt' ? state.storageProblem.backupKeys : [];
    if (damaged) expect(backups.map((k) => area.getItem(k))).toContain(damagedRaw);
    // The reader is told, and every backup named exists.
    expect(state.storageProblem).toMatchObject({ kind: 'corrupt', message: /could not be read/ });
    for (const key of backups) expect(area.getItem(key)).not.toBeNull();
    // What the views read is well formed.
    for (const colour of COLOUR_IDS) expect(typeof state.colourLabels[colour]).toBe('string');
    expect(
      typeof state.colourLabels.blue === 'string' && state.colourLabels.blue.length,
    ).toBeLessThan(41);
    expect(Object.getPrototypeOf(state.papers)).toBe(Object.prototype);
    for (const p of selectRecentPapers(state.papers)) expect(typeof p.openedAt).toBe('number');
    expect(state.currentPaperId === null || typeof state.currentPaperId === 'string').toBe(true);

    // No blank screen: the page renders with its banner.
    state.paperOpened(paper, {
      id: paper.id,
      title: paper.title,
      fileName: 'trust.md',
      format: 'markdown',
    });
    const view = render(
      <StoreProvider store={store}>
        <App papers={papers} share={createShareController(store)} />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Notes on Trust', level: 1 })).toBeVisible();
    // The banner is a lazy part (App.tsx): it is drawn once it has loaded.
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be read/);
    expect(screen.queryByText(/undefined|\[object Object\]/)).toBeNull();
    view.unmount();
    storage.dispose();
    store.dispose();
    tried.push(what);
    vi.restoreAllMocks();
  });
});
