import { describe, expect, it } from 'vitest';
import { citationPieces, citationPiecesOf } from './citation-pieces';
import { asReferenceId, docOffset, type Citation, type Reference } from './types';

const labelOf = (id: string) => id.replace(/^ref-/, '');

/** A citation over the whole of `text`, pointing at `refs` (numbers). */
function cite(text: string, refs: number[], style: Citation['style'] = 'numeric'): Citation {
  return {
    id: 'c7',
    start: docOffset(0),
    end: docOffset(text.length),
    refIds: refs.map((n) => asReferenceId(`ref-${n}`)),
    style,
  };
}

/** Each piece as its text and its entries' labels. */
function shown(text: string, pieces: Citation[]) {
  return pieces.map((p) => [text.slice(p.start, p.end), p.refIds.map(labelOf).join(' ')]);
}

describe('citationPieces', () => {
  it.each([
    [
      '[1, 2, 5]',
      [1, 2, 5],
      [
        ['[1', '1'],
        ['2', '2'],
        ['5]', '5'],
      ],
    ],
    [
      '(3,4)',
      [3, 4],
      [
        ['(3', '3'],
        ['4)', '4'],
      ],
    ],
    [
      '[1–3, 7]',
      [1, 2, 3, 7],
      [
        ['[1–3', '1 2 3'],
        ['7]', '7'],
      ],
    ],
    [
      '[2, 4-6]',
      [2, 4, 5, 6],
      [
        ['[2', '2'],
        ['4-6]', '4 5 6'],
      ],
    ],
    [
      '⁴,⁵',
      [4, 5],
      [
        ['⁴', '4'],
        ['⁵', '5'],
      ],
    ],
    [
      '[12; 3]',
      [12, 3],
      [
        ['[12', '12'],
        ['3]', '3'],
      ],
    ],
  ])('shows each number of %s as its own link', (text, refs, expected) => {
    expect(shown(text, citationPieces(text, cite(text, refs), labelOf))).toEqual(expected);
  });

  it.each([
    ['a single entry', '[4]', [4]],
    ['one range', '[1–3]', [1, 2, 3]],
    ['numbers that are not its entries', '[1, 2]', [1, 3]],
    ['fewer numbers than entries', '[1, 2]', [1, 2, 3]],
    ['a backwards range', '[5–3, 8]', [5, 4, 3, 8]],
  ])('leaves %s whole', (_, text, refs) => {
    const c = cite(text, refs);
    expect(citationPieces(text, c, labelOf)).toEqual([c]);
  });

  it('leaves an author-year citation whole', () => {
    const text = '(Doe 2019, 2020)';
    const c = cite(text, [1, 2], 'author-year');
    expect(citationPieces(text, c, labelOf)).toEqual([c]);
  });

  it('keeps the id on the first piece and gives the others ids of their own', () => {
    const text = 'See [1, 2].';
    const c = { ...cite('[1, 2]', [1, 2]), id: 'c3', start: docOffset(4), end: docOffset(10) };
    expect(citationPieces(text, c, labelOf).map((p) => p.id)).toEqual(['c3', 'c3.1']);
  });
});

describe('citationPiecesOf', () => {
  it('looks labels up in the reference list', () => {
    const text = '[1, 2] and [2]';
    const refs: Reference[] = [1, 2].map((n) => ({
      id: asReferenceId(`ref-${n}`),
      label: String(n),
      start: docOffset(0),
      end: docOffset(0),
      fields: { authors: [] },
    }));
    const citations: Citation[] = [
      { ...cite('[1, 2]', [1, 2]), id: 'c0' },
      { ...cite('[2]', [2]), id: 'c1', start: docOffset(11), end: docOffset(14) },
    ];
    expect(citationPiecesOf(text, citations, refs).map((c) => text.slice(c.start, c.end))).toEqual([
      '[1',
      '2]',
      '[2]',
    ]);
  });
});
