import { describe, expect, it } from 'vitest';
import { describeRange } from '../../anchoring/selectors';
import { parsePaper } from '../../paper/parse-paper';
import type { DocOffset } from '../../paper/types';
import { createTestStore } from '../__fixtures__/test-store';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { keysOf } from '../../annotations/shared-record';

const paperA = parsePaper('# A\n\nFirst paper text.', {
  format: 'markdown',
  fileName: 'a.md',
  id: pid('sha256:a'),
});
const paperB = parsePaper('# B\n\nSecond paper text.', {
  format: 'markdown',
  fileName: 'b.md',
  id: pid('sha256:b'),
});
const meta = (p: typeof paperA) => ({
  id: p.id,
  title: p.title,
  fileName: p.fileName,
  format: p.format,
});

function store() {
  return createTestStore();
}

describe('papers slice', () => {
  it('puts each opened paper at the top of the recent list', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA), 1);
    s.getState().paperOpened(paperB, meta(paperB), 2);
    expect(s.getState().currentPaperId).toBe(paperB.id);
    expect(Object.values(s.getState().papers).map((p) => [p.id, p.openedAt])).toEqual([
      [paperA.id, 1],
      [paperB.id, 2],
    ]);
  });

  it('keeps the paper on screen and says why when opening another fails', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA));
    s.getState().paperLoadStarted();
    s.getState().paperFailed('“x.txt” is empty: there is no text to read.');
    expect(s.getState().paper).toBe(paperA);
    expect(s.getState().paperLoading).toBe(false);
    expect(s.getState().paperNotice).toEqual({
      kind: 'error',
      message: '“x.txt” is empty: there is no text to read.',
    });
  });

  it('starts a fresh undo history when another paper opens, so Ctrl+Z never edits an unseen paper', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA));
    const target = describeRange(paperA.text, 0 as DocOffset, 1 as DocOffset);
    s.getState().annotationCreated({ paperId: paperA.id, target });
    s.getState().paperOpened(paperA, meta(paperA)); // reopening the same paper keeps it
    expect(s.getState().annotationHistory.past).toHaveLength(1);
    s.getState().paperOpened(paperB, meta(paperB));
    expect(s.getState().annotationHistory.past).toHaveLength(0);
    s.getState().undo();
    expect(keysOf(s.getState().annotations)).toHaveLength(1);
  });

  it('never forgets the bundled sample paper', () => {
    const s = store();
    s.getState().paperOpened(paperA, { ...meta(paperA), bundled: true });
    s.getState().paperForgotten(paperA.id);
    expect(s.getState().papers[paperA.id]).toBeDefined();
  });

  it('marks the recent papers whose text is no longer stored, never the bundled one', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA));
    s.getState().paperOpened(paperB, { ...meta(paperB), bundled: true });
    s.getState().paperSourcesListed([]);
    expect(s.getState().missingPaperIds).toEqual({ [paperA.id]: true });
    s.getState().paperSourcesListed([paperA.id]);
    expect(s.getState().missingPaperIds).toEqual({});
  });

  it('asks for a missing paper without touching its annotations or the paper on screen', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA));
    const target = describeRange(paperA.text, 0 as DocOffset, 1 as DocOffset);
    s.getState().annotationCreated({ paperId: paperA.id, target });
    s.getState().paperOpened(paperB, meta(paperB));
    const annotations = s.getState().annotations;
    s.getState().paperLoadStarted();
    s.getState().paperMissing(paperA.id);
    expect(s.getState()).toMatchObject({
      paper: paperB,
      paperLoading: false,
      paperQuestion: { kind: 'missing', paperId: paperA.id, fileName: 'a.md', title: 'A' },
      missingPaperIds: { [paperA.id]: true },
    });
    expect(s.getState().annotations).toBe(annotations);
  });

  it('settles the question and the mark when the missing paper opens or is forgotten', () => {
    const s = store();
    s.getState().paperOpened(paperA, meta(paperA));
    s.getState().paperMissing(paperA.id);
    s.getState().paperOpened(paperA, meta(paperA));
    expect(s.getState().paperQuestion).toBeNull();
    expect(s.getState().missingPaperIds).toEqual({});
    s.getState().paperMissing(paperA.id);
    s.getState().paperForgotten(paperA.id);
    expect(s.getState().paperQuestion).toBeNull();
    expect(s.getState().missingPaperIds).toEqual({});
  });
});
