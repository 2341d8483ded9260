/**
 * The quoted passage on a card, clamped to a few lines. It is a button: clicking it or pressing
 * Enter opens the card and brings the highlight into view in the paper.
 */
import type { AnchorResult } from '../../anchoring/anchor';
import type { Annotation } from '../../annotations/types';
import { useAppStoreApi } from '../store-context';
import { openAndRevealHighlight } from './reveal-highlight';

interface Props {
  annotation: Annotation;
  anchor: AnchorResult | undefined;
  id: string;
}

export function CardQuote({ annotation, anchor, id }: Props) {
  const store = useAppStoreApi();
  return (
    <>
      <button
        type="button"
        id={id}
        className="card__quote"
        title="Show in the paper"
        onClick={() => openAndRevealHighlight(store, annotation.id)}
      >
        <q>{annotation.target.quote.exact}</q>
      </button>
      <AnchorStatus anchor={anchor} />
    </>
  );
}

/** Says when a highlight was found only approximately, or not at all. */
export function AnchorStatus({ anchor }: { anchor: AnchorResult | undefined }) {
  if (anchor?.status === 'fuzzy') {
    return (
      <p className="card__status" title={`Match ${Math.round(anchor.score * 100)}%`}>
        <span aria-hidden="true">≈ </span>Approximate match: the text here has changed.
      </p>
    );
  }
  if (anchor?.status === 'orphan') {
    return (
      <p className="card__status card__status--orphan">
        <span aria-hidden="true">⚠ </span>Not found in the text.
      </p>
    );
  }
  return null;
}
