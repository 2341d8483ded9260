/**
 * Publishers' math fonts as pdf.js reports them (`name` and `/Differences` from the patched
 * worker, each run's characters from `getTextContent`), taken from the papers named
 * in `publisher-fonts.ts`: Elsevier's Advent fonts and Linotype's Pi fonts.
 */
import { differences, read } from './__fixtures__/font-facts';
import type { PdfFontFacts } from './symbol-fonts';

/** J. Hydrology 2005 (MinerU's demo paper): its parentheses and brackets. */
const ADV_MATH_SYMB: PdfFontFacts = {
  name: 'EOFDHK+AdvMathSymb',
  differences: differences(1, 'eth', 'Thorn', 'onehalf', 'C138'),
};
/** Postgrad Med J 2010 (CERMINE's test5): its `=` and `−`, one a slot name, one numbered. */
const ADV_P4C4E74: PdfFontFacts = {
  name: 'ELGOCF+AdvP4C4E74',
  differences: differences(2, 'C0').concat(differences(188, 'onequarter').slice(2)),
};

describe('publisher math fonts', () => {
  it.each<[string, PdfFontFacts, string, string]>([
    ['Advent’s slot names for ( ) [ and a numbered ]', ADV_MATH_SYMB, 'gðTÞ ½x\u008a', 'g(T) [x]'],
    ['AdvP4C4E74’s = (¼) and its numbered minus', ADV_P4C4E74, '¼\u00020.40', '=−0.40'],
    [
      'a subset of AdvP4C4E74 holding only its bullet',
      { name: 'HBENIJ+AdvP4C4E74', differences: differences(1, 'C15') },
      '\u000f', // pdf.js reads `C15` as code 15
      '•',
    ],
    [
      'the extension font’s summation and big parentheses',
      { name: 'EOFDHO+AdvP4C4E46', differences: differences(1, 'C0', 'C1', 'P') },
      'P\u0001x\u0002',
      '∑(x)',
    ],
    [
      'the bar over a mean',
      { name: 'EOFDHG+AdvMathRom1', differences: differences(1, 'percent', 'C22') },
      '\u0016%',
      '¯%',
    ],
    ['AdvPS44A44B’s plus and minus, set at C and K', { name: 'EOFBCA+AdvPS44A44B' }, 'C K', '+ −'],
    [
      'AdvPSSym’s copyright sign, which pdf.js reads as Ó (C211)',
      { name: 'ABCDEF+AdvPSSym', differences: differences(1, 'C211') },
      '\u00d3 2005',
      '© 2005',
    ],
    [
      'AdvT377’s copyright sign, which pdf.js reads as ß (C223; PLOS ONE 2012)',
      { name: 'LAJBEF+AdvT377', differences: differences(2, 'C223') },
      'Copyright: \u00df 2012',
      'Copyright: © 2012',
    ],
    [
      'AdvPi3’s copyright sign at #, under Springer’s scrambled prefix (`RmmrlkAdvPi3`)',
      { name: 'KBNAHB+RmmrlkAdvPi3' },
      '# ',
      '© ',
    ],
    ['AdvPS44A44B’s en dash, set at e', { name: 'ELGKIF+AdvPS44A44B' }, 'e', '–'],
    ['AdvPS4731B1’s < > ∞', { name: 'EOFBEB+AdvPS4731B1' }, '!O N', '<> ∞'],
    ['AdvPS3FDD77’s = and ∼', { name: 'EOFDHI+AdvPS3FDD77' }, 'Z w', '= ∼'],
    ['AdvPS3F4C13’s Greek', { name: 'EOFDHM+AdvPS3F4C13' }, 'Dm', 'Δμ'],
    ['AdvPS7DA6’s ±', { name: 'ELGKJI+AdvPS7DA6' }, '6', '±'],
    [
      'Advent’s cmsy copy’s + and =, named by their slots',
      { name: 'TeX_CM_Maths_Symbols', differences: differences(135, 'thorn', 'onequarter') },
      'þ¼',
      '+=',
    ],
    ['AdvPS480274’s bullet, named `less`', { name: 'ELJOIO+AdvPS480274' }, '<', '▶'],
    ['AdvMathExt1’s period and slash', { name: 'EOFDJP+AdvMathExt1' }, ':=', './'],
    [
      'Universal Greek with Math Pi’s > and =, numbered H11022 and H11005',
      { name: 'COLPIB+Universal-GreekwithMathPi', differences: differences(1, 'H11022', 'H11005') },
      '\u00011 \u0002',
      '>1 =',
    ],
    [
      'Mathematical Pi’s μ (H9262)',
      { name: 'COFEMO+MathematicalPi-One', differences: differences(1, 'H9262') },
      '\u0001',
      'μ',
    ],
    [
      'Mathematical Pi’s + × = ± α by its built-in encoding, with no /Differences',
      { name: 'OICLJA+MathematicalPi-One' },
      '1 3 5 6 a ,.#$',
      '+ × = ± α <>≤≥',
    ],
  ])('maps %s', (_, font, str, expected) => {
    expect(read(font, str)).toBe(expected);
  });

  it.each<[string, PdfFontFacts, string]>([
    ['Advent’s body face', { name: 'EOFADN+AdvPS6F00' }, 'Q% Z f (P) C g(T), see N. O’Brien!'],
    ['another body face, with hex in its name', { name: 'ELGKGN+AdvPECFD34' }, 'Cz e Z w'],
    [
      'Icelandic letters in a text font that names them',
      { name: 'ABCDEF+TimesLTStd-Roman', differences: differences(240, 'eth', 'ntilde') },
      'Guðrún Þór ¼ ½',
    ],
    [
      'slot names in an Advent text font with no numbered glyph',
      { name: 'ABCDEF+AdvTT5bf2ac07', differences: differences(1, 'eth', 'Thorn') },
      'ðÞ',
    ],
    [
      'a Linotype number in a font that is not a Pi font',
      { name: 'ABCDEF+Helvetica', differences: differences(1, 'H11005') },
      '\u0001',
    ],
    [
      'a glyph named like an object’s own property',
      { name: 'ABCDEF+AdvP4C4E74', differences: differences(1, 'constructor', 'toString') },
      '\u0001\u0002',
    ],
    ['a family named like an object’s own property', { name: 'constructor' }, 'C K'],
    [
      'a Springer body face with a scrambled prefix',
      { name: 'KBNAGO+CfyrpkAdvTT3713a231' },
      '# C K',
    ],
    [
      'another Pi font’s digits, whose encoding is not Mathematical Pi One’s',
      { name: 'ABCDEF+MathematicalPi-Four' },
      '1 5',
    ],
  ])('leaves alone %s', (_, font, str) => {
    expect(read(font, str)).toBe(str);
  });
});
