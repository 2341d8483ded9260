import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { aid } from '../annotations/__fixtures__/annotations';
import {
  annotationOn,
  paper,
  render,
  resetStore,
} from '../components/Sidebar/__fixtures__/sidebar-store';
import { preloadSidebarParts, Sidebar } from '../components/Sidebar/Sidebar';
import { INSTRUCTOR_SET } from '../annotations/formats/__fixtures__/sample';
import { toW3CCollection } from '../annotations/formats/w3c-export';
import { SidebarDrawer } from './SidebarDrawer';

const social = annotationOn('Reading is social', { id: aid('social') });

/** A phone-sized window: the sidebar is a drawer (styles.css, SidebarDrawer's query). */
function onPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(max-width: 860px)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

function renderDrawer() {
  const host = document.createElement('div');
  document.body.append(host);
  const store = resetStore([social]);
  render(
    <>
      <article className="paper" tabIndex={-1} aria-label="Paper">
        <mark data-annotation-ids="social">Reading is social</mark>
      </article>
      <SidebarDrawer toggleHost={host}>
        <Sidebar paper={paper} />
      </SidebarDrawer>
    </>,
  );
  return store;
}

beforeAll(preloadSidebarParts);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** An annotation file of the instructor's set, with one highlight on the fixture paper. */
const instructorFile = () =>
  JSON.stringify(
    toW3CCollection({
      paper,
      annotations: [
        annotationOn('Margins hold questions', { id: aid('margins'), setId: INSTRUCTOR_SET.id }),
      ],
      sets: [INSTRUCTOR_SET],
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      now: Date.UTC(2026, 11, 4),
    }),
  );

describe('SidebarDrawer on a phone, after an import', () => {
  it('opens on the annotations when an import is done, so the reader sees what arrived', async () => {
    onPhone();
    const store = renderDrawer();
    const toggle = screen.getByRole('button', { name: /^Annotations \(1\)$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await act(() => store.getState().importRequested(instructorFile(), 'file', 'seminar.jsonld'));
    expect(store.getState().pendingImport?.kind).toBe('preview');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await act(() => store.getState().importConfirmed('newer-wins'));
    expect(toggle).toHaveTextContent('Annotations (2)');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const drawer = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(drawer).getAllByText(/Seminar 3: what to look for/).length).toBeGreaterThan(0);
    // Focus went with it, to the Annotations tab, selected.
    const tab = within(drawer).getAllByRole('tab')[0]!;
    expect(tab).toHaveFocus();
    expect(tab).toHaveAttribute('aria-selected', 'true');
  });

  it('stays closed when the preview is cancelled', async () => {
    onPhone();
    const store = renderDrawer();
    await act(() => store.getState().importRequested(instructorFile(), 'file', 'seminar.jsonld'));
    act(() => store.getState().importCancelled());
    const toggle = screen.getByRole('button', { name: /^Annotations \(1\)$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays closed when the annotations change under the preview and it is cancelled', async () => {
    onPhone();
    const store = renderDrawer();
    await act(() => store.getState().importRequested(instructorFile(), 'file', 'seminar.jsonld'));
    // Another change while the preview is shown (another tab's edit, the rest of the stored ones).
    act(() => {
      store.getState().annotationCreated({
        paperId: paper.id,
        target: social.target,
        colour: social.colour,
      });
    });
    act(() => store.getState().importCancelled());
    const toggle = screen.getByRole('button', { name: /^Annotations \(2\)$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('SidebarDrawer on a phone', () => {
  it('takes focus to the opened card, and gives it back to the paper when the drawer closes', async () => {
    onPhone();
    const store = renderDrawer();
    const user = userEvent.setup();
    const paperView = screen.getByRole('article', { name: 'Paper' });
    paperView.focus();
    // A highlight clicked in the paper opens its card, in the drawer.
    act(() => store.getState().annotationActivated(aid('social')));
    const card = screen.getAllByRole('article').find((a) => a.classList.contains('card'))!;
    expect(within(card).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close annotations' }));
    expect(paperView).toHaveFocus();
  });

  it('gives focus back on Escape too', async () => {
    onPhone();
    const store = renderDrawer();
    const user = userEvent.setup();
    const paperView = screen.getByRole('article', { name: 'Paper' });
    paperView.focus();
    act(() => store.getState().annotationActivated(aid('social')));
    expect(paperView).not.toHaveFocus();
    await user.keyboard('{Escape}');
    expect(paperView).toHaveFocus();
  });

  it('leaves focus where it is on a wide screen, where the sidebar is a column', () => {
    const store = renderDrawer();
    const paperView = screen.getByRole('article', { name: 'Paper' });
    paperView.focus();
    act(() => store.getState().annotationActivated(aid('social')));
    expect(paperView).toHaveFocus();
  });
});
