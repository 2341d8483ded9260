import { column, line, superscript } from './__fixtures__/items';
import { assembleText, type PageLayout } from './assemble-text';
import type { Region } from './columns';
import { groupLines } from './lines';
import type { TextItem } from './text-item';

/** Full lines of a justified column end here. */
const RIGHT = 290;
const col = (lines: readonly string[], top = 700, extra: { size?: number; pitch?: number } = {}) =>
  column(lines, { x: 50, top, right: RIGHT, ...extra });
const region = (items: readonly TextItem[], kind: Region['kind'] = 'left'): Region => ({
  kind,
  lines: groupLines(items),
});
const page = (...regions: Region[]): PageLayout => ({ regions, notes: [] });
const text = (...pages: PageLayout[]) => assembleText(pages);

describe('assembleText: paragraphs', () => {
  it.each([
    [
      'a taller gap between lines',
      col(['The first paragraph runs on and', 'ends here.¶']).concat(
        col(['A second one starts.¶'], 670),
      ),
    ],
    [
      'a first-line indent after a line ending a sentence',
      col(['The first paragraph runs on and', 'ends here.¶', '>A second one starts.¶']),
    ],
    [
      'a change of type size (a heading)',
      [line('2 Methods', 50, 720, { size: 12 }), ...col(['A paragraph starts.¶'])],
    ],
  ])('breaks a paragraph at %s', (_case, items) => {
    expect(text(page(region(items))).split('\n\n')).toHaveLength(2);
  });

  it.each([
    [
      'an indented line after a line that runs to the edge mid-sentence',
      col(['The paragraph runs on to the edge of the', '>indented formula line¶']),
    ],
    [
      'the wrapped lines of a reference entry, under its label',
      col([
        '[1] Hu W., Barkana R. and Gruzinov A. Phys.',
        '>Rev. Lett. 85, 1158 (2000).¶',
        '[2] Matos T. Class. Quant. Grav. 17.¶',
      ]),
    ],
  ])('does not break at %s', (_case, items) => {
    expect(text(page(region(items)))).not.toContain('\n\n');
  });

  it('reads a list set with hanging indents entry by entry, though a first line ends a sentence', () => {
    // An unlabelled author-year list (ACM, APA, AER): entries flush, their further lines indented,
    // a first line ending `Commun.` or a title's full stop, a rule drawn for a repeated author.
    const items = col([
      'Abril, P. S. and Plant, R. 2007. The patent holder’s dilemma: Commun.',
      '>ACM 50, 1 (Jan. 2007), 36–44.¶',
      'Anderson, J. R. 1990. The adaptive character of thought in all its forms.',
      '>Erlbaum, Hillsdale, NJ.¶',
      'Altonji, J. G. and Blank, R. M. 1999. Race and gender in the labor market',
      '>and what it does, in Handbook of Labor Economics, pp. 3143–3259.¶',
      '>. 1998. What has economics to say about racial discrimination in the',
      '>labor market? Journal of Economic Perspectives 12, 91–100.¶',
      'Clarkson, K. L. 1985. Algorithms for closest-point problems, a thesis. Ph.D.',
      '>Dissertation. Stanford University, Palo Alto, CA.¶',
    ]);
    expect(
      text(page(region(items)))
        .split('\n\n')
        .map((entry) => entry.slice(0, 8)),
    ).toEqual(['Abril, P', 'Anderson', 'Altonji,', '. 1998. ', 'Clarkson']);
  });

  it('reads a ragged-right hanging list entry by entry, its first lines ending short mid-entry', () => {
    // AASTeX's references are set ragged right: an entry's first line ends where its last whole
    // field does (`… 2020,`), short of the column's edge, and the next line, indented, goes on.
    const items = col([
      'Guo, R., Mao, S., Athanassoula, E., et al. 2019,¶',
      '>MNRAS, 482, 1733, doi: 10.1093/mnras/sty2715¶',
      'Harris, C. R., Millman, K. J., et al. 2020,¶',
      '>Nature, 585, 357, doi: 10.1038/s41586¶',
      'Hernquist, L. 1990, ApJ, 356, 359¶',
      'Holley-Bockelmann, K., Weinberg, M., & Katz, N. 2005, MNRAS,',
      '>363, 991, doi: 10.1111/j.1365-2966.2005.09501.x¶',
      'Hernquist, L., & Katz, N. 1989, ApJS, 70,¶',
      '>419, doi: 10.1086/191344¶',
      'Jones, A. P., Köhler, M., & Verstraete, L.¶',
      '>2017, A&A, 602, A46¶',
    ]);
    expect(
      text(page(region(items)))
        .split('\n\n')
        .map((entry) => entry.slice(0, 8)),
    ).toEqual(['Guo, R.,', 'Harris, ', 'Hernquis', 'Holley-B', 'Hernquis', 'Jones, A']);
  });

  it('keeps short paragraphs with indented first lines whole: no hanging list', () => {
    const items = col(
      Array.from({ length: 5 }, (_v, i) => [
        `>Paragraph ${i + 1} opens indented and runs on`,
        'to the edge of the column, then it ends.¶',
      ]).flat(),
    );
    expect(text(page(region(items))).split('\n\n')).toHaveLength(5);
  });

  it('opens a paragraph at a run-in heading set in its own type after a sentence’s end, and marks it', () => {
    const items = col([
      'The first paragraph runs on to the right edge and',
      'ends here at the edge.',
    ]);
    const head = { ...line('Materials.', 50, 676), fontName: 'bold' };
    const rest = {
      ...line(' We used twelve papers from four journals', 100, 676),
      fontName: 'body',
    };
    const after = { ...line('et al.', 50, 664), fontName: 'italic' };
    const more = { ...line(' wrote their notes in the margins.', 80, 664), fontName: 'body' };
    expect(text(page(region([...items, head, rest, after, more])))).toBe(
      'The first paragraph runs on to the right edge and\nends here at the edge.\n\n' +
        'Materials.\u001F We used twelve papers from four journals\net al. wrote their notes in the margins.',
    );
  });

  it('breaks a paragraph after a run-in heading set in its own type that fills its whole line', () => {
    // Hindawi: `3.2. Intercepted … (IPAR).` in bold runs to the column's edge, and the text goes on
    // in the body font on the next line, with no gap nor indent. A taller gap
    // above the heading opens its paragraph.
    const items = col([
      'The first paragraph runs on to the right edge and',
      'ends here at the edge.',
    ]);
    const head = {
      ...line('3.2. Intercepted Photosynthetic Radiation (IPAR).', 50, 670, { right: RIGHT }),
      fontName: 'bold',
    };
    const rest = [
      {
        ...line('In 2012, analysis of variance showed that the', 50, 658, { right: RIGHT }),
        fontName: 'body',
      },
      { ...line('radiation was different for plant spacing.', 50, 646), fontName: 'body' },
    ];
    expect(text(page(region([...items, head, ...rest])))).toBe(
      'The first paragraph runs on to the right edge and\nends here at the edge.\n\n' +
        '3.2. Intercepted Photosynthetic Radiation (IPAR).\n\n' +
        'In 2012, analysis of variance showed that the\nradiation was different for plant spacing.',
    );
  });

  it('keeps a paragraph whole whose first line, in another type, does not end as a heading does', () => {
    const items = col([
      'The first paragraph runs on to the right edge and',
      'ends here at the edge.',
    ]);
    const first = {
      ...line('Photosynthetically active radiation was measured', 50, 670, { right: RIGHT }),
      fontName: 'italic',
    };
    const rest = { ...line('with a ceptometer over the plots.', 50, 658), fontName: 'body' };
    expect(text(page(region([...items, first, rest]))).split('\n\n')).toHaveLength(2);
  });

  it('keeps a paragraph whole whose first line ends a short sentence at the edge, the next opening in italics', () => {
    // A narrow column: the first sentence ends at the line's end, and the next line opens with a
    // species name set in italics. The line is running text, not a run-in heading.
    const items = col([
      'The first paragraph runs on to the right edge and',
      'ends here at the edge.',
    ]);
    const first = {
      ...line('The strains were grown overnight in broth.', 50, 670, { right: RIGHT }),
      fontName: 'body',
    };
    const rest = [
      {
        ...line('Escherichia coli cells were then washed twice', 50, 658, { right: RIGHT }),
        fontName: 'italic',
      },
      { ...line('and counted under the microscope.', 50, 646), fontName: 'body' },
    ];
    expect(text(page(region([...items, first, ...rest]))).split('\n\n')).toHaveLength(2);
  });

  it('keeps a hyphen at a line end for the parser to judge', () => {
    expect(
      text(
        page(
          region(
            col([
              'the most powerful observable is the Cosmic Mi-',
              'crowave Background spectrum.¶',
            ]),
          ),
        ),
      ),
    ).toBe('the most powerful observable is the Cosmic Mi-\ncrowave Background spectrum.');
  });

  it('marks a hyphen the PDF left out (a justified line a hyphen short, the word going on) as soft', () => {
    const items = col([
      'full line of justified running text ends here',
      'full line of justified running text ends here',
      'This document shows a typical two-column docu',
      'ment with tables.¶',
    ]);
    const docu = items[2] as TextItem;
    items[2] = { ...docu, width: docu.width - 3.3 };
    expect(text(page(region(items)))).toContain('two-column docu\u00AD\nment with tables.');
  });

  it('marks no lost hyphen in a ragged box of a justified paper (BMC’s abstract), where lines end short anywhere', () => {
    // The abstract box across the page: its lines end where their last word ends, one of them a
    // hyphen's width short of the longest, its next line going on with a new word.
    const box = (str: string, y: number, right: number) => line(str, 50, y, { right });
    const abstract = [
      box('Background: DNA methylation performs excellently in the discrimination of', 740, 540),
      box('current and former smokers from never smokers, where AUCs are regularly', 728, 520),
      box('reported using a single site. However, there is a paucity of models which', 716, 540),
      box('attempt to distinguish current, former and never smokers as individual', 704, 512),
      box('classes. Both the ternary smoking status classifiers and the current versus', 692, 537),
      box('former smoking status classifiers address the present lack of former smoker', 680, 526),
      box('classification in epigenetic literature.', 668, 300),
    ];
    const body = col(
      [
        'full line of justified running text ends here',
        'full line of justified running text ends here',
        'full line of justified running text ends here',
        'a last line.¶',
      ],
      600,
    );
    const written = text(page(region(abstract, 'full'), region(body)));
    expect(written).toContain(
      'classes. Both the ternary smoking status classifiers and the current versus\nformer',
    );
    expect(written).not.toContain('\u00AD');
  });
});

describe('assembleText: across columns and pages', () => {
  const left = col([
    'A paragraph runs down the left column and',
    'goes on at the top of the right column, where',
  ]);

  it('goes on without a blank line when the next column continues the paragraph', () => {
    const right = column(['it ends.¶'], { x: 310, top: 700, right: 550 });
    expect(text(page(region(left), region(right, 'right')))).toContain('column, where\nit ends.');
  });

  it('breaks when the next column opens with an indented line', () => {
    const right = column(['>Finally a new paragraph starts and runs', 'on to its end.¶'], {
      x: 310,
      top: 700,
      right: 550,
    });
    const fullLeft = col([
      'A paragraph runs down the left column and',
      'ends at the very edge of the column.',
    ]);
    expect(text(page(region(fullLeft), region(right, 'right')))).toContain('column.\n\nFinally');
  });

  it('breaks when the column before ends short', () => {
    const right = column(['Then the text goes on.¶'], { x: 310, top: 700, right: 550 });
    const shortLeft = col(['A paragraph runs down the left column and', 'ends.¶']);
    expect(text(page(region(shortLeft), region(right, 'right')))).toContain('ends.\n\nThen');
  });

  it('breaks after a band of one line (a byline) where the next band stands lines below it', () => {
    // A first page read in bands: the authors' line across the page, then `Abstract` in the left
    // column band under it, four lines lower; the one line says nothing of where its column ends.
    const authors = region(
      [line('Ryan J. Langdon, Paul Yousefi, Caroline L. Relton and Matthew J. Suderman', 57, 602)],
      'full',
    );
    const heading = region([line('Abstract', 63, 554)], 'left');
    const abstract = region(
      column(['Background: DNA methylation performs excellently in the', 'discrimination.¶'], {
        x: 63,
        top: 539,
        right: 532,
      }),
      'full',
    );
    expect(text(page(authors, heading, abstract))).toContain('Suderman\n\nAbstract');
  });

  it('goes on from a band of one line into the next where the paper is set double-spaced (REVTeX’s preprint)', () => {
    const title = region(
      [line('Where to measure next: energy-aware schedules for sensor', 72, 760, { size: 12 })],
      'full',
    );
    const wrapped = region([line('networks', 72, 739, { size: 12 })], 'left');
    const body = region(
      column(
        [
          'Sensor networks that need no battery are now practical',
          'for monitoring, and their nodes wake',
          'when energy is stored.¶',
        ],
        {
          x: 72,
          top: 600,
          right: 300,
          pitch: 21,
        },
      ),
      'left',
    );
    expect(text(page(title, wrapped, body))).toContain('for sensor\nnetworks');
  });

  it('goes on with a paragraph from a band of one line into the column band right under it', () => {
    const opening = region(
      [line('A paragraph set across the page runs on into the', 50, 620, { right: 550 })],
      'full',
    );
    const next = region(col(['two columns under it and ends.¶'], 608), 'left');
    expect(text(page(opening, next))).toContain('into the\ntwo columns');
  });

  it('puts footnotes after the paragraph that is open at the end of their page', () => {
    const raised = superscript('∗', line('', 50, 560, { size: 8 }));
    const footnote = [
      raised,
      line('Part of a collaboration.', raised.x + raised.width, 560, { size: 8 }),
    ];
    const first = page(
      region([
        ...col(['The first page ends in the middle of a', 'sentence that goes on']),
        ...footnote,
      ]),
    );
    const second = page(region(col(['on the next page and ends.¶', '>A new paragraph starts.¶'])));
    expect(text(first, second)).toBe(
      'The first page ends in the middle of a\nsentence that goes on\non the next page and ends.\n\n∗Part of a collaboration.\n\nA new paragraph starts.',
    );
  });

  it('puts footnotes out where a Chinese or Japanese sentence ends (。．！？), not pages later', () => {
    const raised = superscript('∗', line('', 50, 560, { size: 8 }));
    const footnote = [
      raised,
      line('基金项目：国家自然科学基金', raised.x + raised.width, 560, { size: 8 }),
    ];
    const first = page(
      region([...col(['深度学习的概念于 2006 年由多伦多大学', '人工智能专家提出']), ...footnote]),
    );
    const second = page(
      region(col(['了一种快速训练的算法．¶', '>机器人通过图像检测识别技术实现。¶'])),
    );
    expect(text(first, second)).toBe(
      '深度学习的概念于 2006 年由多伦多大学\n人工智能专家提出\n了一种快速训练的算法．\n\n∗基金项目：国家自然科学基金\n\n机器人通过图像检测识别技术实现。',
    );
  });

  it('moves a figure caption out of the paragraph it interrupts', () => {
    const right = [
      ...column(['Figure 1: The spectrum for bosons and', 'fermions.¶'], {
        x: 310,
        top: 700,
        right: 550,
        size: 9,
      }),
      ...column(['flows on past the figure and ends.¶', '>Next paragraph.¶'], {
        x: 310,
        top: 670,
        right: 550,
      }),
    ];
    const result = text(
      page(
        region(col(['A paragraph in the left column', 'is cut by a figure yet it'])),
        region(right, 'right'),
      ),
    );
    expect(result).toContain(
      'yet it\nflows on past the figure and ends.\n\nFigure 1: The spectrum for bosons and\nfermions.\n\nNext paragraph.',
    );
  });
});

describe('hanging list in a column that also holds prose', () => {
  it('keeps a flush (unindented) paragraph above the reference list whole', () => {
    const items = [
      ...col([
        'The first paragraph after a heading is set flush with',
        'the column, as APA and Chicago set it, and it runs on',
        'over several lines of the column before it ends with',
        'a sentence that closes the discussion of the paper.¶',
      ]),
      line('References', 50, 640, { size: 12 }),
      ...col(
        [
          'Abril, P. S. and Plant, R. 2007. The patent holder’s dilemma: Commun.',
          '>ACM 50, 1 (Jan. 2007), 36–44.¶',
          'Anderson, J. R. 1990. The adaptive character of thought in all its forms.',
          '>Erlbaum, Hillsdale, NJ.¶',
          'Altonji, J. G. and Blank, R. M. 1999. Race and gender in the labor market',
          '>and what it does, in Handbook of Labor Economics, pp. 3143–3259.¶',
          'Clarkson, K. L. 1985. Algorithms for closest-point problems, a thesis. Ph.D.',
          '>Dissertation. Stanford University, Palo Alto, CA.¶',
        ],
        620,
      ),
    ];
    const out = assembleText([page(region(items))]);
    // One paragraph, not four: its flush lines are no entries of the list below.
    expect(out.split('\n\n')[0]).toContain('a sentence that closes the discussion');
  });
});

describe('assembleText: a heading set large over two lines', () => {
  it('keeps its lines together, spaced as its size spaces them', () => {
    // A thesis's chapter title in 17 pt, its lines 27 pt apart (1.6 of its size), over body text
    // in 12 pt set 18 pt apart (1.5 of its size): far apart by the body's pitch, not by its own.
    const heading = [
      line('2 RECONCILIAÇÃO DE SÉRIES TEMPORAIS HIERÁRQUI-', 50, 740, { size: 17 }),
      line('CAS E AGRUPADAS', 50, 713, { size: 17 }),
    ];
    const body = column(
      [
        'Séries temporais hierárquicas são aquelas que podem ser',
        'agregadas ou desagregadas naturalmente em uma estrutura',
        'de níveis, como se vê nas tabelas da seção seguinte.¶',
      ],
      { x: 50, top: 680, size: 12, pitch: 18, right: RIGHT },
    );
    const written = text(page(region([...heading, ...body])));
    expect(written.split('\n\n')[0]).toBe(
      '2 RECONCILIAÇÃO DE SÉRIES TEMPORAIS HIERÁRQUI-\nCAS E AGRUPADAS',
    );
  });

  it('keeps a third line of it together too, no heading of its own', () => {
    const heading = [
      line('4 PREVISÕES DE SALDOS DE EMPRÉSTIMOS E FINAN-', 50, 767, { size: 17 }),
      line('CIAMENTOS DO BANCO DO ESTADO DO ESPÍRITO', 50, 740, { size: 17 }),
      line('SANTO', 50, 713, { size: 17 }),
    ].map((item) => ({ ...item, fontName: 'bold' }));
    const body = column(
      [
        'Embora no século passado ainda houvesse espaço para uma',
        'gestão guiada apenas por instinto, hoje os bancos medem',
        'tudo o que fazem, como se vê nas tabelas da seção seguinte.¶',
      ],
      { x: 50, top: 680, size: 12, pitch: 18, right: RIGHT },
    ).map((item) => ({ ...item, fontName: 'body' }));
    const written = text(page(region([...heading, ...body])));
    expect(written.split('\n\n')[0]).toBe(
      '4 PREVISÕES DE SALDOS DE EMPRÉSTIMOS E FINAN-\nCIAMENTOS DO BANCO DO ESTADO DO ESPÍRITO\nSANTO',
    );
  });
});
