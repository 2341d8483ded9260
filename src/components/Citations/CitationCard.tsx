/**
 * The card a citation marker shows on hover or focus: the full text of each reference it points
 * to, with the fields that could be read from it. Rendered in a portal at a fixed position next
 * to its marker so it never changes the paper's text.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Paper, Reference } from '../../paper/types';
import { citedLabel, referenceEntryText } from '../../paper/reference-names';

interface Props {
  id: string;
  paper: Paper;
  references: Reference[];
  anchor: HTMLElement;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const GAP_PX = 6;
const MARGIN_PX = 8;

export function CitationCard({
  id,
  paper,
  references,
  anchor,
  onPointerEnter,
  onPointerLeave,
}: Props) {
  const card = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ top: -9999, left: -9999 });

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const box = card.current!.getBoundingClientRect();
    const below = rect.bottom + GAP_PX + box.height <= window.innerHeight - MARGIN_PX;
    const top = below ? rect.bottom + GAP_PX : Math.max(MARGIN_PX, rect.top - GAP_PX - box.height);
    const left = Math.min(
      Math.max(MARGIN_PX, rect.left),
      window.innerWidth - box.width - MARGIN_PX,
    );
    setPosition({ top, left });
  }, [anchor]);

  return createPortal(
    <div
      ref={card}
      id={id}
      role="tooltip"
      className="citation-card"
      style={{ top: position.top, left: position.left }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {references.map((ref) => (
        <div key={ref.id} className="citation-card__entry">
          {/* As the link picker names it: "[8]", "Ochigame 2019" (not "[Ochigame 2019]"). */}
          <p className="citation-card__label">{citedLabel(ref.label)}</p>
          {/* Without the entry's own number: the label above shows it. */}
          <p className="citation-card__text">{referenceEntryText(paper, ref)}</p>
          {ref.fields.doi || ref.fields.url ? (
            <p className="citation-card__link">
              {ref.fields.doi ? `doi:${ref.fields.doi}` : ref.fields.url}
            </p>
          ) : null}
        </div>
      ))}
      <p className="citation-card__hint">
        Click the marker or press Enter to go to the reference list.
      </p>
    </div>,
    document.body,
  );
}
