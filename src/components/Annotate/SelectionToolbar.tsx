/**
 * The toolbar that appears by a text selection in the paper: highlight in one of five colours
 * (each with its label and glyph), or highlight and go straight to a note, tags, or the
 * "Link to source" picker. A toolbar (role="toolbar") with arrow-key navigation; Escape dismisses
 * it and clears the selection; Tab goes back to the paper.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { COLOUR_IDS, DEFAULT_COLOUR, type ColourId } from '../../annotations/colours';
import type { HighlightIntent } from '../../annotations/highlight';
import type { Paper } from '../../paper/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { COLOUR_CUES } from '../shared/colour-cues';
import type { PaperSelection } from './use-paper-selection';
import { isolate } from '../../paper/isolate';
import { placeToolbar } from './toolbar-position';

export type Intent = HighlightIntent;

interface Props {
  paper: Paper;
  selection: PaperSelection;
  /** Called after the toolbar acted (with what it opened) or was dismissed. */
  onDone: (intent: Intent | null) => void;
}

/** Height of the sticky header when there is none to measure (in tests). */
const HEADER_PX = 64;

export function SelectionToolbar({ paper, selection, onDone }: Props) {
  const store = useAppStoreApi();
  const toolbar = useRef<HTMLDivElement>(null);
  const labels = useAppStore((s) => s.colourLabels);
  const position = useToolbarPosition(toolbar, selection.range);

  const annotate = (colour: ColourId, intent: Intent | null) => {
    const { start, end } = selection;
    store
      .getState()
      .highlightSelection({ paperId: paper.id, text: paper.text, start, end, colour, intent });
    document.getSelection()?.removeAllRanges();
    onDone(intent);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(toolbar.current?.querySelectorAll('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step) {
      e.preventDefault();
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      buttons[e.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    } else if (e.key === 'Tab') {
      // Drawn at the end of the page, the toolbar would hand Tab on to the page's top: back to
      // the paper instead, the selection kept (Shift+arrows change it, Enter comes back here).
      e.preventDefault();
      selection.range.startContainer.parentElement?.closest<HTMLElement>('[tabindex]')?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      document.getSelection()?.removeAllRanges();
      onDone(null);
    }
  };

  return createPortal(
    <div
      ref={toolbar}
      role="toolbar"
      aria-label="Annotate the selection"
      className="selection-toolbar"
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.preventDefault() /* keep the selection while clicking */}
    >
      <span className="selection-toolbar__group" role="group" aria-label="Highlight">
        {COLOUR_IDS.map((colour, i) => (
          <button
            key={colour}
            type="button"
            className="selection-toolbar__colour"
            aria-label={`Highlight as ${isolate(labels[colour])}`}
            title={`Highlight as ${isolate(labels[colour])}`}
            tabIndex={i === 0 ? 0 : -1}
            onClick={() => annotate(colour, null)}
          >
            <span
              className={`selection-toolbar__swatch hl-swatch hl-swatch--${colour}`}
              aria-hidden="true"
            >
              {COLOUR_CUES[colour].glyph}
            </span>
            <span className="selection-toolbar__label" aria-hidden="true">
              {labels[colour]}
            </span>
          </button>
        ))}
      </span>
      <span className="selection-toolbar__divider" aria-hidden="true" />
      <button type="button" tabIndex={-1} onClick={() => annotate(DEFAULT_COLOUR, 'note')}>
        Note
      </button>
      <button type="button" tabIndex={-1} onClick={() => annotate(DEFAULT_COLOUR, 'tags')}>
        Tags
      </button>
      <button type="button" tabIndex={-1} onClick={() => annotate(DEFAULT_COLOUR, 'link')}>
        Link to source
      </button>
    </div>,
    document.body,
  );
}

/** Caps the toolbar's width to the room left of `right` (its buttons wrap), then measures it. */
function fitLeftOf(el: HTMLElement, right: number | undefined): DOMRect {
  el.style.maxWidth = right ? `${right - 16}px` : '';
  el.toggleAttribute('data-wrapped', el.offsetHeight > 56);
  return el.getBoundingClientRect();
}

/** Placed by `placeToolbar` and placed again as the page scrolls or the window resizes. */
function useToolbarPosition(toolbar: RefObject<HTMLDivElement | null>, range: Range) {
  const [position, setPosition] = useState({ top: -9999, left: -9999 });
  useLayoutEffect(() => {
    const place = () => {
      const rects = range.getClientRects();
      const first = rects[0] ?? range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      // Never over the sidebar beside the paper: no wider than the room left of it (its buttons
      // wrap into rows), measured after. A drawer over most of a phone's width is not avoided.
      const side = document.querySelector('.app__sidebar')?.getBoundingClientRect();
      const sidebarLeft =
        side && side.width > 0 && side.left >= 240 && side.left < innerWidth
          ? side.left
          : undefined;
      const box = toolbar.current && fitLeftOf(toolbar.current, sidebarLeft);
      // The header is taller on a phone, where its buttons wrap into two rows.
      const header = document.querySelector('.app__header')?.getBoundingClientRect();
      setPosition(
        placeToolbar({
          first,
          last,
          size: { width: box?.width ?? 320, height: box?.height ?? 40 },
          viewport: { width: window.innerWidth, height: window.innerHeight },
          headerBottom: Math.max(0, header?.bottom ?? HEADER_PX),
          sidebarLeft,
        }),
      );
    };
    place();
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [range, toolbar]);
  return position;
}
