// Start-up never ends in a blank page: a store that cannot be built, or a first render that
// throws, shows a plain fallback with "Export all annotations" and "Reload".
import { makeAnnotation } from '../annotations/__fixtures__/annotations';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../io/storage-like';
import { mountApp } from './mount-app';
import { startApp, type StartedApp } from './start-app';
import { recordOf } from '../annotations/shared-record';

const downloads = vi.hoisted(() => [] as Array<{ name: string; content: string }>);
vi.mock('../io/download', () => ({
  downloadText: (name: string, content: string) => downloads.push({ name, content }),
}));

let container: HTMLElement;
let started: StartedApp | null = null;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  started?.dispose();
  started = null;
  container.remove();
  downloads.length = 0;
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('mountApp', () => {
  it('shows a fallback that exports the stored data as it is when the store cannot be built', () => {
    localStorage.setItem('marginalia:v2:a:x', '{"kept":"as is"}');
    localStorage.setItem('someone-else', 'not ours');
    const reload = vi.fn();
    act(() => {
      started = mountApp(container, {
        start: () => {
          throw new Error('storage exploded');
        },
        onReload: reload,
      });
    });
    expect(started).toBeNull();
    const fallback = screen.getByRole('alert', { name: 'Marginalia failed' });
    expect(fallback).toHaveTextContent('Marginalia could not be shown');
    expect(fallback).toHaveTextContent('storage exploded');
    fireEvent.click(within(fallback).getByRole('button', { name: 'Export all annotations' }));
    expect(JSON.parse(downloads[0]!.content)).toEqual({ 'marginalia:v2:a:x': '{"kept":"as is"}' });
    fireEvent.click(within(fallback).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows the fallback when the first render throws, and exports from the store', async () => {
    act(() => {
      started = mountApp(container, {
        start: () => {
          const app = startApp({ area: createMemoryStorage(), window: null, document: null });
          const kept = makeAnnotation({ id: 'kept' });
          app.store.setState({ annotations: recordOf({ [kept.id]: kept }) });
          return app;
        },
        Root: () => {
          throw new Error('first render failed');
        },
      });
    });
    const fallback = screen.getByRole('alert', { name: 'Marginalia failed' });
    expect(fallback).toHaveTextContent('first render failed');
    fireEvent.click(within(fallback).getByRole('button', { name: 'Export all annotations' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/\.jsonld$/);
    expect(JSON.parse(downloads[0]!.content).type).toBe('AnnotationCollection');
  });
});
