// A layer's row: its "⋯" menu and rename close the way menus and edits do, and a hidden layer
// says so in words.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PAPER_A, makeTarget, aid } from '../../annotations/__fixtures__/annotations';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { asSetId } from '../../annotations/types';
import { LayersSection } from './LayersSection';
import { Sidebar } from './Sidebar';
import { annotationOn, paper, render, resetStore } from './__fixtures__/sidebar-store';

function renderWithSet() {
  const store = createTestStore();
  const setId = store.getState().setCreated({ name: 'Week 3', author: 'Ana' });
  store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0), setId });
  renderWithStore(
    <>
      <LayersSection paperId={PAPER_A} />
      <p>elsewhere</p>
    </>,
    store,
  );
  return { store, setId, user: userEvent.setup() };
}

/** The "⋯" menu of the layer whose menu button is `label`. */
const menuOf = (label: string) => screen.getByLabelText(label).closest('details') as HTMLElement;

/** The open state of the `<details>` whose summary is `label`. */
const menuOpen = (label: string) =>
  (screen.getByLabelText(label).closest('details') as HTMLDetailsElement).open;

describe('LayersSection rows', () => {
  it('closes a layer menu on Escape, with focus back on its button', async () => {
    const { user } = renderWithSet();
    await user.click(screen.getByLabelText('More for Week 3'));
    expect(menuOpen('More for Week 3')).toBe(true);
    await user.keyboard('{Escape}');
    expect(menuOpen('More for Week 3')).toBe(false);
    expect(screen.getByLabelText('More for Week 3')).toHaveFocus();
  });

  it('closes a layer menu when the reader presses elsewhere', async () => {
    const { user } = renderWithSet();
    await user.click(screen.getByLabelText('More for Week 3'));
    await user.click(screen.getByText('elsewhere'));
    expect(menuOpen('More for Week 3')).toBe(false);
  });

  it('leaves a rename unchanged on Escape or Cancel', async () => {
    const { user, store, setId } = renderWithSet();
    await user.click(screen.getByLabelText('More for Week 3'));
    await user.click(within(menuOf('More for Week 3')).getByRole('button', { name: 'Rename' }));
    await user.type(await screen.findByRole('textbox', { name: 'New name for Week 3' }), ' draft');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for Week 3' })).toBeNull();

    await user.click(screen.getByLabelText('More for Week 3'));
    await user.click(within(menuOf('More for Week 3')).getByRole('button', { name: 'Rename' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: 'New name for Week 3' })).toBeNull();
    expect(store.getState().annotationSets[setId]?.name).toBe('Week 3');
  });

  it('gives focus back to the layer\'s "⋯" after a rename is saved, cancelled or escaped (not to the page)', async () => {
    const { user, store, setId } = renderWithSet();
    const rename = async (name: string) => {
      await user.click(screen.getByLabelText(`More for ${name}`));
      await user.click(within(menuOf(`More for ${name}`)).getByRole('button', { name: 'Rename' }));
      return screen.findByRole('textbox', { name: `New name for ${name}` });
    };
    await user.type(await rename('Week 3'), ' draft{Enter}');
    expect(store.getState().annotationSets[setId]?.name).toBe('Week 3 draft');
    expect(screen.getByLabelText('More for Week 3 draft')).toHaveFocus();
    await rename('Week 3 draft');
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('More for Week 3 draft')).toHaveFocus();
    await rename('Week 3 draft');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('More for Week 3 draft')).toHaveFocus();
  });

  it('gives focus back to "New set…" after a set is created or the form cancelled, and Escape cancels it', async () => {
    const { user, store } = renderWithSet();
    await user.click(screen.getByRole('button', { name: 'New set…' }));
    await user.type(await screen.findByRole('textbox', { name: 'Set title' }), 'Seminar{Enter}');
    expect(Object.values(store.getState().annotationSets).map((s) => s.name)).toContain('Seminar');
    expect(screen.getByRole('button', { name: 'New set…' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'New set…' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'New set…' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'New set…' }));
    await user.type(await screen.findByRole('textbox', { name: 'Set title' }), 'Draft');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Set title' })).toBeNull();
    expect(screen.getByRole('button', { name: 'New set…' })).toHaveFocus();
    expect(Object.values(store.getState().annotationSets).map((s) => s.name)).not.toContain(
      'Draft',
    );
  });

  it('says "hidden" beside a hidden layer, not only by an unticked box', async () => {
    const { user } = renderWithSet();
    const row = screen.getByRole('checkbox', { name: 'Show Week 3' }).closest('li')!;
    expect(row).not.toHaveTextContent('hidden');
    await user.click(screen.getByRole('checkbox', { name: 'Show Week 3' }));
    expect(row).toHaveTextContent('Week 3 · 1 · hidden');
  });

  it('labels the show/hide box in view ("Show"), its name saying which layer', () => {
    renderWithSet();
    const label = screen.getByRole('checkbox', { name: 'Show Week 3' }).closest('label')!;
    expect(label).toHaveTextContent(/^Show$/);
  });
});

describe('the annotations list when every layer with annotations is hidden', () => {
  it('says how many are in hidden layers instead of how to start', async () => {
    const social = annotationOn('Reading is social', { id: aid('social') });
    const notes = annotationOn('Notes travel between readers', { id: aid('notes') });
    resetStore([social, notes]);
    render(<Sidebar paper={paper} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show My annotations' }));
    expect(
      screen.getByText(
        '2 annotations on this paper are in hidden layers: tick a layer under Layers to show it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Select text in the paper to highlight it.')).toBeNull();
  });
});

describe('LayersSection: the key to whose highlights are whose', () => {
  it("shows how the reader's own highlights and an imported layer's look in the text, only while an imported layer is shown", async () => {
    const store = createTestStore();
    const layer = {
      id: asSetId('week-3'),
      name: 'Week 3',
      created: 0,
      origin: 'imported' as const,
    };
    store.setState({ annotationSets: { ...store.getState().annotationSets, [layer.id]: layer } });
    store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(0), setId: layer.id });
    renderWithStore(<LayersSection paperId={PAPER_A} />, store);
    const key = screen.getByRole('note', { name: 'How highlights are drawn' });
    expect(key).toHaveTextContent('In the text: your own · imported (read-only)');
    expect(within(key).getByText('your own')).not.toHaveClass('hl--imported');
    expect(within(key).getByText('imported (read-only)')).toHaveClass('hl--imported');

    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Show Week 3' }));
    expect(screen.queryByRole('note', { name: 'How highlights are drawn' })).toBeNull();
  });

  it('shows no key when every layer is the reader’s own', () => {
    renderWithSet();
    expect(screen.queryByRole('note', { name: 'How highlights are drawn' })).toBeNull();
  });
});
