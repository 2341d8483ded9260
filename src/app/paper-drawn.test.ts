import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaperDrawn,
  afterFirstScreenDrawn,
  afterPaperDrawn,
  isPaperDrawn,
} from './paper-drawn';
import { recordOf } from '../annotations/shared-record';

const drawPaper = (id: string, withBlock = true) => {
  const article = document.createElement('article');
  article.dataset.paperId = id;
  if (withBlock) article.innerHTML = '<p data-block-start="0">Reading is social.</p>';
  document.body.append(article);
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('isPaperDrawn', () => {
  it('is true once the paper’s own article holds a block, whatever its id’s characters', () => {
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('sha256:a"b', false);
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('another');
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('sha256:a"b');
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(true);
  });
});

describe('afterPaperDrawn', () => {
  it('waits until the paper is drawn, then for the frame that shows it', async () => {
    let resolved = false;
    const drawn = afterPaperDrawn('p1').then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(resolved).toBe(false);
    drawPaper('p1');
    await drawn;
    expect(resolved).toBe(true);
  });

  it('resolves after what the page queued while the frame that shows the paper was drawn', async () => {
    const order: string[] = [];
    const drawn = afterPaperDrawn('p1').then(() => order.push('the rest'));
    drawPaper('p1');
    // Queued in the same frame as the check that finds the paper (a test tool's probe, input).
    requestAnimationFrame(() => setTimeout(() => order.push('queued in the frame')));
    await drawn;
    expect(order).toEqual(['queued in the frame', 'the rest']);
  });

  it('gives up waiting after the longest wait (a view that failed draws nothing)', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void afterPaperDrawn('p1', document, 500).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });

  it('does not wait in a hidden tab, which paints nothing', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterPaperDrawn('p1', document, 60_000);
    vi.restoreAllMocks();
  });
});

describe('afterFirstPaperDrawn', () => {
  /** A store whose paper the test sets, as the app's does when a paper opens. */
  const fakeStore = () => {
    let state = { paper: null as { id: string } | null };
    const listeners = new Set<() => void>();
    return {
      getState: () => state,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      show(id: string) {
        state = { paper: { id } };
        for (const listener of listeners) listener();
      },
      listening: () => listeners.size,
    };
  };

  it('waits for the store to show a paper, then for that paper to be drawn', async () => {
    const store = fakeStore();
    let resolved = false;
    const drawn = afterFirstPaperDrawn(store as never, document, new AbortController().signal).then(
      () => (resolved = true),
    );
    drawPaper('p1');
    await new Promise((r) => setTimeout(r, 60));
    expect(resolved).toBe(false);
    store.show('p1');
    await drawn;
    expect(resolved).toBe(true);
    expect(store.listening()).toBe(0);
  });

  it('stops listening to the store when the app is disposed before any paper shows', () => {
    const store = fakeStore();
    const lifetime = new AbortController();
    void afterFirstPaperDrawn(store as never, document, lifetime.signal);
    expect(store.listening()).toBe(1);
    lifetime.abort();
    expect(store.listening()).toBe(0);
  });
});

describe('afterFirstScreenDrawn', () => {
  const anchored = { status: 'exact' as const, start: 0, end: 5 };
  /** A store already showing paper `p1`, with anchors for it (or none). */
  const storeShowing = (anchors: Record<string, unknown>) => {
    const state = { paper: { id: 'p1' }, anchorsPaperId: 'p1', anchors: recordOf(anchors) };
    return { getState: () => state, subscribe: () => () => {} };
  };

  it('waits for a highlight to be drawn when the first screen has anchored ones', async () => {
    drawPaper('p1');
    let resolved = false;
    const drawn = afterFirstScreenDrawn(
      storeShowing({ a1: anchored }) as never,
      document,
      new AbortController().signal,
    ).then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(resolved).toBe(false);
    const mark = document.createElement('mark');
    mark.dataset.annotationId = 'a1';
    document.querySelector('article [data-block-start]')!.append(mark);
    await drawn;
    expect(resolved).toBe(true);
  });

  it('does not wait for highlights when none is anchored', async () => {
    drawPaper('p1');
    await afterFirstScreenDrawn(
      storeShowing({ a1: { status: 'orphan' } }) as never,
      document,
      new AbortController().signal,
    );
  });
});
