import { layoutPdfText } from './layout-pdf-text';
import { restoreLostCapitals } from './lost-capitals';
import type { TextItem } from './text-item';

const SIZE = 10;
/** Width of one character here: runs are laid end to end with this advance. */
const ADVANCE = 5;

/**
 * One line of runs, each printed flush against the one before unless it starts with a space
 * (then a word space apart): `['r', 'apeepong', ' s', 'uphanchaimat']`.
 */
function line(runs: readonly string[], y: number, fontName = 'f2', x0 = 72): TextItem[] {
  let x = x0;
  return runs.map((str) => {
    const item: TextItem = { str, x, y, width: str.length * ADVANCE, height: SIZE, fontName };
    x += item.width;
    return item;
  });
}

const text = (pages: readonly (readonly TextItem[])[]) =>
  pages.map((items) => items.map((item) => item.str).join('|')).join('\n');

/** A page in a font that prints A, D, E, O, P, T and W but maps its R, S, N, C and H to small letters. */
const DOVE_LIKE = [
  ...line(['r', 'apeepong', ' s', 'uphanchaimat', ' and Alexander Dalliston'], 700),
  ...line(['The study of ', 'g', 'raduates was weak. ', 'h', 'owever, the data held.'], 680),
  ...line(['Dental Education (', 'c', 'ODE) was Owned by Pete and Tom.'], 660),
];

describe('restoreLostCapitals', () => {
  it('gives back the capitals a font maps to small letters, at the start of words', () => {
    expect(text(restoreLostCapitals([DOVE_LIKE]))).toBe(
      [
        'R|apeepong| S|uphanchaimat| and Alexander Dalliston',
        'The study of |G|raduates was weak. |H|owever, the data held.',
        'Dental Education (|C|ODE) was Owned by Pete and Tom.',
      ].join('|'),
    );
  });

  it('reads the restored words whole in the laid-out text', () => {
    const laidOut = layoutPdfText([DOVE_LIKE]);
    expect(laidOut).toContain('Rapeepong Suphanchaimat');
    expect(laidOut).toContain('However, the data held.');
    expect(laidOut).toContain('(CODE)');
  });

  it('restores Greek capitals, the final sigma included (`ς` never starts a word)', () => {
    const page = [
      ...line(['Ερευνητής στο Εθνικό', ' κ', 'έντρο', ' Ανθρώπων Ολων Ιδεών Μελών'], 700, 'g8'),
      ...line(['π', 'τυχιούχος', ' τ', 'μήματος'], 680, 'g8'),
      ...line(['ς', 'την Ελλάδα'], 660, 'g8'),
      ...line(['Ερευνητής', ' δ', '., 2006, Όψεις'], 640, 'g8'),
    ];
    expect(text(restoreLostCapitals([page]))).toBe(
      [
        'Ερευνητής στο Εθνικό| Κ|έντρο| Ανθρώπων Ολων Ιδεών Μελών',
        'Π|τυχιούχος| Τ|μήματος',
        'Σ|την Ελλάδα',
        'Ερευνητής| Δ|., 2006, Όψεις',
      ].join('|'),
    );
  });

  it('leaves a small letter whose capital the font prints elsewhere', () => {
    // A kern or a typesetter's quirk splits `type` and `diabetes`; the font prints T and D.
    const page = [
      ...line(['Type 2 Diabetes and', ' t', 'ype 1', ' d', 'iabetes', ' in', ' d', 'ogs'], 700),
      ...line(['Adults, Eleven Owners, People and Xylophones'], 680),
    ];
    expect(restoreLostCapitals([page])).toEqual([page]);
  });

  it('leaves letters inside a word and a letter standing alone as a word', () => {
    const page = [
      ...line(['κοιν', 'ώ', 'ν', 'ι', 'α πολιτών'], 700, 'g8'),
      ...line([' η', ' χρήση της', ' ΑΒΓΔΕ Ζήτα'], 680, 'g8'),
    ];
    const pages = [page];
    expect(restoreLostCapitals(pages)).toBe(pages);
  });

  it('needs a font that sets capitals and several letters glued again and again', () => {
    // The font prints only two kinds of capital: its lone small letters say nothing.
    const fewCapitals = [
      ...line(['r', 'apeepong', ' s', 'uphanchaimat and', ' c', 'ODE'], 700),
      ...line(['and then'], 680),
    ];
    expect(restoreLostCapitals([fewCapitals])).toEqual([fewCapitals]);
    // Only one letter, once: not enough to tell.
    const once = [...line(['The study of ', 'g', 'raduates was Done, Anew, Per Ode Twice.'], 700)];
    expect(restoreLostCapitals([once])).toEqual([once]);
  });

  it('gives pages without lost capitals back as they came', () => {
    const other = line(['Nothing to restore here, Again and Again.'], 700, 'f9');
    const pages = [DOVE_LIKE, other];
    const restored = restoreLostCapitals(pages);
    expect(restored[1]).toBe(other);
    expect(restored[0]).not.toBe(DOVE_LIKE);
  });
});
