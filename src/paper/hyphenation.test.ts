import { buildLexicon, lazyLexicon, joinWrappedLines, keepsLineEndHyphen } from './hyphenation';

describe('joinWrappedLines', () => {
  it.each([
    {
      why: 'joins wrapped lines with single spaces',
      lines: ['  first line ', ' second  line  '],
      context: '',
      expected: 'first line second line',
    },
    {
      why: 'rejoins a word hyphenated by the typesetter',
      lines: ['a poli-', 'tical party'],
      context: '',
      expected: 'a political party',
    },
    {
      why: 'drops the hyphen when the joined word occurs elsewhere',
      lines: ['the grass-', 'roots level'],
      context: 'grassroots',
      expected: 'the grassroots level',
    },
    {
      why: 'keeps the hyphen when the hyphenated form occurs elsewhere',
      lines: ['the people-', 'centered view'],
      context: 'people-centered thinking',
      expected: 'the people-centered view',
    },
    {
      why: 'keeps the hyphen of a known compound prefix',
      lines: ['a well-', 'off society'],
      context: '',
      expected: 'a well-off society',
    },
    {
      why: 'keeps the hyphen after all-',
      lines: ['in an all-', 'round way'],
      context: '',
      expected: 'in an all-round way',
    },
    {
      why: 'keeps the hyphen before a capital',
      lines: ['Bose-', 'Einstein statistics'],
      context: '',
      expected: 'Bose-Einstein statistics',
    },
    {
      why: 'keeps the hyphen before a digit',
      lines: ['COVID-', '19 cases'],
      context: '',
      expected: 'COVID-19 cases',
    },
    {
      why: 'keeps the hyphen of a compound chain broken after its first part',
      lines: ['the mass-', 'to-temperature ratio'],
      context: '',
      expected: 'the mass-to-temperature ratio',
    },
    {
      why: 'drops the hyphen before a bare suffix even after a compound prefix',
      lines: ['well-', 'ness'],
      context: '',
      expected: 'wellness',
    },
    {
      why: 'removes a soft hyphen at the line end',
      lines: ['docu\u00AD', 'ment'],
      context: '',
      expected: 'document',
    },
    {
      why: 'keeps a dash that stands apart',
      lines: ['pages 307 -', '379'],
      context: '',
      expected: 'pages 307 - 379',
    },
    {
      why: 'drops the hyphen before a suffix',
      lines: ['investi-', 'gation'],
      context: '',
      expected: 'investigation',
    },
    {
      why: 'joins a DOI cut after its slash',
      lines: ['Systems 5(2). doi:10.3390/', 'systems5020012'],
      context: '',
      expected: 'Systems 5(2). doi:10.3390/systems5020012',
    },
    {
      why: 'joins a web address cut after its scheme or inside its path',
      lines: [
        'see https:',
        '//doi.org/10.1093/aje/',
        'kwq422 and http://rapdb.dna.',
        'affrc.go.jp',
      ],
      context: '',
      expected: 'see https://doi.org/10.1093/aje/kwq422 and http://rapdb.dna.affrc.go.jp',
    },
    {
      why: 'puts no space inside a range of numbers broken after its dash',
      lines: ['technological advances [1–', '6]. In 2006-', '2007, pp. 1 –', '2.'],
      context: '',
      expected: 'technological advances [1–6]. In 2006-2007, pp. 1 – 2.',
    },
    {
      why: 'keeps the space between an address and the next word',
      lines: ['at https://example.org/', 'for details, or doi:10.1000/xyz', 'Accessed 2019.'],
      context: '',
      expected: 'at https://example.org/ for details, or doi:10.1000/xyz Accessed 2019.',
    },
  ])('$why', ({ lines, context, expected }) => {
    const lexicon = buildLexicon([...lines, context].join('\n'));
    expect(joinWrappedLines(lines, lexicon)).toBe(expected);
  });
});

describe('keepsLineEndHyphen', () => {
  it.each([
    ['five', 'common', 'the five-common concept', true],
    ['non', 'linear', '', true],
    ['co', 'operation', 'cooperation is key', false],
    ['estab', 'lished', '', false],
    ['in Mc', 'Callum and Li', 'A. McCallum. 2003. Efficiently inducing features', false],
    ['in Mc', 'Callum and Li', 'Mc-Callum is how we write it', true],
    ['the Bose', 'Einstein condensate', 'Bose and Einstein wrote', true],
    ['automatically', 'detected inline mentions', '', true],
    ['fully', 'connected layers', '', true],
    ['analy', 'sis of the data', '', false],
    ['multiply', 'ing the weights', '', false],
    ['widely', 'used tools', 'the widelyused (sic)', false],
    ['HV transition', 'edge sensors (TESs)', 'the early edge of the window', true],
    ['the noise', 'free signal', 'free of noise', true],
    ['the SVM', 'based classifier', 'an SVM is based on', true],
    ['the calcu', 'lated rates', 'were calcu-\nlated and', false],
    ['the noise', 'free signal', 'noise-\nfree and more', false],
    ['with', 'out it', 'out of it, with care', false],
    ['the con', 'tent of', 'the con and the tent', false],
    ['it is over', 'head', 'over our head', false],
    ['J. Smith, “Energy', 'neutral duty cycling', 'energy stores and energy-aware sampling', true],
    ['Guidelines for drinking', 'water quality', '', true],
    ['and their mixing', 'ratios', 'the mixing-ratio bands', true],
    ['for the alle', 'viation of', 'energy-aware alle', false],
    ['a multi', 'plied weight', 'a multi-task model', false],
    ['the data', 'base of', 'data and data-driven models in a database', false],
    ['Washing', 'ton', '', false],
    ['meaning', 'less words', '', false],
    ['the king', 'dom of', '', false],
    // The paper writes the word solid, inflected (`timestamped`): its hyphenated `time-` compounds
    // do not make `time-stamp` one.
    ['A time', 'stamp is set', 'time-locked at the same time; the timestamped events', false],
    ['A time', 'stamp is set', 'time-locked at the same time; the timestamps', false],
    ['A time', 'stamp is set', 'time-locked at the same time', true],
  ] as const)('decides %s- / %s (context %j): keep = %s', (prefix, continuation, context, keep) => {
    expect(keepsLineEndHyphen(prefix, continuation, buildLexicon(context))).toBe(keep);
  });
});

describe('buildLexicon', () => {
  it('holds as whole the words not cut by a line-end hyphen', () => {
    const { whole, words } = buildLexicon('rates were calcu-\n  lated and the calculated rate');
    expect([...(whole ?? [])].sort()).toEqual([
      'and',
      'calculated',
      'rate',
      'rates',
      'the',
      'were',
    ]);
    expect(words.has('calcu')).toBe(true);
  });
});

describe('lazyLexicon', () => {
  const source = 'A well-known poli-\ntical word, and a self-aware one.';

  it('holds the words and compounds buildLexicon finds', () => {
    const lazy = lazyLexicon(source);
    const built = buildLexicon(source);
    expect([...lazy.words]).toEqual([...built.words]);
    expect([...lazy.compounds]).toEqual([...built.compounds]);
  });

  it('builds the lexicon once, however often it is asked', () => {
    const lazy = lazyLexicon(source);
    expect(lazy.words).toBe(lazy.words);
    expect(lazy.compounds).toBe(lazy.compounds);
  });
});
