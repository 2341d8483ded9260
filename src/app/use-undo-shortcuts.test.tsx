// The undo shortcuts (app/) driven through the selection toolbar, as a reader uses them.
import { fireEvent, screen } from '@testing-library/react';
import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePaper } from '../paper/parse-paper';
import { docOffset } from '../paper/types';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { SelectionToolbar } from '../components/Annotate/SelectionToolbar';
import { appStore, render, resetStore } from '../components/Sidebar/__fixtures__/sidebar-store';
import { pid } from '../paper/__fixtures__/paper-ids';

const SOURCE = `# Notes on Trust

## 1. Method
The mechanism refers to the concept of "five-common" [1], which is discussed at length.

## References
[1] Zhang Shanshan: Playing Farmers' Subjectivity, Guizhou Daily, 2018.
`;
const paper = parsePaper(SOURCE, {
  format: 'markdown',
  fileName: 'trust.md',
  id: pid('sha256:trust'),
});
const phrase = 'the concept of "five-common" [1]';
const start = docOffset(paper.text.indexOf(phrase));
const end = docOffset(start + phrase.length);

function fakeRange(): Range {
  const range = document.createRange();
  // jsdom does no layout: give the range the geometry the toolbar places itself by.
  const rect = {
    top: 300,
    bottom: 320,
    left: 100,
    right: 300,
    width: 200,
    height: 20,
    x: 100,
    y: 300,
  };
  range.getClientRects = () => [rect] as unknown as DOMRectList;
  range.getBoundingClientRect = () => rect as DOMRect;
  return range;
}

/** The toolbar over the test phrase; `onDone` records what it opened. */
const selectionToolbar = (onDone: (intent: string | null) => void = () => {}) => (
  <SelectionToolbar paper={paper} selection={{ start, end, range: fakeRange() }} onDone={onDone} />
);

beforeEach(() => resetStore([], {}, paper));

describe('undo and redo shortcuts', () => {
  it('undo a highlight with Ctrl+Z and bring it back with Ctrl+Shift+Z, announcing each', () => {
    renderHook(() => useUndoShortcuts(appStore));
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    expect(Object.keys(appStore.getState().annotations)).toHaveLength(1);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(Object.keys(appStore.getState().annotations)).toHaveLength(0);
    expect(appStore.getState().announcement?.text).toBe('Undone: highlight.');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(Object.keys(appStore.getState().annotations)).toHaveLength(1);
    expect(appStore.getState().announcement?.text).toBe('Redone: highlight.');
  });

  it('leaves Ctrl+Z to a text field being typed in', () => {
    renderHook(() => useUndoShortcuts(appStore));
    render(selectionToolbar());
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
    const input = document.createElement('textarea');
    document.body.append(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(Object.keys(appStore.getState().annotations)).toHaveLength(1);
    input.remove();
  });
});
