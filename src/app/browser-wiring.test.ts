// The leave-page warning, wired by the composition root like the app does it.
import { PAPER_A, makeTarget } from '../annotations/__fixtures__/annotations';
import { OPENING_MARK_KEY } from '../io/opening-mark';
import { createMemoryStorage } from '../io/storage-like';
import { startApp } from './start-app';

/** Fires `beforeunload` at `win` as a reload would; true when the page asks before leaving. */
const asksBeforeLeaving = (win: EventTarget) => {
  const event = new Event('beforeunload', { cancelable: true });
  win.dispatchEvent(event);
  return event.defaultPrevented;
};

function openApp(quotaChars?: number) {
  const area = createMemoryStorage(quotaChars === undefined ? {} : { quotaChars });
  const win = new EventTarget();
  const app = startApp({ area, window: win, document: null });
  const highlight = () =>
    app.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
  return { app, area, win, highlight };
}

describe('warnBeforeUnload', () => {
  it('asks nothing when everything is saved, writing pending changes first', () => {
    const { app, area, win, highlight } = openApp();
    const id = highlight();
    expect(app.storage.hasPendingWrites()).toBe(true);
    expect(asksBeforeLeaving(win)).toBe(false);
    expect(area.getItem(`marginalia:v2:a:${id}`)).not.toBeNull();
    app.dispose();
  });

  it('asks before leaving while a highlight could not be saved (storage full)', () => {
    const { app, win, highlight } = openApp(50);
    app.storage.flush();
    highlight();
    app.storage.flush();
    expect(app.store.getState().storageProblem?.kind).toBe('quota');
    expect(asksBeforeLeaving(win)).toBe(true);
    expect(Object.keys(app.store.getState().annotations)).toHaveLength(1);
    app.dispose();
  });

  it('no longer asks once the app is disposed', () => {
    const { app, win, highlight } = openApp(50);
    highlight();
    app.storage.flush();
    app.dispose();
    expect(asksBeforeLeaving(win)).toBe(false);
  });
});

describe('clearOpeningMarkOnPageHide', () => {
  it('forgets an open cut short by a reload, so the next start does not ask about it', () => {
    const { app, area, win } = openApp();
    area.setItem(OPENING_MARK_KEY, JSON.stringify({ paperId: null, fileName: 'big.pdf' }));
    win.dispatchEvent(new Event('pagehide'));
    expect(area.getItem(OPENING_MARK_KEY)).toBeNull();
    app.dispose();
  });

  it('keeps the mark of an open that never said goodbye (a crash or a hang)', () => {
    const { app, area } = openApp();
    area.setItem(OPENING_MARK_KEY, JSON.stringify({ paperId: null, fileName: 'big.pdf' }));
    app.dispose();
    expect(area.getItem(OPENING_MARK_KEY)).not.toBeNull();
  });
});
