import { act, fireEvent, screen } from '@testing-library/react';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { UpdateNotice } from './UpdateNotice';

describe('UpdateNotice', () => {
  it('shows nothing while no new version waits', () => {
    const store = createTestStore();
    renderWithStore(<UpdateNotice />, store);
    expect(screen.queryByText(/new version/)).toBeNull();
  });

  it('says a new version is ready and reloads on it when the reader asks', () => {
    const store = createTestStore();
    renderWithStore(<UpdateNotice />, store);
    act(() => store.getState().appUpdateReady());
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Marginalia is ready. Your annotations are kept when you reload.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(store.getState().appUpdate).toBe('requested');
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
  });

  it('goes away when dismissed, and a later report does not bring it back', () => {
    const store = createTestStore();
    renderWithStore(<UpdateNotice />, store);
    act(() => store.getState().appUpdateReady());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    act(() => store.getState().appUpdateReady());
    expect(screen.queryByText(/new version/)).toBeNull();
    expect(store.getState().appUpdate).toBe('dismissed');
  });
});
