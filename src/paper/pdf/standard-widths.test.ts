import { estimateWidth } from './standard-widths';

describe('estimateWidth', () => {
  it.each([
    ['`Gr` in Helvetica at 11.96 pt, as pdf.js measures it', 'Gr', 11.96, true, 13.29],
    ['`Gr` in Times at 10 pt', 'Gr', 10, false, 10.55],
    ['a word space in each', '  ', 10, true, 5.56],
    ['an accented letter, beyond ASCII', 'é', 10, false, 5.2],
  ])('measures %s', (_case, text, size, sans, width) => {
    expect(estimateWidth(text, size, sans)).toBeCloseTo(width, 2);
  });
});
