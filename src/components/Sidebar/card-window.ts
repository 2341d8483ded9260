/**
 * Which slice of the sidebar's list is rendered as cards: a window of a few pages that follows
 * the open card and is never longer than `MAX_WINDOW_CARDS`, so a note keystroke or a new
 * highlight costs the same with 50 or 5,000 highlights. Pure arithmetic on indexes, decided while
 * rendering (see `useCardWindow`).
 */

/**
 * Cards rendered at first and added by each "Show more" / "Show earlier": about three screens of
 * closed cards on a tall sidebar. When the window moves to a card far away it holds fewer
 * (`JUMP_CARDS`): mounting a whole page there was most of the cost of adding a highlight (issue 9).
 */
export const CARDS_PER_PAGE = 24;

/**
 * The most cards rendered at once (four pages). Past it, "Show more" drops cards from the top
 * (they come back with "Show earlier"), so the list never grows with the number of highlights.
 */
export const MAX_WINDOW_CARDS = 4 * CARDS_PER_PAGE;

/**
 * Cards rendered when the window moves to an open card far from it (a highlight made or opened in
 * another part of the paper): that card alone, so the move renders only the card that changed
 * (issue 9; with the few around it that it once mounted too, adding a highlight far from the last
 * one rendered six cards and unmounted six). "Show more" and "Show earlier" reach the others, and
 * opening a card near it (`NEAR_CARDS`) extends the window to it.
 */
export const JUMP_CARDS = 1;

/** An open card this close past either end of the window extends it rather than moving it. */
export const NEAR_CARDS = 6;

/** Rendered cards: indexes `[start, end)` of the visible list. */
export interface CardWindow {
  start: number;
  end: number;
  /**
   * Kept short on purpose (moved to a far card): not refilled to a page while the list is long
   * enough, until "Show more" or "Show earlier" grows it.
   */
  short?: boolean;
}

/** The first page of a list of `length` cards. */
export const firstPage = (length: number): CardWindow => ({
  start: 0,
  end: Math.min(length, CARDS_PER_PAGE),
});

/**
 * The window kept in bounds of a list of `length` cards and moved to include `activeIndex` (-1:
 * none). A card just past either end extends the window (up to the limit); a card further away
 * moves it to that card alone.
 */
export function windowAround(window: CardWindow, length: number, activeIndex: number): CardWindow {
  const start = Math.max(0, Math.min(window.start, length));
  let end = Math.max(start, Math.min(window.end, length));
  const short = window.short === true && end > start;
  if (!short && end - start < CARDS_PER_PAGE) end = Math.min(length, start + CARDS_PER_PAGE);
  const kept = short ? { start, end, short } : { start, end };
  if (activeIndex < 0 || activeIndex >= length || (activeIndex >= start && activeIndex < end))
    return kept;
  // Just past either end (a few cards to mount): the window grows to it, up to the limit.
  if (
    activeIndex >= end &&
    activeIndex < end + NEAR_CARDS &&
    activeIndex - start < MAX_WINDOW_CARDS
  )
    return { ...kept, end: activeIndex + 1 };
  if (
    activeIndex < start &&
    activeIndex >= start - NEAR_CARDS &&
    end - activeIndex <= MAX_WINDOW_CARDS
  )
    return { ...kept, start: activeIndex };
  return { start: activeIndex, end: Math.min(length, activeIndex + JUMP_CARDS), short: true };
}

/** One more page at the end; the start moves down when the window would pass the limit. */
export const showMore = (w: CardWindow, length: number): CardWindow => {
  const end = Math.min(length, w.end + CARDS_PER_PAGE);
  return { start: Math.max(w.start, end - MAX_WINDOW_CARDS), end };
};

/** One more page at the start; the end moves up when the window would pass the limit. */
export const showEarlier = (w: CardWindow): CardWindow => {
  const start = Math.max(0, w.start - CARDS_PER_PAGE);
  return { start, end: Math.min(w.end, start + MAX_WINDOW_CARDS) };
};

/**
 * The window over `after` that holds the cards it held over `before`, when one card was added to
 * or removed from the list (`before` and `after` name the cards by id, in list order); otherwise
 * the window as it was. A card added inside the window is rendered beside the others (the window
 * grows, up to the limit) and one removed from it leaves the window a card short, marked `short`
 * while cards follow it (not refilled to a page until "Show more"): so a highlight added or
 * deleted near the top mounts or unmounts that card alone, not the card at the window's end
 * (issue 9).
 */
export function followEdit(
  window: CardWindow,
  before: readonly { id: string }[],
  after: readonly { id: string }[],
): CardWindow {
  const delta = after.length - before.length;
  if (delta * delta !== 1) return window;
  const { start } = window;
  // The first place the lists differ: where the card was added or removed (by id: an edited card
  // is a new object with the same id). The window ends within `before`.
  let at = 0;
  while (at < window.end && before[at]!.id === after[at]?.id) at++;
  const end = window.end + delta;
  // Above the window (the open card there moves it anyway) or below: left as it was.
  if (at < start || at >= window.end) return window;
  if (delta > 0) return end - start > MAX_WINDOW_CARDS ? window : { ...window, end };
  // The window's one card removed: left as it was (the card after it takes its place).
  if (end <= start) return window;
  return end < after.length ? { start, end, short: true } : { start, end };
}
