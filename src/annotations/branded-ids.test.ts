/**
 * The id types are branded: an annotation id cannot stand in for a set or paper id, nor the
 * other way round. The `@ts-expect-error` lines are checked by `npm run typecheck`, which fails if the
 * brands are ever loosened back to plain strings.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { asPaperId, asReferenceId, type PaperId, type ReferenceId } from '../paper/types';
import { newAnnotationId } from './ids';
import { DEFAULT_SET_ID, asAnnotationId, asSetId, type AnnotationId, type SetId } from './types';

const setName = (id: SetId): string => `set ${id}`;
const annotationName = (id: AnnotationId): string => `annotation ${id}`;
const paperName = (id: PaperId): string => `paper ${id}`;
const referenceName = (id: ReferenceId): string => `reference ${id}`;

describe('branded ids', () => {
  it('keeps the string it brands, unchanged', () => {
    expect(asAnnotationId('a1')).toBe('a1');
    expect(asSetId('shared-1')).toBe('shared-1');
    expect(asPaperId('sha256:0')).toBe('sha256:0');
    expect(asReferenceId('ref-8')).toBe('ref-8');
    expect(DEFAULT_SET_ID).toBe('default');
  });

  it('does not let an annotation id be passed where a set or paper id is expected', () => {
    const annotation = newAnnotationId();
    // @ts-expect-error an AnnotationId is not a SetId
    expect(setName(annotation)).toBe(`set ${annotation}`);
    // @ts-expect-error an AnnotationId is not a PaperId
    expect(paperName(annotation)).toBe(`paper ${annotation}`);
    // @ts-expect-error a SetId is not an AnnotationId
    expect(annotationName(DEFAULT_SET_ID)).toBe('annotation default');
    // @ts-expect-error a plain string must be branded at a boundary first
    expect(annotationName('a1')).toBe('annotation a1');
    expectTypeOf(annotation).not.toEqualTypeOf<SetId>();
    expectTypeOf(annotation).not.toEqualTypeOf<PaperId>();
    expectTypeOf<AnnotationId>().toExtend<string>();
  });

  it('does not let a paper id be passed where a reference id is expected', () => {
    const paper = asPaperId('sha256:0');
    // @ts-expect-error a PaperId is not a ReferenceId
    expect(referenceName(paper)).toBe('reference sha256:0');
    expectTypeOf(paper).not.toEqualTypeOf<ReferenceId>();
  });
});
