/**
 * On a card of an imported (read-only) layer: which layer and whose it is, and "Copy to my
 * annotations", which makes an own copy the reader can edit.
 */
import type { AnnotationId, AnnotationSet } from '../../annotations/types';
import { layerCueClass } from './layer-cue';
import { useAppStore } from '../store-context';

export function LayerLine({
  annotationId,
  layer,
}: {
  annotationId: AnnotationId;
  layer: AnnotationSet;
}) {
  const copy = useAppStore((s) => s.annotationCopied);
  return (
    <p className="card__layer">
      <span className={layerCueClass(layer)} aria-hidden="true" />
      <span className="card__layer-name">
        <bdi>{layer.name}</bdi>
        {/* An imported layer's name already says who sent it ("Week 3 — from Dr Lee"). */}
        {layer.author && !layer.name.includes(layer.author) ? (
          <>
            {' · '}
            <bdi>{layer.author}</bdi>
          </>
        ) : null}{' '}
        (read-only)
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => copy(annotationId)}
      >
        Copy to my annotations
      </button>
    </p>
  );
}
