/**
 * An in-text citation marker as a live link (`role="doc-biblioref"`): hovering or focusing it
 * shows its reference card, clicking it brings the reference entry into view and focuses it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Citation, Paper } from '../../paper/types';
import { CitationCard } from './CitationCard';
import { focusElementById } from '../shared/reading-jumps';
import { referenceDomId } from './dom-ids';

interface Props {
  citation: Citation;
  paper: Paper;
  children: ReactNode;
}

/** Delay before a card shows on hover (avoids flicker when the pointer passes over the text). */
const HOVER_OPEN_MS = 150;
/** Delay before it hides, so the pointer can move from the marker into the card. */
const HOVER_CLOSE_MS = 200;

export function CitationLink({ citation, paper, children }: Props) {
  const [link, setLink] = useState<HTMLAnchorElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const references = citation.refIds
    .map((refId) => paper.references.find((r) => r.id === refId))
    .filter((r) => r !== undefined);
  const first = references[0];
  const cardId = `card-${citation.id}`;

  const schedule = (next: boolean, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOpen(next), ms);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (!open) return;
    // A mouse button going down anywhere (the start of a drag to select text) closes the card at
    // once, so the drag never lands in it.
    const close = (e: MouseEvent) => {
      // A press inside the card (to select its text for copying) keeps it open.
      if ((e.target as Element).closest?.('[role="tooltip"]')) return;
      window.clearTimeout(timer.current);
      setOpen(false);
    };
    document.addEventListener('mousedown', close, true);
    return () => document.removeEventListener('mousedown', close, true);
  }, [open]);

  if (!first) return <>{children}</>;
  return (
    <>
      <a
        ref={setLink}
        id={`cite-${citation.id}`}
        role="doc-biblioref"
        className="citation"
        href={`#${referenceDomId(first.id)}`}
        aria-describedby={open ? cardId : undefined}
        onMouseEnter={() => schedule(true, HOVER_OPEN_MS)}
        onMouseLeave={() => schedule(false, HOVER_CLOSE_MS)}
        onFocus={() => schedule(true, 0)}
        onBlur={() => schedule(false, 0)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        onClick={(e) => {
          e.preventDefault();
          setOpen(false);
          focusElementById(referenceDomId(first.id), paper.id, e.currentTarget);
        }}
      >
        {children}
      </a>
      {open && link ? (
        <CitationCard
          id={cardId}
          paper={paper}
          references={references}
          anchor={link}
          onPointerEnter={() => window.clearTimeout(timer.current)}
          onPointerLeave={() => schedule(false, HOVER_CLOSE_MS)}
        />
      ) : null}
    </>
  );
}
