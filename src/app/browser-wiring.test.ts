// The browser wiring: the leave-page warning and pasted annotation JSON, wired by the composition
// root like the app does it, and share links in the URL.
import { describe, expect, it, vi } from 'vitest';
import { PAPER_A, makeTarget } from '../annotations/__fixtures__/annotations';
import { OPENING_MARK_KEY } from '../io/opening-mark';
import { own } from '../annotations/formats/__fixtures__/bad-files';
import { SAMPLE_PAPER } from '../annotations/formats/__fixtures__/sample';
import { createMemoryStorage } from '../io/storage-like';
import { importShareLinks } from './browser-wiring';
import { startApp } from './start-app';
import { parsePaper } from '../paper/parse-paper';
import { pid } from '../paper/__fixtures__/paper-ids';
import { MAX_KEPT_IMPORT_CHARS } from '../io/waiting-import';
import { keysOf } from '../annotations/shared-record';

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
    expect(keysOf(app.store.getState().annotations)).toHaveLength(1);
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

/** A paste of `text` on `target`, as Ctrl+V makes it; true when the app took it. */
function paste(target: EventTarget, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('importPastedAnnotations', () => {
  const openOnSample = () => {
    const app = startApp({ area: createMemoryStorage(), window: null, document });
    app.store.getState().paperOpened(SAMPLE_PAPER, {
      id: SAMPLE_PAPER.id,
      title: SAMPLE_PAPER.title,
      fileName: SAMPLE_PAPER.fileName,
      format: 'text',
    });
    return app;
  };

  it('opens the import preview for annotation JSON pasted on the page', async () => {
    const app = openOnSample();
    expect(paste(document.body, JSON.stringify(own()))).toBe(true);
    await vi.waitFor(() => expect(app.store.getState().pendingImport?.source).toBe('paste'));
    app.dispose();
  });

  it('leaves alone a paste into a text field, text that is not JSON, and pastes after dispose', () => {
    const app = openOnSample();
    const box = document.body.appendChild(document.createElement('textarea'));
    expect(paste(box, JSON.stringify(own()))).toBe(false);
    expect(paste(document.body, 'just some words')).toBe(false);
    app.dispose();
    expect(paste(document.body, JSON.stringify(own()))).toBe(false);
    box.remove();
    expect(app.store.getState().pendingImport).toBeNull();
  });
});

describe('importShareLinks', () => {
  it('reads the share link in the URL once ready, then each new one, until aborted', async () => {
    window.location.hash = '#share=first';
    const share = { importShareCode: vi.fn(async () => {}) };
    const lifetime = new AbortController();
    let ready = () => {};
    importShareLinks(new Promise<void>((resolve) => (ready = resolve)), share, lifetime.signal);
    await Promise.resolve();
    expect(share.importShareCode).not.toHaveBeenCalled();
    ready();
    await vi.waitFor(() => expect(share.importShareCode).toHaveBeenCalledWith('first'));
    expect(window.location.hash).toBe('');
    window.location.hash = '#share=second';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(share.importShareCode).toHaveBeenLastCalledWith('second');
    lifetime.abort();
    window.location.hash = '#share=third';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(share.importShareCode).toHaveBeenCalledTimes(2);
    window.location.hash = '';
  });

  it('reads nothing when aborted before the paper was ready', async () => {
    window.location.hash = '#share=late';
    const share = { importShareCode: vi.fn(async () => {}) };
    const lifetime = new AbortController();
    const ready = Promise.resolve();
    importShareLinks(ready, share, lifetime.signal);
    lifetime.abort();
    await ready;
    await Promise.resolve();
    expect(share.importShareCode).not.toHaveBeenCalled();
    window.location.hash = '';
  });
});

describe('keepWaitingImportAcrossReload', () => {
  const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
    format: 'markdown',
    fileName: 'else.md',
    id: pid('else'),
  });
  const meta = (p: { id: typeof other.id; title: string; fileName: string }) => ({
    id: p.id,
    title: p.title,
    fileName: p.fileName,
    format: 'markdown' as const,
  });
  /** A tab with another paper open, where a share link made on the sample paper arrives. */
  async function linkWaiting(text: string) {
    const area = createMemoryStorage();
    const session = createMemoryStorage();
    const tab = startApp({ area, session, window: null, document: null });
    tab.store.getState().paperOpened(other, meta(other));
    await tab.store.getState().importRequested(text, 'link');
    expect(tab.store.getState().importWaiting?.paperId).toBe(SAMPLE_PAPER.id);
    tab.store.getState().importCancelled(); // "Close" on the refusal: it keeps waiting
    await import('./waiting-import-wiring'); // the wiring's part loads beside the first screen
    await new Promise((settled) => setTimeout(settled, 0));
    tab.dispose();
    return { area, session };
  }

  it('keeps a share link waiting for its paper across a reload: opening that paper offers it', async () => {
    const { area, session } = await linkWaiting(JSON.stringify(own()));
    // The reload: a new app on the same storage and the same tab's session storage.
    const reloaded = startApp({ area, session, window: null, document: null });
    await vi.waitFor(() => expect(reloaded.store.getState().importWaiting).not.toBeNull());
    reloaded.store.getState().paperOpened(SAMPLE_PAPER, meta(SAMPLE_PAPER));
    await vi.waitFor(() =>
      expect(reloaded.store.getState().pendingImport).toMatchObject({
        kind: 'preview',
        source: 'link',
        plan: { refusal: null },
      }),
    );
    // Offered once: confirmed, it is forgotten here and in the session storage.
    await reloaded.store.getState().importConfirmed('newer-wins');
    expect(reloaded.store.getState().importWaiting).toBeNull();
    reloaded.dispose();
    const again = startApp({ area, session, window: null, document: null });
    expect(again.store.getState().importWaiting).toBeNull();
    again.dispose();
  });

  it('does not keep a big one, nor one that is not a waiting import', async () => {
    const file = own();
    const big = JSON.stringify({ ...file, padding: 'x'.repeat(MAX_KEPT_IMPORT_CHARS) });
    const { area, session } = await linkWaiting(big);
    const waitingAfterReload = async () => {
      const app = startApp({ area, session, window: null, document: null });
      await import('../io/waiting-import');
      await new Promise((settled) => setTimeout(settled, 0));
      app.dispose();
      return app.store.getState().importWaiting;
    };
    expect(await waitingAfterReload()).toBeNull();
    session.setItem('marginalia:waiting-import', JSON.stringify({ paperId: 1, text: 'x' }));
    expect(await waitingAfterReload()).toBeNull();
    session.setItem('marginalia:waiting-import', '{not json');
    expect(await waitingAfterReload()).toBeNull();
    // The check itself: a sound one is restored.
    const sound = { paperId: 'p', text: '{}', source: 'link', name: '' };
    session.setItem('marginalia:waiting-import', JSON.stringify(sound));
    expect(await waitingAfterReload()).toEqual(sound);
  });
});
