import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLOUR_IDS } from '../../annotations/colours';
import { selectVisibleAnnotations } from '../../store/selectors';
import { AnnotationList, CARDS_PER_PAGE, JUMP_CARDS, MAX_WINDOW_CARDS } from './AnnotationList';
import {
  annotationOn,
  appStore,
  offsetsOf,
  paper,
  render,
  resetStore,
} from './__fixtures__/sidebar-store';
import { docOffset } from '../../paper/types';
import { aid } from '../../annotations/__fixtures__/annotations';

const MANY = 3000;
const QUOTES = [
  'Reading is social',
  'Notes travel between readers',
  'Margins hold questions',
  'in line with the concept of "five-common"',
  'Other work disagrees',
];

const cards = () =>
  within(screen.getByRole('list', { name: 'Annotations in reading order' })).getAllByRole(
    'article',
  );
/** The annotation listed at `index` in the sidebar's order. */
const listedAt = (index: number) => selectVisibleAnnotations(appStore.getState())[index]!;

beforeEach(() =>
  resetStore(
    Array.from({ length: MANY }, (_, i) =>
      annotationOn(QUOTES[i % QUOTES.length]!, {
        id: aid(`a${i}`),
        colour: COLOUR_IDS[i % COLOUR_IDS.length],
      }),
    ),
  ),
);

describe('AnnotationList with thousands of annotations', () => {
  it('renders one page of cards, and "Show more" adds the next page', async () => {
    const user = userEvent.setup();
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    expect(cards()).toHaveLength(CARDS_PER_PAGE);
    expect(document.querySelectorAll('article')).toHaveLength(CARDS_PER_PAGE);

    await user.click(
      screen.getByRole('button', { name: `Show more (${MANY - CARDS_PER_PAGE} left)` }),
    );
    expect(cards()).toHaveLength(2 * CARDS_PER_PAGE);
    expect(cards()[CARDS_PER_PAGE]).toContainElement(document.activeElement as HTMLElement);
    expect(
      screen.getByRole('button', { name: `Show more (${MANY - 2 * CARDS_PER_PAGE} left)` }),
    ).toBeInTheDocument();
  });

  it('renders the open card in its place when it lies just beyond the page, and keeps it', () => {
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    const next = listedAt(CARDS_PER_PAGE + 2);
    act(() => appStore.getState().annotationActivated(next.id));
    const listed = cards();
    expect(listed).toHaveLength(CARDS_PER_PAGE + 3);
    const open = listed[CARDS_PER_PAGE + 2]!;
    expect(open).toHaveAccessibleName(next.target.quote.exact);
    expect(open.closest('li')).toHaveAttribute('aria-current', 'true');
    expect(within(open).getByRole('button', { name: 'Close' })).toBeInTheDocument();

    // Closing it does not take it (and the focus on its button) away.
    act(() => appStore.getState().annotationActivated(null));
    expect(cards()).toHaveLength(CARDS_PER_PAGE + 3);
  });

  it('moves to an open card far down the list: that card alone, not a page', async () => {
    const user = userEvent.setup();
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    const far = listedAt(2000);
    act(() => appStore.getState().annotationActivated(far.id));
    const listed = cards();
    expect(listed).toHaveLength(JUMP_CARDS);
    const open = listed.find((card) => card.closest('li')?.getAttribute('aria-current') === 'true');
    expect(open).toHaveAccessibleName(far.target.quote.exact);
    expect(listed.indexOf(open!)).toBe(0);

    // Closing it keeps the card; "Show earlier" and "Show more" reach the rest.
    act(() => appStore.getState().annotationActivated(null));
    expect(cards()).toHaveLength(JUMP_CARDS);
    await user.click(screen.getByRole('button', { name: 'Show earlier (2000 before)' }));
    expect(cards()).toHaveLength(CARDS_PER_PAGE + JUMP_CARDS);
    expect(cards()[0]).toContainElement(document.activeElement as HTMLElement);
    expect(
      screen.getByRole('button', { name: `Show earlier (${2000 - CARDS_PER_PAGE} before)` }),
    ).toBeInTheDocument();
  });

  it('never renders more than a few pages: "Show more" past them drops cards from the top', async () => {
    const user = userEvent.setup();
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    for (let page = 1; page <= MAX_WINDOW_CARDS / CARDS_PER_PAGE; page++)
      await user.click(screen.getByRole('button', { name: /^Show more/ }));
    expect(cards()).toHaveLength(MAX_WINDOW_CARDS);
    expect(cards()[0]).toHaveAccessibleName(listedAt(CARDS_PER_PAGE).target.quote.exact);
    expect(
      screen.getByRole('button', { name: `Show earlier (${CARDS_PER_PAGE} before)` }),
    ).toBeInTheDocument();
  });

  it('deletes a card near the top without mounting the one below the page in its place', () => {
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    const before = cards();
    const gone = listedAt(2);
    act(() => appStore.getState().highlightDeleteRequested(gone.id));
    const after = cards();
    // The other cards stay as they were (the same elements), and none comes in from below.
    expect(after).toEqual(before.filter((_, i) => i !== 2));
    expect(
      screen.getByRole('button', { name: `Show more (${MANY - CARDS_PER_PAGE} left)` }),
    ).toBeInTheDocument();
  });

  it('adds a highlight near the top beside the page, not in place of its last card', () => {
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    const before = cards();
    const { start, end } = offsetsOf('Introduction');
    act(() => {
      appStore.getState().highlightSelection({
        paperId: paper.id,
        text: paper.text,
        start: docOffset(start),
        end: docOffset(end),
        colour: 'yellow',
        intent: null,
      });
    });
    const after = cards();
    expect(after).toHaveLength(CARDS_PER_PAGE + 1);
    expect(after[0]).toHaveAccessibleName('Introduction');
    expect(after.slice(1)).toEqual(before);
  });

  it('starts again from one page when the filter changes', async () => {
    const user = userEvent.setup();
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    await user.click(screen.getByRole('button', { name: /^Show more/ }));
    expect(cards()).toHaveLength(2 * CARDS_PER_PAGE);
    act(() => appStore.getState().annotationFilterChanged({ colours: ['green'] }));
    expect(cards()).toHaveLength(CARDS_PER_PAGE);
    expect(cards().every((card) => card.classList.contains('card--green'))).toBe(true);
    expect(
      screen.getByRole('button', { name: `Show more (${MANY / 5 - CARDS_PER_PAGE} left)` }),
    ).toBeInTheDocument();
  });

  it('shows no "Show more" when every card fits in a page', () => {
    resetStore([annotationOn('Reading is social', { id: aid('one') })]);
    render(<AnnotationList paper={paper} onDeleted={() => {}} />);
    expect(cards()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
  });
});
