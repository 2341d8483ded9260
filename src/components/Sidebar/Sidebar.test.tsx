import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

const social = annotationOn('Reading is social', {
  id: aid('social'),
  tags: ['Method'],
  refLabels: ['1'],
});
const notes = annotationOn('Notes travel between readers', {
  id: aid('notes'),
  colour: 'green',
  note: 'Evidence from the *survey*',
  tags: ['method', 'survey'],
  refLabels: ['2', '3'],
});
const margins = annotationOn('Margins hold questions', { id: aid('margins'), colour: 'blue' });
const claim = annotationOn('in line with the concept of "five-common"', { id: aid('claim') });
const lost = annotationOn('Other work disagrees', { id: aid('lost'), note: 'Find this again' });

/** The quotes of the listed cards, top to bottom. */
const listedQuotes = () =>
  within(screen.getByRole('list', { name: 'Annotations in reading order' }))
    .getAllByRole('article')
    .map((card) => card.querySelector('q')?.textContent);

const renderSidebar = () => render(<Sidebar paper={paper} />);

/** The filters' count of what is shown: a polite live region (role status). */
const filterCount = () =>
  within(screen.getByRole('region', { name: 'Filter' })).getByRole('status');

// As the app does beside the first screen: the parts not on it are drawn at once when shown.
beforeAll(preloadSidebarParts);

beforeEach(() => resetStore());

describe('Sidebar', () => {
  it('tells a new reader how to start', () => {
    renderSidebar();
    expect(screen.getByRole('complementary', { name: 'Annotations' })).toBeInTheDocument();
    expect(screen.getByText('Select text in the paper to highlight it.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Annotations (0)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('keeps the legend and filters out of reach before the first highlight, then shows the same ones', () => {
    renderSidebar();
    // There (so the first highlight mounts nothing), but hidden: no region, no field, no tab stop.
    expect(screen.queryByRole('region', { name: 'Colours' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Filter' })).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    const search = screen.getByRole('searchbox', { hidden: true });
    act(() => {
      appStore.getState().annotationCreated({ paperId: paper.id, target: social.target });
    });
    expect(screen.getByRole('region', { name: 'Colours' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Filter' })).getByRole('searchbox')).toBe(
      search,
    );
  });

  it('lists annotations in reading order, by where they anchored now', () => {
    // "social" was stored first in the text but anchored after "margins" (the text moved).
    const moved = offsetsOf('Other work disagrees');
    resetStore([claim, margins, notes, social], {
      social: { status: 'moved', start: docOffset(moved.start), end: docOffset(moved.end) },
    });
    renderSidebar();
    expect(listedQuotes()).toEqual([
      'Notes travel between readers',
      'Margins hold questions',
      'in line with the concept of "five-common"',
      'Reading is social',
    ]);
  });

  it('shows no Orphans tab while there are none, and says what the tab holds when there are', () => {
    resetStore([social]);
    const first = renderSidebar();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Annotations (1)']);
    first.unmount();
    resetStore([social, lost], { lost: { status: 'orphan' } });
    renderSidebar();
    const orphansTab = screen.getByRole('tab', { name: 'Orphans (1)' });
    expect(orphansTab).toHaveAccessibleDescription(
      'Highlights whose text could not be found in this version of the paper',
    );
  });

  it('keeps orphans in their own tab, reached with the arrow keys', async () => {
    const user = userEvent.setup();
    resetStore([social, lost], { lost: { status: 'orphan' } });
    renderSidebar();
    const annotationsTab = screen.getByRole('tab', { name: 'Annotations (1)' });
    expect(listedQuotes()).toEqual(['Reading is social']);
    annotationsTab.focus();
    await user.keyboard('{ArrowRight}');
    const orphansTab = screen.getByRole('tab', { name: 'Orphans (1)' });
    expect(orphansTab).toHaveFocus();
    expect(orphansTab).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Orphans (1)' });
    expect(within(panel).getByText('Other work disagrees')).toBeInTheDocument();
    expect(within(panel).getByText('Find this again')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Annotations (1)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});

describe('Sidebar legend', () => {
  it('shows each colour with its glyph, label and count, and filters by colour', async () => {
    const user = userEvent.setup();
    resetStore([social, notes, margins, claim]);
    renderSidebar();
    const claimToggle = screen.getByRole('button', { name: /claim \(2\)/ });
    expect(claimToggle).toHaveTextContent('●');
    expect(screen.getByRole('button', { name: /evidence \(1\)/ })).toHaveTextContent('■');
    expect(screen.getByRole('button', { name: /question \(1\)/ })).toHaveTextContent('?');
    await user.click(claimToggle);
    expect(claimToggle).toHaveAttribute('aria-pressed', 'true');
    expect(listedQuotes()).toEqual([
      'Reading is social',
      'in line with the concept of "five-common"',
    ]);
    expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();
  });

  it('renames a colour label in place', async () => {
    const user = userEvent.setup();
    resetStore([margins]);
    renderSidebar();
    await user.click(screen.getByRole('button', { name: 'Rename question' }));
    const box = await screen.findByRole('textbox', { name: 'New name for question' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'open problem{Enter}');
    expect(appStore.getState().colourLabels.blue).toBe('open problem');
    expect(screen.getByRole('button', { name: /open problem \(1\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename open problem' })).toHaveFocus();
    expect(lastAnnouncement()).toBe('Renamed question to open problem.');
  });

  it('keeps the old label when renaming is cancelled with Escape', async () => {
    const user = userEvent.setup();
    resetStore([margins]);
    renderSidebar();
    await user.click(screen.getByRole('button', { name: 'Rename question' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'New name for question' }),
      'x{Escape}',
    );
    expect(appStore.getState().colourLabels.blue).toBe('question');
  });
});

describe('Sidebar filters', () => {
  beforeEach(() => resetStore([social, notes, margins, claim]));

  it('filters by tag, ignoring case, with counts', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const tags = screen.getByRole('group', { name: 'Tags' });
    await user.click(within(tags).getByRole('button', { name: '#Method (2)' }));
    expect(listedQuotes()).toEqual(['Reading is social', 'Notes travel between readers']);
    await user.click(within(tags).getByRole('button', { name: '#survey (1)' }));
    expect(listedQuotes()).toEqual(['Reading is social', 'Notes travel between readers']);
  });

  it('shows and filters by tags named like what every object has', async () => {
    const words = ['constructor', 'toString', '__proto__'];
    resetStore([
      annotationOn('Reading is social', { id: aid('social'), tags: words }),
      annotationOn('Margins hold questions', { id: aid('margins'), tags: ['__proto__'] }),
      claim,
    ]);
    const user = userEvent.setup();
    renderSidebar();
    const tags = screen.getByRole('group', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['#__proto__ (2)', '#constructor (1)', '#toString (1)']);
    await user.click(within(tags).getByRole('button', { name: '#__proto__ (2)' }));
    expect(listedQuotes()).toEqual(['Reading is social', 'Margins hold questions']);
    await user.click(within(tags).getByRole('button', { name: '#__proto__ (2)' }));
    await user.click(within(tags).getByRole('button', { name: '#constructor (1)' }));
    expect(listedQuotes()).toEqual(['Reading is social']);
    const card = screen.getByRole('article', { name: /Reading is social/ });
    const chips = within(within(card).getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(words.map((word) => `#${word}`));
  });

  it('filters by linked reference', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const refs = screen.getByRole('group', { name: 'Linked sources' });
    await user.click(within(refs).getByRole('button', { name: '[3] Doe, A. (1)' }));
    expect(listedQuotes()).toEqual(['Notes travel between readers']);
  });

  it('filters by free text over quotes, notes and tags', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' }),
      'SURVEY',
    );
    expect(listedQuotes()).toEqual(['Notes travel between readers']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' }),
      'five',
    );
    expect(listedQuotes()).toEqual(['in line with the concept of "five-common"']);
  });

  it('finds a tag searched as the chips show it, with its "#"', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const search = screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' });
    await user.type(search, '#surv');
    expect(listedQuotes()).toEqual(['Notes travel between readers']);
    await user.clear(search);
    await user.type(search, '#METHOD');
    expect(listedQuotes()).toEqual(['Reading is social', 'Notes travel between readers']);
  });

  it('shows only highlights not linked to a source (any colour, the label says so), then clears every filter', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const unlinked = screen.getByRole('button', { name: 'Not linked to a source (2)' });
    await user.click(unlinked);
    expect(unlinked).toHaveAttribute('aria-pressed', 'true');
    expect(listedQuotes()).toEqual([
      'Margins hold questions',
      'in line with the concept of "five-common"',
    ]);
    expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(listedQuotes()).toHaveLength(4);
    expect(lastAnnouncement()).toBe('Filters cleared.');
    expect(filterCount()).toHaveTextContent('4 annotations');
    expect(screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' })).toHaveFocus();
  });

  it('offers no "Not linked to a source" filter while every highlight is linked, and keeps it while it is on', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const linkAll = () =>
      act(() => {
        appStore.getState().referenceLinked(aid('margins'), '1');
        appStore.getState().referenceLinked(aid('claim'), '1');
      });
    await user.click(screen.getByRole('button', { name: 'Not linked to a source (2)' }));
    linkAll();
    // On, it stays to be turned off, even at none.
    const chip = screen.getByRole('button', { name: 'Not linked to a source (0)' });
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.click(chip);
    expect(screen.queryByRole('button', { name: /Not linked to a source/ })).toBeNull();
    // The focused chip went: focus goes to the search box, not to the page.
    expect(screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' })).toHaveFocus();
  });

  it('reads out the count politely as a search is typed', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const count = filterCount();
    expect(count).toHaveTextContent('4 annotations');
    await user.type(screen.getByRole('searchbox'), 'survey');
    // The same live region, its text changed: screen readers read the change, not the first render.
    expect(filterCount()).toBe(count);
    expect(count).toHaveTextContent('Showing 1 of 4');
  });

  it('says when nothing matches, with one "Clear filters" (by the count, where it always is)', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await user.type(screen.getByRole('searchbox'), 'nowhere to be found');
    expect(screen.getByText(/No annotations match these filters/)).toBeInTheDocument();
    expect(filterCount()).toHaveTextContent('Showing 0 of 4');
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    expect(clear).toHaveLength(1);
    expect(filterCount().parentElement).toContainElement(clear[0]!);
    await user.click(clear[0]!);
    expect(listedQuotes()).toHaveLength(4);
    expect(screen.getByRole('searchbox', { name: 'Search quotes, notes and tags' })).toHaveFocus();
  });
});

describe('Sidebar and the active annotation', () => {
  it('opens the card of a highlight clicked in the paper, clearing filters that hide it', () => {
    resetStore([social, margins]);
    renderSidebar();
    act(() => appStore.getState().annotationFilterChanged({ colours: ['blue'] }));
    expect(listedQuotes()).toEqual(['Margins hold questions']);
    act(() => appStore.getState().annotationActivated(aid('social')));
    expect(listedQuotes()).toEqual(['Reading is social', 'Margins hold questions']);
    const card = screen.getByRole('article', { name: 'Reading is social' });
    expect(within(card).getByRole('button', { name: 'Close' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(card.closest('li')).toHaveAttribute('aria-current', 'true');
    expect(lastAnnouncement()).toBe('Filters cleared to show the selected highlight.');
  });

  it('respects a filter chosen while a card is open', () => {
    resetStore([social, margins]);
    renderSidebar();
    act(() => appStore.getState().annotationActivated(aid('social')));
    act(() => appStore.getState().annotationFilterChanged({ colours: ['blue'] }));
    expect(listedQuotes()).toEqual(['Margins hold questions']);
  });

  it('switches to the Orphans tab for an orphan', () => {
    resetStore([social, lost], { lost: { status: 'orphan' } });
    renderSidebar();
    act(() => appStore.getState().annotationActivated(aid('lost')));
    expect(screen.getByRole('tab', { name: 'Orphans (1)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('opens a card at its note, tags or link picker when the toolbar asks', async () => {
    resetStore([social, margins]);
    renderSidebar();
    act(() => appStore.getState().cardIntentSet({ annotationId: aid('margins'), focus: 'note' }));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
    expect(appStore.getState().cardIntent).toBeNull();

    act(() => appStore.getState().cardIntentSet({ annotationId: aid('social'), focus: 'tags' }));
    const tagBox = await screen.findByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(tagBox).toHaveFocus());

    act(() => appStore.getState().cardIntentSet({ annotationId: aid('social'), focus: 'link' }));
    expect(await screen.findByRole('dialog', { name: 'Link to source' })).toBeInTheDocument();
  });
});
