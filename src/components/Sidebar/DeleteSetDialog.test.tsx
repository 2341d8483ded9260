// "Delete set" asks first, naming the set and how far it reaches, and Cancel keeps everything.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PAPER_A, PAPER_B, makeTarget } from '../../annotations/__fixtures__/annotations';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { LayersSection } from './LayersSection';
import { valuesOf } from '../../annotations/shared-record';

/** A store with the set "Week 3": two annotations on paper A and one on paper B. */
function storeWithSet() {
  const store = createTestStore();
  const setId = store.getState().setCreated({ name: 'Week 3', author: 'Ana' });
  for (const [paperId, start] of [
    [PAPER_A, 0],
    [PAPER_A, 40],
    [PAPER_B, 0],
  ] as const)
    store.getState().annotationCreated({ paperId, target: makeTarget(start), setId });
  return { store, setId };
}

async function askToDelete() {
  const user = userEvent.setup();
  const { store, setId } = storeWithSet();
  renderWithStore(<LayersSection paperId={PAPER_A} />, store);
  await user.click(screen.getByLabelText('More for Week 3'));
  await user.click(screen.getByRole('button', { name: 'Delete set…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete “Week 3”?' });
  return { user, store, setId, dialog };
}

describe('DeleteSetDialog', () => {
  it('asks first, saying how many annotations on how many papers go with the set', async () => {
    const { store, setId, dialog } = await askToDelete();
    expect(dialog).toHaveTextContent(
      'Its 3 annotations on 2 papers will be deleted with it, not only those on this paper.',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    );
    expect(store.getState().annotationSets[setId]).toBeDefined();
  });

  it('keeps the set and its annotations on Cancel or Escape, focus back on its menu button', async () => {
    const { user, store, setId, dialog } = await askToDelete();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('More for Week 3')).toHaveFocus();
    await user.click(screen.getByLabelText('More for Week 3'));
    await user.click(screen.getByRole('button', { name: 'Delete set…' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().annotationSets[setId]).toBeDefined();
    expect(valuesOf(store.getState().annotations)).toHaveLength(3);
  });

  it('deletes on confirm, then offers Undo with focus on it', async () => {
    const { user, store, setId, dialog } = await askToDelete();
    await user.click(within(dialog).getByRole('button', { name: 'Delete set' }));
    expect(store.getState().annotationSets[setId]).toBeUndefined();
    expect(valuesOf(store.getState().annotations)).toHaveLength(0);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(valuesOf(store.getState().annotations)).toHaveLength(3);
    // The Undo bar goes: focus is on the layer brought back (its menu button), not the page.
    await waitFor(() => expect(screen.getByLabelText('More for Week 3')).toHaveFocus());
  });
});
