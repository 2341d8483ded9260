import { asideKindOf, codeText, figureTextRun, isCodeChunk, runInLeadLength } from './aside-blocks';
import type { SourceLine } from './normalize-text';

const lines = (text: string): SourceLine[] =>
  text.split('\n').map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length }));

describe('asideKindOf', () => {
  it.each([
    ['Figure 3: Job submission in clusters.', 'caption'],
    ['Fig. 2. Principle of the algorithm.', 'caption'],
    ['TABLE I. SIMULATION PARAMETERS', 'caption'],
    ['Table 4 – Results by group', 'caption'],
    ['Figure A.1. The left panel presents the function.', 'caption'],
    ['Figure 2.3: Residuals of the fit.', 'caption'],
    ['Table S1: Supplementary parameters.', 'caption'],
    ['Figure 2.3 shows the residuals of the fit.', null],
    ['Figure 3 | Tunability and robustness', 'caption'],
    ['Extended Data Figure 3 | Double-blind reconstruction', 'caption'],
    ['Table 2 | Patient characteristics', 'caption'],
    ['图 3 R-CNN 结构示意图', 'caption'],
    ['表1 不同算法的检测结果', 'caption'],
    ['図 2：実験の流れ', 'caption'],
    ['图 3 所示为网络的结构, 其中卷积层', null],
    ['表面缺陷检测方法', null],
    ['中图分类号: TP273 文献标识码: A', 'footnote'],
    ['收稿日期：2017-03-09；修回日期：2017-05-11', 'footnote'],
    ['¹The name of the package references its origins.', 'footnote'],
    ['⁴ “Global Report on Internal Displacement 2021.” ReliefWeb, 20 May 2021.', 'footnote'],
    ['¹⁶ "The Death Penalty Census: Key Findings," Death Penalty Information Center.', 'footnote'],
    ['¹⁰ 373 US 83, 87 (1963).', 'footnote'],
    ['⁸ (X) denotes the set of all subsets of X.', 'footnote'],
    ['∗Authors are members of the APACHE project.', 'footnote'],
    ['* Supported by a grant for reading in margins.', 'footnote'],
    ['© 2024 The Authors. Published by Elsevier.', 'footnote'],
    ['Permission to make digital or hard copies of all or part of this work', 'footnote'],
    [
      'Proceedings of the 45th Annual Meeting of the Association for Reading, pages 696–703,',
      'footnote',
    ],
    ['Appearing in Proceedings of the 28th International Conference on Margins, 2011.', 'footnote'],
    ['Proceedings of the Thirteenth Conference on Reading: Shared Task, pages 67–72,', 'footnote'],
    ['Boulder, Colorado, June 2009. © c2009 Association for Reading', 'footnote'],
    ['Online at stacks.iop.org/JPhys/22/123456', 'footnote'],
    ['Available online at www.margins-journal.org', 'footnote'],
    ['Published online at https://journals.example.ac.uk/read/42 on 3 May 2020', 'footnote'],
    ['Online at least two readers agreed on every label.', null],
    ['Proceedings of conferences are cited less than journals.', null],
    ['Received: 4 September 2013 Accepted: 27 December 2013 Published: 2 January 2014', 'footnote'],
    ['Received 19 July 2013/20 August 2013; accepted 9 September 2013', 'footnote'],
    ['Published: June 13, 2018', 'footnote'],
    ['Corresponding author Jane Doe, jane@example.org', 'footnote'],
    ['Corresponding Author:', 'footnote'],
    ['Corresponding Author: Reinout W. Wiers, University of Amsterdam', 'footnote'],
    ['CORRESPONDING AUTHOR: Jane Doe, jane@example.org', 'footnote'],
    ['Reprints and permission:', 'footnote'],
    ['Reprints and permissions: sagepub.co.uk/journalsPermissions.nav', 'footnote'],
    ['Reprints and permissions were not sought for the images.', null],
    ['Academic editor John Roe', 'footnote'],
    ['Correspondence should be addressed to Jane Doe, jane@example.org', 'footnote'],
    ['*Correspondence: jane@example.org', 'footnote'],
    ['Address correspondence to Jane Doe, Reading Hall, Reading.', 'footnote'],
    ['Correspondence and requests for materials should be addressed to J.D.', 'footnote'],
    ['Correspondence between the two readings is close.', null],
    ['Editor: John Roe, University of Reading, UNITED KINGDOM', 'footnote'],
    ['Distributed under Creative Commons CC-BY 4.0', 'footnote'],
    ['OPEN ACCESS', 'footnote'],
    ['Citation: Doe J, Roe R (2025) A study of reading. PLoS ONE 20(1): e0000001.', 'footnote'],
    ['Citation counts were low in 2019.', null],
    ['EDITED BY Ann Other, University of Elsewhere, Country', 'footnote'],
    ['REVIEWED BY Sam Third, University of Nowhere, Country', 'footnote'],
    ['RECEIVED 11 August 2025', 'footnote'],
    ['CITATION Doe J and Roe R (2025) A study of reading. Front. Read. 19:1.', 'footnote'],
    ['ARTICLE HISTORY Received 3 May 2020 Accepted 1 June 2020', 'footnote'],
    ['ARTICLE INFO Article history: Received 3 May 2020', 'footnote'],
    ['Article history: Received 3 May 2020; received in revised form 9 June 2020', 'footnote'],
    ['Article histories of the period were kept by the editors.', null],
    [
      'This work is licensed under the Creative Commons BY-NC-ND 4.0 International License.',
      'footnote',
    ],
    ['Proceedings of the VLDB Endowment, Vol. 14, No. 3 ISSN 2150-8097.', 'footnote'],
    ['This work is licensed to run in parallel, as the proceedings of the day show.', null],
    ['Received wisdom holds that readers skim.', null],
    ['Accepted papers were read twice in 2019.', null],
    ['Figure 3 shows the job submission in clusters.', null],
    ['Tables of numbers are common.', null],
    ['Readers write in margins.', null],
  ])('reads %s as %s', (text, kind) => {
    expect(asideKindOf(text)).toBe(kind);
  });
});

describe('a sentence about a figure in Chinese or Japanese', () => {
  // ctex/xeCJK and pLaTeX set a space between an ideograph and a digit, so a paragraph that opens
  // by naming its figure (`图 3 展示了…`, "figure 3 shows"; `図 3 に示すように`, "as figure 3
  // shows") reads `图 3 ` + text, as a caption does: the verbs are many, not the few listed.
  it.each([
    '图 3 展示了不同方法在测试集上的检测结果, 其中',
    '表 2 列出了各算法的参数设置, 可以看出本文方法',
    '図 3 に示すように，提案手法は従来手法よりも',
    '表 1 より，提案手法の精度が最も高いことが',
  ])('reads %s as running text, not a caption', (line) => {
    expect(asideKindOf(line)).toBe(null);
  });
});

describe('code listings', () => {
  it('takes a chunk of indented lines that look like code, and keeps its relative indentation', () => {
    const chunk = lines('    R> fit <- fitModel(list(data))\n      summary(fit)');
    expect(isCodeChunk(chunk)).toBe(true);
    expect(codeText(chunk)).toBe('R> fit <- fitModel(list(data))\n  summary(fit)');
  });

  it.each([
    ['an indented quotation', '    Readers write in margins\n    and argue with the text'],
    ['a chunk with a line at the margin', '    x = f(y)\nand so on'],
  ])('does not take %s for code', (_name, text) => {
    expect(isCodeChunk(lines(text))).toBe(false);
  });
});

describe('figureTextRun', () => {
  it('takes a chart’s labels and axis numbers, blank lines included', () => {
    const chart = lines(
      'DEMT\n\n7 Gang 7\n\nSequential\n6 List Scheduling 6\n0 50 100 150\n\n2.5\nNumber of tasks',
    );
    expect(figureTextRun(chart, 0)).toBe(chart.length);
  });

  it('takes a long run of short labels with no axis numbers: a tree’s leaves (Nature’s phylogeny)', () => {
    const tree = lines(
      [
        'WS6',
        'OP11 (Microgenomates)',
        'OD1 (Parcubacteria)',
        'SR1',
        'BH1',
        'TM7',
        'GN02 (Gracilibacteria)',
        'Bacteriodetes',
        'OP1 (Acetothermia)',
        'Thermi',
        'MVP−15',
        'TM6',
        'ZB3',
        'Fibrobacteres',
        'TG3',
        'Spirochaetes',
        'WWE1 (Cloacimonetes)',
        'Proteobacteria',
        'Supplementary Fig. 2). Cells representing novel lineages were identified using',
      ].join('\n'),
    );
    expect(figureTextRun(tree, 0)).toBe(18);
    // A table's cells read line by line, citing their sources, stay text (their citations link).
    const cells = lines(
      Array.from({ length: 18 }, (_v, k) => (k === 9 ? 'Shimer (2005)' : `Parameter ${k}`)).join(
        '\n',
      ),
    );
    expect(figureTextRun(cells, 0)).toBe(0);
    // A few short lines without numbers are no chart's: a short list, headings.
    expect(figureTextRun(lines('Apples\nPears\nPlums\nCherries\nFigs\nDates'), 0)).toBe(0);
  });

  it('takes a long run of bare labels only near a figure, never a list after a colon', () => {
    const solvents = [
      'acetone',
      'benzene',
      'chloroform',
      'cyclohexane',
      'dichloromethane',
      'diethyl ether',
      'dimethylformamide',
      'dioxane',
      'ethanol',
      'ethyl acetate',
      'heptane',
      'hexane',
      'methanol',
      'pentane',
      'pyridine',
      'tetrahydrofuran',
      'toluene',
      'xylene',
    ];
    const prose = 'The samples were dissolved and stirred for an hour before they were measured.';
    // A vertical list: after a line ending in a colon, or with no figure near, it stays text.
    const listed = lines([prose, 'We used the following solvents:', ...solvents, prose].join('\n'));
    expect(figureTextRun(listed, 2)).toBe(0);
    const bare = lines([prose, prose, ...solvents, prose, prose].join('\n'));
    expect(figureTextRun(bare, 2)).toBe(0);
    // Under a figure's caption, or with a chart's signs near, they are its labels.
    const captioned = lines(
      [prose, ...solvents, 'Figure 2 | Solvents ranked by polarity.', prose].join('\n'),
    );
    expect(figureTextRun(captioned, 1)).toBe(18);
    const charted = lines([prose, '0 25 50 75 100', ...solvents, prose].join('\n'));
    expect(figureTextRun(charted, 2)).toBe(18);
  });

  it.each(['5. CONCLUDING REMARKS', '2.1. Gaussian prior', '2.1.1 Gaussian prior'])(
    'stops at a numbered section heading after the chart (%s)',
    (heading) => {
      const chart = lines(`1.8\nWeakly Parallel\n1.6\nNumber of tasks\n\n${heading}`);
      expect(figureTextRun(chart, 0)).toBe(4);
    },
  );

  it('stops at the reference list’s title after a table’s stray cells (Springer prints `Table 5`)', () => {
    const cells = lines(
      'S 2.676 0.075 0.660\n0.643 0.304 0.639\n0.623 0.319 19.710\n\nTable 5\n\nTable 6\nTable 7\n\nReferences\n\nAckerman LT (1971) Contributions to the biology',
    );
    expect(figureTextRun(cells, 0)).toBe(8);
  });

  it('leaves running text in Chinese, which sets no spaces between words (a thesis’s chapter)', () => {
    const chapter = lines(
      [
        '第一章 引言',
        '1.1 研究背景',
        '自 1978 年实施改革开放政策后，我国中小型经济实体在国民经济格局中的战略定',
        '位发生了质的飞跃。作为市场中最富生命力的经济单元，这些企业',
        '2020',
        '在推动技术进步、扩大就业和改善民生方面发挥着不可替代的作用',
        '12',
      ].join('\n'),
    );
    expect(figureTextRun(chapter, 0)).toBe(0);
    // A chart's labels in Chinese are short all the same.
    const chart = lines('总指数\n覆盖广度\n2011 2012 2013\n使用深度\n0 100 200');
    expect(figureTextRun(chart, 0)).toBe(chart.length);
  });

  it('takes a tick with its label (`0.2 REVERB`) as part of the chart', () => {
    const chart = lines('1.0\n0.8\n0.2 REVERB\n0.0 0.1 0.2\nRecall');
    expect(figureTextRun(chart, 0)).toBe(chart.length);
  });

  it('takes a log axis’s powers (`10²`, `10⁻¹`) as numbers and a legend naming its sources', () => {
    // AASTeX: a full-width figure over the reference list's columns (axis ticks `10²`, a legend
    // `Kalberla & Dedes (2008)` for the observations drawn beside the model).
    const chart = lines(
      '10²\n\n10¹\n\n10⁰\n\n10⁻¹\n0 2\n\nt [ Gyr ]\n\nKalberla & Dedes (2008)\nEvans et al. (2022)\n\n4 6 8 10\nR [ kpc ]',
    );
    expect(figureTextRun(chart, 0)).toBe(chart.length);
    // The reference list goes on under the figure: an entry's fields are no label.
    const list = lines(
      `${chart.map((l) => l.text).join('\n')}\n\n—. 2000, ApJ, 543, 704, doi: 10.1086/317148`,
    );
    expect(figureTextRun(list, 0)).toBe(chart.length);
  });

  it('takes no table of studies and their counts for a chart: no source legend without an axis', () => {
    // A review's table: each study (`Smith et al. (2019)`) over its count. No log power, no
    // axis title with its unit, no line of several ticks: no chart, and the caption is no label.
    const table = lines(
      'Table 1. Studies\nSmith et al. (2019)\n120\nJones & Lee (2020)\n80\nBrown (2018)\n45\nGreen (2017)\n60',
    );
    expect(figureTextRun(table, 0)).toBe(0);
    expect(figureTextRun(table, 1)).toBe(0);
  });

  it.each([
    [
      'an author block',
      'Jane Doe\nID-IMAG\n51 avenue Jean Kuntzmann\n38330 Montbonnot, France\nKeywords',
    ],
    ['a short list without numbers', 'Apples\nPears\nPlums\nCherries'],
    ['running text', 'Readers write in the margins of their books,\nand argue with the text.'],
  ])('takes nothing from %s', (_name, text) => {
    expect(figureTextRun(lines(text), 0)).toBe(0);
  });
});

describe('runInLeadLength', () => {
  it.each([
    ['Materials. We used twelve papers from four journals.', 'Materials.'],
    ['Materials and Methods. We used twelve papers from four journals.', 'Materials and Methods.'],
    ['Proof: Suppose the contrary holds for every reader.', 'Proof:'],
  ])('finds the run-in heading of %s', (text, lead) => {
    expect(text.slice(0, runInLeadLength(text) ?? 0)).toBe(lead);
  });

  it.each([
    'Fig. 3 shows the whole distribution of readers.',
    'We used twelve papers. They came from four journals.',
    'Dr. Smith wrote the first version of the tool.',
    'Yes. Readers do write in the margins of books.',
    'Smith et al. Found the same thing in their survey.',
    'Katharine M. Mullen Department of Physics and Astronomy',
  ])('finds none in %s', (text) => {
    expect(runInLeadLength(text)).toBeNull();
  });
});
