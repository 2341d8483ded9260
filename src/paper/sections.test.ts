import { parsePaper } from './parse-paper';
import {
  buildSectionTree,
  citationsByReference,
  citationsOfReference,
  listSections,
  sectionLabel,
} from './sections';
import { docOffset, type Block } from './types';
import { pid, rid } from './__fixtures__/paper-ids';

const SOURCE = `# A Paper

## Abstract

We cite [1] early.

## 1. Introduction

Intro cites [1] and [2].

### 1.1 Background

Background cites [1].

## 2. Results

Results cite [2].

## References

1. A. One. Venue, 2001.
2. B. Two. Venue, 2002.
`;

const paper = parsePaper(SOURCE, {
  format: 'markdown',
  fileName: 'p.md',
  id: pid(`sha256:${'c'.repeat(64)}`),
});

describe('listSections', () => {
  it('lists every heading with its number, title, level, role and extent', () => {
    expect(listSections(paper).map((s) => [s.number, s.title, s.level, s.role])).toEqual([
      [null, 'Abstract', 1, 'abstract'],
      ['1', 'Introduction', 1, 'section'],
      ['1.1', 'Background', 2, 'section'],
      ['2', 'Results', 1, 'section'],
      [null, 'References', 1, 'bibliography'],
    ]);
  });

  it('ends a section at the next heading of the same or a higher level, the last at the end', () => {
    const [abstract, intro, background, results, references] = listSections(paper);
    expect(intro?.end).toBe(results?.start);
    expect(background?.end).toBe(results?.start);
    expect(abstract?.end).toBe(intro?.start);
    expect(references?.end).toBe(paper.text.length);
  });

  it('gives no sections for a paper without headings', () => {
    const plain = parsePaper('Just text.', { format: 'text', fileName: 'x.txt', id: pid('x') });
    expect(listSections(plain)).toEqual([]);
  });
});

describe('citationsOfReference', () => {
  it('lists the citations of a reference in order, each with its section', () => {
    expect(
      citationsOfReference(paper, rid('ref-1')).map((c) => c.section && sectionLabel(c.section)),
    ).toEqual(['Abstract', '§1', '§1.1']);
    expect(
      citationsOfReference(paper, rid('ref-2')).map((c) => c.section && sectionLabel(c.section)),
    ).toEqual(['§1', '§2']);
  });

  it('gives an empty list for a reference nobody cites', () => {
    expect(citationsOfReference(paper, rid('ref-9'))).toEqual([]);
  });

  it('lists every cited reference at once, as it does one by one', () => {
    const all = citationsByReference(paper);
    expect([...all.keys()].sort()).toEqual(['ref-1', 'ref-2']);
    for (const [refId, cited] of all)
      expect(cited.map((c) => c.citation.id)).toEqual(
        paper.citations.filter((c) => c.refIds.includes(refId)).map((c) => c.id),
      );
  });
});

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
