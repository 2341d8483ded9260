import { describe, expect, it } from 'vitest';
import {
  CARDS_PER_PAGE as P,
  JUMP_CARDS as J,
  MAX_WINDOW_CARDS as MAX,
  firstPage,
  followEdit,
  showEarlier,
  showMore,
  windowAround,
} from './card-window';

describe('windowAround', () => {
  it.each([
    [
      'keeps a window that holds the open card',
      { start: 0, end: P },
      1000,
      10,
      { start: 0, end: P },
    ],
    [
      'keeps the window when no card is open',
      { start: P, end: 3 * P },
      1000,
      -1,
      { start: P, end: 3 * P },
    ],
    [
      'extends the end to an open card just past it',
      { start: 0, end: P },
      1000,
      P + 3,
      { start: 0, end: P + 4 },
    ],
    [
      'extends a short window to an open card a few cards past it, keeping it short',
      { start: 4000, end: 4000 + J, short: true },
      5000,
      4005,
      { start: 4000, end: 4006, short: true },
    ],
    [
      'extends the start to an open card just before it',
      { start: 2 * P, end: 3 * P },
      1000,
      2 * P - 3,
      { start: 2 * P - 3, end: 3 * P },
    ],
    [
      'moves to an open card far away: that card alone, not a page',
      { start: 0, end: P },
      5000,
      4000,
      { start: 4000, end: 4000 + J, short: true },
    ],
    [
      'moves to an open card a few pages past the end rather than mount the pages between',
      { start: 0, end: P },
      5000,
      2 * P,
      { start: 2 * P, end: 2 * P + J, short: true },
    ],
    [
      'moves near the top',
      { start: 3000, end: 3000 + P },
      5000,
      1,
      { start: 1, end: 1 + J, short: true },
    ],
    [
      'keeps a short window short when no card is open',
      { start: 3998, end: 3998 + J, short: true },
      5000,
      -1,
      { start: 3998, end: 3998 + J, short: true },
    ],
    [
      'extends a short window to an open card just past it, keeping it short',
      { start: 3998, end: 3998 + J, short: true },
      5000,
      3998 + J,
      { start: 3998, end: 3999 + J, short: true },
    ],
    [
      'shrinks to a list that got shorter',
      { start: 100, end: 100 + P },
      50,
      -1,
      { start: 50, end: 50 },
    ],
    [
      'refills a window that the list outgrew',
      { start: 0, end: 3 },
      1000,
      -1,
      { start: 0, end: P },
    ],
  ])('%s', (_name, window, length, active, expected) => {
    expect(windowAround(window, length, active)).toEqual(expected);
  });
});

describe('showMore and showEarlier', () => {
  it('adds a page at the end, dropping from the start past the limit', () => {
    expect(showMore(firstPage(1000), 1000)).toEqual({ start: 0, end: 2 * P });
    expect(showMore({ start: 0, end: MAX }, 1000)).toEqual({ start: P, end: MAX + P });
    expect(showMore({ start: 0, end: 70 }, 80)).toEqual({ start: 0, end: 80 });
  });

  it('adds a page at the start, dropping from the end past the limit', () => {
    expect(showEarlier({ start: 2 * P, end: 3 * P })).toEqual({ start: P, end: 3 * P });
    expect(showEarlier({ start: P, end: P + MAX })).toEqual({ start: 0, end: MAX });
    expect(showEarlier({ start: 10, end: 10 + P })).toEqual({ start: 0, end: 10 + P });
  });
});

describe('followEdit', () => {
  const ids = (n: number, prefix = 'a') =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
  const list = ids(1000);
  const inserted = (at: number) => [...list.slice(0, at), { id: 'new' }, ...list.slice(at)];
  const removed = (at: number) => list.filter((_, i) => i !== at);

  it('grows the window by a card added inside it', () => {
    expect(followEdit({ start: 0, end: P }, list, inserted(2))).toEqual({ start: 0, end: P + 1 });
  });

  it('leaves it a card short, marked short, when a card inside it is removed', () => {
    expect(followEdit({ start: 0, end: P }, list, removed(2))).toEqual({
      start: 0,
      end: P - 1,
      short: true,
    });
  });

  it('does not mark short a window that reaches the end of the list', () => {
    const few = ids(5);
    expect(followEdit({ start: 0, end: 5 }, few, few.slice(1))).toEqual({ start: 0, end: 4 });
  });

  it('leaves the window for a card added or removed above it', () => {
    const w = { start: 100, end: 100 + P };
    expect(followEdit(w, list, inserted(3))).toBe(w);
    expect(followEdit(w, list, removed(3))).toBe(w);
  });

  it('leaves the window for a card added or removed below it', () => {
    expect(followEdit({ start: 0, end: P }, list, inserted(P))).toEqual({ start: 0, end: P });
    expect(followEdit({ start: 0, end: P }, list, removed(P))).toEqual({ start: 0, end: P });
  });

  it('leaves a window of one card whose card goes (the next takes its place)', () => {
    const w = { start: 400, end: 401, short: true };
    expect(followEdit(w, list, removed(400))).toBe(w);
  });

  it('does not grow past the limit', () => {
    const w = { start: 0, end: MAX };
    expect(followEdit(w, list, inserted(2))).toBe(w);
  });

  it('leaves the window when the list changed by more than one card', () => {
    const w = { start: 0, end: P };
    expect(followEdit(w, list, ids(990, 'b'))).toBe(w);
    expect(followEdit(w, list, [...list.slice(0, 2), ...list.slice(4)])).toBe(w);
  });

  it('tells cards by id: an edited card (a new object) is not a change of place', () => {
    const edited = list.map((a, i) => (i === 1 ? { ...a } : a));
    expect(
      followEdit(
        { start: 0, end: P },
        list,
        edited.filter((_, i) => i !== 5),
      ),
    ).toEqual({
      start: 0,
      end: P - 1,
      short: true,
    });
  });
});
