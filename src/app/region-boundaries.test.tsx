// Each region of the page fails on its own: a region that throws while rendering shows one
// sentence, "Export all annotations" and "Reload", and the other regions stay on screen.
import { makeAnnotation } from '../annotations/__fixtures__/annotations';
import { createShareController } from './share-controller';
import { pid } from '../paper/__fixtures__/paper-ids';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePaper } from '../paper/parse-paper';
import { StoreProvider } from '../components/store-context';
import { createTestStore } from '../store/__fixtures__/test-store';
import type { AppStore } from '../store/app-store';
import { App } from './App';
import type { PaperController } from './paper-controller';
import { recordOf } from '../annotations/shared-record';

const failing = vi.hoisted(() => new Set<string>());
const downloads = vi.hoisted(() => [] as Array<{ name: string; content: string }>);

/** Replaces a component export with one that throws while its name is in `failing`. */
const failable = vi.hoisted(
  () => (name: string, Real: (props: never) => ReactNode) => (props: never) => {
    if (failing.has(name)) throw new Error(`${name} broke`);
    return Real(props);
  },
);

vi.mock('../io/download', () => ({
  downloadText: (name: string, content: string) => downloads.push({ name, content }),
}));
vi.mock('../components/PaperPicker/RecentPapers', async (real) => {
  const m = await real<typeof import('../components/PaperPicker/RecentPapers')>();
  return { RecentPapers: failable('RecentPapers', m.RecentPapers) };
});
vi.mock('../components/Toc/TableOfContents', async (real) => {
  const m = await real<typeof import('../components/Toc/TableOfContents')>();
  return { TableOfContents: failable('TableOfContents', m.TableOfContents) };
});
vi.mock('../components/Annotate/AnnotatablePaper', async (real) => {
  const m = await real<typeof import('../components/Annotate/AnnotatablePaper')>();
  return { AnnotatablePaper: failable('AnnotatablePaper', m.AnnotatablePaper) };
});
vi.mock('../components/Sidebar/Sidebar', async (real) => {
  const m = await real<typeof import('../components/Sidebar/Sidebar')>();
  return { Sidebar: failable('Sidebar', m.Sidebar) };
});

const paper = parsePaper('# Notes on Trust\n\nReading is social.\n', {
  format: 'markdown',
  fileName: 'trust.md',
  id: pid('sha256:trust'),
});
const papers: PaperController = {
  openFile: async () => null,
  openSample: async () => {},
  openRecent: async () => {},
  forget: async () => {},
  restore: async () => {},
  answerLongPdf: () => {},
  warm: () => {},
};

let store: AppStore;
beforeEach(() => {
  store = createTestStore();
  store.getState().paperOpened(paper, {
    id: paper.id,
    title: paper.title,
    fileName: paper.fileName,
    format: paper.format,
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  failing.clear();
  downloads.length = 0;
  vi.restoreAllMocks();
});

const renderApp = () =>
  render(
    <StoreProvider store={store}>
      <App papers={papers} share={createShareController(store)} />
    </StoreProvider>,
  );

describe('App regions', () => {
  it.each([
    ['RecentPapers', 'the header'],
    ['TableOfContents', 'the table of contents'],
    ['AnnotatablePaper', 'the paper'],
    ['Sidebar', 'the sidebar'],
  ])('shows a fallback in place of %s when it throws, and keeps the rest', (component, what) => {
    failing.add(component);
    renderApp();
    const fallback = screen.getByRole('alert', { name: `${what} failed` });
    expect(fallback).toHaveTextContent(`${what.replace(/^t/, 'T')} could not be shown`);
    expect(fallback).toHaveTextContent(`${component} broke`);
    expect(within(fallback).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // Only that region failed: the paper's title or the brand is still there.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    if (what !== 'the header') expect(screen.getByText('Marginalia')).toBeInTheDocument();
    if (what !== 'the paper')
      expect(screen.getByRole('heading', { name: 'Notes on Trust', level: 1 })).toBeVisible();
  });

  it('exports every annotation from a failed region', async () => {
    const kept = makeAnnotation({ id: 'kept', paperId: paper.id, note: 'my words' });
    store.setState({ annotations: recordOf({ [kept.id]: kept }) });
    failing.add('Sidebar');
    renderApp();
    const fallback = screen.getByRole('alert', { name: 'the sidebar failed' });
    fireEvent.click(within(fallback).getByRole('button', { name: 'Export all annotations' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    // The same W3C file as the storage banner and the Share & export menu make.
    expect(downloads[0]!.name).toMatch(/\.jsonld$/);
    const file = JSON.parse(downloads[0]!.content);
    expect(file.type).toBe('AnnotationCollection');
    expect(downloads[0]!.content).toContain('my words');
  });
});
