/**
 * The reading view draws a new paper in a deferred render (React renders it in short pieces, after
 * the task that brought it) and a long one in slices after that, while the paper's highlights are
 * anchored in slices of their own. Whatever the order, a block shows its highlights: it reads them
 * when it mounts and hears of every change after (use-block-marks.ts). These run React for real
 * (not inside `act`, which would finish every render at once) and anchor at each point of it.
 */
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { describeRange } from '../../anchoring/selectors';
import { parsePaper } from '../../paper/parse-paper';
import { pid } from '../../paper/__fixtures__/paper-ids';
import type { DocOffset, Paper } from '../../paper/types';
import { createTestStore } from '../../store/__fixtures__/test-store';
import type { AppStore } from '../../store/app-store';
import { StoreProvider } from '../store-context';
import { PaperView } from './PaperView';

/** A paper of `sections` sections of four paragraphs; the last paragraph says `phrase`. */
function paperSaying(phrase: string, sections: number): Paper {
  const lines = ['# Anchored Late', ''];
  for (let s = 1; s <= sections; s++) {
    lines.push(`## ${s}. Section ${s}`, '');
    for (let p = 1; p <= 4; p++) lines.push(`Paragraph ${s}.${p} ${'reads on '.repeat(40)}`, '');
  }
  lines.push(`The end ${phrase} here.`, '');
  return parsePaper(lines.join('\n'), {
    format: 'markdown',
    fileName: 'late.md',
    id: pid(`late-${sections}`),
  });
}

const PHRASE = 'a claim worth marking';
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Makes a highlight of `PHRASE` in the store; returns a function that anchors it. */
function highlightPhrase(store: AppStore, paper: Paper) {
  const start = paper.text.indexOf(PHRASE);
  const end = start + PHRASE.length;
  const target = describeRange(paper.text, start as DocOffset, end as DocOffset);
  const id = store.getState().annotationCreated({ paperId: paper.id, target, colour: 'yellow' });
  return {
    id,
    anchor: () =>
      store.getState().anchorsResolved(paper.id, {
        [id]: { status: 'exact', start: start as DocOffset, end: end as DocOffset },
      }),
  };
}

const marked = (id: string) => document.querySelector(`mark[data-annotation-id="${id}"]`);

describe('PaperView with highlights anchored while it is drawn', () => {
  let root: Root;
  let container: HTMLElement;
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let wasAct: boolean | undefined;
  beforeEach(() => {
    wasAct = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasAct;
  });

  // The paper, and how many tasks after it is handed to the view its highlight is anchored
  // (-1: before).
  const CASES: Array<{ name: string; sections: number; tasks: number }> = [];
  for (const [name, sections] of [
    ['an ordinary paper', 2],
    ['a long paper (its end in a later slice)', 40],
  ] as const)
    for (const tasks of [-1, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55])
      CASES.push({ name, sections, tasks });

  it.each(CASES)(
    'shows the highlight of $name anchored $tasks tasks after it came',
    async ({ sections, tasks }) => {
      const store = createTestStore();
      const paper = paperSaying(PHRASE, sections);
      store.getState().paperOpened(paper, {
        id: paper.id,
        title: paper.title,
        fileName: 'late.md',
        format: 'markdown',
        bundled: false,
      });
      const { id, anchor } = highlightPhrase(store, paper);
      if (tasks < 0) anchor();
      root.render(
        <StoreProvider store={store}>
          <PaperView paper={paper} />
        </StoreProvider>,
      );
      if (tasks >= 0) {
        for (let i = 0; i < tasks; i++) await nextTask();
        anchor();
      }
      await waitFor(() => expect(marked(id)).not.toBeNull(), { timeout: 10_000 });
      expect(marked(id)!.textContent).toBe(PHRASE);
    },
  );
});
