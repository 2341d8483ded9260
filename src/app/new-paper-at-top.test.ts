import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_PAPER } from '../annotations/formats/__fixtures__/sample';
import type { Paper } from '../paper/types';
import { asPaperId } from '../paper/types';
import { createTestStore } from '../store/__fixtures__/test-store';
import { startNewPapersAtTop } from './new-paper-at-top';

const open = (store: ReturnType<typeof createTestStore>, paper: Paper) =>
  store.getState().paperOpened(paper, {
    id: paper.id,
    title: paper.title,
    fileName: paper.fileName,
    format: 'text',
  });

describe('startNewPapersAtTop', () => {
  it('scrolls to the top when another paper opens, not for the first one or the same one again', () => {
    const store = createTestStore();
    const toTop = vi.fn();
    const stop = startNewPapersAtTop(store, toTop);
    open(store, SAMPLE_PAPER);
    expect(toTop).not.toHaveBeenCalled();
    open(store, SAMPLE_PAPER);
    expect(toTop).not.toHaveBeenCalled();
    open(store, { ...SAMPLE_PAPER, id: asPaperId(`sha256:${'1'.repeat(64)}`), title: 'Another' });
    expect(toTop).toHaveBeenCalledTimes(1);
    stop();
    open(store, SAMPLE_PAPER);
    expect(toTop).toHaveBeenCalledTimes(1);
  });
});
