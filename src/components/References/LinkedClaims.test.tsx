import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  annotationOn,
  appStore,
  lastAnnouncement,
  render,
  resetStore,
} from '../Sidebar/__fixtures__/sidebar-store';
import { LinkedClaims } from './LinkedClaims';
import { aid } from '../../annotations/__fixtures__/annotations';

const QUOTE = 'in line with the concept of "five-common"';

/** The highlight as the paper draws it. */
function drawMark(): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.annotationId = 'claim';
  mark.textContent = QUOTE;
  mark.scrollIntoView = vi.fn();
  document.body.append(mark);
  return mark;
}

beforeEach(() => resetStore([annotationOn(QUOTE, { id: aid('claim'), refLabels: ['8'] })]));
afterEach(() => document.querySelectorAll('mark').forEach((m) => m.remove()));

describe('LinkedClaims', () => {
  it('opens a claim and takes the reader to its highlight: scrolled to, focused, flashed', async () => {
    const user = userEvent.setup();
    const mark = drawMark();
    render(<LinkedClaims label="8" />);
    await user.click(screen.getByRole('button', { name: /^claim:.*five-common/ }));
    expect(appStore.getState().activeAnnotationId).toBe('claim');
    expect(mark.scrollIntoView).toHaveBeenCalled();
    expect(mark).toHaveFocus();
    expect(mark).toHaveClass('flash');
  });

  it('says so when the highlight is not in the page', async () => {
    const user = userEvent.setup();
    render(<LinkedClaims label="8" />);
    await user.click(screen.getByRole('button', { name: /five-common/ }));
    expect(appStore.getState().activeAnnotationId).toBe('claim');
    expect(lastAnnouncement()).toBe('That highlight is not shown in the paper.');
  });
});
