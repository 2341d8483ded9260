import { parseTextBlocks } from './text-blocks';
import type { RawBlock } from './raw-block';

/** `kind: text` lines, with heading numbers, for compact expectations. */
function outline(blocks: readonly RawBlock[]): string[] {
  return blocks.map((b) =>
    b.kind === 'heading'
      ? `heading(${b.number ?? '-'},${b.role}): ${b.text}`
      : `${b.kind}: ${b.text}`,
  );
}

const WIDE = 'This line of running text is as wide as the others so that the width is known,';

describe('parseTextBlocks', () => {
  it('reads `Abstract` alone on its line right under the byline as the abstract’s heading (elsarticle)', () => {
    const source = [
      'Where to measure next: energy-aware sampling schedules',
      '',
      'Anna Kellera,∗, Marco Bianchia, Priya Ramanb',
      'Abstract',
      'Battery-free sensor nodes harvest their energy from light, heat or vibration, so the rate at which they',
      'can measure changes through the day.',
      '',
      '1. Introduction',
      '',
      'Sensor networks that need no battery are now practical.',
    ].join('\n');
    expect(outline(parseTextBlocks(source)).filter((b) => b.startsWith('heading'))).toEqual([
      'heading(-,abstract): Abstract',
      'heading(1,section): 1. Introduction',
    ]);
  });

  it('reads no `abstract` alone on a line inside a section’s paragraph as the abstract’s heading (a paper whose abstract has none)', () => {
    // Many papers print their abstract with no label; a word left alone on a line later on (a
    // column narrowed by a figure, a table's cell) is no heading, the more so in lower case.
    const source = [
      'A Study of Annotation',
      '',
      'Jane Roe',
      '',
      'We study how readers annotate papers and how the annotations are shared between readers.',
      '',
      '1 Introduction',
      '',
      WIDE,
      'so that the width is known.',
      '',
      '2 Method',
      '',
      WIDE,
      'Each record shows three fields to the annotator, who marks the',
      'title',
      'abstract',
      'and keywords that name the study design.',
      '',
      '3 Results',
      '',
      'Annotators agree.',
    ].join('\n');
    expect(outline(parseTextBlocks(source)).filter((b) => b.startsWith('heading'))).toEqual([
      'heading(1,section): 1 Introduction',
      'heading(2,section): 2 Method',
      'heading(3,section): 3 Results',
    ]);
  });

  it('reads a Chinese journal’s classification line (中图分类号: … 文献标识码: …) as a note, never a heading', () => {
    // The first page of a CNKI paper (控制理论与应用 2015), as the PDF's layout or pdftotext gives it.
    const source = [
      '智能制造装备视觉检测控制方法综述',
      '',
      '王耀南, 陈铁健, 贺振东, 吴成中',
      '',
      '摘要: 为满足智能制造装备产业对机器视觉技术的巨大需求, 本文结合装备技术特点和特殊应用环境, 提出了通',
      '用的机器视觉检测控制技术体系, 弥补了当前研究的不足.',
      '',
      '关键词: 智能制造装备; 机器视觉; 视觉伺服; 工业图像处理',
      '',
      '中图分类号: TP273 文献标识码: A',
      '',
      'Review on the machine vision measurement and control technology',
      '',
      '1 引言(Introduction)',
      '',
      '智能制造装备是具有感知、决策、控制、执行功能的各类制造装备的统称, 是信息化与工业化深度融合的重要体现.',
    ].join('\n');
    expect(
      parseTextBlocks(source)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.text),
    ).toEqual(['1 引言(Introduction)']);
  });

  it('joins a paragraph split mid-sentence by a stray blank line before a lowercase word', () => {
    const source = `Intro line that ends mid-sentence. It "determines\n\nthe establishment of things" [1]. The end.\n`;
    expect(outline(parseTextBlocks(source))).toEqual([
      'paragraph: Intro line that ends mid-sentence. It "determines the establishment of things" [1]. The end.',
    ]);
  });

  it('joins a full-width line cut by a stray blank line even before a capital', () => {
    const source = `${WIDE}\nand this is a major theoretical and practical issue that the whole Party\n\nCentral Committee has taken up.\n`;
    expect(outline(parseTextBlocks(source))).toEqual([
      `paragraph: ${WIDE} and this is a major theoretical and practical issue that the whole Party Central Committee has taken up.`,
    ]);
  });

  it('keeps paragraphs apart when the first ends a sentence', () => {
    const source = `${WIDE}\nand it ends here.\n\nA new paragraph starts here.\n`;
    expect(parseTextBlocks(source)).toHaveLength(2);
  });

  it('finds a numbered heading with no blank line before it', () => {
    const source = `${WIDE}\nthe party image.\n 2. Always adhere to the "people-centered development thinking" \n${WIDE}\nand so on.\n`;
    expect(outline(parseTextBlocks(source))).toEqual([
      `paragraph: ${WIDE} the party image.`,
      'heading(2,section): 2. Always adhere to the "people-centered development thinking"',
      `paragraph: ${WIDE} and so on.`,
    ]);
  });

  it('joins a heading wrapped over two lines', () => {
    const source = `1. Introduction\n${WIDE}\nend.\n\n2. Make Great Efforts to Strengthen the Construction of Rural Grassroots Party\nOrganizations\n\n${WIDE}\nend.\n`;
    expect(outline(parseTextBlocks(source))).toContain(
      'heading(2,section): 2. Make Great Efforts to Strengthen the Construction of Rural Grassroots Party Organizations',
    );
  });

  it.each([
    ['a dashed page marker', '--1043--'],
    ['a spaced page marker', '- 12 -'],
    ['a worded page marker', 'Page 3 of 10'],
    ['a lower-case worded page marker', 'page 7'],
    ['an abbreviated page marker', 'p. 4'],
    ['a page marker between en dashes', '– 7 –'],
    ['a page marker between em dashes', '— 7 —'],
    ['a bare page number between blank lines', '\n12\n'],
    ['a form feed and page number', '\f3'],
  ])('drops %s', (_name, marker) => {
    const source = `${WIDE}\nstill the same\n${marker}\nsentence goes on here.\n`;
    const blocks = parseTextBlocks(source);
    expect(outline(blocks)).toEqual([`paragraph: ${WIDE} still the same sentence goes on here.`]);
  });

  it('drops a bare page number between two lines of running text', () => {
    const source = `${WIDE}\n12\n${WIDE}\nend.\n`;
    expect(outline(parseTextBlocks(source))).toEqual([`paragraph: ${WIDE} ${WIDE} end.`]);
  });

  it('keeps a number that belongs to a wrapped line', () => {
    const source = `[1] Seljak U.\nAstrophys. J.\n437\n(1996).\n[2] Other A. Title (2000).\n`;
    expect(parseTextBlocks(source)[0]?.text).toBe('[1] Seljak U. Astrophys. J. 437 (1996).');
  });

  it('keeps the last page of a range broken after its dash, between two long entry lines', () => {
    const source =
      'References\n\nYamamoto M, Nishimura S, Kohmoto K (1984) Studies on host-specific toxins. 2.\nRoles of toxins in pathogenesis. Ann Phytopathol Soc Jpn 50:610–\n619\nYamamoto M, Nakatsuka S, Otani H, Kohmoto K, Nishimura S (2000)\nCatechin acts as an infection-inhibiting factor. Phytopathology 90:595–600\n';
    const entries = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.text).toMatch(/Jpn 50:610–619$/);
  });

  it('handles CRLF line endings, tabs and a byte-order mark', () => {
    const source = '\uFEFFA Title Line\r\n\r\nFirst\tline of text\r\ngoes on.\r\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'title: A Title Line',
      'paragraph: First line of text goes on.',
    ]);
  });

  it('turns an Abstract: lead-in into an Abstract heading and its paragraph', () => {
    const source =
      ' Abstract: Accurate poverty alleviation is important.\nIt goes on.\n\n1. Introduction\nText here.\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'heading(-,abstract): Abstract',
      'paragraph: Accurate poverty alleviation is important. It goes on.',
      'heading(1,section): 1. Introduction',
      'paragraph: Text here.',
    ]);
  });

  it('reads an Abstract lead-in set with a full-width colon (Chinese journals: Abstract：Object…)', () => {
    const source =
      ' Abstract：Object detection is an important problem.\nIt goes on.\n\n1. Introduction\nText here.\n';
    expect(outline(parseTextBlocks(source)).slice(0, 2)).toEqual([
      'heading(-,abstract): Abstract',
      'paragraph: Object detection is an important problem. It goes on.',
    ]);
  });

  it('takes a short first line as the title, and not a first line of running text', () => {
    expect(parseTextBlocks('A Study of Margins\n\nBody text.\n')[0]).toEqual({
      kind: 'title',
      text: 'A Study of Margins',
    });
    expect(parseTextBlocks(`${WIDE}\nthe paragraph goes on.\n`)[0]?.kind).toBe('paragraph');
  });

  it.each([
    [
      'goes on in a line that opens lower-case',
      'An Aggregated Multicolumn Dilated Convolution Network\nfor Perspective-Free Counting\nDiptodip Deb\nGeorgia Institute of Technology\n',
      'An Aggregated Multicolumn Dilated Convolution Network for Perspective-Free Counting',
    ],
    [
      'goes on after a word no title ends with',
      'arXiv:2302.07302v1 [cs.HC] 14 Feb 2023\n\nCiteSee: Augmenting Citations in Scientific Papers with\nPersistent and Personalized Historical Context\n\nJoseph Chee Chang\n',
      'CiteSee: Augmenting Citations in Scientific Papers with Persistent and Personalized Historical Context',
    ],
    [
      'stands under the journal’s volume and issue line (a society’s cover page)',
      'http://www.econometricsociety.org/\n\nEconometrica, Vol. 76, No. 2 (March, 2008), 395–436\n\nIDIOSYNCRATIC SHOCKS AND THE ROLE OF NONCONVEXITIES\nIN PLANT AND AGGREGATE INVESTMENT DYNAMICS\n\nAUBHIK KHAN\n',
      'IDIOSYNCRATIC SHOCKS AND THE ROLE OF NONCONVEXITIES IN PLANT AND AGGREGATE INVESTMENT DYNAMICS',
    ],
    [
      'stands under the arXiv stamp of a preprint',
      'arXiv:1804.07821v1 [cs.CV] 20 Apr 2018\nAn Aggregated Multicolumn Dilated Convolution Network\nfor Perspective-Free Counting\nDiptodip Deb\n',
      'An Aggregated Multicolumn Dilated Convolution Network for Perspective-Free Counting',
    ],
  ])('reads a title that %s whole', (_case, source, title) => {
    const body = `${WIDE}\n`.repeat(6);
    const first = parseTextBlocks(`${source}\n${body}`).find((b) => b.kind === 'title');
    expect(first).toEqual({ kind: 'title', text: title });
  });

  it('does not take a masthead and the address under it for a title', () => {
    const source =
      'Journal of Hydrology 310 (2005) 253–265\nwww.elsevier.com/locate/jhydrol\nThe response of flow duration curves to afforestation\n';
    const title = parseTextBlocks(`${source}\n${WIDE}\n`).find((b) => b.kind === 'title');
    expect(title?.text ?? '').not.toContain('www.elsevier.com');
  });

  it('takes a subsection titled after a function (`3.1. readData`) for a heading', () => {
    const source = `3. User functions\n\n3.1. readData\n\nreadData takes a path to a file.\n\n3.2. fit_model()\n\nfit_model() fits it.\n`;
    expect(outline(parseTextBlocks(source))).toEqual([
      'heading(3,section): 3. User functions',
      'heading(3.1,section): 3.1. readData',
      'paragraph: readData takes a path to a file.',
      'heading(3.2,section): 3.2. fit_model()',
      'paragraph: fit_model() fits it.',
    ]);
  });

  it('does not take a numbered line of running text in lower case for a heading', () => {
    const source = `${WIDE}\nas shown in\n\n3.1. the model holds, which\n\nreads on.\n`;
    expect(outline(parseTextBlocks(source)).some((l) => l.startsWith('heading'))).toBe(false);
  });

  it('does not turn a numbered list in running text into headings', () => {
    const source =
      '1. Introduction\n\nWe follow three steps:\n1. Collect the samples\n2. Measure them\n\n2. Results\n\nGood.\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'heading(1,section): 1. Introduction',
      'paragraph: We follow three steps:',
      'paragraph: 1. Collect the samples',
      'paragraph: 2. Measure them',
      'heading(2,section): 2. Results',
      'paragraph: Good.',
    ]);
  });

  it('does not take a number out of sequence as a heading', () => {
    const source =
      '1. Introduction\n\nText.\n\n2. Results\n\nText.\n\n7. Something Else\n\nText.\n';
    expect(outline(parseTextBlocks(source)).filter((l) => l.startsWith('heading'))).toHaveLength(2);
  });

  it('joins a Roman section number with its title on the next line', () => {
    const source = 'I.\n\nINTRODUCTION\n\nText here.\n\nII.\n\nCONCLUSIONS\n\nMore text.\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'heading(I,section): I. INTRODUCTION',
      'paragraph: Text here.',
      'heading(II,section): II. CONCLUSIONS',
      'paragraph: More text.',
    ]);
  });

  it('heads the list at a REFERENCES line right under a sentence with no full stop, before an entry', () => {
    const source =
      'Software: NOAO DECam Community Pipeline (CP) (Valdes & Gruendl 2014) with Moving\nObject Detection System (MODS) (Valdes 2015)\nREFERENCES\n\nBoslough, M., Brown, P., & Harris, A. W. 2015, in\nAerospace Conference, 2015 IEEE, 1-12\nBrown, P., Assink, J. D., Astiz, L., et al. 2013, Nature, 503,\n238\nChristensen, E., Lister, T., Larson, S., et al. 2014, in\nAsteroids, Comets, Meteors, 118\n';
    expect(outline(parseTextBlocks(source)).slice(1, 4)).toEqual([
      'heading(-,bibliography): REFERENCES',
      'reference: Boslough, M., Brown, P., & Harris, A. W. 2015, in Aerospace Conference, 2015 IEEE, 1-12',
      'reference: Brown, P., Assink, J. D., Astiz, L., et al. 2013, Nature, 503, 238',
    ]);
  });

  it('starts a list with no heading at [1] right under a note (REVTeX sets the title page’s notes first)', () => {
    const source =
      'The authors thank the collaboration for the detector.\n\n∗ Corresponding author: someone@example.edu\n[1] O. Abramoff et al. (SENSEI Collaboration), Phys. Rev.\nLett. 122, 161801 (2019).\n[2] D. W. Amaral et al., Phys. Rev. D 102, 091101 (2020).\n';
    expect(outline(parseTextBlocks(source)).slice(1)).toEqual([
      'footnote: ∗ Corresponding author: someone@example.edu',
      'reference: [1] O. Abramoff et al. (SENSEI Collaboration), Phys. Rev. Lett. 122, 161801 (2019).',
      'reference: [2] D. W. Amaral et al., Phys. Rev. D 102, 091101 (2020).',
    ]);
  });

  it('starts that list too when the note’s mark stands on a line of its own (pdftotext -layout)', () => {
    const source =
      'The authors thank the collaboration for the detector.\n\n  ∗\n     Corresponding author: someone@example.edu\n [1] O. Abramoff et al. (SENSEI Collaboration), Phys. Rev.\n     Lett. 122, 161801 (2019).\n [2] D. W. Amaral et al., Phys. Rev. D 102, 091101 (2020).\n';
    expect(outline(parseTextBlocks(source)).slice(1)).toEqual([
      'footnote: ∗ Corresponding author: someone@example.edu',
      'reference: [1] O. Abramoff et al. (SENSEI Collaboration), Phys. Rev. Lett. 122, 161801 (2019).',
      'reference: [2] D. W. Amaral et al., Phys. Rev. D 102, 091101 (2020).',
    ]);
  });

  it('reads entries a column set before the list’s start as entries of that list', () => {
    const entry = (n: number) =>
      `[${n}] Author${n} A, Writer B. A study of things ${n}. J Stud 2016;${n}:1–9.`;
    const source = [
      `${WIDE}`,
      'and it ends here.',
      '',
      'www.md-journal.com',
      '',
      'spine. Eur Spine J 2011;20:623–8.',
      entry(4),
      entry(5),
      entry(6),
      entry(7),
      '',
      'Data curation: Xiaoliang Bai, Jie Wang.',
      '',
      'References',
      entry(1),
      entry(2),
      entry(3),
      '',
    ].join('\n');
    const refs = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(refs.map((b) => b.number)).toEqual(['4', '5', '6', '7', '1', '2', '3']);
  });

  it('reads ACS’s notes at the columns’ feet, `(3)` … read before `(1)`, as one list', () => {
    // ACS letters print their references as notes at the foot of each page's columns, with no
    // heading: the right column's `(3)` … `(6)` are read before the left column's `(1)`, `(2)`
    // (set under the affiliation notes), and the list goes on at the next page's foot.
    const names = ['Siebert', 'Valdes', 'Ortega', 'Glennon', 'Titeler', 'Munro', 'Roth', 'Chavkin'];
    const entry = (n: number) =>
      `(${n}) ${names[n - 1]}, A. B.; Writer, C. J. Org. Chem. 2001, ${n}, 11-19.`;
    const source = [
      `${WIDE}`,
      'and it ends here.¹,²',
      '',
      entry(3),
      entry(4),
      entry(5),
      entry(6),
      '',
      `${WIDE}`,
      'and it ends here.³⁻⁷',
      '',
      '† The University of Iowa.',
      entry(1),
      entry(2),
      '',
      `${WIDE}`,
      'and it ends here.⁸',
      '',
      entry(7),
      entry(8),
      '',
    ].join('\n');
    const refs = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(refs.map((b) => b.number)).toEqual(['3', '4', '5', '6', '1', '2', '7', '8']);
  });

  it('reads a run of bracketed lines with no list after it as running text', () => {
    const source = `${WIDE}\nand it ends here.\n\n[4] one thing\n[5] another\n[6] a third\n[7] a fourth\n`;
    expect(parseTextBlocks(source).some((b) => b.kind === 'reference')).toBe(false);
  });

  it('reads an ACS list numbered (1), (2) … with its heading in another column as a reference list', () => {
    const source = [
      `${WIDE}`,
      'and it ends here.',
      '',
      '■',
      '',
      '(1) Brambilla, G.; Payne, D. N. Nano Lett. 2009, 9 (2), 831−835.',
      '(2) Brückner, R. J. Non-Cryst. Solids 1970, 5 (2), 123−175.',
      '(3) Huang, L.; Durandurdu, M.; Kieffer, J. Nat. Mater. 2006, 5 (12),',
      '977−981.',
      '',
    ].join('\n');
    const refs = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(refs.map((b) => b.text.slice(0, 14))).toEqual([
      '(1) Brambilla,',
      '(2) Brückner, ',
      '(3) Huang, L.;',
    ]);
  });

  it('reads steps numbered (1), (2), (3) in running text as no reference list', () => {
    const source = `${WIDE}\nand it ends here:\n\n(1) Study design: trials, cohorts, case-control studies;\n(2) Population: patients with the disease;\n(3) Intervention: the new surgery.\n`;
    expect(parseTextBlocks(source).some((b) => b.kind === 'reference')).toBe(false);
  });

  it('reads a References label over bare citations (a box in a figure) as no list heading', () => {
    const source = `${WIDE}\nand it ends here.\n\nReferences\n[114–117]\n\n[118,119]\n\n${WIDE}\nand it ends here.\n`;
    expect(outline(parseTextBlocks(source)).some((b) => b.startsWith('heading'))).toBe(false);
  });

  it('reads a thesis’s contents entry `bibliographie`, its list of figures with leaders under it, as no list heading', () => {
    const source = [
      'notations\n\nacronyme\n\nbibliographie',
      'T A B L E D E S F I G U R E S',
      'Fig. 1.1 Courbe ROC et AUC. . . . . . . . . . . . . . . . . . 3\nFig. 2.1 Un paramètre. . . . . . . . . . . . . . . 10',
      `1 Introduction\n\n${WIDE}\nas Hastie (2008) shows.`,
      'BIBLIOGRAPHIE',
      'Hastie, Trevor 2008 The Elements of Statistical Learning, Springer.',
    ].join('\n\n');
    const headings = outline(parseTextBlocks(source)).filter((b) => b.startsWith('heading'));
    expect(headings).toEqual([
      'heading(1,section): 1 Introduction',
      'heading(-,bibliography): BIBLIOGRAPHIE',
    ]);
  });

  it('keeps a References line inside a sentence when no entry follows it', () => {
    const source = `${WIDE}\nas the list of\nReferences\nat the end shows.\n`;
    expect(outline(parseTextBlocks(source))).toHaveLength(1);
  });

  it('reads a `Reference` column head in a table as no list when the list is headed later', () => {
    // pdftotext writes a table's cells one per line: the head `Reference` is over `Task`, not entries.
    const source = [
      `${WIDE}\nas Table 5 shows (Li et al., 2016).`,
      'Dataset\n\nReference\n\nTask\n\nBC5CDR\nJNLPBA\n\nLi et al. (2016)\nCollier and Kim (2004)',
      `${WIDE}\nand it ends here.`,
      'References\nJin-Dong Kim and Nigel Collier. 2004. Introduction to the task. In COLING.',
      'Jiao Li, Yueping Sun, and Robin Johnson. 2016. BioCreative V CDR. Database.',
    ].join('\n\n');
    const blocks = outline(parseTextBlocks(source));
    expect(blocks.filter((b) => b.startsWith('heading'))).toEqual([
      'heading(-,bibliography): References',
    ]);
    expect(blocks.filter((b) => b.startsWith('reference'))).toHaveLength(2);
    expect(blocks).toContain(`paragraph: ${WIDE} and it ends here.`);
  });

  it('reads numbered reference entries after a References heading and not as headings', () => {
    const source =
      'Body [1].\n\nREFERENCES:\n1. Smith, J. 2019. Title one.\n2. Doe, A. 2020. Title\ntwo.\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'paragraph: Body [1].',
      'heading(-,bibliography): REFERENCES',
      'reference: 1. Smith, J. 2019. Title one.',
      'reference: 2. Doe, A. 2020. Title two.',
    ]);
  });

  it('takes a run of [n] entries with no heading as the reference list', () => {
    const source =
      'Text cites [1] and [2].\n\n[1] First A. Venue 1 (2000).\n[2] Second B. Venue 2\n(2001).\n';
    const blocks = parseTextBlocks(source);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'reference', 'reference']);
    expect(blocks[2]?.text).toBe('[2] Second B. Venue 2 (2001).');
  });

  it('takes a run of 1., 2., 3. entries opening with authors as a list with no heading (Nature)', () => {
    const source =
      'The authors declare no competing financial interests.\n\n1. Koch, C. Biophysics of Computation (Oxford University Press, 1999).\n2. Stuart, G. & Hausser, M. Dendrites (Oxford University Press,\n2008).\n3. Arvanitaki, A. Effects evoked in an axon.\n\nJ. Neurophysiol. 5, 89–108 (1942).\n4. Traub, R.D. & Dudek, F.E. Simulation. Neuroscience 14, 1033–1038 (1985).\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'paragraph: The authors declare no competing financial interests.',
      'reference: 1. Koch, C. Biophysics of Computation (Oxford University Press, 1999).',
      'reference: 2. Stuart, G. & Hausser, M. Dendrites (Oxford University Press, 2008).',
      'reference: 3. Arvanitaki, A. Effects evoked in an axon. J. Neurophysiol. 5, 89–108 (1942).',
      'reference: 4. Traub, R.D. & Dudek, F.E. Simulation. Neuroscience 14, 1033–1038 (1985).',
    ]);
  });

  it('takes a Nature list with no heading whose first entry opens `Surname, I. et al.`', () => {
    const source =
      'The authors declare no competing financial interests.\n\n1. Goodman, A. et al. Ten simple rules for the care and feeding of scientific data.\nPLoS Comput. Biol. 10, e1003542 (2014).\n2. Sandve, G. K., Nekrutenko, A., Taylor, J. & Hovig, E. Ten simple rules for\nreproducible computational research. PLoS Comput. Biol. 9, e1003285 (2013).\n3. White, E. P. et al. Nine simple ways to make it easier to (re)use your data.\nIdeas Ecol. Evol. 6, 1–10 (2013).\n';
    expect(outline(parseTextBlocks(source))).toEqual([
      'paragraph: The authors declare no competing financial interests.',
      'reference: 1. Goodman, A. et al. Ten simple rules for the care and feeding of scientific data. PLoS Comput. Biol. 10, e1003542 (2014).',
      'reference: 2. Sandve, G. K., Nekrutenko, A., Taylor, J. & Hovig, E. Ten simple rules for reproducible computational research. PLoS Comput. Biol. 9, e1003285 (2013).',
      'reference: 3. White, E. P. et al. Nine simple ways to make it easier to (re)use your data. Ideas Ecol. Evol. 6, 1–10 (2013).',
    ]);
  });

  it('keeps a numbered list of steps in running text as paragraphs', () => {
    const source =
      'We proceed in steps.\n\n1. Collect the data.\n2. Clean the data.\n3. Fit the model.\n';
    expect(parseTextBlocks(source).some((b) => b.kind === 'reference')).toBe(false);
  });
});

describe('parseTextBlocks: section numbering as publishers print it', () => {
  const headings = (source: string) =>
    outline(parseTextBlocks(source)).filter((line) => line.startsWith('heading'));
  const para = `${WIDE}\nand it ends here.`;

  it('reads a numbered heading under a sentence ended by a flattened note mark (`inference.3`)', () => {
    const source = `3. Algorithmic complexity\n${para}\n${WIDE}\ninsight into the link with statistical inference.3\n4. Algorithmic complexity and statistical inference\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(3,section): 3. Algorithmic complexity',
      'heading(4,section): 4. Algorithmic complexity and statistical inference',
    ]);
  });

  it('leaves a numbered item under such a sentence as text when its line goes on into the next', () => {
    const source = `Introduction\n${para}\n${WIDE}\nto disambiguate the mentions.4\nIII. Off-the-shelf: uses existing libraries, namely\n(Ferragina and Scaiella, 2010, TagMe) and more.\n`;
    expect(headings(source)).toEqual(['heading(-,section): Introduction']);
  });

  it('takes Roman subsections (`V.I Results`, `V.I.II Model`) after a Roman section', () => {
    const source = `V. VALIDATION\n\n${para}\n\nV.I Validation results\n\n${para}\n\nV.I.I Practicality\n\n${para}\n\nV.I.II Model Implementation\n\n${para}\n\nVI. CONCLUSION\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(V,section): V. VALIDATION',
      'heading(V.I,section): V.I Validation results',
      'heading(V.I.I,section): V.I.I Practicality',
      'heading(V.I.II,section): V.I.II Model Implementation',
      'heading(VI,section): VI. CONCLUSION',
    ]);
  });

  it('reads a numbered paragraph whose run-in head the line goes on after as a paragraph', () => {
    const source = `6 Methods\n\n${para}\n\n7. Sentence BERT Sentence BERT (Reimers and\nGurevych, 2019) is a general-domain pretrained model aimed at\n${WIDE}\nand it ends here.\n`;
    expect(headings(source)).toEqual(['heading(6,section): 6 Methods']);
  });

  it.each([
    ['on the next line', '5.7 Are pre-trained vectors necessary with\nELMo?'],
    [
      'past a blank line',
      '5.7 Are pre-trained vectors necessary with the\n\ncontext of the sentence?',
    ],
  ])('takes a question heading cut after `with`, its end %s, whole', (_where, heading) => {
    const source = `5.6 Methods\n\n${para}\n\n${heading}\n${WIDE}\nand it ends here.\n`;
    expect(headings(source).at(-1)).toMatch(
      /^heading\(5\.7,section\): 5\.7 Are .* with (?:ELMo|the context of the sentence)\?$/,
    );
  });

  it('takes `Supplementary information` standing alone after the list as a section', () => {
    const source = [
      '1. Methods',
      para,
      'References',
      '[1] Agresti, A. Categorical Data Analysis 3 edn (Wiley, Hoboken, 2013).',
      'Supplementary information',
      'Supplementary information is provided below.',
      '',
    ].join('\n\n');
    expect(headings(source)).toEqual([
      'heading(1,section): 1. Methods',
      'heading(-,bibliography): References',
      'heading(-,section): Supplementary information',
    ]);
  });

  describe("numbered headings run in at a paragraph's start, set in their own type", () => {
    const L = '\u001F';
    const runIn = (head: string) => `${head}${L} ${WIDE}\nand it ends here.`;

    it('takes them as headings in sequence, their text as the paragraph after them', () => {
      const source = [
        'A Title',
        runIn('1. Introduction.'),
        runIn('2. Mass and energy balance.'),
        '3. Electroneutral limit.',
        runIn('3.1. The energy identity.'),
        runIn('3.1.1. The equilibrium case.'),
        '',
      ].join('\n\n');
      const blocks = parseTextBlocks(source);
      expect(headings(source)).toEqual([
        'heading(1,section): 1. Introduction',
        'heading(2,section): 2. Mass and energy balance',
        'heading(3,section): 3. Electroneutral limit',
        'heading(3.1,section): 3.1. The energy identity',
        'heading(3.1.1,section): 3.1.1. The equilibrium case',
      ]);
      expect(blocks[2]).toEqual({ kind: 'paragraph', text: `${WIDE} and it ends here.` });
    });

    it('keeps the items of a numbered list set so as paragraphs with their lead', () => {
      const source = [
        'A Title',
        runIn('1. Introduction.'),
        runIn('1. Data.'),
        runIn('2. Model.'),
        runIn('3. Results.'),
        '',
      ].join('\n\n');
      expect(headings(source)).toEqual(['heading(1,section): 1. Introduction']);
      const leads = parseTextBlocks(source).filter((b) => b.kind === 'paragraph' && b.lead);
      expect(leads).toHaveLength(3);
    });

    it('takes none whose numbers do not start at 1', () => {
      const source = ['A Title', runIn('4. Results.'), runIn('5. Discussion.'), ''].join('\n\n');
      expect(headings(source)).toEqual([]);
    });
  });

  it('takes `4.1` after section 3 as the first subsection of a section whose heading is missing', () => {
    const source = `III. MODEL\n\n${para}\n\n4.1. Step 1 (Initialization)\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(III,section): III. MODEL',
      'heading(4.1,section): 4.1. Step 1 (Initialization)',
    ]);
  });

  it('does not take a display equation in capitals (`ΨW = Ψ ◦ W`) for a heading', () => {
    const source = `1. Model\n\n${para}\n\nΨW = Ψ ◦ W\n\n${para}\n`;
    expect(headings(source)).toEqual(['heading(1,section): 1. Model']);
  });

  it('does not take rows of a numbered table for sections once sections are Roman', () => {
    const source = `III. MODEL\n\n${para}\n\n4 Making copies of data\n\nBackup copies restore the original.\n\n5 Ways to do it\n\nMore text here.\n`;
    expect(headings(source)).toEqual(['heading(III,section): III. MODEL']);
  });

  it('reads a first section `I.` as OCR’s `1.` when `2.` and `3.` follow (a scanned journal)', () => {
    // OCR reads a `1` as `I`: `I. Introduction` opens a paper whose sections are Arabic.
    const source = `I. Introduction\n\n${para}\n\n2. Consensus Protocols\n\n${para}\n\n3. Main Result\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(I,section): I. Introduction',
      'heading(2,section): 2. Consensus Protocols',
      'heading(3,section): 3. Main Result',
    ]);
  });

  it('does not take a chart’s legend in capitals over the next panel’s title and ticks for a heading', () => {
    // PPoPP: series names (`CCQUEUE MSQUEUE LCRQ`) under one panel, the next panel's title and
    // its axis numbers under them.
    const source = `1. Evaluation\n\n${para}\n\n1* 2* 4 8 16 36\n\nNumber of threads\n\nCCQUEUE MSQUEUE LCRQ\n\nAMD Magny-Cours (enqueue-dequeue pairs)\n100\n\n80\n\n60\n\n${para}\n`;
    expect(headings(source)).toEqual(['heading(1,section): 1. Evaluation']);
  });

  it('does not take a list of figures’ lone entry, its dot leader and page (`ωt. . . 39`), for a heading', () => {
    const source = `List of Figures\n\n4.1 Transition rules of the theoretical operational semantics ωt. . . 39\nxiv List of Figures\n\n1 Introduction\n\n${para}\n`;
    expect(headings(source).filter((h) => h.includes('Transition'))).toEqual([]);
  });

  it('does not take a numbered rule written as a formula (`6. Pop 〈∅, 𝔸〉n ↣ 〈∅, 𝔸〉n`) for a heading', () => {
    const source = `5. Semantics\n\n${para}\n\n6. Pop 〈∅, [([], p, A)|𝔸], 𝕊, 𝔹, 𝕋〉n ↣P⋆ 〈∅, 𝔸, 𝕊, 𝔹, 𝕋〉n\n\nThe Pop transition is eagerly applied whenever possible.\n`;
    expect(headings(source)).toEqual(['heading(5,section): 5. Semantics']);
  });

  it.each(['2 The 𝑀𝑆𝐸 loss', '2 Estimating 𝛼, 𝛽 and 𝛾'])(
    'keeps %j a heading: math letters are no formula without a bracket, arrow or set sign',
    (title) => {
      const source = `1 Introduction\n\n${para}\n\n${title}\n\n${para}\n`;
      expect(headings(source)).toEqual([
        'heading(1,section): 1 Introduction',
        `heading(2,section): ${title}`,
      ]);
    },
  );

  it('keeps a heading with an ellipsis in its title (`1 ... 100 nodes`): no dot leader at its end', () => {
    const source = `1 Introduction\n\n${para}\n\n2 Scaling from 1 ... 100 nodes\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(1,section): 1 Introduction',
      'heading(2,section): 2 Scaling from 1 ... 100 nodes',
    ]);
  });

  it('keeps a heading in capitals over a sentence ended by its stop, a year under it', () => {
    const source = `1. Method\n\n${para}\n\nDATA COLLECTION\n\nWe collected the data from the survey.\n2019\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(1,section): 1. Method',
      'heading(-,section): DATA COLLECTION',
    ]);
  });

  it('keeps `BY THE NUMBERS` a heading after the first section: a byline opens with `BY` above it only', () => {
    const source = `1. Method\n\n${para}\n\nBY THE NUMBERS\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(1,section): 1. Method',
      'heading(-,section): BY THE NUMBERS',
    ]);
  });

  it('keeps `ORCID` a heading over an ORCID cut at its line’s end (`…-8034-` / `8095`)', () => {
    const source = `1. Method\n\n${para}\n\nORCID\n\nSarah Holmes Watkins http://orcid.org/0000-0002-8034-\n8095\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(1,section): 1. Method',
      'heading(-,section): ORCID',
    ]);
  });

  it('does not take a display equation’s line in capitals (`X XHF`) for a heading: the sentence goes on under it', () => {
    const source = `1. Método\n\n${para}\n\nXHF − X s\nJ = Q, (1.7)\n\nX XHF\n\ndonde la suma se hace sobre X = [E, ⟨r⟩], siendo XHF los valores de HF y X s\nlos resultados obtenidos de la diagonización del potencial de prueba.\n`;
    expect(headings(source)).toEqual(['heading(1,section): 1. Método']);
  });

  it.each([
    ['VACCINE DESIGN', 'mRNA vaccines encode the antigen they raise.'],
    ['KERNEL TRACING', 'eBPF programs run in the kernel.'],
    ['MOBILE PLATFORMS', 'iOS apps are reviewed before release.'],
  ])('keeps %j a heading over text opening with a mixed-case name', (head, first) => {
    const source = `1. Method\n\n${para}\n\n${head}\n\n${first} ${para}\n`;
    expect(headings(source)).toEqual([
      'heading(1,section): 1. Method',
      `heading(-,section): ${head}`,
    ]);
  });

  it('keeps a Roman paper’s sections when a list numbered `1.`, `2.` follows its `I.`', () => {
    // `1. A New Dataset` was no heading: the paper writes its 1 as `1`, so its `I.` is Roman.
    const source = `I. INTRODUCTION\n\n${para}\n\n1. A New Dataset\n\n${para}\n\n2. A Benchmark Suite\n\n${para}\n\nII. RELATED WORK\n\n${para}\n\nIII. METHOD\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(I,section): I. INTRODUCTION',
      'heading(II,section): II. RELATED WORK',
      'heading(III,section): III. METHOD',
    ]);
  });

  it('keeps a Roman paper’s sections when its `II.` follows a lone `2.` after `I.`', () => {
    const source = `I. INTRODUCTION\n\n${para}\n\n2. A Benchmark Suite\n\n${para}\n\nII. RELATED WORK\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(I,section): I. INTRODUCTION',
      'heading(II,section): II. RELATED WORK',
    ]);
  });

  it('keeps a Roman paper’s `2 …` table row out after `I.` (no dot, no OCR’s `1`)', () => {
    const source = `I. INTRODUCTION\n\n${para}\n\n2 Making copies of data\n\nBackup copies restore the original.\n\nII. MODEL\n\n${para}\n`;
    expect(headings(source)).toEqual([
      'heading(I,section): I. INTRODUCTION',
      'heading(II,section): II. MODEL',
    ]);
  });

  it('joins a heading whose last word is cut by a hyphen however short its line', () => {
    const source = `2. CONTEXT\n\n${para}\n\n3. A NEW EFFICIENT SO-\nLUTION\n\nThe solution is new.\n`;
    expect(headings(source)[1]).toBe('heading(3,section): 3. A NEW EFFICIENT SOLUTION');
  });

  it.each([
    [
      'appendices lettered after the references, a wrapped one among them',
      `2. Method\n\n${para}\n\nReferences\n\n[1] Bates DM (2003). Nonlinear Regression.\n\nA. Partitioned vs. unpartitioned algorithms\n\n${para}\n\nA.1. Empirical comparison of partitioned and unpartitioned variable pro-\njection algorithms\n\n${para}\n\nB. New options\n\n${para}\n`,
      [
        'heading(2,section): 2. Method',
        'heading(-,bibliography): References',
        'heading(A,section): A. Partitioned vs. unpartitioned algorithms',
        'heading(A.1,section): A.1. Empirical comparison of partitioned and unpartitioned variable projection algorithms',
        'heading(B,section): B. New options',
      ],
    ],
    [
      'no lettered line before the body’s first heading (initials in the front matter)',
      `A Paper Title\n\nA. Jones\n\n1. Introduction\n\n${para}\n`,
      ['heading(1,section): 1. Introduction'],
    ],
    [
      'no letter out of sequence, and no letter inside a paragraph',
      `1. Introduction\n\n${para}\n\nC. Smith\n\n${para}\nA. Jones and B. Brown argued this too.\n`,
      ['heading(1,section): 1. Introduction'],
    ],
  ])('takes lettered appendix headings: %s', (_case, source, expected) => {
    expect(headings(source)).toEqual(expected);
  });

  it.each(['Categories and Subject Descriptors', 'General Terms', 'CCS Concepts', 'Index Terms'])(
    'takes the ACM/IEEE front-matter heading `%s` standing alone',
    (title) => {
      expect(
        headings(
          `${para}\n${WIDE}\n\n${title}\n\nAlgorithms, Management, Design and many other terms like these.\n`,
        ),
      ).toEqual([`heading(-,section): ${title}`]);
    },
  );
});

describe('parseTextBlocks: text set apart from the running text', () => {
  const para = `${WIDE}\nand it ends here.`;
  const kinds = (source: string) =>
    parseTextBlocks(source).map(
      (b) => `${b.kind}${b.kind === 'paragraph' && b.lead ? `(${b.lead})` : ''}`,
    );

  it('reads captions, footnotes, code, chart labels and a run-in heading as their own blocks', () => {
    const source = [
      '1. Introduction',
      para,
      'TABLE I. SIMULATION PARAMETERS',
      '¹ Supported by a grant for reading in margins.',
      '    R> fit <- fitModel(list(data))\n      summary(fit)',
      'DEMT\n7 Gang 7\n0 50 100\nNumber of tasks\n2.5',
      `Materials. ${para}`,
    ].join('\n\n');
    expect(kinds(source)).toEqual([
      'heading',
      'paragraph',
      'caption',
      'footnote',
      'code',
      'figure-text',
      'paragraph(10)',
    ]);
  });

  it('keeps a DOI alone on its line with the note above it', () => {
    const blocks = parseTextBlocks(
      `A Title\n\n1. Introduction\n\n${WIDE}\nand it ends here.\n\nOnline at stacks.iop.org/JPhys/22/1\n\ndoi:10.1088/1/2\n\nMore text.\n`,
    );
    expect(blocks.slice(2).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['paragraph', WIDE.slice(0, 20)],
      ['footnote', 'Online at stacks.iop'],
      ['paragraph', 'More text.'],
    ]);
    expect(blocks[3]?.text).toBe('Online at stacks.iop.org/JPhys/22/1 doi:10.1088/1/2');
  });

  it('rejoins a sentence a note was set inside, and puts the note after the paragraph', () => {
    const blocks = parseTextBlocks(
      [
        'A Title',
        '1. Introduction',
        `${WIDE}\nand we employ a hypothesis, which`,
        'Proceedings of the 45th Annual Meeting of the Association for Reading, pages 1–8,\nPrague, June 2007. © 2007 Association for Reading',
        '¹ Supported by a grant.',
        'can be phrased as follows: readers differ.',
        'Next paragraph here.',
      ].join('\n\n'),
    );
    expect(blocks.slice(2).map((b) => b.kind)).toEqual([
      'paragraph',
      'footnote',
      'footnote',
      'paragraph',
    ]);
    expect(blocks[2]?.text).toMatch(/, which can be phrased as follows: readers differ\.$/);
    expect(blocks[3]?.text).toMatch(/^Proceedings of the 45th .* Association for Reading$/);
  });

  it.each([
    [
      'a head no text pattern finds, in lower-case words',
      `Data collection.\u001F ${para}`,
      'paragraph(16)',
    ],
    ['a head in the front matter, before any heading', `Keywords:\u001F ${WIDE}`, 'paragraph(9)'],
    [
      'a mark not at the paragraph’s start, which heads nothing',
      `${WIDE}\nand so\u001F on.`,
      'paragraph',
    ],
  ])('takes the PDF layout’s mark of a head set in its own type: %s', (_case, text, kind) => {
    const blocks = parseTextBlocks(`A Title\n\n${text}\n`);
    expect(kinds(`A Title\n\n${text}\n`)).toEqual(['title', kind]);
    // eslint-disable-next-line no-control-regex -- the point is that none is there
    expect(blocks.map((b) => b.text).join('')).not.toMatch(/\u001F/);
  });

  it('never joins a paragraph that opens with a typeset head to the one before it', () => {
    const source = `1. Introduction\n\n${WIDE}\n${WIDE}\n\nsample.\u001F ${WIDE}\n`;
    expect(kinds(source)).toEqual(['heading', 'paragraph', 'paragraph(7)']);
  });

  it('never joins a caption to the paragraph a stray blank line seems to cut', () => {
    const source = `1. Introduction\n\n${WIDE}\n${WIDE}\n\nFigure 2: the principle of the algorithm.\n`;
    expect(kinds(source)).toEqual(['heading', 'paragraph', 'caption']);
  });
});

describe('parseTextBlocks: IEEE lettered subsections', () => {
  it('reads `A.` under a Roman section as its subsection, lettered again from `A` in the next', () => {
    const source = [
      'I. INTRODUCTION',
      'Stereo matching is old.',
      'II. METHOD',
      'A. Spatial Cost Aggregation',
      'We aggregate costs in two passes.',
      'B. Temporal Cost Aggregation',
      'We aggregate costs over frames.',
      'III. RESULTS',
      'A. Accuracy',
      'The errors are small.',
    ].join('\n\n');
    const headings = parseTextBlocks(source).flatMap((b) =>
      b.kind === 'heading' ? [`${b.level} ${b.number ?? '-'} ${b.text}`] : [],
    );
    expect(headings).toEqual([
      '1 I I. INTRODUCTION',
      '1 II II. METHOD',
      '2 II.A A. Spatial Cost Aggregation',
      '2 II.B B. Temporal Cost Aggregation',
      '1 III III. RESULTS',
      '2 III.A A. Accuracy',
    ]);
  });
});

describe('parseTextBlocks: lettered headings after an appendix’s heading (QJE)', () => {
  it('reads `A.` after `APPENDIX I: DATA` as the appendix’s, not the last Roman section’s', () => {
    const source = [
      'IV. INTERPRETATIONS',
      'Fox News made voters more conservative.',
      'V. CONCLUSION',
      'We conclude here.',
      'APPENDIX I: DATA',
      'A. Cable Data',
      'The cable data come from a directory.',
      'B. Election Data',
      'The election data come from towns.',
    ].join('\n\n');
    const headings = parseTextBlocks(source).flatMap((b) =>
      b.kind === 'heading' ? [`${b.level} ${b.number ?? '-'} ${b.text}`] : [],
    );
    expect(headings.slice(-3)).toEqual([
      '1 - APPENDIX I: DATA',
      '2 A A. Cable Data',
      '2 B B. Election Data',
    ]);
  });
});

describe('parseTextBlocks: the byline and display equations', () => {
  it.each([
    [
      'names, affiliations and e-mails under the title, up to the abstract',
      'A Study of Margins\n\nJane Doe1 and John Smith2\n1 Department of History, University of Oxford\n2 Institute of Letters, Paris, France\njane@example.org\n\nAbstract\n\nWe read the margins of old books.\n',
      [
        'title: A Study of Margins',
        'byline: Jane Doe1 and John Smith2\n1 Department of History, University of Oxford\n2 Institute of Letters, Paris, France\njane@example.org',
        'heading(-,abstract): Abstract',
        'paragraph: We read the margins of old books.',
      ],
    ],
    [
      'the byline up to the first paragraph of prose when there is no abstract heading',
      'A Study of Margins\n\nJane Doe\nUniversity of Oxford\n\nIn this work we report how readers of old books argue with them in the margins.\n\n1. Introduction\n\nMargins are old.\n',
      [
        'title: A Study of Margins',
        'byline: Jane Doe\nUniversity of Oxford',
        'paragraph: In this work we report how readers of old books argue with them in the margins.',
        'heading(1,section): 1. Introduction',
        'paragraph: Margins are old.',
      ],
    ],
    [
      'an affiliation under its author’s number before the first section, not a section (JOSS)',
      'A Study of Margins\n\nJane Doe¹\n\n1 Auckland University of Technology\n\nSummary\n\nReaders of old books argue with them in the margins.\n',
      [
        'title: A Study of Margins',
        'byline: Jane Doe¹\n1 Auckland University of Technology',
        'heading(-,section): Summary',
        'paragraph: Readers of old books argue with them in the margins.',
      ],
    ],
    [
      'a dated running foot between two paragraphs (`13 DECEMBER 1968`), not a section',
      'The Tragedy of the Commons\n\nThe parks themselves are limited in extent and open to all who come.\n\n13 DECEMBER 1968\n\nThe allocation might be by lottery, or on a first-come basis.\n',
      [
        'title: The Tragedy of the Commons',
        'paragraph: The parks themselves are limited in extent and open to all who come.',
        'paragraph: 13 DECEMBER 1968',
        'paragraph: The allocation might be by lottery, or on a first-come basis.',
      ],
    ],
    [
      'the byline ended by a lone word over a paragraph of prose',
      'A Study of Margins\n\nJane Doe\n\nUniversity of Oxford\n\nDescription\n\nIn this work we report how readers of old books argue with them in the margins.\n',
      [
        'title: A Study of Margins',
        'byline: Jane Doe\nUniversity of Oxford',
        'paragraph: Description',
        'paragraph: In this work we report how readers of old books argue with them in the margins.',
      ],
    ],
    [
      'a letter with no heading at all: its running text begins with its first paragraph of prose',
      [
        'A Study of Margins',
        '',
        'Jane Doe and John Smith',
        'University of Oxford',
        '',
        `${WIDE} we read the margins of old books. They argue with`,
        `${WIDE} the text, and`,
        'the readers answer them.',
        '',
        'ds = c dt − dr − R dΩ, (1)',
        '',
        'where R is the radius.',
        '',
      ].join('\n'),
      [
        'title: A Study of Margins',
        'byline: Jane Doe and John Smith\nUniversity of Oxford',
        `paragraph: ${WIDE} we read the margins of old books. They argue with ${WIDE} the text, and the readers answer them.`,
        'equation: ds = c dt − dr − R dΩ, (1)',
        'paragraph: where R is the radius.',
      ],
    ],
    [
      'no byline in a text with no title',
      'Readers annotate papers to argue with them.\n\nJane Doe\n',
      ['paragraph: Readers annotate papers to argue with them.', 'paragraph: Jane Doe'],
    ],
  ])('reads %s', (_name, source, expected) => {
    expect(outline(parseTextBlocks(source))).toEqual(expected);
  });

  it.each([
    [
      'an equation between paragraphs, the sentence after it a paragraph of its own',
      'the conformal gauge\n\nds² = a²(1 + 2ψ)dτ² − (1 − 2φ)dx². (1)\n\nwhere τ is the proper time.\n',
      [
        'paragraph: the conformal gauge',
        'equation: ds² = a²(1 + 2ψ)dτ² − (1 − 2φ)dx². (1)',
        'paragraph: where τ is the proper time.',
      ],
    ],
    [
      'an equation inside a chunk, never merged into the sentence before it',
      'The parameter is defined as\naa¨\nq = −,\na˙²\n(12)\nwhere a is the scale factor.\n',
      [
        'paragraph: The parameter is defined as',
        'equation: aa¨\nq = −,\na˙²\n(12)',
        'paragraph: where a is the scale factor.',
      ],
    ],
    [
      'an equation number set on a line of its own after its equation',
      'It reads\n\nds = c dt − dr − R dΩ,\n\n(5)\nwhere E obeys E ≥ −1/2.\n',
      [
        'paragraph: It reads',
        'equation: ds = c dt − dr − R dΩ,\n(5)',
        'paragraph: where E obeys E ≥ −1/2.',
      ],
    ],
    [
      'mathematics that ends a sentence inline as running text',
      'The model has parameters chosen so that ΩCDM =\n0.02, α > 10⁻²⁶.\n',
      ['paragraph: The model has parameters chosen so that ΩCDM = 0.02, α > 10⁻²⁶.'],
    ],
    [
      'a paragraph with inline mathematics as running text',
      'The score is x = a + b (4) in our notation, while the older studies (1) found\nthe same result over and over again in every sample they looked at.\n',
      [
        'paragraph: The score is x = a + b (4) in our notation, while the older studies (1) found the same result over and over again in every sample they looked at.',
      ],
    ],
  ])('reads %s', (_name, source, expected) => {
    expect(outline(parseTextBlocks(`A Title\n\n1. Introduction\n\n${source}`)).slice(2)).toEqual(
      expected,
    );
  });
});

describe('parseTextBlocks: a reference list with each label on a line of its own', () => {
  it('reads the list under its heading, though `[1]` alone on a line looks like a citation', () => {
    const source = `${WIDE}\nand the work ends here.\n\nReferences\n[1]\n\nS. D. Drell and T.-M. Yan,\nMassive Lepton-Pair Production at High Energies,\nPhys. Rev. Lett. 25 (1970) 316.\n\n[2]\n\nC. Duhr, F. Dulat and B. Mistlberger, Charged current production,\nJHEP 11 (2020) 143.\n`;
    expect(outline(parseTextBlocks(source)).map((l) => l.slice(0, 40))).toEqual([
      `paragraph: ${WIDE}`.slice(0, 40),
      'heading(-,bibliography): References',
      'reference: S. D. Drell and T.-M. Yan, Ma',
      'reference: C. Duhr, F. Dulat and B. Mist',
    ]);
  });

  it('keeps each label between two long lines and opens an entry at it (Lancet, pdftotext)', () => {
    const entry = (n: number, what: string) =>
      `The White House. ${what} of the Agency for\nInternational Development. January, 199${n}. http://example.org/memo${n}.html (accessed Jan 3, 2018).`;
    const source = `${WIDE}\nand the work ends here.\n\nReferences\n1\n${entry(1, 'Memorandum for the Administrator')}\n2\n${entry(2, 'Statement on the rescinding')}\n3\n${entry(3, 'Memorandum for the Secretary')}\n`;
    const references = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(references.map((b) => [b.number, b.text.slice(0, 40)])).toEqual([
      ['1', 'The White House. Memorandum for the Admi'],
      ['2', 'The White House. Statement on the rescin'],
      ['3', 'The White House. Memorandum for the Secr'],
    ]);
  });
});

describe('parseTextBlocks: a bare-labelled list under a heading after a page’s number', () => {
  // A thesis copied with no blank lines: the page's number (`45`) stands between the text and
  // the list's heading, whose entries carry bare labels (`1 Sears MR.`), some a surname's particle.
  const source = [
    'Dissertation on asthma',
    '',
    'We thank the participants in the study who accepted going through all the tests.',
    'My family, for making the effort worthwhile.',
    '45',
    'REFERENCES',
    '1 Sears MR. The definition and diagnosis of asthma. Allergy 1993; 48: 12-6.',
    '2 International consensus report on diagnosis of asthma. Allergy 1992; 47: 1-5.',
    '3 de Marco R, Cerveri I. An undetected burden of asthma in Italy: the relation-',
    'ship between clinical and epidemiological diagnosis. Eur Respir J 1998; 11: 599-605.',
    '4 van den Berge M, Meijer RJ. PC20 adenosine is associated with airway inflammation',
    'in asthma. Am J Respir Crit Care Med 2001; 163: 1546-50.',
    '5 Pershagen G. Challenges in epidemiologic allergy research. Allergy 1997; 52: 1045-9.',
    '',
  ].join('\n');

  it('heads the list and reads each entry by its label', () => {
    const blocks = parseTextBlocks(source);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['REFERENCES']);
    expect(
      blocks.flatMap((b) => (b.kind === 'reference' ? [`${b.number} ${b.text.slice(0, 14)}`] : [])),
    ).toEqual([
      '1 1 Sears MR. Th',
      '2 2 Internationa',
      '3 3 de Marco R, ',
      '4 4 van den Berg',
      '5 5 Pershagen G.',
    ]);
  });
});

describe('parseTextBlocks: a headingless list’s entry cut mid-title by a page break', () => {
  const source = [
    'We thank the reviewers for a careful reading of the manuscript and their comments.',
    '',
    '[1] R. N. Cahn and J. D. Jackson, Spin orbit and tensor forces in heavy quark',
    'mesons, Phys. Rev. D68, 037502 (2003), arXiv:hep-ph/0305012 [hep-ph].',
    '[2] L. Liu, K. Orginos, and F.-K. Guo, Interactions of charmed mesons with light',
    '',
    'pseudoscalar mesons from lattice QCD and implications',
    '∗',
    'on the nature of the Ds0',
    '(2317), Phys. Rev. D87, 014508',
    '(2013), arXiv:1208.4535 [hep-lat].',
    '[3] E. B. Gregory and T. Luu, Confirmation of the existence of an exotic state',
    'in the πD system, (2021), arXiv:2106.15391 [hep-ph].',
    '',
  ].join('\n');

  it('reads the lines past the break as the entry’s rest, and the list on', () => {
    const refs = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(refs.map((b) => b.number)).toEqual(['1', '2', '3']);
    expect(refs[1]?.text).toMatch(/with light pseudoscalar .* \[hep-lat\]\.$/);
  });
});

describe('a paper’s keywords', () => {
  it.each([
    [
      '关键词: 智能制造装备; 机器视觉; 视觉伺服; 工业图像处理; 智能制造装备产业; 机器视觉检测',
      'Review on the machine vision measurement and control technology for intelligent manufacturing',
    ],
    [
      'Keywords: close reading; annotation; citation graphs; reading tools for papers; margins online',
      'Abbreviations: API, application programming interface; PDF, portable document format',
    ],
    [
      'Keywords exercise, counseling, smoking cessation, depression, physical activity, sedentary',
      'cigarette consumption is the leading cause of death in the world (Hatsukami, 2008).',
    ],
  ])('end their paragraph at a blank line though they end no sentence: %s', (keywords, next) => {
    const text = `A Paper on Reading\n\nAbstract\n\nWe read papers closely, and we say so here.\n\n${keywords}\n\n中图分类号: TP273 文献标识码: A\n\n${next}\n\n1 Introduction\n\nReading is hard.\n`;
    const blocks = parseTextBlocks(text);
    expect(blocks.some((b) => b.text.startsWith(next.slice(0, 20)))).toBe(true);
    expect(blocks.find((b) => b.text.startsWith(keywords.slice(0, 5)))?.text).not.toContain(
      next.slice(0, 10),
    );
  });

  it.each([
    [
      'keywords after a bold label with no colon (T&F)',
      'Keywords exercise, counseling, smoking cessation, depression, physical activity',
    ],
    [
      'a funding note that ends no sentence',
      'Funding: National Prevention Research Initiative and the Diabetes UK grant 16/0005454',
    ],
    [
      'a competing interests note',
      'Competing interests: The authors have declared that none exist',
    ],
  ])(
    'end their paragraph where it ends, the notes under it and the text after them apart: %s',
    (_case, note) => {
      const next =
        'Cigarette consumption is the leading cause of death in the world, and we study it.';
      const text = `A Paper on Smoking\n\nAbstract\n\nWe read papers closely, and we say so here.\n\n${note}\n\n¹Laboratory Epsylon, University of Montpellier, Montpellier, France\n\n${next}\n\n1 Introduction\n\nReading is hard.\n`;
      const blocks = parseTextBlocks(text);
      expect(blocks.find((b) => b.text.startsWith(note.slice(0, 12)))?.text).toBe(note);
      expect(blocks.some((b) => b.kind === 'paragraph' && b.text === next)).toBe(true);
    },
  );

  it('keeps a funding note whole where a page’s break cut it mid-sentence (`… are` / `those of …`)', () => {
    const text = `A Paper on Smoking\n\nAbstract\n\nWe read papers closely, and we say so here.\n\nFunding: The opinions expressed in this publication are\n\nthose of the authors and not of the funder.\n\n1 Introduction\n\nReading is hard.\n`;
    expect(parseTextBlocks(text).find((b) => b.text.startsWith('Funding'))?.text).toBe(
      'Funding: The opinions expressed in this publication are those of the authors and not of the funder.',
    );
  });

  it.each(['KEYWORDS', 'Keywords', 'Mots-clés', 'Keywords:'])(
    'are front matter under a label of their own (`%s` over one list) after an abstract with no heading, not a section',
    (label) => {
      const list = 'agency, free energy principle, predictive error minimization, cortical growth';
      const text = `A Paper on Reading\n\nWe read papers closely, and we say so here in the abstract.\n\n${label}\n\n${list}\n\n1 Introduction\n\nReading is hard.\n`;
      const blocks = parseTextBlocks(text);
      expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
        '1 Introduction',
      ]);
      const keywords = blocks.find((b) => b.text.startsWith(label));
      expect(keywords?.kind).toBe('paragraph');
      expect(keywords?.text).toContain(list);
      expect(keywords?.text).not.toContain('Reading is hard');
    },
  );

  it('keep their label as a heading where the abstract has one, set as its sibling (ACM)', () => {
    const text = `A Paper on Reading\n\nABSTRACT\n\nWe read papers closely, and we say so here.\n\nKEYWORDS\n\nreading, margins, annotation\n\n1 INTRODUCTION\n\nReading is hard.\n`;
    expect(
      parseTextBlocks(text)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.text),
    ).toEqual(['ABSTRACT', 'KEYWORDS', '1 INTRODUCTION']);
  });
});

describe('a metadata note of a side column', () => {
  it.each([
    [
      'CITATION',
      'CITATION\nWright JJ and Bourke PD (2025) Minimization\nof prediction errors during cerebral\nembryogenesis and the emergence of agency.\nFront. Syst. Neurosci. 19:1683448.\ndoi: 10.3389/fnsys.2025.1683448',
    ],
    [
      'Citation:',
      'Citation: Robinson JE, Corcoran AW (2025) The role\nof active inference in awareness.\nPLoS One 20(12): e0328836. https://doi.org/10.1371/journal.pone.0328836',
    ],
    [
      'Data availability statement:',
      'Data availability statement: No datasets were\ngenerated in the study.\nAll relevant data will be made available.',
    ],
  ])('is one block, its short lines ending sentences inside it (%s)', (_label, note) => {
    const text = `A Paper on Reading\n\nWe read papers closely, and we say so here in the abstract of the paper, which runs on as wide as a column.\n\n${note}\n\nEditor: Rei Akaishi, RIKEN, JAPAN\n\n1 Introduction\n\nReading is hard.\n`;
    const blocks = parseTextBlocks(text);
    const first = note.split('\n')[0] ?? '';
    const last = note.split('\n').at(-1) ?? '';
    const block = blocks.find((b) => b.text.startsWith(first));
    expect(block?.text).toContain(last);
    expect(block?.text).not.toContain('Editor:');
  });

  it('ends at a line opening another label', () => {
    const text = `A Paper on Reading\n\nWe read papers closely, and we say so here in the abstract of the paper, which runs on as wide as a column.\n\nFunding: The work was funded\nby the Reading Trust.\nAuthor contributions: JD wrote it.\n\n1 Introduction\n\nReading is hard.\n`;
    const blocks = parseTextBlocks(text);
    expect(blocks.find((b) => b.text.startsWith('Funding'))?.text).not.toContain('Author');
  });
});

describe('a thesis cover', () => {
  it('takes the author’s name in capitals under the university’s lines for no heading', () => {
    const text = [
      'MÉTODOS PARA UMA LEITURA ATENTA DE ARTIGOS',
      'UNIVERSIDADE FEDERAL DO RIO GRANDE\nCENTRO DE CIÊNCIAS HUMANAS\nPROGRAMA DE PÓS-GRADUAÇÃO EM LETRAS',
      'JOANA PEREIRA DA COSTA',
      'JOANA PEREIRA DA COSTA',
      'MÉTODOS PARA UMA LEITURA ATENTA DE ARTIGOS',
      'Dissertação apresentada ao Programa de Pós-Graduação em Letras, como requisito para a obtenção do título de Mestre.',
      '1 INTRODUÇÃO',
      'A leitura atenta de artigos é difícil, e nós a estudamos aqui com cuidado.',
    ].join('\n\n');
    const headings = parseTextBlocks(`${text}\n`)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).not.toContain('JOANA PEREIRA DA COSTA');
    expect(headings).toContain('1 INTRODUÇÃO');
  });
});

describe('a line in capitals inside a figure or a table', () => {
  const prose =
    'The clinic keeps its records on paper, and the staff fill them in by hand every day of the week.';
  it.each([
    [
      'a chart’s label over the figure’s caption',
      `HOME\n\nFigure 1 Patient flow at the clinic, June 2010.`,
    ],
    [
      'a chart’s label over a sub-caption',
      `MODELFORMER\n\n(a) The model predicts the answer from the table.`,
    ],
    [
      'a cell under a table’s caption and its column heads',
      `Table 5 – Accuracy of the methods of reconciliation\n\nmodel aggregate region municipality\n\nRMSSE`,
    ],
  ])('is no heading: %s', (_case, inside) => {
    const text = `1 Introduction\n\n${prose}\n\n${inside}\n\n${prose}\n\nDISCUSSION\n\n${prose}\n`;
    const headings = parseTextBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['1 Introduction', 'DISCUSSION']);
  });

  it.each([
    [
      'a list’s item `(a)`',
      'ELIGIBILITY CRITERIA\n\n(a) Participants were adults aged 18 or over, recruited from the clinic over a year.\n\n(b) Each of them gave consent in writing before the first visit to the clinic.',
    ],
    [
      'a table’s caption',
      'STUDY POPULATION\n\nTable 1 Characteristics of the patients at the first visit\n\nAge 45 50',
    ],
  ])('leaves a section’s heading in capitals a heading when %s follows it', (_case, section) => {
    // Only a chart's label sits right over a caption; a section may open with a list lettered
    // `(a)`, `(b)` (a protocol's criteria, a law's clauses) or with a table.
    const text = `1 Introduction\n\n${prose}\n\n${section}\n\n${prose}\n\nDISCUSSION\n\n${prose}\n`;
    const headings = parseTextBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['1 Introduction', section.split('\n')[0], 'DISCUSSION']);
  });

  it('leaves a section’s heading in capitals a heading right after a short table that ends the section before', () => {
    // A table closing a section (its caption, two rows) and then the next section's heading: the
    // heading is under the caption's reach, yet a heading, not a cell.
    const table = 'Table 3. Results of the survey by site\n\nSite A 12 15\n\nSite B 10 11';
    const text = `1 Introduction\n\n${prose}\n\n${table}\n\nSTUDY LIMITATIONS\n\n${prose}\n\nDISCUSSION\n\n${prose}\n`;
    const headings = parseTextBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['1 Introduction', 'STUDY LIMITATIONS', 'DISCUSSION']);
  });

  it('leaves a heading under a list of tables’ last entry a heading', () => {
    const text = `LISTA DE TABELAS\n\nTabela 31 – Resultados dos métodos . . . 57\n\nTabela 32 – Resultados: tempo dos métodos\n\nLISTA DE SÍMBOLOS\n\n${prose}\n`;
    expect(
      parseTextBlocks(text)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.text),
    ).toContain('LISTA DE SÍMBOLOS');
  });
});

/** A paper's title, first heading and a paragraph, as the next tests' sources open. */
const OPENING = [
  'A Paper on Reading',
  '',
  '1 Introduction',
  '',
  'We read papers closely, and we say so here.',
  '',
];

describe('a body paragraph opening with the word `Keyword`', () => {
  it('goes on across a blank line (a page break) as any paragraph does: it is no keywords list', () => {
    const text = [
      ...OPENING,
      'Keyword spotting, the task of finding spoken words in a stream of speech, has',
      'been studied for decades by readers of papers and by the makers of their',
      '',
      'assistants, who listen for a word to wake them.',
      '',
      '2 Methods',
      '',
      'Reading is hard.',
    ].join('\n');
    const paragraph = parseTextBlocks(text).find((b) => b.text.startsWith('Keyword spotting'));
    expect(paragraph?.text).toContain('who listen for a word to wake them.');
  });
});

describe('footnotes set with no blank line between them', () => {
  it('are notes apart where the next opens with its mark glued to it', () => {
    const source = [
      ...OPENING,
      '¹https://github.com/example/longeval-summarization',
      '*Work done during an internship at AI2. Details of',
      'individual author contributions can be found here.',
      '',
      'Reading is hard, and margins help.',
    ].join('\n');
    const notes = parseTextBlocks(source).filter((b) => b.kind === 'footnote');
    expect(notes.map((b) => b.text)).toEqual([
      '¹https://github.com/example/longeval-summarization',
      '*Work done during an internship at AI2. Details of individual author contributions can be found here.',
    ]);
  });

  it('keeps a note whose wrapped line opens with a mark and a space, or an isotope (`¹H NMR`)', () => {
    const source = [
      ...OPENING,
      '²The area is given in m',
      '² of land per reader, as counted; spectra as measured:',
      '¹H NMR (300 MHz, CDCl3): δ 7.30–7.14 (10H, m, Ar-H);',
      '¹³C NMR (100 MHz, DMSO): δ 177, 156.3, 138.6.',
    ].join('\n');
    const notes = parseTextBlocks(source).filter((b) => b.kind === 'footnote');
    expect(notes).toHaveLength(1);
  });

  it('keeps a note whose wrapped line opens with an isotope of a two-letter element (`⁸⁷Sr`, `²⁰⁶Pb`)', () => {
    const source = [
      ...OPENING,
      '²Ages were measured on zircon grains as ratios of',
      '²⁰⁶Pb to ²³⁸U, and the strontium as ratios of',
      '⁸⁷Sr to ⁸⁶Sr, in the laboratory of the survey.',
    ].join('\n');
    const notes = parseTextBlocks(source).filter((b) => b.kind === 'footnote');
    expect(notes).toHaveLength(1);
  });
});
