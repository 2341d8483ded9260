import type { SourceLine } from './normalize-text';
import { splitReferenceLines } from './reference-entries';

/** Source lines from text, keeping each line's indentation. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length }));
}

function entries(text: string, options = {}): string[] {
  return splitReferenceLines(lines(text), 0, options).entries.map((e) => `${e.number ?? '-'}: ${e.lines.join(' ')}`);
}

describe('splitReferenceLines', () => {
  it.each([
    ['[1] entries wrapped over lines', '[1] Smith, J. One\ncontinues.\n\n[2] Doe, A. Two.', ['1: [1] Smith, J. One continues.', '2: [2] Doe, A. Two.']],
    ['1. entries', '1. Smith, J. One.\n2. Doe, A.\nTwo.', ['1: 1. Smith, J. One.', '2: 2. Doe, A. Two.']],
    ['1) entries', '1) Smith, J. One.\n2) Doe, A. Two.', ['1: 1) Smith, J. One.', '2: 2) Doe, A. Two.']],
    ['a wrapped line that starts with a year and a dot', '1. Smith, J. One, Venue,\n2013. Pages.\n2. Doe, A. Two.', ['1: 1. Smith, J. One, Venue, 2013. Pages.', '2: 2. Doe, A. Two.']],
    ['an entry joined across a stray blank line', '[1] Smith, J. One of the\n\nbest books.\n[2] Doe, A. Two.', ['1: [1] Smith, J. One of the best books.', '2: [2] Doe, A. Two.']],
    ['author-year entries one per paragraph', 'Smith, J. (2019). One\nwraps.\n\nDoe, A. (2020). Two.', ['-: Smith, J. (2019). One wraps.', '-: Doe, A. (2020). Two.']],
    [
      'author-year entries with hanging indents',
      'Smith, J. (2019). One that\n    wraps twice and\n    ends.\nDoe, A. (2020). Two.\n    More.',
      ['-: Smith, J. (2019). One that wraps twice and ends.', '-: Doe, A. (2020). Two. More.'],
    ],
    [
      'author-year entries with no blank lines or indents',
      'Smith, J. (2019). One that\nwraps. Venue.\nDoe, A. (2020). Two.\nvan Dijk, T. (2001). Three.',
      ['-: Smith, J. (2019). One that wraps. Venue.', '-: Doe, A. (2020). Two.', '-: van Dijk, T. (2001). Three.'],
    ],
  ])('splits %s', (_name, text, expected) => {
    expect(entries(text)).toEqual(expected);
  });

  it('stops at a paragraph after a blank line that is not part of the last entry', () => {
    const run = splitReferenceLines(lines('[1] A. One.\n[2] B. Two.\n\nFigure 1: A caption.'), 0);
    expect(run.entries).toHaveLength(2);
    expect(run.next).toBe(2);
  });

  it('stops at an Appendix heading', () => {
    expect(entries('Smith, J. (2019). One.\n\nAppendix A\n\nMore text.')).toEqual(['-: Smith, J. (2019). One.']);
  });

  it('keeps the page marker line out once it was dropped, and ends with the text', () => {
    expect(entries('[10] Office: Title,\nVenue, 2018.\n\n[11] Yang: Title, Venue, 2018.\n\n')).toEqual([
      '10: [10] Office: Title, Venue, 2018.',
      '11: [11] Yang: Title, Venue, 2018.',
    ]);
  });

  it('with no heading, takes only entries in strict sequence and stops at text', () => {
    expect(entries('[1] A. One.\n[3] B. Two.\n\nobservations, it is needed.', { headingless: true })).toEqual(['1: [1] A. One. [3] B. Two.']);
  });
});
