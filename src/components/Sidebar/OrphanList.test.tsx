import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import {
  annotationOn,
  appStore,
  lastAnnouncement,
  paper,
  render,
  resetStore,
} from './__fixtures__/sidebar-store';
import { aid } from '../../annotations/__fixtures__/annotations';
import { entryOf } from '../../annotations/shared-record';

const lost = annotationOn('Other work disagrees', {
  id: aid('lost'),
  note: 'Check **this**',
  tags: ['dispute'],
  refLabels: ['4'],
});
const kept = annotationOn('Reading is social', { id: aid('kept') });

/** Renders one block of the paper as the reading view does, and selects `quote` inside it. */
function selectInPaper(quote: string) {
  const block = paper.blocks.find((b) => paper.text.slice(b.start, b.end).includes(quote))!;
  const p = document.createElement('p');
  p.dataset.blockStart = String(block.start);
  p.textContent = paper.text.slice(block.start, block.end);
  document.body.append(p);
  const text = p.firstChild!;
  const at = p.textContent.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + quote.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return () => p.remove();
}

async function openOrphansTab() {
  const user = userEvent.setup();
  render(<Sidebar paper={paper} />);
  await user.click(screen.getByRole('tab', { name: 'Orphans (1)' }));
  return user;
}

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => resetStore([kept, lost], { lost: { status: 'orphan' } }));

describe('Orphans tab', () => {
  it('lists each orphan with its quote, note, tags and sources', async () => {
    await openOrphansTab();
    const orphan = screen.getByRole('article', { name: 'Orphan: Other work disagrees' });
    expect(orphan).toHaveTextContent('Not found in the text.');
    expect((await within(orphan).findByText('this')).tagName).toBe('STRONG');
    expect(orphan).toHaveTextContent('#dispute');
    expect(orphan).toHaveTextContent('[4] Wang Chunguang');
  });

  it('re-attaches an orphan to the passage selected in the paper', async () => {
    const user = await openOrphansTab();
    await user.click(screen.getByRole('button', { name: 'Re-attach' }));
    const attach = screen.getByRole('button', { name: 'Attach to selection' });
    expect(attach).toHaveFocus();
    const cleanUp = selectInPaper('Margins hold questions');
    await user.click(attach);
    const target = entryOf(appStore.getState().annotations, aid('lost'))!.target;
    expect(target.quote.exact).toBe('Margins hold questions');
    expect(paper.text.slice(target.position!.start, target.position!.end)).toBe(
      'Margins hold questions',
    );
    expect(entryOf(appStore.getState().annotations, aid('lost'))!.note).toBe('Check **this**');
    expect(lastAnnouncement()).toMatch(/^Highlight re-attached\./);
    expect(screen.getByRole('tab', { name: 'Annotations (2)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Annotations (2)' })).toHaveFocus();
    expect(screen.getByRole('article', { name: 'Margins hold questions' })).toBeInTheDocument();
    cleanUp();
  });

  it('remembers the passage selected even if the selection is gone by the time of the click', async () => {
    const user = await openOrphansTab();
    await user.click(screen.getByRole('button', { name: 'Re-attach' }));
    const cleanUp = selectInPaper('Margins hold questions');
    document.dispatchEvent(new Event('selectionchange'));
    document.getSelection()?.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    await user.click(screen.getByRole('button', { name: 'Attach to selection' }));
    expect(entryOf(appStore.getState().annotations, aid('lost'))!.target.quote.exact).toBe(
      'Margins hold questions',
    );
    cleanUp();
  });

  it('asks for a selection first when nothing is selected', async () => {
    const user = await openOrphansTab();
    document.getSelection()?.removeAllRanges();
    await user.click(screen.getByRole('button', { name: 'Re-attach' }));
    await user.click(screen.getByRole('button', { name: 'Attach to selection' }));
    expect(screen.getByText(/First select the passage in the paper/)).toBeInTheDocument();
    expect(entryOf(appStore.getState().annotations, aid('lost'))!.target.quote.exact).toBe(
      'Other work disagrees',
    );
  });

  it('deletes an orphan only when asked, with undo', async () => {
    const user = await openOrphansTab();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(entryOf(appStore.getState().annotations, aid('lost'))).toBeUndefined();
    expect(screen.getByText(/No orphans/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      screen.getByRole('article', { name: 'Orphan: Other work disagrees' }),
    ).toBeInTheDocument();
    // The Undo bar goes: focus stays in the sidebar, on the Orphans tab, not the page's start.
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Orphans (1)' })).toHaveFocus());
  });

  it('gives focus back to "Re-attach" when re-attaching is cancelled', async () => {
    const user = await openOrphansTab();
    await user.click(screen.getByRole('button', { name: 'Re-attach' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Re-attach' })).toHaveFocus();
  });
});
