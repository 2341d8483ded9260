import { describe, expect, it, vi } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import { PAPER_A, aid, makeAnnotation, makeTarget } from '../annotations/__fixtures__/annotations';
import type { Annotation } from '../annotations/types';
import { docOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { ReferenceClaimsFeed } from './reference-claims-feed';
import { recordOf } from '../annotations/shared-record';

const at = (start: number): AnchorResult => ({
  status: 'moved',
  start: docOffset(start),
  end: docOffset(start + 10),
});

/** A store with claims linked to [8] and [12], and a feed with a listener per entry. */
function setUp() {
  const store = createTestStore();
  const annotations: Record<string, Annotation> = {
    one: makeAnnotation({ id: 'one', target: makeTarget(100), refLabels: ['8'] }),
    two: makeAnnotation({ id: 'two', target: makeTarget(200), refLabels: ['12'] }),
    plain: makeAnnotation({ id: 'plain', target: makeTarget(300) }),
  };
  store.setState({
    annotations: recordOf(annotations),
    currentPaperId: PAPER_A,
    anchors: recordOf({ one: at(100), two: at(200), plain: at(300) }),
    anchorsPaperId: PAPER_A,
  });
  const feed = new ReferenceClaimsFeed(store);
  const listeners = ['8', '12', '99'].map((label) => {
    const listener = vi.fn();
    feed.subscribe(label, listener);
    feed.get(label);
    return listener;
  });
  const calls = () => listeners.map((l) => l.mock.calls.length);
  return { store, feed, calls };
}

describe('ReferenceClaimsFeed', () => {
  it('tells only the entry whose claims changed, with the new claims', () => {
    const { store, feed, calls } = setUp();
    store.getState().annotationEdited(aid('one'), { colour: 'red' });
    expect(calls()).toEqual([1, 0, 0]);
    expect(feed.get('8').claims.map((a) => a.colour)).toEqual(['red']);
    store.getState().referenceLinked(aid('plain'), '12');
    expect(calls()).toEqual([1, 1, 0]);
    expect(feed.get('12').claims.map((a) => a.id)).toEqual(['two', 'plain']);
  });

  it('looks at no entry when the paper’s annotations did not change', () => {
    const { store, feed, calls } = setUp();
    const get = vi.spyOn(feed, 'get');
    store.getState().announced('Saved.');
    store.getState().annotationActivated(aid('one'));
    expect(get).not.toHaveBeenCalled();
    // A highlight linked to nothing: looked at, but nobody is told.
    store.getState().annotationEdited(aid('plain'), { note: 'Unlinked.' });
    expect(calls()).toEqual([0, 0, 0]);
  });

  it('tells entries with claims when the colour labels change', () => {
    const { store, feed, calls } = setUp();
    store.getState().colourLabelRenamed('yellow', 'key claim');
    expect(calls()).toEqual([1, 1, 0]);
    expect(feed.get('8').labels.yellow).toBe('key claim');
  });

  it('leaves the store once every entry has gone', () => {
    const store = createTestStore();
    const subscribe = vi.spyOn(store, 'subscribe');
    const feed = new ReferenceClaimsFeed(store);
    const stop = [feed.subscribe('8', () => {}), feed.subscribe('12', () => {})];
    expect(subscribe).toHaveBeenCalledTimes(1);
    const unsubscribe = subscribe.mock.results[0]!.value as () => void;
    expect(typeof unsubscribe).toBe('function');
    for (const s of stop) s();
    const listener = vi.fn();
    feed.subscribe('8', listener);
    expect(subscribe).toHaveBeenCalledTimes(2);
  });
});
