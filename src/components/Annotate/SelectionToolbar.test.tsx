import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { end, paper, phrase, selectionToolbar, start } from './__fixtures__/toolbar';
import { appStore, render, resetStore } from '../Sidebar/__fixtures__/sidebar-store';
import { keysOf, valuesOf } from '../../annotations/shared-record';

beforeEach(() => resetStore([], {}, paper));

describe('SelectionToolbar', () => {
  it('offers five labelled colours and the note, tags and link actions', () => {
    render(selectionToolbar());
    const toolbar = screen.getByRole('toolbar', { name: 'Annotate the selection' });
    expect(toolbar).toBeInTheDocument();
    for (const label of ['claim', 'evidence', 'question', 'definition', 'important']) {
      expect(screen.getByRole('button', { name: `Highlight as ${label}` })).toBeInTheDocument();
    }
    for (const name of ['Note', 'Tags', 'Link to source'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('highlights the selection as a claim with its quote and context, and announces it', () => {
    const done: (string | null)[] = [];
    render(selectionToolbar((i) => done.push(i)));
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const [annotation] = valuesOf(appStore.getState().annotations);
    expect(annotation?.colour).toBe('yellow');
    expect(annotation?.target.quote.exact).toBe(phrase);
    expect(annotation?.target.quote.prefix).toBe(paper.text.slice(start - 32, start));
    expect(annotation?.target.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(appStore.getState().activeAnnotationId).toBe(annotation?.id);
    expect(appStore.getState().announcement?.text).toMatch(/Highlighted as claim/);
    expect(done).toEqual([null]);
  });

  it('opens the new highlight straight into the link picker from "Link to source"', () => {
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Link to source' }));
    const [annotation] = valuesOf(appStore.getState().annotations);
    expect(appStore.getState().cardIntent).toEqual({ annotationId: annotation!.id, focus: 'link' });
  });

  it('recolours an existing highlight of the same passage instead of adding a second one', () => {
    const { rerender } = render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const id = keysOf(appStore.getState().annotations)[0]!;
    act(() =>
      appStore
        .getState()
        .anchorsResolved(paper.id, { [id]: { status: 'exact', start, end } as never }),
    );
    rerender(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as evidence' }));
    expect(valuesOf(appStore.getState().annotations).map((a) => a.colour)).toEqual(['green']);
  });

  it('highlights a passage again after its earlier highlight was deleted', () => {
    const { rerender } = render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const first = keysOf(appStore.getState().annotations)[0]!;
    act(() =>
      appStore
        .getState()
        .anchorsResolved(paper.id, { [first]: { status: 'exact', start, end } as never }),
    );
    act(() => appStore.getState().annotationDeleted(first));
    rerender(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as question' }));
    const now = valuesOf(appStore.getState().annotations);
    expect(now.map((a) => a.colour)).toEqual(['blue']);
    expect(now[0]!.id).not.toBe(first);
  });

  it('moves between its buttons with the arrow keys', () => {
    render(selectionToolbar());
    const first = screen.getByRole('button', { name: 'Highlight as claim' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Highlight as evidence' }),
    );
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link to source' }));
  });
});
