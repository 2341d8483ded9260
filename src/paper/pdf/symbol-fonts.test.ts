import { differences, read } from './__fixtures__/font-facts';
import { glyphMapForFont, type PdfFontFacts } from './symbol-fonts';

describe('glyphMapForFont', () => {
  it.each<[string, PdfFontFacts, string, string]>([
    ['msam’s ≳ pdf.js gives as `&`', { name: 'ERMAET+MSAM10' }, '&', '≳'],
    ['msam’s ≲ given as `.`', { name: 'MSAM10' }, '.', '≲'],
    ['msam’s ⩾ given as `>`', { name: 'MSAM7' }, '>', '⩾'],
    ['msam’s □ given as a control character', { name: 'MSAM10' }, '\u0003', '□'],
    ['msbm’s blackboard R', { name: 'ABCDEF+MSBM10' }, 'R', 'ℝ'],
    ['cmsy’s ⊙ given as a control character', { name: 'CMSY10' }, '\u000c', '⊙'],
    ['cmmi’s ϵ given as a control character', { name: 'EUUYOH+CMMI10' }, '\u000f', 'ϵ'],
    // LNCS's title footnote mark: a bold math italic embedded with the standard encoding's names.
    ['cmmib’s ⋆ given as `?`, and ∂ as `@`', { name: 'ATOHRA+CMMIB10' }, 'GCC? ∂@', 'GCC⋆ ∂∂'],
    ['cmmi’s letters and < left as they are', { name: 'CMMI10' }, 'x < y, a.b', 'x < y, a.b'],
    // A cmsy subset embedded under a standard encoding (MacRoman) and no map to Unicode: pdf.js
    // gives the encoding's ASCII character for each code (an ACM proceedings' `(Q[h] : ? 7! >)`).
    [
      'a cmsy under a standard encoding: ⊥ at `?`, ∞ ∈ ∀ ∅ at `1 2 8 ;`, ⌊⌋ at `bc`, ↦ at `7!` (→)',
      { name: 'MDFDGZ+CMSY9' },
      '? 1 2 8 ; bc 7!',
      '⊥ ∞ ∈ ∀ ∅ ⌊⌋ →',
    ],
    [
      'cmsy’s characters a map to Unicode may give left as they are: { } | \\ < > * - / ’ A–Z . ^ ~',
      { name: 'CMSY10' },
      "{ } | \\ < > * - / ' AZ . ^ ~",
      "{ } | \\ < > * - / ' AZ . ^ ~",
    ],
    ['an OT1 text font’s Θ given as a control character', { name: 'CMR9' }, '\u0002', 'Θ'],
    ['Advent’s copy of cmsy: ≤ and ∗', { name: 'TeX_CM_Maths_Symbols' }, '\u0014 \u0003', '≤ ∗'],
    ['Advent’s copy of cmmi: ϵ', { name: 'ABCDEF+TeX_CM_Bold_Maths_Italic' }, '\u000f', 'ϵ'],
    [
      'a re-encoded cmsy’s ≫, by its glyph name',
      { name: 'CMSY10', differences: differences(2, 'greatermuch', 'angbracketleft') },
      '\u0002',
      '≫',
    ],
    [
      'a renamed font’s ϵ, by its glyph name',
      { name: 'PNAAAA+Fh', differences: differences(15, 'epsilon1') },
      '\u000f',
      'ϵ',
    ],
    [
      'Springer’s MathTime italic’s upright Sigma, by its glyph name',
      {
        name: 'AJFODC+RMTMI',
        differences: differences(2, 'lambda', 'sigma', 'alpha', 'beta', 'gamma', 'Sigma1'),
      },
      '\u0007h \u0007i',
      'Σh Σi',
    ],
    [
      // ACM's re-encoded `cmsy9` (PPoPP): `latticetop` at `$`, `lessequal` at `%`, and a
      // ToUnicode map giving `>` and Apple's logo (U+F8FF) for them: what pdf.js hands on
      // (`greaterequal` at `*` it maps to U+0000, as it does `minus`).
      'a cmsy whose ToUnicode map gives `>` for ⊤ and U+F8FF for ≤, by the glyph names at those codes',
      {
        name: 'ACOZKO+CMSY9',
        differences: differences(
          36,
          'latticetop',
          'lessequal',
          'negationslash',
          'multiply',
          'minus',
          'element',
          'greaterequal',
        ),
        unicode: [...Array<undefined>(36), '>', '\uf8ff', '6', '\u21e5', '\u0000', '2', '\u0000'],
      },
      '⊥ ↦ > \uf8ff',
      '⊥ ↦ ⊤ ≤',
    ],
    [
      'the transpose sign set as cmsy’s ⊤ at `>`',
      { name: 'CMSY10', differences: differences(62, 'latticetop') },
      'CE>',
      'CE⊤',
    ],
    [
      'Word’s SymbolMT α, given shifted to U+F061',
      { name: 'NJJLNL+SymbolMT' },
      '\uf061-cyano',
      'α-cyano',
    ],
    ['Symbol’s = and ν (U+F03D, U+F06E)', { name: 'Symbol' }, '\uf06e\uf03d2', 'ν=2'],
    [
      'Symbol’s × ± ≤ • (U+F0B4, F0B1, F0A3, F0B7)',
      { name: 'SymbolMT' },
      '\uf0b4\uf0b1\uf0a3\uf0b7',
      '×±≤•',
    ],
    [
      'Symbol’s integral and angle bracket after its empty 0xF0',
      { name: 'Symbol,Bold' },
      '\uf0f2\uf0f1',
      '∫⟩',
    ],
    [
      'Libertine’s tt ligature at 0x8A, which pdf.js cannot name (the 2016 ACM templates)',
      { name: 'AYFMMZ+LinLibertineT', differences: differences(137, 'f_t', 't_t', 'Q_u') },
      'h\u008ap://a.org/',
      'http://a.org/',
    ],
    [
      'ligatures named with a suffix, a long s or a uni name, at control codes',
      {
        name: 'ABCDEF+Font',
        differences: differences(0x1d, 'c_t.liga', 'longs_t', 'uni0066_uni006A'),
      },
      '\u001d \u001e \u001f',
      'ct st fj',
    ],
    [
      'a Greek letter’s variant named by its letter and a suffix, at control codes (ACS’s `betatwo`)',
      {
        name: 'ABCDEF+TimesTenGreek-BdInclined-ACS',
        differences: differences(1, 'betatwo', 'phi.alt', 'Omega1'),
      },
      'Differential \u0001-Arrestin, \u0002 and \u0003',
      'Differential β-Arrestin, φ and Ω',
    ],
    [
      // review32: in the Adobe Glyph List a `1` names another symbol for some letters: `omega1` is
      // ϖ (U+03D6), `theta1` ϑ (U+03D1), `phi1` ϕ (U+03D5), `sigma1` ς (U+03C2), not ω θ φ σ.
      'the Adobe Glyph List’s variant symbols (`omega1`, `theta1`, `phi1`, `sigma1`) at control codes',
      { name: 'ABCDEF+Greek', differences: differences(1, 'omega1', 'theta1', 'phi1', 'sigma1') },
      '\u0001 \u0002 \u0003 \u0004',
      'ϖ ϑ ϕ ς',
    ],
  ])('maps %s', (_, font, str, expected) => {
    expect(read(font, str)).toBe(expected);
  });

  it.each<[string, PdfFontFacts, string]>([
    ['prose in a Times face', { name: 'NimbusRomNo9L-Regu' }, 'Fish & chips > 3. (See [1].)'],
    ['prose in Computer Modern', { name: 'ABCDEF+CMR10' }, 'Fish & chips > 3. (See [1].)'],
    ['braces and bars pdf.js already mapped in cmsy', { name: 'CMSY10' }, '{ } | ‖'],
    [
      'a glyph name pdf.js knows, given as its character',
      { name: 'CMSY10', differences: differences(7, 'greaterequal') },
      '≥',
    ],
    ['the space pdf.js writes between runs of msam', { name: 'MSAM10' }, ' '],
    ['msam characters already mapped by a ToUnicode map', { name: 'MSAM10' }, '≳ ≲ ⩾'],
    ['a font with no name', {}, 'a & b'],
    ['Wingdings’ square bullet at Symbol’s club code', { name: 'Wingdings-Regular' }, '\uf0a7'],
    ['a private-use code in a text font', { name: 'TimesNewRomanPSMT' }, '\uf061'],
    [
      'a ligature pdf.js named, and the ASCII code of an unknown ligature',
      { name: 'ABCDEF+Font', differences: differences(65, 't_t') },
      'ﬁ A',
    ],
    [
      'a control code whose glyph name is no ligature',
      { name: 'ABCDEF+Font', differences: differences(0x8a, 'g918', 'a_1', 'betamax', 'eta2x') },
      '\u008a\u008b\u008c\u008d',
    ],
  ])('leaves alone %s', (_, font, str) => {
    expect(read(font, str)).toBe(str);
  });

  it('has nothing to map for a font that is not TeX’s', () => {
    expect(glyphMapForFont({ name: 'Helvetica-Bold', differences: differences(2, 'fi') })).toBe(
      null,
    );
  });
});
