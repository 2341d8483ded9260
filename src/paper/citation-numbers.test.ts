import { numbersAt } from './citation-numbers';
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

  it('is null for a list without numbers', () => {
    expect(numbersAt([ref('a', 'Smith 2001', 0)])).toBeNull();
  });
});
