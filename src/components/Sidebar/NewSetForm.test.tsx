import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LayersSection } from './LayersSection';
import { appStore, paper, render, resetStore } from './__fixtures__/sidebar-store';

beforeEach(() => resetStore([], {}, paper));

describe('New set…', () => {
  it('labels the set colour "Layer colour" and says it is not a highlight colour', async () => {
    render(<LayersSection paperId={paper.id} />);
    await userEvent.click(screen.getByRole('button', { name: 'New set…' }));
    const colour = await screen.findByRole('combobox', { name: 'Layer colour' });
    expect(colour).toHaveAccessibleDescription(/highlights keep their own colours/);
    expect(screen.getByText('Layer colour')).toBeVisible();
  });

  it('creates the set with the layer colour picked', async () => {
    render(<LayersSection paperId={paper.id} />);
    await userEvent.click(screen.getByRole('button', { name: 'New set…' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Set title' }), 'Seminar');
    const name = screen.queryByRole('textbox', { name: 'Your name (asked once)' });
    if (name) await userEvent.type(name, 'Ada');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layer colour' }), 'green');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const seminar = Object.values(appStore.getState().annotationSets).find(
      (s) => s.name === 'Seminar',
    );
    expect(seminar?.colour).toBe('green');
  });
});
