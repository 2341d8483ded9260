/**
 * Test fixtures for the sidebar and the link picker: a small parsed paper (with the sample
 * paper's "five-common" [8] sentence), `resetStore` that builds a fresh store in a known state for
 * each test, and `render` that renders under that store.
 */
import type { AnchorResult } from '../../../anchoring/anchor';
import { describeRange } from '../../../anchoring/selectors';
import type { ReactElement } from 'react';
import { DEFAULT_SET_ID, type Annotation } from '../../../annotations/types';
import { parsePaper } from '../../../paper/parse-paper';
import { docOffset, type Paper } from '../../../paper/types';
import { createTestStore } from '../../../store/__fixtures__/test-store';
import type { AppStore } from '../../../store/app-store';
import { renderWithStore } from '../../__fixtures__/render-with-store';
import { fakePaperId } from '../../../paper/__fixtures__/paper-ids';
import { recordOf } from '../../../annotations/shared-record';

const SOURCE = `# Reading Together

## 1. Introduction
Reading is social [1]. Notes travel between readers [2, 3]. Margins hold questions.

## 2. Method
The mechanism of trusting the masses refers to believing in their initiative, and in line with the concept of "five-common" [8], which is discussed, consensus, co-construction, shared and bearing. Other work disagrees [4].

## References
[1] Adler, M.: How to Read a Book, Simon and Schuster, 1940.
[2] Smith, J.: Marginal Notes, Journal of Reading, 2019.
[3] Doe, A.: Shared Annotation, Proceedings of Reading, 2021.
[4] Wang Chunguang: Research on Poverty Alleviation, Journal of Guizhou University, 2018.
[5] Zheng Ruiqiang: Policy Intrinsic, Inner Mongolia Social Science, 2016.
[6] Liu Jialin: Study on the Construction of the Governing Capability, Rule of Law and Society, 2017.
[7] Shang Xueying: The Spiritual Essence of Accurate Poverty Alleviation, Lanzhou Academic Journal, 2018.
[8] Zhang Shanshan: Playing Farmers' Subjectivity in Accurate Poverty Alleviation, Guizhou Daily, 2018.
`;

export const paper = parsePaper(SOURCE, {
  format: 'markdown',
  fileName: 'reading-together.md',
  id: fakePaperId('c'),
});

/** The offsets of the first occurrence of `quote` in the paper's text. */
export function offsetsOf(quote: string): { start: number; end: number } {
  const start = paper.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the fixture paper: ${quote}`);
  return { start, end: start + quote.length };
}

let created = 0;

/** An annotation of the fixture paper on `quote`. */
export function annotationOn(
  quote: string,
  fields: Partial<Annotation> & { id: string },
): Annotation {
  const { start, end } = offsetsOf(quote);
  created += 1;
  return {
    paperId: paper.id,
    setId: DEFAULT_SET_ID,
    colour: 'yellow',
    note: '',
    tags: [],
    refLabels: [],
    created: 1_700_000_000_000 + created,
    modified: 1_700_000_000_000 + created,
    target: describeRange(paper.text, docOffset(start), docOffset(end)),
    ...fields,
  };
}

/** The store of the current test (a fresh one from each `resetStore`). */
export let appStore: AppStore = createTestStore();

/**
 * A fresh store for the test: the fixture paper (or `openPaper`) open, these annotations, each
 * anchored where it was stored unless `anchors` says otherwise (an orphan, a fuzzy match, a move).
 */
export function resetStore(
  annotations: readonly Annotation[] = [],
  anchors: Record<string, AnchorResult> = {},
  openPaper: Paper = paper,
): AppStore {
  appStore = createTestStore();
  const anchored: Record<string, AnchorResult> = {};
  for (const a of annotations) {
    const p = a.target.position!;
    anchored[a.id] = anchors[a.id] ?? {
      status: 'exact',
      start: docOffset(p.start),
      end: docOffset(p.end),
    };
  }
  appStore.setState({
    paper: openPaper,
    currentPaperId: openPaper.id,
    annotations: recordOf(Object.fromEntries(annotations.map((a) => [a.id, a]))),
    anchors: recordOf(anchored),
    anchorsPaperId: openPaper.id,
  });
  return appStore;
}

/** Renders `ui` under the current test's store. */
export const render = (ui: ReactElement) => renderWithStore(ui, appStore);

/** What the screen-reader live region would read now. */
export const lastAnnouncement = (): string | undefined => appStore.getState().announcement?.text;
