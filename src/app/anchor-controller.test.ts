import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import { parsePaper } from '../paper/parse-paper';
import type { DocOffset } from '../paper/types';
import { createTestStore } from '../store/__fixtures__/test-store';
import { startAnchoring } from './anchor-controller';
import { pid } from '../paper/__fixtures__/paper-ids';
import {
  changedKeysOf,
  entryOf,
  keysOf,
  removeEntry,
  valuesOf,
} from '../annotations/shared-record';

const id = pid('sha256:anchor-test');
const v1 = parsePaper('# Paper\n\nThe first claim is here. The second claim follows it.', {
  format: 'markdown',
  fileName: 'p.md',
  id,
});
// A later parse of the same file: the text before the claims changed.
const v2 = parsePaper(
  '# Paper\n\nSome new words. The first claim is here. The second claim follows it.',
  { format: 'markdown', fileName: 'p.md', id },
);

function setup() {
  const store = createTestStore();
  const meta = { id, title: 'Paper', fileName: 'p.md', format: 'markdown' as const };
  const highlight = (quote: string) => {
    const start = v1.text.indexOf(quote);
    const target = describeRange(v1.text, start as DocOffset, (start + quote.length) as DocOffset);
    return store.getState().annotationCreated({ paperId: id, target });
  };
  return { store, meta, highlight };
}

describe('startAnchoring', () => {
  it('anchors every annotation of a paper when it opens, and again when its text changes', async () => {
    const { store, meta, highlight } = setup();
    const first = highlight('The first claim');
    const second = highlight('The second claim');
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    await vi.waitFor(() => expect(keysOf(store.getState().anchors)).toHaveLength(2));
    expect(entryOf(store.getState().anchors, first)?.status).toBe('exact');

    store.getState().paperOpened(v2, meta);
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, second)?.status).toBe('moved'));
    const at = entryOf(store.getState().anchors, second);
    expect(at && at.status !== 'orphan' && v2.text.slice(at.start, at.end)).toBe(
      'The second claim',
    );
    stop();
  });

  it('anchors the stored annotations read after the first screen, the lists waiting for them', async () => {
    const { store, meta, highlight } = setup();
    const first = highlight('The first claim');
    const second = highlight('The second claim');
    // A reload that has read only the first screen's stored annotations.
    const later = entryOf(store.getState().annotations, second)!;
    const onScreen = removeEntry(store.getState().annotations, second);
    store.setState({ annotations: onScreen, storedRestPending: true });
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, first)?.status).toBe('exact'));

    store
      .getState()
      .storedRestLoaded({ annotations: { [second]: later! }, tombstones: {}, entries: [] });
    expect(store.getState().listsDeferred).toBe(true);
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, second)?.status).toBe('exact'));
    await vi.waitFor(() => expect(store.getState().listsDeferred).toBe(false));
    stop();
  });

  it('anchors a new annotation at once, and forgets a deleted one', async () => {
    const { store, meta, highlight } = setup();
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    const created = highlight('The first claim');
    expect(entryOf(store.getState().anchors, created)?.status).toBe('exact');
    store.getState().annotationDeleted(created);
    const again = highlight('The second claim');
    expect(entryOf(store.getState().anchors, again)?.status).toBe('exact');
    stop();
  });

  it('hands a new annotation to subscribers already anchored, in one notification', () => {
    const { store, meta, highlight } = setup();
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    const heard: boolean[] = [];
    const unsubscribe = store.subscribe((s) =>
      heard.push(valuesOf(s.annotations).every((a) => entryOf(s.anchors, a.id) !== undefined)),
    );
    highlight('The first claim');
    expect(heard).toEqual([true]);
    unsubscribe();
    stop();
  });

  it('anchors by its quote, a moment later, an annotation whose stored position no longer holds', async () => {
    const { store, meta } = setup();
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    // Made on the later text (as another tab with a newer parse would): its offsets are off here.
    const quote = 'The second claim';
    const start = v2.text.indexOf(quote);
    const target = describeRange(v2.text, start as DocOffset, (start + quote.length) as DocOffset);
    const id = store.getState().annotationCreated({ paperId: v1.id, target });
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, id)?.status).toBe('moved'));
    const at = entryOf(store.getState().anchors, id);
    expect(at && at.status !== 'orphan' && v1.text.slice(at.start, at.end)).toBe(quote);
    stop();
  });

  it('re-anchors nothing when only a note changes', () => {
    const { store, meta, highlight } = setup();
    const stop = startAnchoring(store);
    store.getState().paperOpened(v1, meta);
    const created = highlight('The first claim');
    const anchors = store.getState().anchors;
    store.getState().annotationEdited(created, { note: 'Weak evidence.' });
    store.getState().annotationEdited(created, { colour: 'green' });
    expect(store.getState().anchors).toBe(anchors);
    stop();
  });

  it('anchors the annotations on screen first', async () => {
    const { store, meta, highlight } = setup();
    const first = highlight('The first claim');
    const second = highlight('The second claim');
    const order: string[] = [];
    // Keys in the order their anchors arrived (a record of anchors keeps no order of its own).
    const unsubscribe = store.subscribe((s, before) => {
      for (const key of changedKeysOf(before.anchors, s.anchors))
        if (!order.includes(key)) order.push(key);
    });
    const secondStart = v1.text.indexOf('The second claim');
    const stop = startAnchoring(store, () => ({ start: secondStart, end: secondStart + 5 }));
    store.getState().paperOpened(v2, meta);
    await vi.waitFor(() => expect(order).toHaveLength(2));
    expect(order[0]).toBe(second);
    expect(order[1]).toBe(first);
    unsubscribe();
    stop();
  });

  it('anchors the rest only once the first screen is painted', async () => {
    const { store, meta, highlight } = setup();
    const first = highlight('The first claim');
    const second = highlight('The second claim');
    let painted = () => {};
    const paint = new Promise<void>((resolve) => (painted = resolve));
    const firstStart = v1.text.indexOf('The first claim');
    const stop = startAnchoring(
      store,
      () => ({ start: firstStart, end: firstStart + 5 }),
      () => paint,
    );
    store.getState().paperOpened(v2, meta);
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, first)).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(entryOf(store.getState().anchors, second)).toBeUndefined();
    painted();
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, second)?.status).toBe('moved'));
    stop();
  });

  it('keeps the lists over all annotations waiting until a newly opened paper is painted and anchored', async () => {
    const { store, meta, highlight } = setup();
    const first = highlight('The first claim');
    const second = highlight('The second claim');
    let painted = () => {};
    const paint = new Promise<void>((resolve) => (painted = resolve));
    const firstStart = v1.text.indexOf('The first claim');
    const stop = startAnchoring(
      store,
      () => ({ start: firstStart, end: firstStart + 5 }),
      () => paint,
    );
    store.getState().paperOpened(v1, meta);
    expect(store.getState().listsDeferred).toBe(true);
    await vi.waitFor(() => expect(entryOf(store.getState().anchors, first)).toBeDefined());
    expect(store.getState().listsDeferred).toBe(true);
    painted();
    await vi.waitFor(() => expect(store.getState().listsDeferred).toBe(false));
    expect(entryOf(store.getState().anchors, second)?.status).toBe('exact');
    // The same paper again (its text re-read): the lists on screen stay.
    store.getState().paperOpened(v2, meta);
    expect(store.getState().listsDeferred).toBe(false);
    stop();
  });

  it('shows the lists at once for a paper already open, or one with no annotations', () => {
    const { store, meta, highlight } = setup();
    store.getState().paperOpened(v1, meta);
    highlight('The first claim');
    const stop = startAnchoring(store, undefined, () => new Promise(() => {}));
    expect(store.getState().listsDeferred).toBe(false);
    stop();
    const other = setup();
    const stopOther = startAnchoring(other.store, undefined, () => new Promise(() => {}));
    other.store.getState().paperOpened(v1, other.meta);
    expect(other.store.getState().listsDeferred).toBe(false);
    stopOther();
  });

  it('lets the lists show when anchoring is stopped before the paper is painted', () => {
    const { store, meta, highlight } = setup();
    highlight('The first claim');
    const stop = startAnchoring(store, undefined, () => new Promise(() => {}));
    store.getState().paperOpened(v1, meta);
    expect(store.getState().listsDeferred).toBe(true);
    stop();
    expect(store.getState().listsDeferred).toBe(false);
  });
});
