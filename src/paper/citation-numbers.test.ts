import { numbersAt, numbersInOrder } from './citation-numbers';
import { asReferenceId, docOffset, type Reference } from './types';

/** A reference with a label, starting at `start`. */
const ref = (id: string, label: string, start: number): Reference => ({
  id: asReferenceId(id),
  label,
  start: docOffset(start),
  end: docOffset(start + 5),
  fields: { authors: [] },
});

describe('numbersAt', () => {
  // A body cites its list (entries 1-3 at 100-120); a supplement after it cites its own (1-2 at 300).
  const lists = [
    ref('ref-1', '1', 100),
    ref('ref-2', '2', 110),
    ref('ref-3', '3', 120),
    ref('ref-1-2', '1', 300),
    ref('ref-2-2', '2', 310),
  ];

  it.each([
    ['a marker in the body cites the first list', 10, 1, 'ref-1'],
    ['a marker in the body finds a number only the first list has', 10, 3, 'ref-3'],
    ['a marker in the supplement cites the list after it', 200, 2, 'ref-2-2'],
    ['a marker after every list cites the last one', 400, 1, 'ref-1-2'],
  ])('%s', (_case, at, number, id) => {
    expect(numbersAt(lists)?.(at).get(number)).toBe(id);
  });

  it('links neither of two entries of one list that carry the same number', () => {
    const twice = [ref('a', '1', 0), ref('b', '2', 10), ref('c', '2', 20)];
    expect(numbersAt(twice)?.(0).get(2)).toBeNull();
  });

  it('keeps an entry read above the list’s 1 in that list (a column’s last entry read first)', () => {
    const shuffled = [ref('r21', '21', 100), ref('r1', '1', 110), ref('r2', '2', 120)];
    expect(numbersAt(shuffled)?.(10).get(2)).toBe('r2');
    expect(numbersAt(shuffled)?.(10).get(21)).toBe('r21');
  });

  it('has a bracketed marker cite the list labelled in brackets (a thesis’s own papers first)', () => {
    // `1.`–`3.`: the author's publications at 100; `[1]`–`[4]`: the bibliography at 200.
    const text = [
      [100, '1. Own'],
      [110, '2. Own'],
      [120, '3. Own'],
      [200, '[1] A'],
      [211, '[2] B'],
      [222, '[3] C'],
      [233, '[4] D'],
    ].reduce((out, [at, label]) => `${out.padEnd(at as number)}${label}`, '');
    const both = [
      ref('ref-1', '1', 100),
      ref('ref-2', '2', 110),
      ref('ref-3', '3', 120),
      ref('ref-1-2', '1', 200),
      ref('ref-2-2', '2', 211),
      ref('ref-3-2', '3', 222),
      ref('ref-4', '4', 233),
    ];
    expect(text.slice(233, 236)).toBe('[4]');
    const numbers = numbersAt(both, { text, bracketed: true });
    expect(numbers?.(10).get(2)).toBe('ref-2-2');
    expect(numbers?.(10).get(4)).toBe('ref-4');
    // Markers not in brackets (superscripts, `(n)`) keep to the first list after them.
    expect(numbersAt(both)?.(10).get(2)).toBe('ref-2');
  });

  it('keeps to the first list after a bracketed marker when every list is labelled alike', () => {
    const text = `${' '.repeat(100)}[1] a [2] a${' '.repeat(189)}[1] b [2] b`;
    const two = [
      ref('a1', '1', 100),
      ref('a2', '2', 106),
      ref('b1', '1', 300),
      ref('b2', '2', 306),
    ];
    expect(text.slice(306, 309)).toBe('[2]');
    expect(numbersAt(two, { text, bracketed: true })?.(10).get(2)).toBe('a2');
    expect(numbersAt(two, { text, bracketed: true })?.(250).get(2)).toBe('b2');
  });

  it('is null for a list without numbers', () => {
    expect(numbersAt([ref('a', 'Smith 2001', 0)])).toBeNull();
  });
});

describe('numbersInOrder', () => {
  // Six entries printed without numbers (a Markdown bullet list), labelled by author and year.
  const bullets = [
    'Ipcc 2019',
    'Herrero 2016',
    'Gerber 2013',
    'Opio 2013',
    'Fao 2018',
    'Rotz 2018',
  ].map((label, i) => ref(`ref-${i + 1}`, label, 100 + 10 * i));

  it.each<[string, number[], string | null]>([
    ['numbers the entries in order when brackets cite most of them', [1, 2, 3, 5, 2], 'ref-5'],
    ['reads nothing when a bracketed number is past the list', [1, 2, 3, 4, 9], null],
    ['reads nothing when brackets cite under half the list', [1, 5], null],
    ['reads nothing when nothing is cited in brackets', [], null],
  ])('%s', (_case, cited, fifth) => {
    expect(numbersInOrder(bullets, cited)?.(0).get(5) ?? null).toBe(fifth);
  });

  it('numbers a list whose entry without readable authors is labelled by its year alone', () => {
    const withYear = bullets.map((r, i) => (i === 1 ? { ...r, label: '2016' } : r));
    expect(numbersAt(withYear)).toBeNull();
    expect(numbersInOrder(withYear, [1, 2, 3, 4])?.(0).get(2)).toBe('ref-2');
  });

  it('reads nothing in a list that carries its own numbers', () => {
    const numbered = bullets.map((r, i) => ({ ...r, label: String(i + 1) }));
    expect(numbersInOrder(numbered, [1, 2, 3, 4, 5])).toBeNull();
  });

  it('reads nothing in a list too short to tell an interval [1, 2] from citations', () => {
    expect(numbersInOrder(bullets.slice(0, 4), [1, 2, 3])).toBeNull();
  });
});
