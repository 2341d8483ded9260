// The dialogs' and toolbar's boundary on its own: what a reader sees when a region throws.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAnnotation } from '../../annotations/__fixtures__/annotations';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { RegionBoundary } from './RegionBoundary';
import { recordOf } from '../../annotations/shared-record';

const downloads = vi.hoisted(() => [] as string[]);
vi.mock('../../io/download', () => ({ downloadText: (name: string) => downloads.push(name) }));

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  downloads.length = 0;
  vi.restoreAllMocks();
});

describe('RegionBoundary', () => {
  it.each(['the annotation toolbar', 'the reference picker'])(
    'replaces %s that throws with one sentence, export and reload',
    async (what) => {
      const reload = vi.fn();
      const store = createTestStore();
      const annotation = makeAnnotation({ id: 'kept' });
      store.setState({ annotations: recordOf({ [annotation.id]: annotation }) });
      renderWithStore(
        <>
          <p>Still here</p>
          <RegionBoundary what={what} onReload={reload}>
            <Broken message={'x\n'.repeat(200)} />
          </RegionBoundary>
        </>,
        store,
      );
      const fallback = screen.getByRole('alert', { name: `${what} failed` });
      expect(fallback.textContent).toMatch(/could not be shown because of an error \(x( x)*…\)/);
      fireEvent.click(screen.getByRole('button', { name: 'Export all annotations' }));
      fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
      await waitFor(() => expect(downloads).toHaveLength(1));
      expect(reload).toHaveBeenCalledOnce();
      expect(screen.getByText('Still here')).toBeInTheDocument();
    },
  );

  it('renders its children untouched when nothing throws', () => {
    renderWithStore(
      <RegionBoundary what="the sidebar">
        <p>Cards</p>
      </RegionBoundary>,
    );
    expect(screen.getByText('Cards')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
