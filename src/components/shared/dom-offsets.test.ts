import { beforeEach, describe, expect, it } from 'vitest';
import { offsetOfPoint, offsetsOfRange, rangeOfOffsets, selectedOffsets } from './dom-offsets';

// Canonical text: "Alpha beta [1] gamma.\n\nSecond block." with blocks at 0 and 23.
beforeEach(() => {
  document.body.innerHTML = `
    <article id="root">
      <p data-block-start="0"><span>Alpha </span><mark>beta</mark><span> </span><a>[1]</a><span> gamma.</span></p>
      <p data-block-start="23"><span>Second block.</span><span data-ui>cited in §2</span></p>
    </article>`;
});

const textNode = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('offsetOfPoint', () => {
  it('adds the text before the point to its block start', () => {
    expect(offsetOfPoint(textNode('mark'), 2)).toBe(8);
    expect(offsetOfPoint(textNode('a'), 0)).toBe(11);
    expect(offsetOfPoint(textNode('[data-block-start="23"] span'), 6)).toBe(29);
  });

  it('is null outside any block', () => {
    expect(offsetOfPoint(document.getElementById('root')!, 0)).toBeNull();
  });
});

describe('offsetsOfRange and rangeOfOffsets', () => {
  it('map a selection across marks, links and blocks to canonical offsets and back', () => {
    const range = document.createRange();
    range.setStart(textNode('mark'), 0);
    range.setEnd(textNode('[data-block-start="23"] span'), 6);
    expect(offsetsOfRange(range)).toEqual({ start: 6, end: 29 });
    const back = rangeOfOffsets(document, 6, 29)!;
    expect(back.toString()).toBe(range.toString());
  });

  it('skips interface text inside a block', () => {
    const range = rangeOfOffsets(document, 23, 36)!;
    expect(range.toString()).toBe('Second block.');
  });

  it('rejects an empty selection', () => {
    const range = document.createRange();
    range.setStart(textNode('mark'), 1);
    range.setEnd(textNode('mark'), 1);
    expect(offsetsOfRange(range)).toBeNull();
  });
});

describe('selectedOffsets', () => {
  const TEXT = 'Alpha beta [1] gamma.\n\nSecond block.';

  it('trims the white space at the edges of a selection', () => {
    const range = document.createRange();
    range.setStart(textNode('span'), 5);
    range.setEnd(textNode('[data-block-start="0"] span:last-child'), 1);
    expect(selectedOffsets(range, TEXT)).toEqual({ start: 6, end: 14 });
  });

  it('is null for a selection of white space only', () => {
    const range = document.createRange();
    range.setStart(textNode('span'), 5);
    range.setEnd(textNode('span'), 6);
    expect(selectedOffsets(range, TEXT)).toBeNull();
  });
});
