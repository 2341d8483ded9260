import { screenPages } from './text-layer-quality';
import { hasSymbolPiece, mapSymbolPieces } from './symbol-pieces';

describe('mapSymbolPieces', () => {
  it.each([
    [
      'a matrix in brackets',
      '\uf8ee a \uf8f9 \uf8ef b \uf8fa \uf8f0 c \uf8fb',
      '⎡ a ⎤ ⎢ b ⎥ ⎣ c ⎦',
    ],
    ['a tall parenthesis', '\uf8eb\uf8ec\uf8ed x \uf8f6\uf8f7\uf8f8', '⎛⎜⎝ x ⎞⎟⎠'],
    ['a brace', '\uf8f1\uf8f2\uf8f3\uf8f4', '⎧⎨⎩⎪'],
    ['the serif marks', 'Acme\uf6db \uf6d9 2008 \uf6da', 'Acme™ © 2008 ®'],
    ['text with none', 'plain (text) [1]', 'plain (text) [1]'],
    ['spaces Word wrote as U+F020, in any font', 'a\uf020\uf020b', 'a  b'],
    ['other private-use characters, left as they are', '\ue000\uf8ff', '\ue000\uf8ff'],
  ])('maps %s', (_, input, expected) => {
    expect(mapSymbolPieces(input)).toBe(expected);
    expect(hasSymbolPiece(expected)).toBe(false);
  });
});

describe('screenPages with a Symbol font', () => {
  it('keeps a page of matrix brackets as text, with the pieces drawn by Unicode characters', () => {
    const words = 'The model is fitted to the matrix below in every experiment we ran'.split(' ');
    const items = words.map((str, i) => ({ str, x: 50 + i * 40, y: 700, width: 35, height: 10 }));
    const brackets = ['\uf8ee', '\uf8ef', '\uf8f0'].map((str, i) => ({
      str,
      x: 50,
      y: 680 - i * 10,
      width: 5,
      height: 10,
    }));
    const { pages, unreadable } = screenPages([[...items, ...brackets]]);
    expect(unreadable).toEqual([]);
    expect(pages[0]!.slice(-3).map((item) => item.str)).toEqual(['⎡', '⎢', '⎣']);
  });
});
