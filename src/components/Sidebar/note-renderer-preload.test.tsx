/**
 * A note's Markdown renderer loads lazily, but before a note is shown where it can: when the note
 * editor opens, and when the store first holds an annotation with a note. A note shown once it has
 * loaded is drawn as Markdown at once, never first as raw `**` and `- ` markup.
 */
import { act, render as renderPlain, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aid } from '../../annotations/__fixtures__/annotations';

/**
 * How long a test waits for the renderer's module (react-markdown, evaluated afresh after
 * `vi.resetModules`): over a second when the whole suite loads the machine.
 */
const RENDERER_LOAD = { timeout: 5000 };

/** Called when the renderer's module is loaded. */
const rendererLoaded = vi.fn();

/** The renderer's module being loaded by the last test's module graph. */
let rendererLoading: Promise<unknown> = Promise.resolve();

/**
 * A fresh module graph, in which no earlier test has loaded the renderer, counting its loads. An
 * earlier test's load still under way finishes first: modules reset in the middle of it left the
 * next graph's import of the renderer waiting for good (1 run of the file in ~8).
 */
async function freshModules() {
  await rendererLoading.catch(() => {});
  vi.resetModules();
  rendererLoaded.mockClear();
  vi.doMock('./NoteMarkdown', async (importOriginal) => {
    rendererLoaded();
    return (rendererLoading = importOriginal());
  });
}

/**
 * The sidebar and its fixtures from a fresh module graph (no earlier test has loaded the
 * renderer), with the parts it loads beside the first screen loaded, as the app does.
 */
async function freshSidebar() {
  await freshModules();
  const { Sidebar, preloadSidebarParts } = await import('./Sidebar');
  const fixtures = await import('./__fixtures__/sidebar-store');
  await preloadSidebarParts();
  const plain = fixtures.annotationOn('Reading is social', { id: aid('plain') });
  fixtures.resetStore([plain]);
  fixtures.render(<Sidebar paper={fixtures.paper} />);
  // Let the sidebar's own early loads settle: none of them is the renderer.
  await act(() => preloadSidebarParts());
  expect(rendererLoaded).not.toHaveBeenCalled();
  return fixtures;
}

describe("the note renderer's early load", () => {
  it('starts when the note editor opens, before any note is shown', async () => {
    const { appStore } = await freshSidebar();
    const user = userEvent.setup();
    act(() => appStore.getState().annotationActivated(aid('plain')));
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    await vi.waitFor(() => expect(rendererLoaded).toHaveBeenCalledTimes(1), RENDERER_LOAD);
  });

  it('starts when the first annotation with a note comes into the store, not before', async () => {
    await freshModules();
    const fixtures = await import('./__fixtures__/sidebar-store');
    const { preloadNoteRendererOnceNoted } = await import('./NoteView');
    fixtures.resetStore([fixtures.annotationOn('Reading is social', { id: aid('plain') })]);
    const { appStore } = fixtures;
    // No card shows it: only the watcher can load the renderer.
    const stop = preloadNoteRendererOnceNoted(appStore);
    act(() => appStore.getState().annotationEdited(aid('plain'), { colour: 'blue' }));
    await new Promise((done) => setTimeout(done, 20));
    expect(rendererLoaded).not.toHaveBeenCalled();
    act(() => appStore.getState().annotationEdited(aid('plain'), { note: 'A thought' }));
    await vi.waitFor(() => expect(rendererLoaded).toHaveBeenCalledTimes(1), RENDERER_LOAD);
    stop();
  });

  it('waits for the page to be idle when the store already holds a note (a reload draws its first screen first)', async () => {
    await freshModules();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      // The watcher alone, with a stand-in for the renderer's import: what is timed is when it asks.
      const fixtures = await import('./__fixtures__/sidebar-store');
      const { preloadOnceNoted } = await import('./note-renderer');
      fixtures.resetStore([
        fixtures.annotationOn('Reading is social', { id: aid('noted'), note: 'Why?' }),
      ]);
      const preload = vi.fn();
      preloadOnceNoted(fixtures.appStore, preload)();
      await new Promise((done) => setTimeout(done, 20));
      expect(preload).not.toHaveBeenCalled();
      for (const run of idle.splice(0)) run();
      await vi.waitFor(() => expect(preload).toHaveBeenCalledTimes(1));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts soon when the store already holds a note', async () => {
    await freshModules();
    const fixtures = await import('./__fixtures__/sidebar-store');
    const { preloadNoteRendererOnceNoted } = await import('./NoteView');
    fixtures.resetStore([
      fixtures.annotationOn('Reading is social', { id: aid('noted'), note: 'Why?' }),
    ]);
    preloadNoteRendererOnceNoted(fixtures.appStore)();
    await vi.waitFor(() => expect(rendererLoaded).toHaveBeenCalledTimes(1), RENDERER_LOAD);
  });

  it('draws a note shown after the renderer loaded as Markdown at once, with no plain-text step', async () => {
    await freshModules();
    const { NoteView, preloadNoteRenderer } = await import('./NoteView');
    await preloadNoteRenderer();
    renderPlain(<NoteView note={'**Why** not?\n\n- one\n- two'} />);
    expect(screen.getByText('Why').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two']);
  });

  it('keeps the note as plain text, its lines kept, when the renderer cannot load (offline)', async () => {
    await rendererLoading.catch(() => {});
    vi.resetModules();
    vi.doMock('./NoteMarkdown', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { NoteView, preloadNoteRenderer } = await import('./NoteView');
    await preloadNoteRenderer();
    const { container } = renderPlain(<NoteView note={'- one\n- two'} />);
    expect(container.querySelector('.note p')?.innerHTML).toBe('- one<br>- two');
  });
});
