import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import { annotationOn, appStore, paper, render, resetStore } from './__fixtures__/sidebar-store';
import { aid } from '../../annotations/__fixtures__/annotations';
import type { Annotation } from '../../annotations/types';
import { entryOf } from '../../annotations/shared-record';

const social = annotationOn('Reading is social', { id: aid('social'), note: 'Start' });
const id = aid('social');

/** What another tab wrote: the note as `note`, from the version both tabs shared, `base`. */
function otherTabWrote(base: Annotation, note: string) {
  const remote = { ...base, note, modified: base.modified + 5000 };
  act(() =>
    appStore.getState().remoteAnnotationsMerged({
      annotations: { [id]: remote },
      bases: { [id]: base },
    }),
  );
}

async function openEditor() {
  const user = userEvent.setup();
  render(<Sidebar paper={paper} />);
  act(() => appStore.getState().annotationActivated(id));
  await user.click(screen.getByRole('button', { name: 'Edit note' }));
  return { user, box: screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' }) };
}

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => resetStore([social]));

describe('NoteEditor with another tab typing in the same note', () => {
  it("keeps this tab's typing and the other tab's, and goes on typing where the caret was", async () => {
    const { user, box } = await openEditor();
    const base = entryOf(appStore.getState().annotations, id)!;
    await user.type(box, ' alp');
    otherTabWrote(base, 'Start beta');
    expect(box.value).toBe('Start alp beta');
    await user.keyboard('ha');
    expect(box.value).toBe('Start alpha beta');
    expect(entryOf(appStore.getState().annotations, id)?.note).toBe('Start alpha beta');
    expect(
      screen.getByText("Also edited in another tab: both tabs' text is kept."),
    ).toHaveAttribute('role', 'status');
  });

  it('says both versions are kept when both tabs rewrote the same words', async () => {
    const { user, box } = await openEditor();
    const base = entryOf(appStore.getState().annotations, id)!;
    await user.clear(box);
    await user.type(box, 'Mine');
    otherTabWrote(base, 'Theirs');
    expect(box.value).toBe('Mine Theirs');
    expect(
      screen.getByText(/^Edited in another tab at the same words: both versions are kept/),
    ).toHaveAttribute('role', 'status');
    await user.keyboard('{Escape}');
    expect(appStore.getState().remoteNoteEdits[id]).toBeUndefined();
  });
});
