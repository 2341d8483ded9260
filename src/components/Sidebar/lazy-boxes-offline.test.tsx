/**
 * The tag box and the colour legend's rename box load on first use: when that load fails
 * (offline, or the app was updated since the page loaded), the failure stays where the box was.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import { annotationOn, appStore, paper, render, resetStore } from './__fixtures__/sidebar-store';
import { aid } from '../../annotations/__fixtures__/annotations';

// As a dynamic import fails offline (hoisted with the mocks).
const { offline } = vi.hoisted(() => ({
  offline: () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  },
}));
vi.mock('./TagBox', offline);
vi.mock('./ColourLabelEditor', offline);

const social = annotationOn('Reading is social', { id: aid('social'), tags: ['method'] });

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  resetStore([social]);
});

describe('boxes loaded on first use, offline', () => {
  it('says the tag box could not be loaded inside the card, which stays, and closes back to Add tag', async () => {
    const user = userEvent.setup();
    render(<Sidebar paper={paper} />);
    act(() => appStore.getState().annotationActivated(aid('social')));
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const card = screen.getByRole('article', { name: 'Reading is social' });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The tag box could not be loaded');
    expect(within(card).getByRole('button', { name: 'Remove tag method' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename question' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(within(card).getByRole('button', { name: 'Add tag' })).toHaveFocus();
  });

  it('says the rename box could not be loaded in its row, the legend staying', async () => {
    const user = userEvent.setup();
    render(<Sidebar paper={paper} />);
    await user.click(screen.getByRole('button', { name: 'Rename question' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rename box could not be loaded');
    expect(screen.getByRole('article', { name: 'Reading is social' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Rename question' })).toHaveFocus();
  });
});
