import { describe, expect, it } from 'vitest';
import { docOffset, type Block } from '../../paper/types';
import { buildSectionTree } from './section-tree';

const o = docOffset;
const heading = (id: string, level: number): Block => ({
  id,
  kind: 'heading',
  level,
  number: null,
  role: 'section',
  start: o(0),
  end: o(1),
  titleStart: o(0),
});
const para = (id: string): Block => ({ id, kind: 'paragraph', start: o(0), end: o(1) });

describe('buildSectionTree', () => {
  it('nests subsections under their section and closes them at the next section', () => {
    const tree = buildSectionTree([
      para('intro'),
      heading('h1', 1),
      para('p1'),
      heading('h11', 2),
      para('p11'),
      heading('h2', 1),
      para('p2'),
    ]);
    expect(tree.blocks.map((b) => b.id)).toEqual(['intro']);
    expect(tree.children.map((c) => c.heading?.id)).toEqual(['h1', 'h2']);
    expect(tree.children[0]!.blocks.map((b) => b.id)).toEqual(['p1']);
    expect(tree.children[0]!.children[0]!.blocks.map((b) => b.id)).toEqual(['p11']);
    expect(tree.children[1]!.blocks.map((b) => b.id)).toEqual(['p2']);
  });

  it('keeps a paper with no headings as one root section', () => {
    const tree = buildSectionTree([para('a'), para('b')]);
    expect(tree.children).toEqual([]);
    expect(tree.blocks).toHaveLength(2);
  });
});
