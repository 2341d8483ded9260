/**
 * The browser boundary for the history stack: each jump inside the paper (citation → reference,
 * backlink → citation, contents → heading) becomes a history entry, so the browser's Back button
 * returns the reader to where they were reading instead of leaving the app. The URL never changes
 * (the hash is kept for share links); only `history.state` carries the position.
 */

/** Where a history entry puts the reader back: an element to focus, else a scroll position. */
export interface ReadingPosition {
  /** The paper the position is in: element ids repeat from paper to paper. */
  paperId: string;
  focusId: string | null;
  scrollY: number;
}

const KEY = 'marginaliaPosition';

const positionOf = (state: unknown): ReadingPosition | null => {
  const value = (state as Record<string, unknown> | null)?.[KEY];
  return value && typeof value === 'object' ? (value as ReadingPosition) : null;
};

/**
 * Records a jump: the current entry remembers where the reader is (`fromId`, the element they
 * followed, and the scroll position), and a new entry is pushed for where they are going.
 */
export function recordJump(paperId: string, fromId: string | null, toId: string): void {
  try {
    const current = positionOf(history.state);
    // Following the same link twice adds no second entry.
    if (current?.paperId === paperId && current.focusId === toId) return;
    const here: ReadingPosition = { paperId, focusId: fromId, scrollY: window.scrollY };
    history.replaceState({ ...(history.state as object | null), [KEY]: here }, '');
    const there: ReadingPosition = { paperId, focusId: toId, scrollY: window.scrollY };
    history.pushState({ [KEY]: there }, '');
  } catch (error) {
    console.warn('Could not record the jump in the browser history', error);
  }
}

/** Calls `restore` when Back or Forward lands on an entry that holds a reading position. */
export function onReadingPositionRestored(
  restore: (position: ReadingPosition) => void,
): () => void {
  const listener = (event: PopStateEvent) => {
    const position = positionOf(event.state);
    if (position) restore(position);
  };
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}
