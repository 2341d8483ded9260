import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import { PAPER_A, aid, makeAnnotation, makeTarget } from '../annotations/__fixtures__/annotations';
import type { Annotation } from '../annotations/types';
import { docOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { selectClaimsOfReference } from './reference-selectors';
import { selectPaperAnnotations } from './paper-annotation-selectors';
import { recordOf } from '../annotations/shared-record';

const at = (start: number): AnchorResult => ({
  status: 'moved',
  start: docOffset(start),
  end: docOffset(start + 10),
});

function setup() {
  const store = createTestStore();
  const annotations: Record<string, Annotation> = {
    one: makeAnnotation({ id: 'one', target: makeTarget(100), refLabels: ['8'] }),
    two: makeAnnotation({ id: 'two', target: makeTarget(200), refLabels: ['8', '12'] }),
    plain: makeAnnotation({ id: 'plain', target: makeTarget(300) }),
  };
  store.setState({
    annotations: recordOf(annotations),
    currentPaperId: PAPER_A,
    anchors: recordOf({ one: at(100), two: at(200), plain: at(300) }),
    anchorsPaperId: PAPER_A,
  });
  /** The claims of `label` read from the whole list, as a fresh pass would give them. */
  const expected = (label: string) =>
    selectPaperAnnotations(store.getState()).filter((a) => a.refLabels.includes(label));
  return { store, expected };
}

describe('selectClaimsOfReference', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the annotations linked to an entry in reading order', () => {
    const { store } = setup();
    const ids = (label: string) =>
      selectClaimsOfReference(store.getState(), label).map((a) => a.id);
    expect(ids('8')).toEqual(['one', 'two']);
    expect(ids('12')).toEqual(['two']);
    expect(ids('99')).toEqual([]);
  });

  it('keeps every entry’s claims while highlights linked to nothing come, change and go', () => {
    const { store } = setup();
    const claims = selectClaimsOfReference(store.getState(), '8');
    const actions = store.getState();
    const added = actions.annotationCreated({ paperId: PAPER_A, target: makeTarget(150) });
    actions.anchorsResolved(PAPER_A, { [added]: at(150) });
    selectPaperAnnotations(store.getState());
    // Not gathered again from the whole list (which fills a map of labels).
    const gathered = vi.spyOn(Map.prototype, 'set');
    expect(selectClaimsOfReference(store.getState(), '8')).toBe(claims);
    expect(gathered).not.toHaveBeenCalled();
    actions.annotationEdited(aid('plain'), { colour: 'green' });
    actions.annotationDeleted(added);
    expect(selectClaimsOfReference(store.getState(), '8')).toBe(claims);
  });

  it('follows a linked highlight that is linked, moved, recoloured or deleted', () => {
    const { store, expected } = setup();
    const actions = store.getState();
    const steps = [
      () => actions.referenceLinked(aid('plain'), '8'),
      () => actions.anchorsResolved(PAPER_A, { [aid('plain')]: at(50) }),
      () => actions.annotationEdited(aid('one'), { colour: 'green' }),
      () => actions.referenceUnlinked(aid('two'), '8'),
      () => actions.annotationDeleted(aid('one')),
    ];
    for (const step of steps) {
      step();
      expect(selectClaimsOfReference(store.getState(), '8')).toEqual(expected('8'));
      expect(selectClaimsOfReference(store.getState(), '12')).toEqual(expected('12'));
    }
    expect(selectClaimsOfReference(store.getState(), '8').map((a) => a.id)).toEqual(['plain']);
  });
});
