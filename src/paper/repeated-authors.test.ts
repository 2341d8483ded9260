import { parseReferenceFields } from './reference-fields';
import { fillRepeatedAuthors, repeatsAuthors } from './repeated-authors';

describe('repeatsAuthors', () => {
  it.each([
    ['———. 1983. The Fractal Geometry of Nature.', true],
    ['——, The Fractal Geometry of Nature, 1983.', true],
    ['____. 1983. The Fractal Geometry of Nature.', true],
    // AASTeX's aasjournal: one em dash and a stop.
    ['—. 2019b, ACM Transactions on Sensor Networks, 15, 1', true],
    ['— a dash opening a sentence', false],
    ['. Presidentialism, parliamentarism, and democracy. Cambridge, 2007.', true],
    // Econometrica: the rule drawn as a line, the entry opening with its year and a colon.
    ['(2006): “On the Nature of Capital Adjustment Costs,” Review of Economic Studies.', true],
    ['(1999a). Title of the second work. Journal, 3, 1–5.', true],
    ['(a) a list item, not an entry', false],
    ['(2006) saw the first results.', false],
    ['.NET internals. Redmond: Microsoft Press, 2004.', false],
    ['Mandelbrot, Benoit B. 1983. The Fractal Geometry of Nature.', false],
    ['- a list item, not an entry', false],
  ])('%s → %s', (body, expected) => {
    expect(repeatsAuthors(body)).toBe(expected);
  });
});

describe('fillRepeatedAuthors', () => {
  it('gives an entry with a rule the authors of the entry before, through a run of them', () => {
    const entries = [
      'Mandelbrot, Benoit B. 1967. “How Long Is the Coast of Britain?” Science 156: 636–38.',
      '———. 1977. Fractals: Form, Chance and Dimension. San Francisco: Freeman.',
      '———. 1983. The Fractal Geometry of Nature. New York: Macmillan.',
      'May, Robert M. 1976. “Simple Mathematical Models.” Nature 261: 459–67.',
    ].map((e) => parseReferenceFields(e));
    const filled = fillRepeatedAuthors(entries);
    expect(filled.map((f) => [f.authors[0], f.year])).toEqual([
      ['Mandelbrot', '1967'],
      ['Mandelbrot', '1977'],
      ['Mandelbrot', '1983'],
      ['May', '1976'],
    ]);
    expect(filled[0]).toBe(entries[0]?.fields);
  });

  it('gives the authors to a rule followed by a colon, as Spanish lists print it (`——: Title.`)', () => {
    const entries = [
      'Chomsky, Noam: ((Three Models for the Description of Language)). IRE Transactions PGIT, 1956, 2, pp. 113–124.',
      '——: Syntactic Structures. Mouton and co., N.Y. publishers, 1957.',
      '——: Barriers. The MIT Press, Cambridge, Massachusetts, 1986a.',
    ].map((e) => parseReferenceFields(e));
    const filled = fillRepeatedAuthors(entries);
    expect(filled.map((f) => f.year)).toEqual(['1956', '1957', '1986a']);
    expect(filled[1]?.authors).toEqual(filled[0]?.authors);
    expect(filled[2]?.authors).toEqual(filled[0]?.authors);
  });

  it('leaves a rule with no entry before it without authors', () => {
    const [only] = fillRepeatedAuthors([parseReferenceFields('———. 1983. A Book. London: Press.')]);
    expect(only?.authors).toEqual([]);
  });
});
