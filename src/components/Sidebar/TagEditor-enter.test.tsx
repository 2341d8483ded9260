/**
 * The tag box loads the first time a reader asks to tag (TagEditor.tsx): in a file of its own, so
 * that its code is not loaded yet when the test clicks "Add tag" (as in TagEditor.test.tsx).
 */
import { act, fireEvent, screen } from '@testing-library/react';
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
  it('adds a tag typed and entered before its code has loaded', async () => {
    render(<Sidebar paper={paper} />);
    act(() => appStore.getState().annotationActivated(aid('social')));
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    const early = screen.getByLabelText('Add a tag');
    fireEvent.change(early, { target: { value: 'quick' } });
    fireEvent.keyDown(early, { key: 'Enter' });
    expect(entryOf(appStore.getState().annotations, aid('social'))?.tags).toEqual([
      'method',
      'quick',
    ]);
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    expect(box).toHaveValue('');
  });
});
