// A reader's strings placed in the sidebar's sentences (tags, colour labels, set names) keep their
// direction to themselves: a right-to-left override or Arabic text in a tag cannot reverse the
// "(2)" count beside it, the "Remove tag …" name of its button, or an announcement.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aid } from '../../annotations/__fixtures__/annotations';
import { isolate } from '../../paper/isolate';
import { preloadSidebarParts, Sidebar } from './Sidebar';
import {
  annotationOn,
  appStore,
  lastAnnouncement,
  paper,
  render,
  resetStore,
} from './__fixtures__/sidebar-store';

const RLO_TAG = 'draft\u202Etxt';
const ARABIC = 'ادعاء';
const social = annotationOn('Reading is social', { id: aid('social'), tags: [RLO_TAG, ARABIC] });

/** The text each `<bdi>` inside `element` holds. */
const bdis = (element: HTMLElement) =>
  Array.from(element.querySelectorAll('bdi')).map((b) => b.textContent);

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => resetStore([social]));

describe('the sidebar with right-to-left reader strings', () => {
  it('isolates each tag in its chip and in its filter toggle with a count', () => {
    render(<Sidebar paper={paper} />);
    const card = screen.getByRole('article', { name: 'Reading is social' });
    expect(bdis(within(card).getByRole('list', { name: 'Tags' }))).toEqual([RLO_TAG, ARABIC]);
    const filters = screen.getByRole('group', { name: 'Tags' });
    for (const toggle of within(filters).getAllByRole('button'))
      expect(bdis(toggle)).toHaveLength(1);
  });

  it('isolates a tag in its remove button and in the announcement of its removal', async () => {
    const user = userEvent.setup();
    render(<Sidebar paper={paper} />);
    act(() => appStore.getState().annotationActivated(aid('social')));
    const remove = screen.getByRole('button', { name: `Remove tag ${isolate(RLO_TAG)}` });
    await user.click(remove);
    expect(lastAnnouncement()).toBe(`Tag ${isolate(RLO_TAG)} removed.`);
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    await user.type(await screen.findByRole('combobox', { name: 'Add a tag' }), `${ARABIC}{Enter}`);
    expect(lastAnnouncement()).toBe(`Already tagged ${isolate(ARABIC)}.`);
  });

  it('isolates a colour label in the legend, its rename button and the rename announcement', async () => {
    const user = userEvent.setup();
    act(() => appStore.getState().colourLabelRenamed('yellow', ARABIC));
    render(<Sidebar paper={paper} />);
    const rename = screen.getByRole('button', { name: `Rename ${isolate(ARABIC)}` });
    expect(rename).toHaveAttribute('title', `Rename ${isolate(ARABIC)}`);
    await user.click(rename);
    const box = await screen.findByRole('textbox', { name: `New name for ${isolate(ARABIC)}` });
    await user.clear(box);
    await user.type(box, `${RLO_TAG}{Enter}`);
    expect(lastAnnouncement()).toBe(`Renamed ${isolate(ARABIC)} to ${isolate(RLO_TAG)}.`);
  });
});

describe('the sets store with a right-to-left set name', () => {
  it('isolates the name in the deleted and restored announcements', () => {
    const s = appStore.getState();
    const id = s.setCreated({ name: RLO_TAG });
    appStore.getState().setDeleted(id);
    expect(lastAnnouncement()).toBe(`Deleted “${isolate(RLO_TAG)}” and its 0 annotations.`);
    appStore.getState().setDeleteUndone();
    expect(lastAnnouncement()).toBe(`Restored “${isolate(RLO_TAG)}”.`);
  });
});
