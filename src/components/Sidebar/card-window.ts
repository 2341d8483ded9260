/**
 * Which slice of the sidebar's list is rendered as cards: a window of a few pages that follows
 * the open card and is never longer than `MAX_WINDOW_CARDS`, so a note keystroke or a new
 * highlight costs the same with 50 or 5,000 highlights. Pure arithmetic on indexes, decided while
 * rendering (see `useCardWindow`).
 */

/**
 * Cards rendered at first and added by each "Show more" / "Show earlier": about three screens of
 * closed cards on a tall sidebar, yet few enough that rendering them stays inside a frame when
 * the window jumps to a card far away: a highlight made or opened in another part of the paper
 * mounts a whole page (with 60 a page, that was most of the cost of adding one, issue 9).
 */
export const CARDS_PER_PAGE = 24;

/**
 * The most cards rendered at once (four pages). Past it, "Show more" drops cards from the top
 * (they come back with "Show earlier"), so the list never grows with the number of highlights.
 */
export const MAX_WINDOW_CARDS = 4 * CARDS_PER_PAGE;

/** Rendered cards: indexes `[start, end)` of the visible list. */
export interface CardWindow {
  start: number;
  end: number;
}

/** The first page of a list of `length` cards. */
export const firstPage = (length: number): CardWindow => ({
  start: 0,
  end: Math.min(length, CARDS_PER_PAGE),
});

/**
 * The window kept in bounds of a list of `length` cards and moved to include `activeIndex` (-1:
 * none). A card just past either end extends the window (up to the limit); a card further away
 * moves it, with the open card a few cards from its top, so reading on from it shows what follows.
 */
export function windowAround(window: CardWindow, length: number, activeIndex: number): CardWindow {
  let start = Math.max(0, Math.min(window.start, length));
  let end = Math.max(start, Math.min(window.end, length));
  if (end - start < CARDS_PER_PAGE) end = Math.min(length, start + CARDS_PER_PAGE);
  if (activeIndex < 0 || activeIndex >= length || (activeIndex >= start && activeIndex < end))
    return { start, end };
  if (activeIndex >= end && activeIndex - start < MAX_WINDOW_CARDS)
    return { start, end: activeIndex + 1 };
  if (activeIndex < start && end - activeIndex <= MAX_WINDOW_CARDS)
    return { start: activeIndex, end };
  start = Math.max(0, activeIndex - LEAD_CARDS);
  return { start, end: Math.min(length, start + CARDS_PER_PAGE) };
}

/** Cards kept above a card the window moved to, so its neighbours in reading order show. */
const LEAD_CARDS = 5;

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
