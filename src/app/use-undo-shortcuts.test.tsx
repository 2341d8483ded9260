// The undo shortcuts (app/) driven through the selection toolbar, as a reader uses them.
import { fireEvent, screen } from '@testing-library/react';
import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId } from '../annotations/types';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { paper, selectionToolbar } from '../components/Annotate/__fixtures__/toolbar';
import { appStore, render, resetStore } from '../components/Sidebar/__fixtures__/sidebar-store';
import { keysOf } from '../annotations/shared-record';

beforeEach(() => resetStore([], {}, paper));

describe('undo and redo shortcuts', () => {
  it('undo a highlight with Ctrl+Z and bring it back with Ctrl+Shift+Z, announcing each', () => {
    renderHook(() => useUndoShortcuts(appStore));
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    expect(keysOf(appStore.getState().annotations)).toHaveLength(1);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(keysOf(appStore.getState().annotations)).toHaveLength(0);
    expect(appStore.getState().announcement?.text).toBe('Undone: highlight.');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(keysOf(appStore.getState().annotations)).toHaveLength(1);
    expect(appStore.getState().announcement?.text).toBe('Redone: highlight.');
  });

  it('says which edit it undid and redid (the note, the tags, the colour), not just "edit"', () => {
    renderHook(() => useUndoShortcuts(appStore));
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const [id] = keysOf(appStore.getState().annotations) as [AnnotationId];
    const said = (key: { shiftKey?: boolean }) => {
      fireEvent.keyDown(window, { key: 'z', ctrlKey: true, ...key });
      return appStore.getState().announcement?.text;
    };
    appStore.getState().annotationEdited(id, { tags: ['method'] });
    expect(said({})).toBe('Undone: tag change.');
    expect(said({ shiftKey: true })).toBe('Redone: tag change.');
    appStore.getState().annotationEdited(id, { note: 'Why?' });
    expect(said({})).toBe('Undone: note edit.');
    appStore.getState().annotationEdited(id, { colour: 'green' });
    expect(said({})).toBe('Undone: colour change.');
  });

  it('leaves Ctrl+Z to a text field being typed in', () => {
    renderHook(() => useUndoShortcuts(appStore));
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const input = document.createElement('textarea');
    document.body.append(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(keysOf(appStore.getState().annotations)).toHaveLength(1);
    input.remove();
  });
});
