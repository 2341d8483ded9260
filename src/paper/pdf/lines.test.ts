import { line, superscript } from './__fixtures__/items';
import { composeAccents, joinLineItems, placeOverlays, tidyLineText } from './line-text';
import { groupLines, groupLineShapes, measureShape, regroupShapes } from './lines';
import type { TextItem } from './text-item';

const item = (str: string, x: number, width: number, y = 100, height = 10): TextItem => ({
  str,
  x,
  y,
  width,
  height,
});
/** An item set in a monospace font. */
const mono = (str: string, x: number, width: number, y = 100): TextItem => ({
  ...item(str, x, width, y),
  monospace: true,
});

describe('groupLines', () => {
  it('leaves out a run set too small to be read (a 1 pt marker a publisher hides: `bs_bs_banner`)', () => {
    const lines = groupLines([
      item('bs_bs_banner', 70, 5.5, 765, 1),
      item('RESEARCH REPORT', 70, 90, 740),
      // Small but printed to be read: a 5 pt superscript and a 2.5 pt chart label.
      item('12', 300, 5, 745, 5),
      item('axis', 70, 8, 700, 2.5),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['RESEARCH REPORT ¹²', 'axis']);
  });

  it('reads a line of code as code, and a line of prose that opens with code as prose (JSS)', () => {
    const code = {
      ...item('list(list(low = 400, high = 600, to = 1, from = 2))', 10, 300),
      monospace: true,
    };
    const [prose] = groupLines([code, item('will constrain the spectra asso-', 320, 180)]);
    expect(prose?.monospace).toBeFalsy();
    const [listing] = groupLines([code, item('# a', 320, 20)]);
    expect(listing?.monospace).toBe(true);
    const [commented] = groupLines([code, item('Fit, 2 s', 320, 40)]);
    expect(commented?.monospace).toBe(true);
  });

  it('reads a line of prose naming operations in a monospace font as prose (PPoPP)', () => {
    const [prose] = groupLines([
      mono('fetch-and-add', 54, 60),
      item(' (FAA). While', 116, 52),
      mono(' compare-and-swap', 170, 75),
      item(' (CAS) based', 247, 50),
    ]);
    expect(prose?.monospace).toBeFalsy();
  });

  it('reads web addresses and e-mail addresses in a typewriter font as prose, not code (LaTeX `\\url`)', () => {
    const [note] = groupLines([
      item('able at', 72, 24),
      mono(' https://github.com/allenai/s2orc/', 98, 178),
    ]);
    expect(note?.monospace).toBeFalsy();
    const [url] = groupLines([mono('https://arxiv.org', 88, 91)]);
    expect(url?.monospace).toBeFalsy();
    const [emails] = groupLines([mono('{kylel, lucyw}@allenai.org', 200, 150)]);
    expect(emails?.monospace).toBeFalsy();
    // Its braces in the text's font.
    const [braced] = groupLines([
      item('{', 208, 6),
      mono('kylel, lucyw', 214, 86),
      item('}', 300, 6),
      mono('@allenai.org', 306, 86),
    ]);
    expect(braced?.monospace).toBeFalsy();
    // The rest of an address wrapped onto the next line, too.
    const [runOn] = groupLines([mono('as-build-tool.md', 72, 90)]);
    expect(runOn?.monospace).toBeFalsy();
    // A command fetching one is code.
    const [command] = groupLines([mono('curl -O https://example.org/data.csv', 10, 200)]);
    expect(command?.monospace).toBe(true);
  });

  it('reads a listing’s one-word lines with a dot, dash or slash as code (`./configure`, `--verbose`)', () => {
    // An address's run-on alone on a line is no code; a build's listing (`./configure` / `make` /
    // `make install`) or a command's options, one a line, are, every line of them.
    const listed = (str: string, y: number) => mono(str, 72, str.length * 6, y);
    const lines = groupLines([
      listed('./configure', 130),
      listed('make', 118),
      listed('make install', 106),
      listed('--verbose', 94),
      listed('self.size=size', 82),
    ]);
    expect(lines.map((l) => [l.text, l.monospace === true])).toEqual([
      ['./configure', true],
      ['make', true],
      ['make install', true],
      ['--verbose', true],
      ['self.size=size', true],
    ]);
  });

  it('reads Chinese and Japanese prose as prose: CJK fonts are fixed-pitch by design, not code', () => {
    const [chinese] = groupLines([
      mono('深度学习的概念于', 10, 80),
      item(' 2006 ', 90, 25),
      mono('年由多伦多大学人工智能专家', 115, 130),
      item(' Hinton ', 245, 30),
      mono('提出', 275, 20),
    ]);
    expect(chinese?.monospace).toBeFalsy();
    const [japanese] = groupLines([mono('本論文では、関係検証について述べる。', 10, 180)]);
    expect(japanese?.monospace).toBeFalsy();
    // A listing with a comment in Chinese is still code.
    const [listing] = groupLines([mono('for (int i = 0; i < n; i++) // 遍历', 10, 200)]);
    expect(listing?.monospace).toBe(true);
  });

  it('puts runs on one baseline into one line, left to right, and lines top to bottom', () => {
    const lines = groupLines([
      item('world', 40, 25),
      item('hello', 10, 25),
      item('below', 10, 25, 88),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['hello world', 'below']);
    expect(lines[0]).toMatchObject({ left: 10, right: 65, baseline: 100, size: 10 });
  });

  it('keeps a superscript and a subscript with their line, not with the lines a pitch away', () => {
    const base = item('10', 10, 10);
    const lines = groupLines([
      item('above', 10, 25, 112),
      base,
      superscript('−22', base),
      item('eV', 34, 10),
      item('T', 47, 5),
      { str: 'ν', x: 52, y: 98.5, width: 4, height: 7 },
      item('below', 10, 25, 88),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['above', '10⁻²² eV Tν', 'below']);
  });

  it.each([
    [
      'drawn twice in one place (a stamp) once',
      item('2010 Conference', 10, 80),
      ['2010 Conference'],
    ],
    [
      'drawn again a hair to the right (a fake bold) once',
      item('2010 Conference', 10.4, 80),
      ['2010 Conference'],
    ],
    [
      'repeated beside it twice',
      item('2010 Conference', 95, 80),
      ['2010 Conference 2010 Conference'],
    ],
  ])('reads text %s', (_, again, expected) => {
    const lines = groupLines([item('2010 Conference', 10, 80), item('Title', 10, 30, 80), again]);
    expect(lines.map((l) => l.text).slice(0, 1)).toEqual(expected);
  });

  it('puts a drop cap spanning two lines at the start of the first', () => {
    const lines = groupLines([
      item('ournal of Cosmology', 82, 100, 724.6, 21.0206),
      item('An IOP journal', 78, 60, 710.79, 8.9923),
      item('J', 60, 25, 708.03, 59.574),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Journal of Cosmology', 'An IOP journal']);
  });

  it('leaves a tall lone capital that is no taller than twice its line where it overlaps most', () => {
    const lines = groupLines([
      item('alpha', 20, 30, 112),
      item('beta', 20, 30, 100),
      item('X', 10, 8, 99, 16),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['alpha', 'X beta']);
  });

  it('drops blank runs and measures word spaces from the gaps instead', () => {
    expect(
      groupLines([item('a', 10, 5), item(' ', 15, 3, 100, 0), item('b', 18, 5)]).map((l) => l.text),
    ).toEqual(['a b']);
  });

  it('marks a line that opens with a raised mark (a footnote)', () => {
    const text = line('Part of the collaboration', 14, 50, { size: 8 });
    const mark = { str: '∗', x: 10, y: 53, width: 3, height: 6 };
    expect(groupLines([mark, text])[0]).toMatchObject({
      opensWithMark: true,
      text: '∗Part of the collaboration',
    });
  });
});

describe('joinLineItems', () => {
  it.each([
    [
      'a run touching the next (a font change inside a word)',
      [item('Bose', 10, 20), item('-Einstein', 30, 40)],
      'Bose-Einstein',
    ],
    [
      'a word space (a third of an em)',
      [item('dark', 10, 20), item('matter', 33.3, 30)],
      'dark matter',
    ],
    ['a thin gap (a tenth of an em)', [item('Ω', 10, 8), item('ν', 19, 4)], 'Ων'],
    [
      'overlapping runs (an accent over its letter)',
      [item('F´', 10, 8), item('ısica', 16, 20)],
      'Física',
    ],
    [
      'an accent drawn over the first letter of the next run (one word)',
      [item('Gr', 10, 10), item('´', 22, 3), item('egory', 20.5, 25)],
      'Grégory',
    ],
    [
      'an accent over a word’s first letter after a word space (two words)',
      [item('un', 10, 10), item('´', 25, 3), item('etudiant', 23.5, 35)],
      'un étudiant',
    ],
    [
      'a space pdf.js saw, kept as the run’s leading space',
      [item('Ων', 10, 12), item(' 51.013', 22.5, 25)],
      'Ων 51.013',
    ],
    [
      'no space before closing punctuation',
      [item('Tγ', 10, 10), item(' , which', 22, 30)],
      'Tγ, which',
    ],
  ])('joins %s', (_case, items, expected) => {
    expect(joinLineItems(items, 10, 100)).toBe(expected);
  });

  /** A run of bicriteria-scheduling.pdf's title block: Helvetica, 11.96 pt, as pdf.js gives it. */
  const sans = (str: string, x: number, width: number): TextItem => ({
    ...item(str, x, width, 571.32, 11.96),
    sans: true,
  });

  it.each([
    [
      'a space pdf.js put before an accent drawn over the next run’s letter (one word)',
      [sans('Gr ´', 148.8, 18.62), sans('egory Mouni ´', 162.12, 71.3), sans('e', 228.12, 6.65)],
      'Grégory Mounié',
    ],
    [
      'a word space before an accented word, in the same shape of runs (two words)',
      [sans('un ´', 148.8, 21.93), sans('etudiant', 165.42, 40)],
      'un étudiant',
    ],
    [
      'a run of more words before the accent, whose spaces’ widths are not known',
      [sans('a b c d ´', 100, 40), sans('e', 137, 6.65)],
      'a b c d é',
    ],
    [
      'a lower-case word, then an accent over a capital: a name, its space kept',
      [sans('Radim ˇ', 100, 40), sans('Rehurek', 128.8, 40)],
      'Radim Řehurek',
    ],
    [
      'an accent with no letter under it (the next run starts past the accent)',
      [sans('Gr ´', 148.8, 18.62), sans('x', 170, 6)],
      'Gr ´ x',
    ],
  ])('reads %s', (_case, items, expected) => {
    expect(joinLineItems(items, 11.96, 571.32)).toBe(expected);
  });

  it.each([
    [
      "an accent centred over a capital, past the capital’s left edge (TeX’s `\\'E`)",
      [item('4.5.1', 0, 20), item('Election et', 30, 50), item(' ´', 31.4, 3.3, 102.2)],
      '4.5.1 Élection et',
    ],
    [
      'a grave accent over a one-letter word at the line’s start (TeX’s `\\`a`)',
      [item('a ces', 10, 25), item('`', 10.6, 3.3)],
      'à ces',
    ],
    [
      'a grave accent over a capital after a word space (`CLUSTERS `A`)',
      [item('CLUSTERS ', 0, 60), item('A', 62, 7.2), item('`', 64.2, 3.3, 102.1)],
      'CLUSTERS À',
    ],
    [
      'a backtick before a word, clear of its first letter: a quotation mark, kept',
      [item('`', 10, 3), item('quoted', 14, 30)],
      '`quoted',
    ],
  ])('puts back %s', (_case, items, expected) => {
    expect(joinLineItems(items, 10, 100)).toBe(expected);
  });

  it.each([
    [
      'an umlaut drawn back over the letter before it, then the word’s rest (`Go` `¨ ker,`)',
      [item('Markus Go', 10, 56, 100, 12), item('¨ ker,', 61.3, 22.7, 100, 12)],
      'Markus Göker,',
    ],
    [
      'a grave accent over the letter before it, no space after it (`Salie` `\\`res`)',
      [item('Salie', 10, 14.4, 100, 7), item('`res, P.', 21.6, 20.5, 100, 7)],
      'Salières, P.',
    ],
    [
      'an accent over a word’s last letter, then a word of its own: the word space kept',
      [item('(Heikkila', 10, 40, 100, 9), item('¨ and Guilbaud, 1999)', 46, 80, 100, 9)],
      '(Heikkilä and Guilbaud, 1999)',
    ],
    [
      'accents over letters before them, run after run, in one word (`Ida` `¨ npa` `¨ a` `¨ n`)',
      [
        item('(Ida', 35.16, 16.83, 100, 9),
        item('¨ npa', 48, 19.67, 100, 9),
        item('¨ a', 63.67, 9, 100, 9),
        item('¨ n-Heikkila', 68.67, 48.68, 100, 9),
      ],
      '(Idänpään-Heikkila',
    ],
    [
      'an accent over a word’s last letter, then a capital: the word space kept',
      [item('Jose', 10, 13, 100, 7), item('´ A. Smith', 21.2, 30, 100, 7)],
      'José A. Smith',
    ],
  ])('composes %s', (_case, items, expected) => {
    expect(joinLineItems(items, items[0]!.height, 100)).toBe(expected);
  });

  it('puts TeX’s accent over a dotless i on the i, even where it begins over the letter before', () => {
    expect(joinLineItems([item('F', 10, 6), item('´ısica', 15.5, 20)], 10, 100)).toBe('Física');
  });

  it.each([
    ['digits', '2', '²'],
    ['a signed exponent', '−1', '⁻¹'],
    ['a footnote number', '12', '¹²'],
    ['a symbol with no superscript form', '∗', '∗'],
    ['a list of citations, commas kept', '2,3', '²,³'],
    ['a list with a range', '1,4–6', '¹,⁴⁻⁶'],
    ['a range alone, its en dash as a superscript minus', '8–11', '⁸⁻¹¹'],
    // The BMJ and other Vancouver journals set a raised list apart with spaces, no commas.
    ['a list of citations set apart by spaces', '26 27 32', '²⁶ ²⁷ ³²'],
    ['a list set apart by spaces, given with the space after it', '25 28 ', '²⁵ ²⁸'],
    ['a list of spaced numbers and a range', '25–27 29 31', '²⁵⁻²⁷ ²⁹ ³¹'],
    ['a number given with the space after it', '11 ', '¹¹'],
    ['a number with a decimal point', '2.5', '2.5'],
    ['letters', 'th', 'th'],
  ])('writes a superscript of %s (%s) as %s', (_case, str, written) => {
    const base = item('x', 10, 5);
    expect(joinLineItems([base, superscript(str, base)], 10, 100)).toBe(`x${written}`);
  });

  it('keeps a byline mark group together: a number and its comma, then a symbol in its own run', () => {
    const name = item('A.N. Villano,', 10, 60);
    const mark = superscript('1,', name);
    const star = { ...superscript(' ∗', name), x: mark.x + mark.width + 2 };
    const next = item(' M. Fritts,', star.x + star.width + 3, 40);
    expect(joinLineItems([name, mark, star, next], 10, 100)).toBe('A.N. Villano,¹,∗ M. Fritts,');
  });

  it('writes a second raised number given with spaces around it (`1` then ` 2 `) raised too', () => {
    const word = item('active', 10, 30);
    const first = superscript('1', word);
    const second = { ...superscript(' 2 ', word), x: first.x + first.width + 6 };
    const next = item(' and', second.x + second.width + 3, 16);
    expect(joinLineItems([word, first, second, next], 10, 100)).toBe('active¹ ² and');
  });

  it('leaves a raised run with more than a number after its space as it is (` 2016, 13,`, ` )`)', () => {
    const word = item('Health', 10, 30);
    const figures = { ...superscript(' 2016, 13,', word), x: word.x + word.width + 3 };
    expect(joinLineItems([word, figures], 10, 100)).toBe('Health 2016, 13,');
  });

  it('writes subscript digits as Unicode subscripts', () => {
    expect(
      joinLineItems([item('H', 10, 7), { str: '0', x: 17, y: 98, width: 4, height: 7 }], 10, 100),
    ).toBe('H₀');
  });
});

describe('composeAccents', () => {
  it.each([
    ['F´ısica', 'Física'],
    ['Ure˜na-L´opez', 'Ureña-López'],
    ['B¨ohmer', 'Böhmer'],
    ['Friedmann-Lemaˆıtre', 'Friedmann-Lemaître'],
    ['N´u˜nez', 'Núñez'],
    ['Fran¸cais', 'Français'],
    ['Franc¸ois', 'François'],
    ['Ac¸ores', 'Açores'],
    ['´Ecole', 'École'],
    ['Moli`ere', 'Molière'],
    ['`quoted´ text', '`quoted´ text'],
    ['se référer `a [76]', 'se référer à [76]'],
    ['`A partir de', 'À partir de'],
    ['`a la `apple’', 'à la `apple’'],
  ])('reads %s as %s', (drawn, read) => {
    expect(composeAccents(drawn)).toBe(read);
  });
});

describe('placeOverlays', () => {
  it.each([
    ['a negation slash drawn before `=`', 'βp \u0338= βq', 'βp ≠ βq'],
    ['a negation slash drawn before `∈`', 'x \u0338∈ A', 'x ∉ A'],
    ['the stroke of `\\l`, in the run before its letter', 'God\u0335 lowski', 'Godłowski'],
    ['the stroke of `\\L`', '\u0335Lukasz', 'Łukasz'],
    ['text with neither', 'a = b', 'a = b'],
  ])('writes %s', (_case, drawn, read) => {
    expect(placeOverlays(drawn)).toBe(read);
  });
});

describe('tidyLineText', () => {
  it('spells out ligatures and collapses spaces', () => {
    expect(tidyLineText('  the ﬁrst  eﬀect ')).toBe('the first effect');
  });
});

describe('regroupShapes', () => {
  const shape = (...items: TextItem[]) => measureShape(items);

  it('gives back the shapes themselves, top first, when each is one baseline and size apart from the others', () => {
    const low = shape(item('below', 10, 25, 88));
    const high = shape(item('hello', 10, 25), item('world', 40, 25));
    const lines = regroupShapes([low, high]);
    expect(lines[0]).toBe(high);
    expect(lines[1]).toBe(low);
    expect(lines).toEqual(groupLineShapes([...low.items, ...high.items]));
  });

  it.each([
    [
      'two shapes on one baseline (the halves of one line)',
      [[item('left', 10, 20)], [item('right', 40, 20)]],
    ],
    ['a shape with a superscript', [[item('10', 10, 10), superscript('−22', item('10', 10, 10))]]],
    [
      'shapes overlapping by half their height',
      [[item('upper', 10, 20, 105)], [item('lower', 10, 20, 100)]],
    ],
  ])('groups the items again, as groupLineShapes does, given %s', (_case, groups) => {
    const shapes = groups.map((items) => shape(...items));
    const lines = regroupShapes(shapes);
    expect(lines).toEqual(groupLineShapes(groups.flat()));
    expect(lines.some((line) => shapes.includes(line))).toBe(false);
  });

  it('joins the pieces of a line its wide spaces cut into the line groupLineShapes makes, and gives back the lines around it', () => {
    const above = shape(item('Abstract', 10, 40, 120));
    // Given right piece first, and two runs starting at one place: the page's sort decides.
    const right = shape(item('spaced', 200, 30), item('out', 240, 15));
    const left = shape(item('A line', 10, 30), item('x', 60, 5));
    const middle = shape(item('and', 60, 15), item('y', 90, 5));
    const below = shape(item('under it', 10, 40, 88));
    const shapes = [below, right, above, left, middle];
    const lines = regroupShapes(shapes);
    expect(lines).toEqual(groupLineShapes(shapes.flatMap((s) => s.items)));
    expect(lines.map((line) => line.items.map((i) => i.str).join(' '))).toEqual([
      'Abstract',
      'A line x and y spaced out',
      'under it',
    ]);
    expect(lines[0]).toBe(above);
    expect(lines[2]).toBe(below);
  });

  it('groups the items again when a piece on the line is the one before it drawn again', () => {
    const shapes = [shape(item('bold', 10, 20)), shape(item('bold', 10.5, 20))];
    expect(regroupShapes(shapes)).toEqual(groupLineShapes(shapes.flatMap((s) => s.items)));
    expect(regroupShapes(shapes)[0]?.items).toHaveLength(1);
  });
});
