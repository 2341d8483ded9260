/**
 * The tag box loads the first time a reader asks to tag (TagEditor.tsx): in a file of its own, so
 * that its code is not loaded yet when the test clicks "Add tag".
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import { annotationOn, appStore, paper, render, resetStore } from './__fixtures__/sidebar-store';
import { aid } from '../../annotations/__fixtures__/annotations';
import { entryOf } from '../../annotations/shared-record';

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() =>
  resetStore([annotationOn('Reading is social', { id: aid('social'), tags: ['method'] })]),
);

describe('the tag box, the first time it opens', () => {
  it('keeps the keys typed at once after Add tag, while its code still loads', async () => {
    const user = userEvent.setup();
    render(<Sidebar paper={paper} />);
    act(() => appStore.getState().annotationActivated(aid('social')));
    // Clicked and typed in one go: the box's code cannot have loaded in between.
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    const early = screen.getByLabelText('Add a tag');
    expect(early).toHaveFocus();
    fireEvent.change(early, { target: { value: 'fie' } });
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveValue('fie');
    await user.keyboard('ld{Enter}');
    expect(entryOf(appStore.getState().annotations, aid('social'))?.tags).toEqual([
      'method',
      'field',
    ]);
  });
});
