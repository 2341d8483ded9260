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
