import { act, fireEvent, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../anchoring/selectors';
import type { AnchorResult } from '../../anchoring/anchor';
import { parsePaper } from '../../paper/parse-paper';
import type { DocOffset } from '../../paper/types';
import { AnnotatablePaper, preloadSelectionToolbar } from './AnnotatablePaper';
import { appStore, render, resetStore } from '../Sidebar/__fixtures__/sidebar-store';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { withRangeRects } from './__fixtures__/range-rects';
import { valuesOf } from '../../annotations/shared-record';

const paper = parsePaper('# Layers\n\nAn outer claim holds two inner parts side by side here.', {
  format: 'markdown',
  fileName: 'layers.md',
  id: pid('sha256:layers'),
});
const at = (phrase: string) => {
  const start = paper.text.indexOf(phrase);
  return { start, end: start + phrase.length };
};

function highlight(phrase: string, colour: 'yellow' | 'green' | 'blue') {
  const { start, end } = at(phrase);
  const target = describeRange(paper.text, start as DocOffset, end as DocOffset);
  const id = appStore.getState().annotationCreated({ paperId: paper.id, target, colour });
  const anchored: AnchorResult = {
    status: 'exact',
    start: start as DocOffset,
    end: end as DocOffset,
  };
  appStore.getState().anchorsResolved(paper.id, { [id]: anchored });
  return id;
}

// As the app does beside the first screen: the toolbar is drawn at once with a selection.
beforeAll(preloadSelectionToolbar);

beforeEach(() => resetStore([], {}, paper));

/** Renders of the paper's article (each calls the progressive limit's hook once). */
const articleRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../PaperView/use-progressive-limit', async (importOriginal) => {
  const real = await importOriginal<typeof import('../PaperView/use-progressive-limit')>();
  return {
    ...real,
    useProgressiveLimit: (...args: Parameters<typeof real.useProgressiveLimit>) => {
      articleRenders.count++;
      return real.useProgressiveLimit(...args);
    },
  };
});

/** A range over `words` in the first paragraph's first text, whatever element (if any) holds it. */
function rangeOfWords(container: HTMLElement, words: string): Range {
  const paragraph = container.querySelector('p')!;
  const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()!;
  const range = document.createRange();
  const offset = (text.textContent ?? '').indexOf(words);
  range.setStart(text, offset);
  range.setEnd(text, offset + words.length);
  return range;
}

describe('AnnotatablePaper', () => {
  it('reaches every highlight of a passage covered by others by clicking it again', () => {
    let outer = '';
    let first = '';
    let second = '';
    act(() => {
      outer = highlight('two inner parts side by side', 'yellow');
      first = highlight('two inner parts', 'green');
      second = highlight(' side by side', 'blue');
    });
    const { container } = render(<AnnotatablePaper paper={paper} />);
    const marks = Array.from(container.querySelectorAll('mark'));
    // The outer highlight is wholly covered by the two inner ones, yet every mark lists it.
    expect(marks.map((m) => m.textContent)).toEqual(['two inner parts', ' side by side']);
    expect(marks[0]!.getAttribute('data-annotation-ids')).toBe(`${first} ${outer}`);
    expect(marks[0]!.getAttribute('aria-description')).toBe('claim highlight, evidence highlight');

    fireEvent.click(marks[0]!);
    expect(appStore.getState().activeAnnotationId).toBe(first);
    fireEvent.click(container.querySelectorAll('mark')[0]!);
    expect(appStore.getState().activeAnnotationId).toBe(outer);
    fireEvent.click(container.querySelectorAll('mark')[1]!);
    expect(appStore.getState().activeAnnotationId).toBe(second);
  });

  it('makes the paper focusable and tells keyboard readers how to select', () => {
    const { container } = render(<AnnotatablePaper paper={paper} />);
    const article = container.querySelector('article')!;
    expect(article.tabIndex).toBe(0);
    const help = document.getElementById(article.getAttribute('aria-describedby')!);
    expect(help?.textContent).toMatch(/arrow keys.*Shift.*Enter/);
  });

  it('takes the toolbar away in the same update as the highlight it made', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
        vi.advanceTimersByTime(200);
      });
      // No `selectionchange` follows the click here: the toolbar must not wait for one.
      const button = screen.getByRole('button', { name: 'Highlight as claim' });
      const heard = vi.fn();
      document.addEventListener('selectionchange', heard);
      fireEvent.click(button);
      document.removeEventListener('selectionchange', heard);
      expect(heard).not.toHaveBeenCalled();
      expect(valuesOf(appStore.getState().annotations)).toHaveLength(1);
      expect(screen.queryByRole('toolbar', { name: 'Annotate the selection' })).toBeNull();
    });
  });

  it('brings the toolbar and goes to it on Enter pressed straight after Shift+arrows, before the selection settles', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      const article = container.querySelector('article')!;
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
      // The last Shift+arrow's selectionchange: the toolbar waits SETTLE_MS for more (a drag).
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
      });
      expect(screen.queryByRole('toolbar', { name: 'Annotate the selection' })).toBeNull();
      // A keyboard reader presses Enter at once: it must not be lost.
      act(() => {
        fireEvent.keyDown(article, { key: 'Enter' });
      });
      expect(screen.getByRole('button', { name: 'Highlight as claim' })).toHaveFocus();
    });
  });

  it('Escape in the paper (a mouse selection: focus stays on the paper) takes the toolbar away, keeping the caret', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      const article = container.querySelector('article')!;
      article.focus();
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
        vi.advanceTimersByTime(200);
      });
      expect(screen.getByRole('toolbar', { name: 'Annotate the selection' })).toBeTruthy();
      let notPrevented = true;
      act(() => {
        notPrevented = fireEvent.keyDown(article, { key: 'Escape' });
        document.dispatchEvent(new Event('selectionchange'));
        vi.advanceTimersByTime(200);
      });
      expect(screen.queryByRole('toolbar', { name: 'Annotate the selection' })).toBeNull();
      // Taken here: the drawer (phone width), listening on the document, stays open.
      expect(notPrevented).toBe(false);
      // The caret stays where the selection ended, for a keyboard reader to go on from.
      const selection = document.getSelection()!;
      expect(selection.isCollapsed).toBe(true);
      expect(selection.focusOffset).toBe(rangeOfWords(container, 'outer claim').endOffset);
      expect(valuesOf(appStore.getState().annotations)).toHaveLength(0);
    });
  });

  it('Escape in the paper leaves alone a selection outside it (and the key to others)', () => {
    const { container } = render(
      <>
        <p>Outside the paper</p>
        <AnnotatablePaper paper={paper} />
      </>,
    );
    const article = container.querySelector('article')!;
    const outside = container.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(outside, 0);
    range.setEnd(outside, 7);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(fireEvent.keyDown(article, { key: 'Escape' })).toBe(true);
    expect(document.getSelection()!.toString()).toBe('Outside');
  });

  it('Tab or Shift+Tab from the toolbar goes back to the paper, not on to the page top', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      const article = container.querySelector('article')!;
      for (const shiftKey of [false, true]) {
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
        act(() => {
          document.dispatchEvent(new Event('selectionchange'));
          vi.advanceTimersByTime(200);
          fireEvent.keyDown(article, { key: 'Enter' });
        });
        const claim = screen.getByRole('button', { name: 'Highlight as claim' });
        expect(claim).toHaveFocus();
        // The toolbar is drawn at the end of the page: Tab would leave it for the page's top.
        // (That the selection and its toolbar stay is checked in Chromium, in
        // tests/e2e/annotate.test.ts: jsdom clears the selection on any focus move.)
        const tab = fireEvent.keyDown(claim, { key: 'Tab', shiftKey });
        expect(tab).toBe(false); // the browser's own move is prevented
        expect(article).toHaveFocus();
      }
    });
  });

  it('takes the whole selection when a drag ends, not the part selected before a pause', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(rangeOfWords(container, 'outer'));
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
      });
      // A pause mid-drag longer than the wait: the toolbar shows on the part selected so far.
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(screen.getByRole('toolbar', { name: 'Annotate the selection' })).toBeTruthy();
      // The drag goes on and the button is let go: a click straight after takes the whole.
      selection.removeAllRanges();
      selection.addRange(rangeOfWords(container, 'outer claim'));
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
      });
      act(() => {
        document.dispatchEvent(new Event('pointerup'));
      });
      fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
      const [made] = valuesOf(appStore.getState().annotations);
      expect(made?.target.quote.exact).toBe('outer claim');
    });
  });

  it('does not render the paper again when the toolbar shows and goes with a new highlight', () => {
    withRangeRects(() => {
      const { container } = render(<AnnotatablePaper paper={paper} />);
      const before = articleRenders.count;
      expect(before).toBeGreaterThan(0);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
      act(() => {
        document.dispatchEvent(new Event('selectionchange'));
        vi.advanceTimersByTime(200);
      });
      fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
      expect(valuesOf(appStore.getState().annotations)).toHaveLength(1);
      expect(screen.queryByRole('toolbar', { name: 'Annotate the selection' })).toBeNull();
      expect(articleRenders.count).toBe(before);
    });
  });

  it('takes the keyboard caret away with the toolbar, not after the next selectionchange', () => {
    // The caret is drawn at the selection's end while the paper has focus (here a 16 px line).
    withRangeRects(
      () => {
        const { container } = render(<AnnotatablePaper paper={paper} />);
        const article = container.querySelector('article')!;
        act(() => article.focus());
        document.getSelection()!.removeAllRanges(); // focusing put a caret in the paper
        document.getSelection()!.addRange(rangeOfWords(container, 'outer claim'));
        act(() => {
          document.dispatchEvent(new Event('selectionchange'));
          vi.advanceTimersByTime(200);
        });
        expect(document.querySelector('.keyboard-caret')).not.toBeNull();
        fireEvent.click(screen.getByRole('button', { name: 'Highlight as claim' }));
        expect(document.querySelector('.keyboard-caret')).toBeNull();
        expect(document.activeElement).toBe(article);
      },
      new DOMRect(10, 20, 0, 16),
    );
  });
});
