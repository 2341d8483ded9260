import { act, fireEvent, screen } from '@testing-library/react';
import type { ShareController } from '../Share/share-actions';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { StorageBanner } from './StorageBanner';

const share = { exportEverything: vi.fn(() => Promise.resolve(1)) } as unknown as ShareController;

describe('StorageBanner', () => {
  it('offers Reload when part of the annotations was not loaded, and reads them again on it', () => {
    const store = createTestStore();
    const retried = vi.fn();
    store.setState({ storedRestRetried: retried });
    renderWithStore(<StorageBanner share={share} />, store);
    act(() =>
      store.getState().storageProblemReported({
        kind: 'unavailable',
        message: 'Part of your annotations was not loaded.',
        retry: 'rest',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('puts focus on the export when Reload read everything, and announces it in a new region', () => {
    const store = createTestStore();
    store.setState({
      storedRestRetried: () =>
        store.getState().storageProblemReported({
          kind: 'recovered',
          message: 'All your annotations are loaded now.',
        }),
    });
    renderWithStore(<StorageBanner share={share} />, store);
    act(() =>
      store.getState().storageProblemReported({
        kind: 'unavailable',
        message: 'Part of your annotations was not loaded.',
        retry: 'rest',
      }),
    );
    const alert = screen.getByRole('alert');
    const reload = screen.getByRole('button', { name: 'Reload' });
    reload.focus();
    fireEvent.click(reload);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('All your annotations are loaded now.');
    expect(status).not.toBe(alert);
    expect(screen.getByRole('button', { name: 'Export all annotations (JSON-LD)' })).toHaveFocus();
  });

  it('keeps focus on Reload when the rest still could not be read', () => {
    const store = createTestStore();
    const still = {
      kind: 'unavailable' as const,
      message: 'Part of your annotations still could not be read.',
      retry: 'rest' as const,
    };
    store.setState({ storedRestRetried: () => store.getState().storageProblemReported(still) });
    renderWithStore(<StorageBanner share={share} />, store);
    act(() => store.getState().storageProblemReported({ ...still, message: 'Part not loaded.' }));
    const reload = screen.getByRole('button', { name: 'Reload' });
    reload.focus();
    fireEvent.click(reload);
    expect(screen.getByRole('alert')).toHaveTextContent('still could not be read');
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
  });

  it("says the export holds only this tab's annotations while stored ones could not be read", () => {
    const store = createTestStore();
    renderWithStore(<StorageBanner share={share} />, store);
    act(() =>
      store.getState().storageProblemReported({
        kind: 'unavailable',
        message: 'Stored annotations could not be read.',
      }),
    );
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: "Export this tab's annotations (JSON-LD)" }),
    );
    expect(share.exportEverything).toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The export holds what this tab shows, not the stored annotations it could not read',
    );
  });

  it('says what happened when the annotations were read after all, as news, not an alarm', () => {
    const store = createTestStore();
    renderWithStore(<StorageBanner share={share} />, store);
    act(() =>
      store.getState().storageProblemReported({
        kind: 'recovered',
        message: 'All your annotations are loaded now.',
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('All your annotations are loaded now.');
    expect(screen.getByRole('button', { name: 'Export all annotations (JSON-LD)' })).toBeVisible();
  });
});
