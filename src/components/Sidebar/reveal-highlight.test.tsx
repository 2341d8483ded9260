import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationOn, appStore, paper, render, resetStore } from './__fixtures__/sidebar-store';
import { revealHighlight } from './reveal-highlight';
import { Sidebar } from './Sidebar';
import { aid } from '../../annotations/__fixtures__/annotations';

const social = annotationOn('Reading is social', { id: aid('social') });
const margins = annotationOn('Margins hold questions', { id: aid('margins') });

/** The highlight as the paper draws it: on top of `ids[0]`, over the others. */
function drawMark(text: string, ...ids: string[]): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.annotationId = ids[0];
  mark.dataset.annotationIds = ids.join(' ');
  mark.textContent = text;
  document.body.append(mark);
  return mark;
}

/** Every element asked to scroll itself into view (jsdom has no scrollIntoView of its own). */
const askedToScroll: Element[] = [];
beforeEach(() => {
  resetStore([social, margins]);
  askedToScroll.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    askedToScroll.push(this);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  vi.restoreAllMocks();
  document.querySelectorAll('mark').forEach((m) => m.remove());
});

describe('openAndRevealHighlight, from a card quote', () => {
  it('opens the card before the page sets off for the highlight, and only the mark scrolls the page', async () => {
    const user = userEvent.setup();
    const mark = drawMark('Margins hold questions', 'margins');
    const cardOpenWhenPageScrolled = vi.fn();
    mark.scrollIntoView = () => {
      askedToScroll.push(mark);
      const card = screen.getByRole('article', { name: 'Margins hold questions' });
      cardOpenWhenPageScrolled(
        within(card).getByRole('button', { name: 'Close' }).getAttribute('aria-expanded'),
      );
    };
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(<Sidebar paper={paper} />);

    await user.click(screen.getByRole('button', { name: 'Margins hold questions' }));
    expect(cardOpenWhenPageScrolled).toHaveBeenCalledWith('true');
    // The card kept itself in view without scrollIntoView, which would have moved the window too.
    expect(askedToScroll).toEqual([mark]);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(mark).toHaveFocus();
    expect(appStore.getState().activeAnnotationId).toBe('margins');
  });
});

describe('revealHighlight', () => {
  it('finds a highlight drawn under another one (the same passage highlighted twice)', () => {
    const mark = drawMark('Reading is social', 'margins', 'social');
    expect(revealHighlight(aid('social'))).toBe(true);
    expect(askedToScroll).toEqual([mark]);
    expect(mark).toHaveFocus();
  });

  it('prefers a mark where the highlight is on top', () => {
    drawMark('Reading', 'margins', 'social');
    const own = drawMark(' is social', 'social');
    revealHighlight(aid('social'));
    expect(own).toHaveFocus();
  });

  it('returns false when the highlight is not in the page', () => {
    expect(revealHighlight(aid('social'))).toBe(false);
  });
});
