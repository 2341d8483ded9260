/**
 * A small paper and the selection toolbar over one phrase of it, for the toolbar's tests and the
 * undo-shortcut tests that drive it.
 */
import { parsePaper } from '../../../paper/parse-paper';
import { docOffset } from '../../../paper/types';
import { pid } from '../../../paper/__fixtures__/paper-ids';
import { SelectionToolbar } from '../SelectionToolbar';

const SOURCE = `# Notes on Trust

## 1. Method
The mechanism refers to the concept of "five-common" [1], which is discussed at length.

## References
[1] Zhang Shanshan: Playing Farmers' Subjectivity, Guizhou Daily, 2018.
`;
export const paper = parsePaper(SOURCE, {
  format: 'markdown',
  fileName: 'trust.md',
  id: pid('sha256:trust'),
});
export const phrase = 'the concept of "five-common" [1]';
export const start = docOffset(paper.text.indexOf(phrase));
export const end = docOffset(start + phrase.length);

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
export const selectionToolbar = (onDone: (intent: string | null) => void = () => {}) => (
  <SelectionToolbar paper={paper} selection={{ start, end, range: fakeRange() }} onDone={onDone} />
);

