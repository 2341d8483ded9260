import { parseTextBlocks } from './text-blocks';
import { isTitleFurniture } from './text-headings';

describe('isTitleFurniture', () => {
  it.each([
    ['GE98', true],
    ['272 Notes', true],
    ['RESEARCH ARTICLE', true],
    ['Vol. 12', true],
    ['Marginalia', false],
    ['Exact Solitary-wave Solutions for the General', false],
    ['A 3D Model of 2 Cells', false],
    ['一般化学方程式 2', false],
  ])('reads the first line %j as furniture above a title: %s', (line, expected) => {
    expect(isTitleFurniture(line)).toBe(expected);
  });
});

describe('the title of a plain-text paper', () => {
  it.each([
    ['a page code', 'GE98'],
    ['a running head with its page number', '272 Notes'],
    ['an article-type label', 'Research Article'],
  ])('is read below %s', (_, furniture) => {
    const blocks = parseTextBlocks(
      `${furniture}\nExact Solutions for the General Wave Models\n\nJane Doe and John Smith\n\nAbstract\n\nWe solve the models.\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(
      'Exact Solutions for the General Wave Models',
    );
  });
});
