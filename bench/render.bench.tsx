// @vitest-environment jsdom
/**
 * Rendering benchmark: a 400-paragraph paper with 4,000 highlights. Reports the time React takes
 * to apply one note/colour change (only the touched block re-renders) beside a full re-render of
 * the same paper measured in the same run, as a ratio, since these machines are noisy.
 * Run: `npm run bench -- bench/render.bench.tsx`.
 */
import { act } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import type { AnchorResult } from '../src/anchoring/anchor';
import { describeRange } from '../src/anchoring/selectors';
import { idsOf, type AnnotationId } from '../src/annotations/types';
import { PaperView } from '../src/components/PaperView/PaperView';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId, type DocOffset } from '../src/paper/types';
import { createTestStore } from '../src/store/__fixtures__/test-store';
import { renderWithStore } from '../src/components/__fixtures__/render-with-store';

const PARAGRAPHS = 400;
const PER_PARAGRAPH = 10;
const ROUNDS = 15;

const text = Array.from(
  { length: PARAGRAPHS },
  (_, i) =>
    `Paragraph ${i} states a claim about reading closely and cites a source [1] before it ends with more words to read.`,
).join('\n\n');
const paper = parsePaper(
  `# Big\n\n${text}\n\n## References\n[1] Adler, M.: How to Read a Book, 1940.`,
  {
    format: 'markdown',
    fileName: 'big.md',
    id: asPaperId('sha256:render-bench'),
  },
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('render', () => {
  it('re-renders only the touched block when one of 4,000 highlights changes', () => {
    const appStore = createTestStore();
    appStore
      .getState()
      .paperOpened(paper, { id: paper.id, title: 'Big', fileName: 'big.md', format: 'markdown' });
    const anchors: Record<AnnotationId, AnchorResult> = {};
    for (const block of paper.blocks.filter((b) => b.kind === 'paragraph')) {
      for (let k = 0; k < PER_PARAGRAPH; k++) {
        const start = (block.start + k * 7) as DocOffset;
        const end = (start + 20) as DocOffset;
        const id = appStore
          .getState()
          .annotationCreated({ paperId: paper.id, target: describeRange(paper.text, start, end) });
        anchors[id] = { status: 'exact', start, end };
      }
    }
    appStore.getState().anchorsResolved(paper.id, anchors, true);
    const ids = idsOf(anchors);

    let commitMs = 0;
    const onRender: ProfilerOnRenderCallback = (_id, _phase, actual) => {
      commitMs += actual;
    };
    const view = () => (
      <Profiler id="paper" onRender={onRender}>
        <PaperView paper={paper} />
      </Profiler>
    );
    const { rerender, container } = renderWithStore(view(), appStore);
    const marks = container.querySelectorAll('mark').length;

    const oneChange: number[] = [];
    const fullRender: number[] = [];
    const oneChangeWall: number[] = [];
    const fullRenderWall: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      commitMs = 0;
      let t = performance.now();
      act(() =>
        appStore
          .getState()
          .annotationEdited(ids[(r * 97) % ids.length]!, { colour: r % 2 ? 'red' : 'green' }),
      );
      oneChangeWall.push(performance.now() - t);
      oneChange.push(commitMs);
      // Baseline, same run: the cost if every change re-rendered the whole paper (a new paper
      // object makes every block render again).
      commitMs = 0;
      const copy = { ...paper };
      t = performance.now();
      act(() =>
        rerender(
          <Profiler id="paper" onRender={onRender}>
            <PaperView paper={copy} />
          </Profiler>,
        ),
      );
      fullRenderWall.push(performance.now() - t);
      fullRender.push(commitMs);
    }
    const a = median(oneChange);
    const b = median(fullRender);
    const aw = median(oneChangeWall);
    const bw = median(fullRenderWall);
    const report = [
      '# Render benchmark',
      '',
      `${PARAGRAPHS} paragraphs, ${ids.length} highlights (${marks} marks), jsdom; median of ${ROUNDS}.`,
      "React time is the Profiler's actual render time; wall time adds the store, selectors and DOM updates.",
      '',
      '| change | React ms | wall ms |',
      '|---|---|---|',
      `| one annotation's colour (only its block re-renders) | ${a.toFixed(2)} | ${aw.toFixed(2)} |`,
      `| baseline, same run: whole paper re-rendered | ${b.toFixed(2)} | ${bw.toFixed(2)} |`,
      `| ratio (baseline / one change) | ${(b / Math.max(a, 0.001)).toFixed(0)}x | ${(bw / Math.max(aw, 0.001)).toFixed(0)}x |`,
    ].join('\n');
    console.log(report);
    writeFileSync(resolve(import.meta.dirname, 'RENDER-RESULTS.md'), `${report}\n`);
  });
});
