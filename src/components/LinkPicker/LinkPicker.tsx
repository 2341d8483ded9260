/**
 * "Link to source": a modal dialog listing the paper's references as checkboxes, the ones cited
 * in the highlight's own sentence(s) first, marked "cited here" and ticked (only those the
 * highlight holds or touches, when it does, and those listed first), along with those already linked. Typing filters the list; arrow keys move, Space ticks, Enter links the ticked
 * entries (and unlinks the unticked ones), Escape or a click outside cancels. With nothing ticked
 * (and nothing to unlink) Enter links the entry that has focus, else the first the filter found,
 * else says in the picker why nothing was linked and stays open. Links are by
 * reference label. On a paper with no reference list found it says so, with only Close. The dialog shell (focus trap, Escape, backdrop) is `shared/ModalDialog.tsx`.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationId } from '../../annotations/types';
import { suggestReferences } from '../../paper/sentence-citations';
import type { Paper } from '../../paper/types';
import type { AppStore } from '../../store/app-store';
import { useAppStoreApi } from '../store-context';
import { selectCurrentAnchors } from '../../store/selectors';
import { citedLabel, referenceChipName } from '../../paper/reference-names';
import { ReferenceChecklist } from './ReferenceChecklist';
import { matchesQuery, orderReferenceOptions } from './reference-options';
import { ModalDialog } from '../shared/ModalDialog';
import './link-picker.css';
import { isolate } from '../../paper/isolate';
import { entryOf } from '../../annotations/shared-record';

interface Props {
  paper: Paper;
  annotationId: AnnotationId;
  onClose: () => void;
  /** Where focus goes on close if the element that had it is gone. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** The references suggested for the annotation and the labels ticked when the picker opens. */
function openingState(store: AppStore, paper: Paper, annotationId: AnnotationId) {
  const state = store.getState();
  const annotation = entryOf(state.annotations, annotationId);
  const anchored = entryOf(selectCurrentAnchors(state), annotationId);
  const range =
    anchored && anchored.status !== 'orphan' ? anchored : (annotation?.target.position ?? null);
  const linked = annotation?.refLabels ?? [];
  // The citations the highlight holds or touches, when it does: a sentence citing one group of
  // sources per clause (`…solids⁴⁻⁶ … sources⁶⁻⁸ … frequencies³,⁵,⁹,¹⁰.`) is not ticked whole.
  const near = range ? touchedReferences(paper, range.start, range.end) : new Set<string>();
  // Those come first, then the rest of the sentence's: a highlight of a long sentence's last
  // clause found its own sources ticked below the ones it left out.
  const cited = range ? suggestReferences(paper, range.start, range.end) : [];
  const suggested = [...cited.filter((id) => near.has(id)), ...cited.filter((id) => !near.has(id))];
  const options = orderReferenceOptions(paper, suggested);
  const tick = (o: (typeof options)[number]) =>
    o.suggested && (near.size === 0 || near.has(o.ref.id));
  const ticked = options
    .filter((o) => tick(o) || linked.includes(o.ref.label))
    .map((o) => o.ref.label);
  return { options, linked, ticked, quote: annotation?.target.quote.exact ?? '' };
}

/**
 * What may stand between a highlight and a citation it touches: spaces, closing quotes or
 * brackets and a stop (`authority" [1]`, `solids⁴⁻⁶`, `[2]. Next`), a few characters at most.
 */
const TOUCHING_GAP = /^[\s"'”’)\].,;:]{0,3}$/;
/** A stop then a space: what follows opens the next sentence or clause (`say. [7] disagrees`). */
const CLAUSE_END = /[.;:]\s/;
const touchesAfter = (gap: string) => TOUCHING_GAP.test(gap) && !CLAUSE_END.test(gap);

/** The references cited by the markers inside `[start, end)` or touching its ends. */
function touchedReferences(paper: Paper, start: number, end: number): Set<string> {
  const { text } = paper;
  const ids = new Set<string>();
  for (const c of paper.citations) {
    if (c.start > end + 3) continue;
    const touches =
      (c.start < end && c.end > start) ||
      (c.start >= end && touchesAfter(text.slice(end, c.start))) ||
      (c.end <= start && start - c.end <= 3 && /^\s*$/.test(text.slice(c.end, start)));
    if (touches) for (const id of c.refIds) ids.add(id);
  }
  return ids;
}

export function LinkPicker({ paper, annotationId, onClose, returnFocusTo }: Props) {
  const store = useAppStoreApi();
  const filterBox = useRef<HTMLInputElement>(null);
  const [opening] = useState(() => openingState(store, paper, annotationId));
  const [ticked, setTicked] = useState<string[]>(opening.ticked);
  const [query, setQuery] = useState('');
  /** Why the last "link" did nothing, said in the picker's own live region (empty: nothing). */
  const [status, setStatus] = useState('');
  const visible = useMemo(
    () => opening.options.filter((o) => matchesQuery(o, query)),
    [opening, query],
  );

  const toggle = (label: string) => {
    setStatus('');
    setTicked((t) => (t.includes(label) ? t.filter((l) => l !== label) : [...t, label]));
  };
  /**
   * The labels "link" leaves ticked: the ticked ones; with nothing ticked and nothing linked
   * before, the entry `focused` (a checkbox's label), else the first the filter found.
   */
  const toLink = (focused: string | null): readonly string[] => {
    if (ticked.length || opening.linked.length) return ticked;
    const label = focused ?? (query.trim() ? visible[0]?.ref.label : undefined);
    return label ? [label] : [];
  };

  /** Links (Enter or the Link button); with nothing to link or unlink, says why and stays open. */
  const request = (focused: string | null) => {
    const labels = toLink(focused);
    if (labels.length || opening.linked.length) apply(labels);
    else setStatus(NOTHING_TICKED);
  };

  /** Links `labels` and unlinks the rest of what was linked, then closes. */
  const apply = (labels: readonly string[]) => {
    const s = store.getState();
    const known = new Set(opening.options.map((o) => o.ref.label));
    const added = labels.filter((l) => !opening.linked.includes(l));
    const removed = opening.linked.filter((l) => known.has(l) && !labels.includes(l));
    for (const label of added) s.referenceLinked(annotationId, label);
    for (const label of removed) s.referenceUnlinked(annotationId, label);
    const names = (labels: string[]) =>
      labels.map((l) => isolate(referenceChipName(paper, l))).join(', ');
    const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
    const parts = [
      added.length ? sentence(`Linked to ${names(added)}`) : '',
      removed.length ? sentence(`Unlinked ${names(removed)}`) : '',
    ].filter(Boolean);
    s.announced(parts.length ? parts.join(' ') : 'Linked sources unchanged.');
    onClose();
  };

  // What the hint says Enter links (from the filter box).
  const enterLinks = toLink(null);

  // Escape is the dialog's (ModalDialog): Enter links, the arrows move through the list.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      const box = target instanceof HTMLInputElement && target.type === 'checkbox';
      request(box ? target.value : null);
    } else if (
      e.key === 'ArrowDown' ||
      e.key === 'ArrowUp' ||
      e.key === 'Home' ||
      e.key === 'End'
    ) {
      moveFocus(e, e.currentTarget, filterBox.current);
    }
  };

  // With no reference list there is nothing to pick: say why, and only Close.
  if (opening.options.length === 0)
    return createPortal(
      <NoReferenceList quote={opening.quote} onClose={onClose} returnFocusTo={returnFocusTo} />,
      document.body,
    );

  // In a portal: the picker opens from a card inside the sidebar's scrolling list.
  return createPortal(
    <ModalDialog
      title="Link to source"
      onClose={onClose}
      initialFocus={filterBox}
      returnFocusTo={returnFocusTo}
      closeOnBackdrop
      className="link-picker"
      onKeyDown={onKeyDown}
    >
      {opening.quote ? <p className="link-picker__quote">“{opening.quote}”</p> : null}
      <input
        ref={filterBox}
        type="search"
        className="text-input link-picker__filter"
        aria-label="Filter references"
        placeholder="Filter by number, author or title"
        value={query}
        onChange={(e) => {
          setStatus('');
          setQuery(e.target.value);
        }}
      />
      <ReferenceChecklist options={visible} ticked={ticked} onToggle={toggle} />
      {visible.length === 0 ? (
        <p className="link-picker__empty">No reference matches “{query}”.</p>
      ) : null}
      <p className="link-picker__hint">
        ↑↓ move · Space ticks · Enter links{' '}
        {enterLinks.length ? enterLinks.map(citedLabel).join(', ') : 'what is ticked'} · Esc cancels
      </p>
      <p role="status" className="link-picker__status">
        {status}
      </p>
      <div className="link-picker__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => request(null)}>
          Link
        </button>
      </div>
    </ModalDialog>,
    document.body,
  );
}

/**
 * The picker of a paper in which no reference list was found: why there is nothing to link to
 * (a reader otherwise meets an empty list and a Link button that does nothing), and Close.
 */
function NoReferenceList({
  quote,
  onClose,
  returnFocusTo,
}: {
  quote: string;
  onClose: () => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const close = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title="Link to source"
      onClose={onClose}
      initialFocus={close}
      returnFocusTo={returnFocusTo}
      closeOnBackdrop
      className="link-picker"
    >
      {quote ? <p className="link-picker__quote">“{quote}”</p> : null}
      <p className="link-picker__none">
        No reference list was found in this paper, so there is no source to link to. Marginalia
        reads the list under a heading such as “References” or “Bibliography”; a list set out some
        other way, or printed on a page that could not be read, is not found.
      </p>
      <div className="link-picker__actions">
        <button ref={close} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** Why Enter (or Link) did nothing, and what to do instead. */
const NOTHING_TICKED =
  'Nothing is ticked: tick a reference with Space, or type to find one, then press Enter.';

/** Arrow keys between the filter box and the checkboxes; Home and End within the list. */
function moveFocus(e: KeyboardEvent, root: HTMLElement | null, filterBox: HTMLInputElement | null) {
  if (!root || !filterBox) return;
  const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const items: HTMLElement[] = [filterBox, ...boxes];
  const at = items.indexOf(e.target as HTMLElement);
  if (at < 0 || (at === 0 && (e.key === 'Home' || e.key === 'End'))) return;
  const next =
    e.key === 'Home'
      ? 1
      : e.key === 'End'
        ? items.length - 1
        : at + (e.key === 'ArrowDown' ? 1 : -1);
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  if (!target) return;
  e.preventDefault();
  target.focus();
}
