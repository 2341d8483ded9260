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
