/**
 * One host for the citation cards of a reading view. A long paper has thousands of markers
 * (4,000 in the 1.6 MB paper of issue 9); each used to keep its own open state, timer, effects and
 * six event handlers, all kept alive for as long as the paper is shown, which made the garbage
 * collector's pauses while the paper is drawn (progressive rendering) the longest tasks of its
 * opening. Now every marker shares one set of handlers (a context), and this host keeps the one
 * card that is open: hovering or focusing a marker shows its reference card, Escape or a press
 * elsewhere hides it, clicking the marker brings the reference entry into view and focuses it.
 * The card itself loads beside the first screen (nothing on it needs the card before a hover).
 */
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { Citation, Paper } from '../../paper/types';
import { focusElementById } from '../shared/reading-jumps';
import { citationDomId } from './dom-ids';

/** Delay before a card shows on hover (avoids flicker when the pointer passes over the text). */
const HOVER_OPEN_MS = 150;
/** Delay before it hides, so the pointer can move from the marker into the card. */
const HOVER_CLOSE_MS = 200;

/** The event handlers every citation marker of a reading view shares. */
export interface CitationHandlers {
  onMouseEnter: (e: MouseEvent<HTMLAnchorElement>) => void;
  onMouseLeave: () => void;
  onFocus: (e: FocusEvent<HTMLAnchorElement>) => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLAnchorElement>) => void;
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
}

const HandlersContext = createContext<CitationHandlers | null>(null);

/** The shared handlers of the markers inside `CitationCards`; null outside one. */
export const useCitationHandlers = (): CitationHandlers | null => useContext(HandlersContext);

/** The citation a marker draws: one of its block's, by its DOM id (Citations/dom-ids.ts). */
const citationOf = (paper: Paper, link: HTMLAnchorElement, inBlock: CitationsInBlock) => {
  const blockId = link.closest('[data-block-id]')?.getAttribute('data-block-id');
  return blockId ? inBlock(paper, blockId).find((c) => citationDomId(c.id) === link.id) : undefined;
};

/** The markers drawn in a block (the reading view's index, handed in: no import loop). */
type CitationsInBlock = (paper: Paper, blockId: string) => readonly Citation[];

type Card = typeof import('./CitationCard').CitationCard;

/** The card's module, asked for once (`loadCard`); a failed load is asked for again. */
let cardModule: Promise<Card> | null = null;
const loadCard = () =>
  (cardModule ??= import('./CitationCard').then(
    (m) => m.CitationCard,
    (error: unknown) => {
      cardModule = null;
      throw error;
    },
  ));

/** Hosts the card of whichever marker of `paper` inside it is hovered or focused. */
export function CitationCards({
  paper,
  citationsInBlock,
  children,
}: {
  paper: Paper;
  citationsInBlock: CitationsInBlock;
  children: ReactNode;
}) {
  // Kept with its paper: a link of the paper before is never shown a card.
  const [open, setOpen] = useState<{ paper: Paper; link: HTMLAnchorElement } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const handlers = useMemo<CitationHandlers>(() => {
    const schedule = (link: HTMLAnchorElement | null, ms: number) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setOpen(link && { paper, link }), ms);
    };
    const close = () => {
      window.clearTimeout(timer.current);
      setOpen(null);
    };
    return {
      onMouseEnter: (e) => schedule(e.currentTarget, HOVER_OPEN_MS),
      onMouseLeave: () => schedule(null, HOVER_CLOSE_MS),
      onFocus: (e) => schedule(e.currentTarget, 0),
      onBlur: () => schedule(null, 0),
      onKeyDown: (e) => {
        if (e.key === 'Escape') close();
      },
      onClick: (e) => {
        e.preventDefault();
        close();
        // The marker's link names its first reference entry.
        const target = e.currentTarget.getAttribute('href')!.slice(1);
        focusElementById(target, paper.id, e.currentTarget);
      },
    };
  }, [paper]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const [CitationCard, setCard] = useState<Card | null>(null);
  useEffect(() => {
    let live = true;
    loadCard().then(
      (card) => live && setCard(() => card),
      (error: unknown) => console.warn('The citation card could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, []);

  const link = open?.paper === paper ? open.link : null;
  const citation = link ? citationOf(paper, link, citationsInBlock) : undefined;
  const cardId = citation ? `card-${citation.id}` : undefined;
  useLayoutEffect(() => {
    if (!link || !cardId) return;
    link.setAttribute('aria-describedby', cardId);
    return () => link.removeAttribute('aria-describedby');
  }, [link, cardId]);
  useEffect(() => {
    if (!link) return;
    // A mouse button going down anywhere (the start of a drag to select text) closes the card at
    // once, so the drag never lands in it; a press inside the card (to copy its text) keeps it.
    const close = (e: Event) => {
      if ((e.target as Element).closest?.('[role="tooltip"]')) return;
      window.clearTimeout(timer.current);
      setOpen(null);
    };
    document.addEventListener('mousedown', close, true);
    return () => document.removeEventListener('mousedown', close, true);
  }, [link]);

  const references = citation
    ? citation.refIds
        .map((id) => paper.references.find((r) => r.id === id))
        .filter((r) => r !== undefined)
    : [];
  return (
    <HandlersContext value={handlers}>
      {children}
      {CitationCard && link && cardId && references.length > 0 ? (
        <CitationCard
          id={cardId}
          paper={paper}
          references={references}
          anchor={link}
          onPointerEnter={() => window.clearTimeout(timer.current)}
          onPointerLeave={() => handlers.onMouseLeave()}
        />
      ) : null}
    </HandlersContext>
  );
}
