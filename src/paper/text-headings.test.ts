import { parseTextBlocks } from './text-blocks';
import { isTitleFurniture, readsAsCapsHeading, readsAsWords } from './text-headings';

/** The texts of the headings parsed from `text`. */
const headingTexts = (text: string) =>
  parseTextBlocks(text)
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text);

describe('isTitleFurniture', () => {
  it.each([
    ['GE98', true],
    ['272 Notes', true],
    ['RESEARCH ARTICLE', true],
    ['Vol. 12', true],
    ['Marginalia', false],
    ['Exact Solitary-wave Solutions for the General', false],
    ['A 3D Model of 2 Cells', false],
    ['一般化学方程式 2', false],
  ])('reads the first line %j as furniture above a title: %s', (line, expected) => {
    expect(isTitleFurniture(line)).toBe(expected);
  });
});

describe('the title of a plain-text paper', () => {
  it.each([
    ['a page code', 'GE98'],
    ['a running head with its page number', '272 Notes'],
    ['an article-type label', 'Research Article'],
    [
      'an archive’s stamp with a web address',
      'Version of Record: https://www.sciencedirect.com/science/article/pii/S0039602821001539',
    ],
    [
      'a journal’s label and the editor who communicated it',
      'ARTICLE\n\nCommunicated by Ollie Hulme\n',
    ],
    ['an article type beside an access badge', 'RESEARCH Open Access\n'],
  ])('is read below %s', (_, furniture) => {
    const blocks = parseTextBlocks(
      `${furniture}\nExact Solutions for the General Wave Models\n\nJane Doe and John Smith\n\nAbstract\n\nWe solve the models.\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(
      'Exact Solutions for the General Wave Models',
    );
  });
});

describe('the title of a plain-text paper under a cover’s or a journal’s front matter', () => {
  const title = (text: string) => parseTextBlocks(text).find((b) => b.kind === 'title')?.text;

  it('is read below a thesis cover’s degree, university and kind of thesis, no byline under it', () => {
    expect(
      title(
        'MASTER MIAGE 2ème année\nUniversité Paris Nanterre\n\nMémoire de fin d’études\n\nÉtude comparative d’algorithmes pour\nle classement de chiffres manuscrits\n\nAuteur :\nJean\nDUPONT\n\nRésumé\nDans ce mémoire, nous présentons le classement, une méthode précise de l’apprentissage\nsupervisé pour la reconnaissance de chiffres manuscrits, qui permet ainsi la lecture des\nnuméros des étudiants. Trois algorithmes sont comparés sur les mêmes données d’essai.\n',
      ),
    ).toBe('Étude comparative d’algorithmes pour le classement de chiffres manuscrits');
  });

  it('is read below a Frontiers header whose keys are set in capitals', () => {
    expect(
      title(
        'TYPE Hypothesis and Theory\nPUBLISHED 21 November 2025\nDOI 10.3389/fnsys.2025.1683448\n\nOPEN ACCESS\nEDITED BY\n\nJane Roe,\nSome Research Inc., United States\n\nMinimization of prediction errors\nduring embryogenesis\n\nREVIEWED BY\n\nJohn Doe,\nOther Labs, United States\n\nAnn Smith* and Paul Jones\nCentre for Brain Research, University of Auckland, Auckland, New Zealand\n\nWe review how errors are minimized as the cortex grows.\n',
      ),
    ).toBe('Minimization of prediction errors during embryogenesis');
  });

  it('is read below a thesis cover’s university, its faculty, and its author’s name in capitals', () => {
    expect(
      title(
        'UNIVERSIDADE FEDERAL DO ESPÍRITO SANTO\nCENTRO DE CIÊNCIAS JURÍDICAS E ECONÔMICAS\nPROGRAMA DE PÓS-GRADUAÇÃO EM ECONOMIA\n\nALBERSON DA SILVA MIRANDA\n\nMÉTODOS DE MACHINE LEARNING PARA\nRECONCILIAÇÃO ÓTIMA DE SÉRIES\nTEMPORAIS HIERÁRQUICAS E AGRUPADAS\n\nVITÓRIA\n2026\n\nRESUMO\nNa última década, a previsão de séries temporais hierárquicas cresceu com métodos de machine\nlearning, cuja reconciliação ótima estudamos aqui em séries agrupadas e hierárquicas de bancos.\nOs métodos de reconciliação combinam as previsões dos níveis da hierarquia de modo coerente,\ne a reconciliação ótima escolhe os pesos que minimizam a variância dos erros de previsão.\nComparamos métodos lineares e de machine learning em séries de saldos de contas bancárias.\nOs resultados mostram ganhos de acurácia nos níveis inferiores das séries agrupadas.\n',
      ),
    ).toBe(
      'MÉTODOS DE MACHINE LEARNING PARA RECONCILIAÇÃO ÓTIMA DE SÉRIES TEMPORAIS HIERÁRQUICAS E AGRUPADAS',
    );
  });

  it('is read below a Chinese journal’s name in two scripts, its volume and its page', () => {
    expect(
      title(
        'Computer Engineering and Applications 计算机工程与应用\n\n2018，54（13）\n\n11\n\n目标检测算法研究综述\n方路平 1 ，何杭江 1\n1. 浙江工业大学 信息工程学院，杭州 310023\n摘 要：目标检测是计算机视觉中的重要问题，在行人跟踪、车牌识别和无人驾驶等领域具有重要的研究价值。近年来，随着深度学习对图像分类准确度的大幅度提高，基于深度学习的目标检测算法逐渐成为主流。\n',
      ),
    ).toBe('目标检测算法研究综述');
  });

  it('takes a title of three lines standing alone in its chunk, each going on in lower case', () => {
    expect(
      title(
        'OPEN ACCESS\nEDITED BY\n\nJane Roe,\nSome Research Inc., United States\n\nMinimization of prediction errors\nduring cerebral embryogenesis\nand the emergence of agency\n\nAnn Smith* and Paul Jones\nCentre for Brain Research, University of Auckland, Auckland, New Zealand\n\nWe review how errors are minimized as the cortex grows in the embryo, and how the\nagency of the organism emerges from the same minimization of errors of prediction.\n',
      ),
    ).toBe(
      'Minimization of prediction errors during cerebral embryogenesis and the emergence of agency',
    );
  });
});

describe('a title that asks a question before its subtitle', () => {
  it('is read as the title, the question mark inside the line', () => {
    const title =
      'Are Emily and Greg More Employable Than Lakisha and Jamal? A Field Experiment on Labor Market Discrimination';
    const blocks = parseTextBlocks(
      `${title}\n\nBy MARIANNE BERTRAND AND SENDHIL MULLAINATHAN*\n\nWe study race in the labor market by sending fictitious resumes to help-wanted ads.\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(title);
  });

  it('is not read in a line of running text that asks and answers', () => {
    const blocks = parseTextBlocks(
      'Does it matter? We think so.\n\nWe study race in the labor market by sending fictitious resumes to help-wanted ads.\n',
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).not.toBe('Does it matter? We think so.');
  });
});

describe('a title that exclaims before its subtitle', () => {
  it('is read as the title, the exclamation mark inside the line', () => {
    const title = 'Heavy Rain Ahead! Forecasting Floods from River Gauges with Graph Networks';
    const blocks = parseTextBlocks(
      `${title}\n\nAnn Smith, Paul Jones\n\nAbstract\n\nWe forecast floods from the readings of river gauges upstream.\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(title);
  });

  it('is not read in a line of running text that exclaims and goes on', () => {
    const blocks = parseTextBlocks(
      'It works! We think so.\n\nWe study race in the labor market by sending fictitious resumes to help-wanted ads.\n',
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).not.toBe('It works! We think so.');
  });
});

describe("a section's name standing alone among a table's cells", () => {
  const table =
    'Macro EE Neutral\n\nMethod\n\nF1 Pre Rec F1 Pre Rec F1\n\nGPT-3.5 41.2 35.0 50.1 40.3 62.0 70.2 55.5\n\nLlama-2 38.9 30.1 52.4 36.8 60.1 66.6 54.7\n\n';
  const headings = (text: string) =>
    parseTextBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);

  it('is a column head, not a heading (a cell over it, cells under it)', () => {
    expect(
      headings(
        `1 Results\n\nTable 5 gives the scores of the models on the task, averaged over three runs.\n\n${table}We see that the weak labels help both models.\n`,
      ),
    ).toEqual(['1 Results']);
  });

  it('is a heading when prose ends above it and follows it', () => {
    expect(
      headings(
        'We close the introduction here.\n\nMethod\n\nWe recruited forty readers and asked each to mark a paper.\n',
      ),
    ).toEqual(['Method']);
  });
});

describe('a heading in capitals set over lines apart, its first ending on `AND`', () => {
  it('is one heading, the lines after the open word its own', () => {
    const blocks = parseTextBlocks(
      'The tuner met all of the specifications that were set for it before the test began.\n\nCAVITY TRANSFER FUNCTION AND\n\nBACKGROUND NOISE\nMEASUREMENTS\n\nThere were no efforts to mitigate the microphonics of the cavity at the test facility.\n',
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'CAVITY TRANSFER FUNCTION AND BACKGROUND NOISE MEASUREMENTS',
    ]);
  });
});

describe('readsAsWords', () => {
  it.each([
    ['In this section we describe the data.', true],
    ['“Heart failure” was coded (as before).', true],
    ['Overall acc. 93.1% 98.3% 92.9%', false],
    ['iK₁ðOi KOÞ²', false],
    ['0.12 0.34 0.56', false],
  ])('reads %j as words: %s', (line, expected) => {
    expect(readsAsWords(line)).toBe(expected);
  });
});

describe('an all-caps line standing alone', () => {
  const body = 'We describe the models and the data in turn.';
  it.each([
    ['a heading over prose', `RELATED WORK\n\n${body}`, ['RELATED WORK']],
    [
      'a heading over a numbered subsection',
      `RELATED WORK\n\n2.1 Models\n\n${body}`,
      ['RELATED WORK'],
    ],
    ['no heading over a table’s rows', 'HMM CRF SVM\n\nOverall acc. 93.1% 98.3% 92.9%', []],
    ['no heading when it ends with an equation number', `E Z 1:0 K PN (4)\n\n${body}`, []],
    [
      'no heading among a table’s cells, each on a line of its own',
      `Yes (HPGPoN)\n\nMatched\n\nPASK\n\nYes (HP)\n\nMatched\n\n${body}`,
      [],
    ],
    [
      'a heading after a paragraph ending in a URL, over a sub-heading and a sub-sub-heading',
      `Our code and data are public at\n\nhttps://github.com/jdoe/waves\n\nEXPERIMENTS\n\nDatasets\n\nImage Classification\n\n${body}`,
      ['EXPERIMENTS'],
    ],
    [
      'a heading after a table’s last cell, over a sub-heading and its text',
      `Yes (HPGPoN)\n\nMatched\n\nEXPERIMENTAL SETUP\n\nCell Culture\n\n${body}`,
      ['EXPERIMENTAL SETUP'],
    ],
  ])('is %s', (_, section, headings) => {
    const blocks = parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\nJane Doe\n\nAbstract\n\nWe solve them.\n\n${section}\n`,
    );
    expect(
      blocks
        .filter((b) => b.kind === 'heading' && b.role === 'section' && !/^\d/.test(b.text))
        .map((b) => b.text),
    ).toEqual(headings);
  });
});

describe('a numbered heading whose second line the layout set apart', () => {
  const body =
    'We describe the models and the data in turn, with the measures we took of each of them.';
  const paper = (section: string) =>
    parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\nJane Doe\n\nAbstract\n\n${body}\n\n1 INTRODUCTION\n\n${body}\n\n${section}\n`,
    );
  const texts = (section: string) =>
    paper(section)
      .filter((b) => b.kind === 'heading' || b.kind === 'paragraph')
      .slice(-3)
      .map((b) => `${b.kind}: ${b.text}`);
  it.each([
    [
      'an all-caps title going on in capitals',
      `2 CHARACTERIZING EXPOSITORY\n\nWRITING\n\n${body}`,
      ['heading: 2 CHARACTERIZING EXPOSITORY WRITING', `paragraph: ${body}`],
    ],
    [
      'a title cut after “and”, its rest over the paragraph',
      `2 Additional Protocols of the Models and\n\nUtilities\n${body}`,
      ['heading: 2 Additional Protocols of the Models and Utilities', `paragraph: ${body}`],
    ],
    [
      'not a short heading over an all-caps subheading',
      `2 METHODS\n\nPARTICIPANTS\n\n${body}`,
      ['heading: 2 METHODS', 'heading: PARTICIPANTS', `paragraph: ${body}`],
    ],
    [
      'no numbers for a title (an axis’s ticks)',
      `2 0.25 0.5\n\n${body}`,
      [`paragraph: ${body}`, 'paragraph: 2 0.25 0.5', `paragraph: ${body}`],
    ],
    [
      'not a title over a sentence',
      `2 Models of the data and\n\nWe went on.\n\n${body}`,
      ['heading: 2 Models of the data and', 'paragraph: We went on.', `paragraph: ${body}`],
    ],
  ])('takes %s', (_, section, expected) => {
    expect(texts(section).slice(-expected.length)).toEqual(expected);
  });
  it('takes no numbers for a title set under a bare number (a chart’s ticks, `0.04` / blank / `0.12`)', () => {
    const blocks = parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\nJane Doe\n\nAbstract\n\n${body}\n\nIntroduction\n\n${body}\n\n0.04\n\n0.12\n0.03\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Abstract',
      'Introduction',
    ]);
  });
});

describe('the byline of a plain-text paper', () => {
  const abstract = Array(4)
    .fill('We solve the general wave models and describe the data we took in turn, with')
    .join('\n');
  const paper = (front: string) =>
    parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\n${front}\n\nAbstract\n\n${abstract}\n`,
    ).filter((b) => b.kind !== 'title' && b.kind !== 'paragraph');
  it.each([
    [
      'an affiliation under a plain number, with an e-mail',
      'Jane Doe², John Smith¹\n\n² CELCT, Trento, Italy (doe@celct.it)\n\n1 ELDA/ELRA, Paris, France (smith@elda.org)',
      [
        'byline: Jane Doe², John Smith¹\n² CELCT, Trento, Italy (doe@celct.it)\n1 ELDA/ELRA, Paris, France (smith@elda.org)',
        'heading: Abstract',
      ],
    ],
    [
      'a name cut by a hyphen at a line end',
      'Jane Doe¹, Paulo Ro-\ncha², and John Smith³\n\n¹ University of Trento, Italy',
      [
        'byline: Jane Doe¹, Paulo Rocha², and John Smith³\n¹ University of Trento, Italy',
        'heading: Abstract',
      ],
    ],
  ])('reads %s as the byline, not a heading', (_, front, expected) => {
    expect(paper(front).map((b) => `${b.kind}: ${b.text}`)).toEqual(expected);
  });
});

describe('readsAsCapsHeading', () => {
  it.each([
    ['ULTRA LIGHT BOSONS AS DARK MATTER', true],
    ['STUDY 1: DISCOVERY', true],
    ['RELATED WORK', true],
    ['CD DT 6.2', false],
    ['BLEU[%] 23.0 25.0 27.0', false],
    ['SIZE SIZE', false],
    ['1R 2R 2L 3R', false],
    ['BK SZ', false],
    ['(FIGURE)', false],
    ['TABLE IV', false],
    ['THEOREM', false],
    ['LEMMA 3.', false],
    ['COROLLARY', false],
    ['FIGURE1', false],
    ['SPRING 2011 41', false],
    ['BOUNDARY ; . !', false],
  ])('reads %j as a heading: %s', (line, expected) => {
    expect(readsAsCapsHeading(line)).toBe(expected);
  });

  it('leaves the labels of a figure set between paragraphs in the text', () => {
    const blocks = parseTextBlocks(
      'A Paper\n\nINTRODUCTION\n\nWe read papers closely.\n\nRENT RENT\n\nThe figure shows rent.\n\nCD DT 6.2\n\nThe table shows tags.\n',
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['INTRODUCTION']);
  });
});

/** Paragraphs of lines as wide as a column's, and the headings a text is read with. */
const wide = 'Readers mark the margins of a paper as they go through it and';
const wideBody = `${wide}\n${wide}\nthey end here.`;
const headings = (source: string) => headingTexts(source);

describe('an undotted numbered heading as long as the running text', () => {
  const body = wideBody;

  it('is a heading when it is the whole block and the next number in sequence', () => {
    const source = `A Title\n\n1 Introduction\n\n${body}\n\n2 Annotations and Marginalia in Collaborative Environments\n\n${body}\n\n3 Simultaneous Annotation of Publications in Distributed\nReading Groups\n\n${body}\n`;
    expect(headings(source)).toEqual([
      '1 Introduction',
      '2 Annotations and Marginalia in Collaborative Environments',
      '3 Simultaneous Annotation of Publications in Distributed Reading Groups',
    ]);
  });

  it('is a heading with the section sign the Royal Society prints before its number', () => {
    const source = `A Title\n\n§1 Introduction\n\n${body}\n\n§2 Linearization, Projection and Separability\n\n${body}\n`;
    expect(headings(source)).toEqual([
      '§1 Introduction',
      '§2 Linearization, Projection and Separability',
    ]);
  });

  it('is a heading with its number in parentheses, as Ubiquity Press’s data papers print it', () => {
    const source = `A Title\n\n(1) Overview\n\n${body}\n\n(2) Methods\n\n${body}\n\n(3) Dataset description\n\n${body}\n`;
    expect(headings(source)).toEqual(['(1) Overview', '(2) Methods', '(3) Dataset description']);
  });

  it('is no heading when a list item in parentheses opens a sentence', () => {
    const source = `A Title\n\n1 Introduction\n\n${body}\n\n(2) readers mark the margins of a paper as they read.\n\n${body}\n`;
    expect(headings(source)).toEqual(['1 Introduction']);
  });

  it.each([
    ['a sentence', '2 Readers mark the margins of a paper as they read.'],
    ['a number out of sequence', '5 Annotations and Marginalia in Collaborative Environments'],
    [
      'a block that goes on',
      '2 Annotations and Marginalia in Collaborative Environments\nand more words that go on here',
    ],
  ])('is not a heading when it is %s', (_case, line) => {
    const source = `A Title\n\n1 Introduction\n\n${body}\n\n${line}\n\n${body}\n`;
    expect(headings(source)).toEqual(['1 Introduction']);
  });
});

describe('a section’s first subsection right under its heading', () => {
  const body = wideBody;

  it('is a heading too, not an item of a numbered list (`2. Methods` / `2.1. Flow regime`)', () => {
    const source = `A Title\n\n1. Introduction\n\n${body}\n\n2. Methods\n2.1. Characterisation of flow regime\nFlow duration curves display the relationship\n${body}\n\n2.2. Zero flow days\n\n${body}\n`;
    expect(headings(source)).toEqual([
      '1. Introduction',
      '2. Methods',
      '2.1. Characterisation of flow regime',
      '2.2. Zero flow days',
    ]);
  });

  it('takes no run of numbered lines under it for headings (`2.1 …` / `2.2 …` / `2.3 …`, a contents list)', () => {
    const source = `A Title\n\n1 Introduction\n\n${body}\n\n2 Results\n2.1 Top-quark background contribution\n2.2 Multijet background estimate\n2.3 Data and prediction comparisons\n\n${body}\n`;
    expect(headings(source)).toEqual(['1 Introduction', '2 Results']);
  });

  it('is no heading when it is the first of numbered steps under a heading (`2.1 Wash` / `2.2 Dry`)', () => {
    const source = `A Title\n\n1. Introduction\n\n${body}\n\n2. Steps\n2.1 Wash the sample\n2.2 Dry the sample\nThen weigh it.\n\n${body}\n`;
    expect(headings(source)).toEqual(['1. Introduction', '2. Steps']);
  });

  it('is no heading when the lines are the items of a list (`1. Data` / `2. Code`)', () => {
    const source = `A Title\n\n1. Introduction\n\n${body}\n\nWe give:\n1. Data for the readers\n2. Code for the readers\n${body}\n`;
    expect(headings(source)).toEqual(['1. Introduction']);
  });
});

describe('authors set in capitals under the title', () => {
  const body = 'We study the problem in detail. Results are shown below and they hold for all.';

  it('are the byline, not a section heading (`STEFANO DELLAVIGNA AND ETHAN KAPLAN`)', () => {
    const blocks = parseTextBlocks(
      `THE FOX NEWS EFFECT: MEDIA BIAS AND VOTING\n\nSTEFANO DELLAVIGNA AND ETHAN KAPLAN\n\n${body}\n\nI. INTRODUCTION\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'I. INTRODUCTION',
    ]);
    expect(blocks.find((b) => b.kind === 'byline')?.text).toBe(
      'STEFANO DELLAVIGNA AND ETHAN KAPLAN',
    );
  });

  it('leave a title in capitals whole when its line ends open and its last line is set apart (`… AND THE` / `LIQUIDITY TRAP∗`)', () => {
    const blocks = parseTextBlocks(
      `CREDIT CRISES, PRECAUTIONARY SAVINGS, AND THE\n\nLIQUIDITY TRAP∗\n\nVERONICA GUERRIERI AND GUIDO LORENZONI\n\n${body}\n\nI. INTRODUCTION\n\n${body}\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(
      'CREDIT CRISES, PRECAUTIONARY SAVINGS, AND THE LIQUIDITY TRAP∗',
    );
    expect(blocks.find((b) => b.kind === 'byline')?.text).toBe(
      'VERONICA GUERRIERI AND GUIDO LORENZONI',
    );
  });

  it('are the byline when each stands alone over its affiliation, as ACM’s journals set them (`MARTA KOWALSKA` / `Department of …`)', () => {
    const blocks = parseTextBlocks(
      `Placing Notes in the Margins\n\nMARTA KOWALSKA\n\nDepartment of Computer Science\n\nUniversity of Springfield, Springfield\n\nand\n\nBO LIN\n\nAcme Labs, Shelbyville.\n\n${body}\n\n1. INTRODUCTION\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1. INTRODUCTION',
    ]);
  });

  it('are the byline when the last author goes on a line of his own (`AND MARK VOGELSBERGER⁷`, AASTeX)', () => {
    const blocks = parseTextBlocks(
      `Stellar Bars Do Not Slow Down\n\nANGUS BEANE,¹ LARS HERNQUIST,¹ ELENA D’ONGHIA,² FEDERICO MARINACCI,³\n\nAND MARK VOGELSBERGER⁴\n\n¹Center for Astrophysics, Cambridge, MA, USA\n\nABSTRACT\n\n${body}\n\n1. INTRODUCTION\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'ABSTRACT',
      '1. INTRODUCTION',
    ]);
  });

  it('are the byline when it opens with `BY` (`BY AUBHIK KHAN AND JULIA K. THOMAS¹`, Econometrica)', () => {
    const blocks = parseTextBlocks(
      `IDIOSYNCRATIC SHOCKS AND THE ROLE OF NONCONVEXITIES\n\nBY AUBHIK KHAN AND JULIA K. THOMAS¹\n\n${body}\n\n1. INTRODUCTION\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1. INTRODUCTION',
    ]);
  });

  it('leave a section in capitals after the front matter alone (`RESULTS AND DISCUSSION`)', () => {
    const blocks = parseTextBlocks(
      `A Title\n\nAnna Lee and John Smith\n\n${body}\n\n1 Introduction\n\n${body}\n\nEMPIRICAL STRATEGY AND DATA SOURCES\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain(
      'EMPIRICAL STRATEGY AND DATA SOURCES',
    );
  });
});

/** Two full lines of running text. */
const BODY = [
  'We solve the wave models for every setting the corpus holds and compare the solutions with',
  'those found before, which agree with ours to the third decimal place in all the cases we ran.',
].join('\n');

describe('an appendix heading with its title', () => {
  const paper = (appendix: string) =>
    parseTextBlocks(`A Paper\n\nJane Doe\n\n1 Introduction\n\n${BODY}\n\n${appendix}\n\n${BODY}\n`);
  it.each([
    ['Springer Nature', 'Appendix A Supporting methods'],
    ['Elsevier', 'Appendix A. Supplementary data'],
    ['a numbered appendix with a dash', 'Appendix 2 – Researcher Characterization Form'],
    [
      'REVTeX, wrapped in capitals',
      'APPENDIX C: KRAMERS–MOYAL\nDERIVATION OF THE FOKKER–PLANCK\nEQUATION',
    ],
  ])('heads a section (%s)', (_, appendix) => {
    const heading = paper(appendix).find((b) => b.kind === 'heading' && b.text.startsWith('A'));
    expect(heading?.text).toBe(appendix.replace(/\n/g, ' '));
  });

  it.each(['Appendix B Table 3 Summary Statistics', 'Appendix C Figure 2 Distribution of Wages'])(
    'is no heading when it names a table or figure of the appendix (%s)',
    (caption) => {
      const blocks = paper(caption);
      expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
        '1 Introduction',
      ]);
    },
  );

  it('heads appendices lettered without a dot past the references (ACL, NeurIPS: `A Sampling the readers`)', () => {
    const blocks = parseTextBlocks(
      `A Paper\n\nJane Doe\n\n1 Introduction\n\n${BODY}\n\nA Survey of the margins\n\n${BODY}\n\nReferences\n\nSmith, J. 2010. A title. Journal of Things 1: 2–3.\n\nA Sampling the readers\n\n${BODY}\n\nA.1 Resampling\n\n${BODY}\n\nB Details of the reading study\n\n${BODY}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1 Introduction',
      'References',
      'A Sampling the readers',
      'A.1 Resampling',
      'B Details of the reading study',
    ]);
  });

  it('is no heading when it is a sentence', () => {
    const blocks = paper('Appendix A shows that the estimator is unbiased.');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1 Introduction',
    ]);
  });
});

describe('a section’s name over a column of a table’s cells', () => {
  const paper = (section: string) =>
    parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\nJane Doe\n\nAbstract\n\nWe solve them.\n\n1 Introduction\n\nWe describe the models and the data in turn.\n\n${section}\n`,
    )
      .filter((b) => b.kind === 'heading' && !/^\d/.test(b.text) && b.text !== 'Abstract')
      .map((b) => b.text);

  it('is the column’s head, no heading', () => {
    expect(paper('Method\nAMDCN\n[18]\n[15] + SIFT\nfrom [14]\n\nMAE 290.82 333.73')).toEqual([]);
  });

  it('is a heading over its section’s text', () => {
    expect(
      paper('Method\nWe collected the data over two years, as the protocol sets out.'),
    ).toEqual(['Method']);
  });

  it('is a heading over a short list that its section’s prose follows in the same chunk', () => {
    expect(
      paper(
        'Materials and methods\nC57BL/6 mice\nAnti-CD3 antibody\nFlow cytometry\nWe bought the mice from a supplier and housed them in pairs.',
      ),
    ).toEqual(['Materials and methods']);
    expect(
      paper(
        'Methods\nStudy design\nParticipants\nSetting\nWe recruited 120 adults in two clinics between 2019 and 2021.',
      ),
    ).toEqual(['Methods']);
  });
});

describe('the headings of a Chinese paper', () => {
  const paper = [
    '智能制造装备视觉检测控制方法综述',
    '',
    '摘要: 为满足智能制造装备产业对机器视觉技术的巨大需求, 本文结合装备技术特点和特殊应用环境.',
    '',
    '1 引言(Introduction)',
    '智能制造装备是具有感知、决策、控制、执行功能',
    '的各类制造装备的统称, 是信息化与工业化深度融合',
    '的重要体现, 也是高端装备制造业的重点发展方向.',
    '',
    '2 智能制造装备视觉检测控制技术体系(Ma-',
    'chine vision measurement and control tech-',
    'nical system)',
    '',
    '本文所提出的智能制造装备机器视觉检测控制技',
    '术体系如图1所示, 该技术体系由视觉成像、自动图像',
    '获取、图像预处理、图像定位与分割等部分组成.',
    '2.1 成像系统关键技术(Key imaging techniques)',
    '根据成像原理不同, 成像系统可分为可见光成像、红外',
    '成像、超声成像等多种, 其中可见光成像应用最为广泛.',
    '',
  ].join('\n');

  it('finds numbered headings whose titles open with an ideograph, wrapped or not', () => {
    const headings = headingTexts(paper);
    expect(headings).toEqual([
      '1 引言(Introduction)',
      '2 智能制造装备视觉检测控制技术体系(Machine vision measurement and control technical system)',
      '2.1 成像系统关键技术(Key imaging techniques)',
    ]);
  });
});

describe('a numbered heading set large in a narrow column, wrapped onto a second line', () => {
  // Frontiers, MDPI and other two-column journals set their section headings in a larger, bold
  // type: a title of five words fills the column, and its last word goes on alone on the next
  // line, though in characters the first line is half as long as the text's.
  const prose = (words: string) =>
    `${words} are represented as elements of a square matrix in time, with`;
  const paper = [
    'A model of neural fields',
    '',
    '1 Introduction',
    '',
    prose('The unidirectional flows of presynaptic flux'),
    prose('which the transformations of synaptic flux'),
    'and the rest of the model as it is described.',
    '',
    '2 The neural field',
    '',
    prose('Transformations of synaptic flux in a neural field'),
    'and nothing more than that.',
    '',
    '2.1 Dendritic summation and pulse',
    'generation',
    '',
    prose('Transformations of synaptic flux leading to pulses'),
    'and nothing more than that.',
    '',
    '2.2 Minimization of free energy and flux',
    'equilibrium',
    '',
    prose('Hebbian learning will lead to a fall in the free energy'),
    'and nothing more than that.',
    '',
    '3 Dimensions and spatiotemporal',
    'images',
    '',
    prose('Within this frame, associations within sets of neurons'),
    'and nothing more than that.',
    '',
  ].join('\n');

  it('is one heading with its whole title', () => {
    const headings = headingTexts(paper);
    expect(headings).toEqual([
      '1 Introduction',
      '2 The neural field',
      '2.1 Dendritic summation and pulse generation',
      '2.2 Minimization of free energy and flux equilibrium',
      '3 Dimensions and spatiotemporal images',
    ]);
  });

  it('is not read into a numbered paragraph whose second line ends its sentence', () => {
    const text = paper.replace('generation\n', 'generation of pulses.\n');
    const headings = headingTexts(text);
    expect(headings).not.toContain('2.1 Dendritic summation and pulse generation of pulses.');
  });
});

describe('a numbered heading standing right over its first subsection', () => {
  it('is two headings, not one title of two lines', () => {
    const text = [
      '2 RELATED WORK',
      '',
      'Brown and Green ran one of the first long field trials of solar-powered nodes and reported',
      'that a third of all readings were lost to brown-outs in the first winter of the trial.',
      '',
      '3 METHOD',
      '3.1 Field model',
      '',
      'We model the field over the region as a Gaussian process with a squared-exponential kernel,',
      'as is usual for slowly varying quantities measured at a few sites at a time.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual(['2 RELATED WORK', '3 METHOD', '3.1 Field model']);
  });
});

describe('a long heading over its first lettered subsection, with no blank line between', () => {
  it('is not read into the heading above it', () => {
    const text = [
      'I. INTRODUCTION',
      'Low-density parity-check codes are used in many standards, and their design is well',
      'understood by now, as the letter recalls in its first part, before it goes further.',
      'II. PBRL CODE STRUCTURE AND DESIGN PRINCIPLES FOR MANY RATES',
      'A. PBRL Code Structure',
      'The PBRL code structure combines an HRC protograph and an IRC protograph into one',
      'bipartite protograph, as the figure shows for the smallest code of the family here.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    // The subsection, in the same chunk as its text (no blank line), reads into its paragraph.
    expect(headings).toEqual([
      'I. INTRODUCTION',
      'II. PBRL CODE STRUCTURE AND DESIGN PRINCIPLES FOR MANY RATES',
    ]);
  });
});

describe('a thesis’s chapter title set in capitals over three lines', () => {
  it('is one heading', () => {
    const prose =
      'Séries temporais hierárquicas são aquelas que podem ser agregadas ou desagregadas em níveis';
    const text = [
      '3 ESTENDENDO O FRAMEWORK DE COMBINAÇÃO',
      '',
      prose,
      'como se vê nos financiamentos a seguir.',
      '',
      '4 PREVISÕES DE SALDOS DE EMPRÉSTIMOS E FINAN-',
      'CIAMENTOS DO BANCO DO ESTADO DO ESPÍRITO',
      'SANTO',
      '',
      '4.1 Introdução',
      '',
      prose,
      'como se vê a seguir.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual([
      '3 ESTENDENDO O FRAMEWORK DE COMBINAÇÃO',
      '4 PREVISÕES DE SALDOS DE EMPRÉSTIMOS E FINANCIAMENTOS DO BANCO DO ESTADO DO ESPÍRITO SANTO',
      '4.1 Introdução',
    ]);
  });
});

describe('a list of figures’ entry left in the text before the first chapter', () => {
  it('does not hold back the paper’s own numbering', () => {
    const prose =
      'Sync Lab è un’azienda di produzione software, ICT e consulenze informatiche nata nel 2002 a';
    const text = [
      '3.3 UMLa sequence diagram per la re-ingegnerizzazione del flusso asincrono (protetto)',
      '',
      'Contesto aziendale',
      '',
      '1.1 Azienda ospitante',
      '',
      prose,
      'Napoli, come si legge qui.',
      '',
      '1.2 Servizi offerti',
      '',
      prose,
      'Napoli, come si legge qui.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toContain('1.1 Azienda ospitante');
    expect(headings).toContain('1.2 Servizi offerti');
  });
});

describe('a section named as an article type is BMC’s label only above the title', () => {
  // Review28: `METHODOLOGY` and `SOFTWARE` were added to the article labels (BMC's `METHODOLOGY
  // Open Access`), and a label is never a heading, so a paper's own `Methodology` section went.
  it.each(['Methodology', 'METHODOLOGY'])('keeps %j standing alone as a heading', (name) => {
    const blocks = parseTextBlocks(
      `Exact Solutions for the General Wave Models\n\nJane Doe and John Smith\n\nAbstract\n\nWe solve the models here and show that they hold.\n\nIntroduction\n\nWave models describe many things in physics and we study them here at length.\n\n${name}\n\nWe solved the models with a new method that is described in this section at length.\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Abstract',
      'Introduction',
      name,
    ]);
  });
});

describe('a title whose first word names a thesis or a degree in another sense', () => {
  // Review28: `isFrontMatterLine` passes over a line opening with `Mémoire` (French: memory),
  // `Tesi` (Italian: thesis, also a claim), `Diplom…` (Diplomacy, Diplomatic) with a number: a
  // paper's own title of six words or fewer, taken for a thesis cover's line.
  it.each([
    'Mémoire collective et identité nationale',
    'Diplomatic Relations since 1945',
    'Tesi e antitesi nella filosofia',
  ])('reads %j as the title', (line) => {
    const blocks = parseTextBlocks(
      `${line}\n\nJane Doe and John Smith\n\nAbstract\n\nWe read the sources again and compare them.\n`,
    );
    expect(blocks.find((b) => b.kind === 'title')?.text).toBe(line);
  });
});

describe('a chapter that opens at its own section number (review28)', () => {
  it('keeps its numbering past a short numbered line under its first section', () => {
    // A thesis's chapter or a book's chapter read alone opens at `4`: a numbered line under it
    // (`1 Sample counts by site`) is no fresh start of the numbering, and `4.1`, `5` follow.
    const prose =
      'The samples were collected over two summers in the valley and counted by two observers each day.';
    const text = [
      '4 Results',
      '',
      prose,
      '',
      '1 Sample counts by site',
      '',
      prose,
      '',
      '4.1 Counts by season',
      '',
      prose,
      '',
      '5 Discussion',
      '',
      prose,
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual(['4 Results', '4.1 Counts by season', '5 Discussion']);
  });
});

describe('a table’s head row under a subsection, read as a numbered line', () => {
  it('takes no number over a title with no word (`2 4S 2 2D`, terms’ labels) for a section', () => {
    // A thesis's table of fitted parameters under `1.4.1.3. Neon`: its head row names the atom's
    // terms (`²⁴S`, `²²D`, the raised numbers flattened), and the next subsection follows.
    const prose =
      'The effective charges of the terms were fitted for each of the atoms and are shown in the table.';
    const text = [
      '1.4.1.3. Neon',
      '',
      prose,
      '',
      '2 4S 2 2D',
      '',
      'nl α β α β 5.25634 1.26207 5.18635 1.22410 1s',
      '',
      '1.4.1.4. Methane',
      '',
      prose,
      '',
      '1.4.1.5. F1',
      '',
      prose,
      '',
    ].join('\n');
    // A name of letters and digits is a title all the same (Google's `F1`).
    expect(headingTexts(text)).toEqual(['1.4.1.3. Neon', '1.4.1.4. Methane', '1.4.1.5. F1']);
  });
});

describe('numbered lines in a paper whose sections are not numbered', () => {
  it('reads a numbered list’s items after unnumbered sections as no headings', () => {
    // A white paper's list of the people interviewed, after its unnumbered sections; a table's
    // rows numbered as a list (BMC Health Services Research).
    const text = [
      'A Study of Open Access',
      '',
      'Background',
      '',
      'Quality of care in the department was studied over a year with staff and patients.',
      '',
      'Discussion',
      '',
      'This study identified profound deficiencies in the system functions of patient care.',
      '',
      '1. Gabriela Said Reyes, Director, Dirección de Publicaciones',
      '',
      '2. Ninel Salcedo Romero, former Director of Marketing',
      '',
      '1. Patients complaint about wrong prescription or delayed treatment',
      '',
      '2. Weak patient involvement in their treatment plan',
    ].join('\n');
    expect(headingTexts(text)).toEqual(['Background', 'Discussion']);
  });

  it('still reads a paper’s first numbered section after an unnumbered introduction', () => {
    const text = [
      'A Study of Care',
      '',
      'Introduction',
      '',
      'Quality of care in the department was studied over a year with staff and patients.',
      '',
      '2 Related work',
      '',
      'Earlier studies of the department looked at its staffing and at its patients.',
    ].join('\n');
    expect(headingTexts(text)).toEqual(['Introduction', '2 Related work']);
    // A thesis's chapter opening on its first subsection after unnumbered front matter.
    const thesis = [
      'A Thesis on Networks',
      '',
      'Acknowledgements',
      '',
      'I thank my advisers and my colleagues for their help over these years of work.',
      '',
      '1.1 Methodologies and notations adopted throughout this thesis',
      '',
      'The notations used in the analyses are set out in this section of the thesis.',
    ].join('\n');
    expect(headingTexts(thesis)).toContain(
      '1.1 Methodologies and notations adopted throughout this thesis',
    );
  });

  it('reads numbered sections opening past 2 or with long titles after unnumbered ones', () => {
    const para = 'Earlier studies of the department looked at its staffing and at its patients.';
    const paper = (heads: string[]) =>
      ['A Study of Reading', '', ...heads.flatMap((head) => [head, '', para, ''])].join('\n');
    expect(
      headingTexts(
        paper([
          'Abstract',
          'Introduction',
          '2 Related Work on Reading and Annotation',
          '3 Methods',
          '4 Results',
          '5 Discussion',
        ]),
      ),
    ).toEqual([
      'Abstract',
      'Introduction',
      '2 Related Work on Reading and Annotation',
      '3 Methods',
      '4 Results',
      '5 Discussion',
    ]);
    expect(
      headingTexts(paper(['Introduction', 'Background', '3 Methods', '4 Results', '5 Discussion'])),
    ).toEqual(['Introduction', 'Background', '3 Methods', '4 Results', '5 Discussion']);
    // Past section 2, a title that names no well-known section is a figure's box (NEJM's flowchart).
    expect(
      headingTexts(
        paper(['Background', 'Methods', 'Results', 'Conclusions', '5 Were unlikely to have']),
      ),
    ).toEqual(['Background', 'Methods', 'Results', 'Conclusions']);
    // Past the unnumbered sections read and one more, a number is no section's.
    expect(headingTexts(paper(['Introduction', '4 Results', '5 Discussion']))).toEqual([
      'Introduction',
    ]);
  });
});
