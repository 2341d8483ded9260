import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { docOffset } from '../../paper/types';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import {
  annotationOn,
  appStore,
  lastAnnouncement,
  offsetsOf,
  paper,
  render,
  resetStore,
} from './__fixtures__/sidebar-store';
import { aid } from '../../annotations/__fixtures__/annotations';
import type { AnnotationId } from '../../annotations/types';
import { entryOf } from '../../annotations/shared-record';

const social = annotationOn('Reading is social', { id: aid('social'), tags: ['method'] });
const notes = annotationOn('Notes travel between readers', {
  id: aid('notes'),
  colour: 'green',
  tags: ['survey'],
  refLabels: ['2', '8'],
});

const stored = (id: AnnotationId) => entryOf(appStore.getState().annotations, id);
const card = (quote: string) => screen.getByRole('article', { name: quote });

/** Renders the sidebar with `id`'s card open. */
function renderOpen(id: AnnotationId) {
  render(<Sidebar paper={paper} />);
  act(() => appStore.getState().annotationActivated(id));
}

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => resetStore([social, notes]));

describe('AnnotationCard note', () => {
  it('saves a note as it is typed and closes with Escape, focus back on its button', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Add note' }));
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box).toHaveFocus();
    await user.type(box, 'Needs a *source*');
    expect(stored(aid('social'))?.note).toBe('Needs a *source*');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect((await within(card('Reading is social')).findByText('source')).tagName).toBe('EM');
    expect(screen.getByRole('button', { name: 'Edit note' })).toHaveFocus();
    expect(lastAnnouncement()).toBe('Note saved.');
  });

  it('opens "Edit note" with the caret after the note, so typing adds to its end', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Add note' }));
    await user.keyboard('First thought.{Escape}');
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Edit note' }));
    const box = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect([box.selectionStart, box.selectionEnd]).toEqual([14, 14]);
    // Typed as a person types: at the caret, wherever it is.
    await user.keyboard(' Then more.');
    expect(stored(aid('social'))?.note).toBe('First thought. Then more.');
  });

  it('does not say "Note saved." while the storage banner says changes are not saved', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    act(() => appStore.getState().storageProblemReported({ kind: 'quota', message: 'full' }));
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Kept for now{Escape}');
    expect(stored(aid('social'))?.note).toBe('Kept for now');
    expect(lastAnnouncement()).toBe(
      'Note kept while this tab stays open, not saved: browser storage is full.',
    );
  });

  it('says "Note saved." once the banner says the annotations were read after all', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    act(() =>
      appStore.getState().storageProblemReported({ kind: 'recovered', message: 'All loaded.' }),
    );
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Saved again{Escape}');
    expect(lastAnnouncement()).toBe('Note saved.');
  });

  it('closes the note editor with Ctrl+Enter', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Note' }),
      'Done here{Control>}{Enter}{/Control}',
    );
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(stored(aid('social'))?.note).toBe('Done here');
  });
});

describe('AnnotationCard tags', () => {
  it('shows an Add tag button, not a text box, until the reader asks to tag', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    const opened = document.querySelector<HTMLElement>('.card--active')!;
    expect(within(opened).queryAllByRole('combobox')).toEqual([]);
    expect(within(opened).queryAllByRole('textbox')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Add tag' })).toBeNull();
  });

  it('drops a typed tag on Escape, then closes the box with focus back on Add tag', async () => {
    const user = userEvent.setup();
    const drawerKeys = vi.fn();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) drawerKeys();
    };
    document.addEventListener('keydown', onKey);
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.type(box, 'half{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Add a tag' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add tag' })).toHaveFocus();
    expect(stored(aid('social'))?.tags).toEqual(['method']);
    // Escape stays in the box: the phone's drawer (listening on the document) does not close.
    expect(drawerKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', onKey);
  });

  it("closes the box the toolbar's Tags opened on Escape, and opens it again on the next", async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    act(() => appStore.getState().cardIntentSet({ annotationId: aid('social'), focus: 'tags' }));
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Add tag' })).toHaveFocus();
    act(() => appStore.getState().cardIntentSet({ annotationId: aid('social'), focus: 'tags' }));
    const again = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(again).toHaveFocus());
  });

  it('keeps focus on the Add tag button when a tag is removed with the box closed', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Remove tag method' }));
    expect(stored(aid('social'))?.tags).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add tag' })).toHaveFocus();
  });

  it('adds tags with Enter and comma, and removes them with Backspace and ×', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await user.type(box, 'claim{Enter}');
    expect(stored(aid('social'))?.tags).toEqual(['method', 'claim']);
    expect(lastAnnouncement()).toBe('Tag claim added.');
    await user.type(box, 'open question,');
    expect(stored(aid('social'))?.tags).toEqual(['method', 'claim', 'open question']);
    expect(box).toHaveValue('');
    await user.keyboard('{Backspace}');
    expect(stored(aid('social'))?.tags).toEqual(['method', 'claim']);
    await user.click(screen.getByRole('button', { name: 'Remove tag method' }));
    expect(stored(aid('social'))?.tags).toEqual(['claim']);
    expect(lastAnnouncement()).toBe('Tag method removed.');
  });

  it('suggests tags used on other highlights in the tag box it opens', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    const options = Array.from(
      document.getElementById(box.getAttribute('list')!)!.querySelectorAll('option'),
    );
    expect(options.map((o) => o.value)).toEqual(['survey']);
  });
});

describe('AnnotationCard links, colour and status', () => {
  it('shows linked sources as chips and unlinks one', async () => {
    const user = userEvent.setup();
    renderOpen(aid('notes'));
    const chips = within(card('Notes travel between readers')).getByRole('list', {
      name: 'Linked sources',
    });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['[2] Smith, J.×', '[8] Zhang Shanshan×']);
    await user.click(screen.getByRole('button', { name: 'Unlink [8] Zhang Shanshan' }));
    expect(stored(aid('notes'))?.refLabels).toEqual(['2']);
    expect(lastAnnouncement()).toBe('Unlinked [8] Zhang Shanshan. Press Ctrl+Z to undo.');
    // The chip and its × are gone: focus stays in the card, on "Link to source".
    expect(
      within(card('Notes travel between readers')).getByRole('button', { name: 'Link to source' }),
    ).toHaveFocus();
  });

  it('links a claim to the source its sentence cites from "Link to source"', async () => {
    const user = userEvent.setup();
    resetStore([annotationOn('in line with the concept of "five-common"', { id: aid('claim') })]);
    renderOpen(aid('claim'));
    expect(screen.getByText('No linked source.')).toBeInTheDocument();
    const linkButton = screen.getByRole('button', { name: 'Link to source' });
    await user.click(linkButton);
    // The picker loads on first use.
    await screen.findByRole('dialog', { name: 'Link to source' });
    await user.keyboard('{Enter}');
    expect(stored(aid('claim'))?.refLabels).toEqual(['8']);
    expect(screen.getByRole('list', { name: 'Linked sources' })).toHaveTextContent(
      '[8] Zhang Shanshan',
    );
    expect(linkButton).toHaveFocus();
  });

  it('changes colour with the radio group', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('radio', { name: /question/ }));
    expect(stored(aid('social'))?.colour).toBe('blue');
    expect(lastAnnouncement()).toBe('Marked as question.');
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['blue']);
  });

  it('groups the colour radios under one name, so the browser moves between them with arrow keys', () => {
    renderOpen(aid('social'));
    const names = screen.getAllByRole('radio').map((r) => r.getAttribute('name'));
    expect(names).toHaveLength(5);
    expect(names[0]).toBeTruthy();
    expect(new Set(names).size).toBe(1);
  });

  it('keeps the colour radios grouped after a change of colour', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('radio', { name: /question/ }));
    await user.click(screen.getByRole('radio', { name: /important/ }));
    const names = screen.getAllByRole('radio').map((r) => r.getAttribute('name'));
    expect(names[0]).toBeTruthy();
    expect(new Set(names).size).toBe(1);
  });

  it('says when a highlight was found only approximately', () => {
    const { start, end } = offsetsOf('Reading is social');
    resetStore([social], {
      social: { status: 'fuzzy', start: docOffset(start), end: docOffset(end), score: 0.8 },
    });
    render(<Sidebar paper={paper} />);
    expect(within(card('Reading is social')).getByText(/Approximate match/)).toBeInTheDocument();
  });

  it('opens a card with its Open button and closes it again', async () => {
    const user = userEvent.setup();
    render(<Sidebar paper={paper} />);
    const open = within(card('Reading is social')).getByRole('button', { name: 'Open' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(appStore.getState().activeAnnotationId).toBe('social');
    await user.click(within(card('Reading is social')).getByRole('button', { name: 'Close' }));
    expect(appStore.getState().activeAnnotationId).toBeNull();
  });
});

describe('AnnotationCard quote', () => {
  it('brings the highlight into view in the paper on Enter', async () => {
    const user = userEvent.setup();
    const mark = document.createElement('mark');
    mark.dataset.annotationId = 'social';
    mark.textContent = 'Reading is social';
    mark.scrollIntoView = vi.fn();
    document.body.append(mark);
    render(<Sidebar paper={paper} />);
    within(card('Reading is social')).getByRole('button', { name: 'Reading is social' }).focus();
    await user.keyboard('{Enter}');
    expect(mark.scrollIntoView).toHaveBeenCalled();
    expect(mark).toHaveFocus();
    expect(mark).toHaveClass('flash');
    expect(appStore.getState().activeAnnotationId).toBe('social');
    mark.remove();
  });
});

describe('AnnotationCard delete', () => {
  it('deletes with an Undo that takes focus and brings the highlight back', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    expect(stored(aid('social'))).toBeUndefined();
    expect(screen.queryByRole('article', { name: 'Reading is social' })).toBeNull();
    expect(lastAnnouncement()).toBe('Highlight deleted. Press Ctrl+Z to undo.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stored(aid('social'))?.tags).toEqual(['method']);
    expect(card('Reading is social')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(lastAnnouncement()).toBe('Highlight restored.');
    // The Undo bar is gone: focus is on the card brought back, open as it was when deleted.
    await waitFor(() =>
      expect(
        within(card('Reading is social')).getByRole('button', { name: 'Close' }),
      ).toHaveFocus(),
    );
  });

  it('gives focus to Undo again on a second delete while the Undo bar still shows', async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    act(() => appStore.getState().annotationActivated(aid('notes')));
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    expect(stored(aid('notes'))).toBeUndefined();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    // That Undo brings back the second highlight deleted, the one it now offers.
    await user.keyboard('{Enter}');
    expect(card('Notes travel between readers')).toBeInTheDocument();
  });

  it("hides the Undo bar once the store's undo has brought the highlight back", async () => {
    const user = userEvent.setup();
    renderOpen(aid('social'));
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    act(() => appStore.getState().undo());
    expect(card('Reading is social')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
