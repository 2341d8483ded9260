/**
 * Citations as publishers print them, one table per family of styles: each case is a paragraph
 * of body text, the reference list the style prints, and every marker that must link (text and
 * the labels it links to). Anything else linked is a wrong link, and the case fails.
 */
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

type Case = [style: string, body: string, references: string, expected: Array<[string, string[]]>];

/** Each marker's text and the labels of the references it links to. */
function links(body: string, references: string): Array<[string, string[]]> {
  const paper = parsePaper(`A Paper\n\nIntroduction\n\n${body}\n\nReferences\n\n${references}\n`, {
    format: 'text',
    fileName: 'p.txt',
    id: pid(`sha256:${'c'.repeat(64)}`),
  });
  const position = new Map(paper.references.map((r, i) => [r.id, `#${i + 1}`]));
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => position.get(id) ?? '?'),
  ]);
}

const APA = [
  'Doe, A., & Roe, B. (2019a). Reading in the margins. Journal of Reading, 12(3), 45-67.',
  'Doe, A., & Roe, B. (2019b). Writing in the margins. Journal of Reading, 12(4), 68-80.',
  'Smith, J., Lee, K., & Park, S. (2020). Annotation tools. Computers & Education, 150, 103-120.',
  'American Psychological Association. (2020). Publication manual (7th ed.). APA.',
].join('\n');

const CHICAGO = [
  'Doe, Anna. 2018. Margins and Meaning. Chicago: University of Chicago Press.',
  'Roe, Ben, and Carla Poe. 2015. "Notes on Notes." Critical Inquiry 41 (2): 300-320.',
].join('\n\n');

/** A second work by the same author, printed with a rule for the names. */
const CHICAGO_REPEATED = [
  'Doe, Anna. 2018. Margins and Meaning. Chicago: University of Chicago Press.',
  '———. 2020. More Margins. Chicago: University of Chicago Press.',
  'Roe, Ben, and Carla Poe. 2015. "Notes on Notes." Critical Inquiry 41 (2): 300-320.',
].join('\n\n');

/**
 * Econometrica and other economics journals: capitals for the authors, the year in parentheses and
 * a colon, the pages citing the entry in brackets at its end; a second work by the same authors
 * opens after a rule drawn as a line, which the text keeps as nothing: `(2006): “On the …`.
 */
const ECONOMETRICA = [
  'COOPER, R. W., AND J. C. HALTIWANGER (2002): “On the Nature of Capital Adjustment Costs,”',
  'Working Paper, University of Texas at Austin. [407]',
  '(2006): “On the Nature of Capital Adjustment Costs,” Review of Economic Studies, 73,',
  '611–633. [396,398,407-409,426,427]',
  'COOPER, R. W., J. C. HALTIWANGER, AND L. POWER (1999): “Machine Replacement and the',
  'Business Cycle: Lumps and Bumps,” American Economic Review, 89, 921–946. [396,411]',
  'GOURIO, F., AND A. K. KASHYAP (2006): “Investment Spikes: New Facts and a General Equilib-',
  'rium Exploration,” Working Paper, Boston University. [396,409,424]',
  '(2007): “Investment Spikes: New Facts and a General Equilibrium Exploration,” Journal',
  'of Monetary Economics, 54, Supl. 1, 1–22. [409,421,424]',
].join('\n');

/**
 * Brazilian ABNT (abnTeX2): surnames in capitals, the year last, and a second work by the same
 * author opening with the stop of a rule drawn as a line (`______.` read as `.`).
 */
const ABNT = [
  'CHEIBUB, J. A. Minority governments, deadlock situations, and the survival of presidential democracies. Comparative Political Studies, v. 35, n. 3, p. 284–312, 2002.',
  '. Presidentialism, parliamentarism, and democracy. [S.l.]: Cambridge University Press, 2007.',
  'MARTIN, L. W.; VANBERG, G. Parliaments and coalitions. [S.l.]: Oxford University Press, 2011.',
  'GARCÍA, M.; PÉREZ, L. Coaliciones de gobierno. Revista de Ciencia Política, v. 30, n. 3, p. 751–772, 2010.',
].join('\n\n');

/**
 * ABNT since 2023 (NBR 10520): authors cited in mixed case, separated by `;` inside the
 * parenthesis, the year after the last; the list keeps the capitals and the date the page was read.
 */
const ABNT_2023 = [
  'ATHANASOPOULOS, G.; AHMED, R. A.; HYNDMAN, R. J. Hierarchical forecasts for Australian domestic tourism. International Journal of Forecasting, v. 25, n. 1, p. 146–166, 1 jan. 2009. Disponível em: https://www.sciencedirect.com/science/article/pii/S0169207008000691. Acesso em: 11 jan. 2023.',
  'ATHANASOPOULOS, G.; HYNDMAN, R. J.; KOURENTZES, N.; PANAGIOTELIS, A. Forecast reconciliation: A review. International Journal of Forecasting, v. 40, n. 2, p. 430–456, 2023.',
  'O’HARA-WILD, M.; HYNDMAN, R.; WANG, E. fable: Forecasting Models for Tidy Time Series. [S. l.], 2026. R package version 0.5.0.',
  'PANAGIOTELIS, A. et al. Forecast reconciliation: A geometric view with new insights on bias correction. International Journal of Forecasting, v. 37, n. 1, p. 343–359, 2021. Disponível em: https://doi.org/10.1016/j.ijforecast.2020.06.004. Acesso em: 11 jan. 2023.',
  'WANG, E. et al. tsibble: Tidy Temporal Data Frames and Tools. [S. l.], 2026. R package version 1.2.0.',
].join('\n\n');

/** A meta-analysis's list, its included studies marked with an asterisk (APA 7). */
const APA_META_ANALYSIS = [
  'Hayward, L. E., Hornsey, M. J., Tropp, L. R., & Barlow, F. K. (2017). Positive and negative contact. Journal of Applied Social Psychology, 47 (7), 347–364.',
  'Hayward, L. E., Tropp, L. R., Hornsey, M. J., & Barlow, F. K. (2017). Toward a comprehensive understanding. Personality and Social Psychology Bulletin, 43 (3), 347–364.',
  '*Kim, T. Y. (2015). The influence of perceived racial discrimination [Doctoral dissertation]. University of Minnesota.',
  '*Poore, A. G., Gagne, F., & Wright, S. C. (2002). Contact and the personal/group discrimination discrepancy. Journal of Social Psychology, 142 (3), 371–386.',
].join('\n');

const HARVARD = [
  'Doe, A. and Roe, B. (2017) Marginalia. London: Routledge.',
  'Brown, C. (2020) Close reading. Oxford: Oxford University Press.',
  'Department for Education (2019) Reading framework. London: DfE.',
].join('\n');

const IEEE = [
  '[1] A. Doe and B. Roe, "Reading in the margins," IEEE Trans. Learn. Technol., vol. 3, no. 2, pp. 1-9, 2019.',
  '[2] C. Brown, "Annotation at scale," in Proc. CHI, 2020, pp. 10-20.',
  '[3] D. Green et al., "Anchors," ACM Trans. Web, vol. 4, 2018.',
  '[4] E. White, Close Reading. New York, NY, USA: Wiley, 2017.',
].join('\n');

const ACM_AUTHOR_YEAR = [
  'Anna Doe and Ben Roe. 2019. Reading in the margins. In Proceedings of CHI 2019. ACM, New York, NY, USA, 1-10.',
  'Carla Brown, Dan Green, and Eve White. 2020. Annotation at scale. ACM Trans. Web 4, 2 (2020), 1-20.',
].join('\n');

/** One first author and year, once with a co-author and once with three: cited `and` or `et al.` */
const SAME_LEAD_AND_YEAR = [
  'Doe, A., & Roe, B. (2006). Reading in pairs. Journal of Reading, 1, 1-9.',
  'Doe, A., Poe, C., Moe, D., & Roe, B. (2006). Reading in groups. Journal of Reading, 1, 10-19.',
  'Doe, A. (2006). Reading alone. Journal of Reading, 1, 20-29.',
].join('\n');

const LNCS = [
  '1. Doe, A., Roe, B.: Reading in the margins. In: Smith, J. (ed.) ECDL 2019. LNCS, vol. 11799, pp. 1-12. Springer, Heidelberg (2019)',
  '2. Brown, C.: Annotation at scale. J. Web Eng. 4(2), 1-20 (2020)',
  '3. Green, D.: Anchors. In: WWW 2018, pp. 5-9 (2018)',
].join('\n');

const NATURE = [
  '1. Doe, A. & Roe, B. Reading in the margins. Nature 567, 1-5 (2019).',
  '2. Brown, C. Annotation at scale. Science 368, 10-20 (2020).',
  '3. Green, D. et al. Anchors. Nat. Hum. Behav. 2, 5-9 (2018).',
].join('\n');

const VANCOUVER = [
  '1. Doe A, Roe B. Reading in the margins. BMJ. 2019;365:l1-9.',
  '2. Brown C. Annotation at scale. Lancet. 2020;395(10):10-20.',
  '3. Green D, White E, Black F, et al. Anchors. JAMA. 2018;319(5):5-9.',
  '4. World Health Organization. Guideline: sodium intake. Geneva: WHO; 2012.',
].join('\n');

const JSS = [
  'Laptenok S, Mullen KM, Borst JW, van Stokkum IHM, Apanasovich VV, Visser AJWG (2007). Fluorescence lifetime imaging. Journal of Physical Chemistry C, 111, 7819-7825.',
  'R Development Core Team (2006). R: A Language and Environment for Statistical Computing. Vienna, Austria.',
].join('\n');

describe('citations in publisher styles', () => {
  it.each<Case>([
    [
      'APA parenthetical',
      'Readers annotate (Doe & Roe, 2019a).',
      APA,
      [['(Doe & Roe, 2019a)', ['#1']]],
    ],
    ['APA narrative', 'Doe and Roe (2019b) disagree.', APA, [['Doe and Roe (2019b)', ['#2']]]],
    [
      'APA two suffixed years of one pair',
      'As before (Doe & Roe, 2019a, 2019b).',
      APA,
      [['(Doe & Roe, 2019a, 2019b)', ['#1', '#2']]],
    ],
    [
      'APA list with a lead-in word',
      'Tools exist (e.g., Smith et al., 2020; Doe & Roe, 2019a).',
      APA,
      [
        ['(e.g., Smith et al., 2020', ['#3']],
        ['Doe & Roe, 2019a)', ['#1']],
      ],
    ],
    [
      'a parenthesis opening with a preposition before its names',
      'The count agrees (after Smith et al. 2020) and the rest (following Doe & Roe 2019a).',
      APA,
      [
        ['(after Smith et al. 2020)', ['#3']],
        ['(following Doe & Roe 2019a)', ['#1']],
      ],
    ],
    [
      'a parenthesis whose sentence goes on after the year (AAS, MNRAS)',
      'The brightest are used (as Smith et al. 2020 did), and the dip (Doe & Roe 2019a for the largest; Smith et al. 2020) is seen (Smith et al. 2020, p. 4).',
      APA,
      [
        ['(as Smith et al. 2020', ['#3']],
        ['(Doe & Roe 2019a', ['#1']],
        ['Smith et al. 2020)', ['#3']],
        ['(Smith et al. 2020, p. 4)', ['#3']],
      ],
    ],
    [
      'AAS entries whose names hold a surname with a particle inside it, a page like a year',
      'Muñoz-Mateos et al. (2009) and Boissier et al. (2007) found gradients (Duck et al. 2004).',
      [
        'Boissier, S., Gil de Paz, A., Boselli, A., et al. 2007, ApJS, 173, 524',
        'Duck, G. J. 2004, HaskellCHR, http://www.cs.mu.oz.au/~gjd/haskellchr',
        'Duck, G. J., Stuckey, P. J., García de la Banda, M., & Holzbaur, C. 2004, ICLP, 90',
        'Muñoz-Mateos, J. C., Gil de Paz, A., Boissier, S., et al. 2009, ApJ, 701, 1965',
      ].join('\n'),
      [
        ['Muñoz-Mateos et al. (2009)', ['#4']],
        ['Boissier et al. (2007)', ['#1']],
        ['(Duck et al. 2004)', ['#3']],
      ],
    ],
    [
      'four works in one part listed with commas alone (AAAI, ACL)',
      'Systems were rule based (Krupka et al. 1991, Hobbs et al. 1992, Riloff 1996, Miller et al. 1998).',
      [
        'Hobbs, J.; Appelt, D.; and Tyson, M. 1992. Description of the FASTUS system. In Proc. MUC-4.',
        'Krupka, G.; Jacobs, P.; and Rau, L. 1991. GE: Description of the NLToolset. In Proc. MUC-3.',
        'Miller, S.; Crystal, M.; and Fox, H. 1998. Algorithms that learn to extract information. In Proc. MUC-7.',
        'Riloff, E. 1996. Automatically constructing extraction patterns. In Proc. AAAI-96.',
      ].join('\n'),
      [
        ['(Krupka et al. 1991', ['#2']],
        ['Hobbs et al. 1992', ['#1']],
        ['Riloff 1996', ['#4']],
        ['Miller et al. 1998)', ['#3']],
      ],
    ],
    [
      'a work set against the others with `but see` (APA)',
      'No consensus (Smith et al. 2020, but see Doe & Roe 2019a for a review).',
      APA,
      [
        ['(Smith et al. 2020', ['#3']],
        ['but see Doe & Roe 2019a', ['#1']],
      ],
    ],
    [
      'a footnote’s mark after a part’s year',
      'No consensus (Smith et al. 2020²; Doe & Roe 2019a).',
      APA,
      [
        ['(Smith et al. 2020²', ['#3']],
        ['Doe & Roe 2019a)', ['#1']],
      ],
    ],
    [
      'words after a year that hold another year are not passed over',
      'As seen (Smith et al. 2020 and the 2019 survey).',
      APA,
      [],
    ],
    [
      'APA corporate author by name',
      'Style rules apply (American Psychological Association, 2020).',
      APA,
      [['(American Psychological Association, 2020)', ['#4']]],
    ],
    [
      'APA corporate author by acronym',
      'Style rules apply (APA, 2020).',
      APA,
      [['(APA, 2020)', ['#4']]],
    ],
    [
      'APA suffixed years sharing one year: `2019a,b`',
      'As before (Doe & Roe, 2019a,b; Smith et al., 2020) and Doe and Roe (2019a, b).',
      APA,
      [
        ['(Doe & Roe, 2019a,b', ['#1', '#2']],
        ['Smith et al., 2020)', ['#3']],
        ['Doe and Roe (2019a, b)', ['#1', '#2']],
      ],
    ],
    [
      'APA names after a lead naming a thing: the marker starts at the names',
      'A network (Long Short-Term Memory, Smith et al., 2020) reads it.',
      APA,
      [['Smith et al., 2020)', ['#3']]],
    ],
    [
      'APA works listed with commas alone: each its own marker',
      'Tools exist (Smith et al. 2020, Doe and Roe 2019a) and more.',
      APA,
      [
        ['(Smith et al. 2020', ['#3']],
        ['Doe and Roe 2019a)', ['#1']],
      ],
    ],
    [
      'French author-year: `et` between two authors',
      'Comme le montrent (Doe et Roe, 2019a) et Doe et Roe (2019b).',
      APA,
      [
        ['(Doe et Roe, 2019a)', ['#1']],
        ['Doe et Roe (2019b)', ['#2']],
      ],
    ],
    [
      'APA a year without its suffix, two entries fit: no link',
      'Doe and Roe (2019) wrote twice.',
      APA,
      [],
    ],
    [
      'A possessive narrative citation, one author or two',
      'As in Doe’s (2018) book and in Roe and Poe’s (2015) notes, not Doe’s (2015).',
      CHICAGO,
      [
        ['Doe’s (2018)', ['#1']],
        ['Roe and Poe’s (2015)', ['#2']],
      ],
    ],
    [
      'A year alone after a semicolon: another work by the authors before it',
      'As argued (Doe 2018; 2020) and (Doe and Roe, 2019a; 2019b), not (see Table 1; 2019).',
      `${CHICAGO_REPEATED}\n\n${APA}`,
      [
        ['(Doe 2018', ['#1']],
        ['2020)', ['#2']],
        ['(Doe and Roe, 2019a', ['#4']],
        ['2019b)', ['#5']],
      ],
    ],
    [
      'Chicago page after a comma',
      'As argued (Doe 2018, 45).',
      CHICAGO,
      [['(Doe 2018, 45)', ['#1']]],
    ],
    [
      'Chicago: an entry printing a rule for its author is cited by that author',
      'As argued (Doe 2018, 2020; Roe and Poe 2015).',
      CHICAGO_REPEATED,
      [
        ['(Doe 2018, 2020', ['#1', '#2']],
        ['Roe and Poe 2015)', ['#3']],
      ],
    ],
    [
      'Econometrica: a second work by the same authors, its rule drawn as a line, is its own entry',
      'Costs are lumpy (Cooper and Haltiwanger (2002), Gourio and Kashyap (2006, 2007)), as Cooper and Haltiwanger (2006) find.',
      ECONOMETRICA,
      [
        ['Cooper and Haltiwanger (2002)', ['#1']],
        ['Gourio and Kashyap (2006, 2007)', ['#4', '#5']],
        ['Cooper and Haltiwanger (2006)', ['#2']],
      ],
    ],
    [
      'Econometrica: three authors named in the text, the list’s names in capitals joined by `AND`',
      'Hours are those constructed by Prescott, Ueberfeldt, and Cociuba (2005), after Prescott (1986).',
      [
        'PRESCOTT, E. C. (1986): “Theory Ahead of Business Cycle Measurement,” Federal Reserve Bank',
        'of Minneapolis Quarterly Review, 10, 9–22. [406,422]',
        'PRESCOTT, E. C., A. UEBERFELDT, AND S. E. COCIUBA (2005): “U.S. Hours and Productivity',
        'Behavior Using CPS Hours Worked Data: 1959-I to 2007-I,” Working Paper, University of',
        'Minnesota. [406]',
      ].join('\n'),
      [
        ['Prescott, Ueberfeldt, and Cociuba (2005)', ['#2']],
        ['Prescott (1986)', ['#1']],
      ],
    ],
    [
      'ABNT: two authors joined by Portuguese `e` or Spanish `y`, a second work by the author before',
      'Coalitions form (MARTIN e VANBERG, 2011; CHEIBUB, 2007), as Cheibub (2007) and García y Pérez (2010) argue.',
      ABNT,
      [
        ['(MARTIN e VANBERG, 2011', ['#3']],
        ['CHEIBUB, 2007)', ['#2']],
        ['Cheibub (2007)', ['#2']],
        ['García y Pérez (2010)', ['#4']],
      ],
    ],
    [
      'ABNT 2023: authors separated by `;` in one parenthesis are one work, never their last author’s',
      'Reconciliation is reviewed (Athanasopoulos; Hyndman; Kourentzes; Panagiotelis, 2023) after (Athanasopoulos; Ahmed; Hyndman, 2009), and fitted with {fable} (O’Hara-Wild; Hyndman; Wang, 2026) and {tsibble} (Wang et al., 2026).',
      ABNT_2023,
      [
        ['(Athanasopoulos; Hyndman; Kourentzes; Panagiotelis, 2023)', ['#2']],
        ['(Athanasopoulos; Ahmed; Hyndman, 2009)', ['#1']],
        ['(O’Hara-Wild; Hyndman; Wang, 2026)', ['#3']],
        ['(Wang et al., 2026)', ['#5']],
      ],
    ],
    [
      'ABNT 2023: the year a page was read is not the work’s: no link to it',
      'The geometric view (Panagiotelis et al., 2023) is not that of (Panagiotelis et al., 2021).',
      ABNT_2023,
      [['(Panagiotelis et al., 2021)', ['#4']]],
    ],
    [
      'ABNT 2023: names all among one entry’s authors, its year not listed, link nowhere, never the last author’s own entry',
      'Both packages (Hyndman; Wang, 2026) were used.',
      ABNT_2023,
      [],
    ],
    [
      'an acronym or label before a citation in its parenthesis is no co-author: the citation after it links (APA)',
      'We use long short-term memory (LSTM; Hochreiter & Schmidhuber, 1997) on the Programme for International Student Assessment (PISA; OECD, 2019), output as (GDP; World Bank, 2020), as shown before (Supplementary Material; Smith, 2020).',
      [
        'Hochreiter, S., & Schmidhuber, J. (1997). Long short-term memory. Neural Computation, 9(8), 1735–1780.',
        'OECD. (2019). PISA 2018 results. OECD Publishing.',
        'World Bank. (2020). World development indicators. The World Bank.',
        'Smith, J. (2020). Margins of error. Journal of Notes, 4(2), 10–20.',
      ].join('\n\n'),
      [
        ['Hochreiter & Schmidhuber, 1997)', ['#1']],
        ['OECD, 2019)', ['#2']],
        ['World Bank, 2020)', ['#3']],
        ['Smith, 2020)', ['#4']],
      ],
    ],
    [
      'a compound surname with `y` (Ramón y Cajal) cites its one author when no pair is listed',
      'Neurons were drawn by Ramón y Cajal (1911). Others agree (Ramón y Cajal, 1911; Golgi, 1873).',
      [
        'Cajal, S. R. (1911). Histologie du système nerveux. Paris: Maloine.',
        'Golgi, C. (1873). Sulla struttura della sostanza grigia. Gazzetta Medica Italiana, 33, 244–246.',
      ].join('\n'),
      [
        ['Ramón y Cajal (1911)', ['#1']],
        ['(Ramón y Cajal, 1911', ['#1']],
        ['Golgi, 1873)', ['#2']],
      ],
    ],
    [
      'APA meta-analysis: starred entries cited by their authors; `X, Y, et al.` told apart by its second author',
      'Minorities differ (Kim, 2015; Poore et al., 2002), but see (Hayward, Tropp, et al., 2017) and (Hayward, Hornsey, et al., 2017).',
      APA_META_ANALYSIS,
      [
        ['(Kim, 2015', ['#3']],
        ['Poore et al., 2002)', ['#4']],
        ['(Hayward, Tropp, et al., 2017)', ['#2']],
        ['(Hayward, Hornsey, et al., 2017)', ['#1']],
      ],
    ],
    [
      'APA names authors until two works part, then `et al.`: every name before it, in order, tells works of one year apart',
      'Habits form (Adler, Brandt, Cole, Dunn, Ernst et al., 2015) and fade (Adler, Brandt, Cole, Dunn, Fink, et al., 2015).',
      [
        'Adler, B., Brandt, C., Cole, D., Dunn, E., Ernst, F., & Faber, G. (2015). Habits. Mind, 1, 1–9.',
        'Adler, B., Brandt, C., Cole, D., Dunn, E., Fink, H., & Gross, I. (2015). Fading. Mind, 1, 10–19.',
        'Adler, B., Brandt, C., Cole, D., Dunn, E., & Faber, G. (2015). Forming. Mind, 1, 20–29.',
      ].join('\n'),
      [
        ['(Adler, Brandt, Cole, Dunn, Ernst et al., 2015)', ['#1']],
        ['(Adler, Brandt, Cole, Dunn, Fink, et al., 2015)', ['#2']],
      ],
    ],
    [
      'a narrative `A, B et al. (year)` cites the work whose first authors are A then B, not B’s own work',
      'It is formalised in Adler, Brandt et al. (2011); Adler, Cole et al. (2011) extend it. In Paris, Brandt et al. (2011) disagree.',
      [
        'Adler, B., Brandt, C., Cole, D., & Dunn, E. (2011). Reconciling forecasts. Forecasting, 1, 1–9.',
        'Adler, B., Cole, D., Ernst, F., & Faber, G. (2011). Optimal reconciliation. Forecasting, 1, 10–19.',
        'Brandt, C., Kahn, J., & Lenz, K. (2011). Against reconciliation. Forecasting, 1, 20–29.',
      ].join('\n'),
      [
        ['Adler, Brandt et al. (2011)', ['#1']],
        ['Adler, Cole et al. (2011)', ['#2']],
        ['Brandt et al. (2011)', ['#3']],
      ],
    ],
    [
      'a narrative naming three authors is told apart by all its names, not by its last as if it were the second',
      'See Borusyak, Hull, and Jaravel (2024) and Borusyak, Jaravel, and Spiess (2024).',
      [
        'Borusyak, Kirill, Peter Hull, and Xavier Jaravel. 2024. “Design-Based Identification.” Econometrics Journal.',
        'Borusyak, Kirill, Xavier Jaravel, and Jann Spiess. 2024. “Revisiting Event-Study Designs.” Review of Economic Studies 91 (6): 3253–85.',
      ].join('\n\n'),
      [
        // Every name listed tells the two apart (see `narrativeRefs`).
        ['Borusyak, Hull, and Jaravel (2024)', ['#1']],
        ['Borusyak, Jaravel, and Spiess (2024)', ['#2']],
      ],
    ],
    [
      'two corporate authors sharing their last word are each cited by their whole name (APA)',
      'We used RStan (Stan Development Team, 2021) in R (R Core Team, 2021).',
      [
        'R Core Team. (2021). R: A language and environment for statistical computing (Version 4.1.1). https://www.R-project.org/',
        'Stan Development Team. (2021). RStan: The R interface to Stan (Version 2.26.3). http://mc-stan.org/',
      ].join('\n'),
      [
        ['(Stan Development Team, 2021)', ['#2']],
        ['(R Core Team, 2021)', ['#1']],
      ],
    ],
    [
      '`et al.` as German (`u. a.`), French (`et coll.`) and Spanish (`y cols.`) papers write it',
      'Belegt ist das (Müller u. a. 2019), comme Dupont et coll. (2010) le montrent (García y cols., 2015).',
      [
        'Dupont, J., Martin, P., Bernard, L. (2010). La lecture savante. Paris: Seuil.',
        'García, M., Pérez, L., López, A. (2015). Lectura y anotación. Revista de Lectura, 3, 1–9.',
        'Müller, A., Schmidt, B., Weber, C. (2019). Lesen am Rand. Berlin: Springer.',
      ].join('\n'),
      [
        ['(Müller u. a. 2019)', ['#3']],
        ['Dupont et coll. (2010)', ['#1']],
        ['(García y cols., 2015)', ['#2']],
      ],
    ],
    [
      'economics narrative naming each author in full (AER: `Alvin Roth and Marilda Sotomayor (1990)`)',
      'See Alvin Roth and Marilda Sotomayor (1990), and Gabrielle Demange, David Gale and Marilda Sotomayor (1986).',
      [
        'Demange, Gabrielle; Gale, David and Sotomayor, Marilda. “Multi-Item Auctions.” Journal of Political Economy, August 1986, 94(4), pp. 863–72.',
        'Roth, Alvin and Sotomayor, Marilda. Two-Sided Matching. Cambridge: Cambridge University Press, 1990.',
      ].join('\n\n'),
      [
        ['Roth and Marilda Sotomayor (1990)', ['#2']],
        ['Demange, David Gale and Marilda Sotomayor (1986)', ['#1']],
      ],
    ],
    [
      'Chicago narrative with a page',
      'Roe and Poe (2015, 310) disagree.',
      CHICAGO,
      [['Roe and Poe (2015, 310)', ['#2']]],
    ],
    [
      'Harvard list without commas',
      'As shown (Doe and Roe 2017; Brown 2020).',
      HARVARD,
      [
        ['(Doe and Roe 2017', ['#1']],
        ['Brown 2020)', ['#2']],
      ],
    ],
    [
      'Harvard page after a colon',
      'Brown (2020: 14) notes this.',
      HARVARD,
      [['Brown (2020: 14)', ['#2']]],
    ],
    [
      'Harvard pages after a colon: a list of pages, a range among them, a roman page (humanities)',
      'As argued (Brown 2020: 4, 20, 31) and (Doe and Roe 2017: 47, 79–80; Brown 2020:157, 10), also (Brown 2020: xiv).',
      HARVARD,
      [
        ['(Brown 2020: 4, 20, 31)', ['#2']],
        ['(Doe and Roe 2017: 47, 79–80', ['#1']],
        ['Brown 2020:157, 10)', ['#2']],
        ['(Brown 2020: xiv)', ['#2']],
      ],
    ],
    [
      'Harvard narrative with a list of pages after the colon, a roman page among them',
      'Brown (2020: 3, 8) disagrees, and Doe and Roe (2017: 47, 79–80) agree, as Brown (2020: xiv) says.',
      HARVARD,
      [
        ['Brown (2020: 3, 8)', ['#2']],
        ['Doe and Roe (2017: 47, 79–80)', ['#1']],
        ['Brown (2020: xiv)', ['#2']],
      ],
    ],
    [
      'Harvard corporate author',
      'The framework (Department for Education 2019) says so.',
      HARVARD,
      [['(Department for Education 2019)', ['#3']]],
    ],
    [
      'IEEE single, list, range and bracket range',
      'Shown in [1], [2, 4], [1-3] and [2]–[4].',
      IEEE,
      [
        ['[1]', ['#1']],
        ['[2, 4]', ['#2', '#4']],
        ['[1-3]', ['#1', '#2', '#3']],
        ['[2]–[4]', ['#2', '#3', '#4']],
      ],
    ],
    [
      'ACM author-year in brackets without a comma',
      'Margins matter [Doe and Roe 2019; Brown et al. 2020].',
      ACM_AUTHOR_YEAR,
      [
        ['[Doe and Roe 2019', ['#1']],
        ['Brown et al. 2020]', ['#2']],
      ],
    ],
    [
      'Springer LNCS numbers without spaces',
      'Prior work [1,2] and [3] agrees.',
      LNCS,
      [
        ['[1,2]', ['#1', '#2']],
        ['[3]', ['#3']],
      ],
    ],
    [
      'Nature numbered list with bracketed markers',
      'As reported [1,3], and later [2].',
      NATURE,
      [
        ['[1,3]', ['#1', '#3']],
        ['[2]', ['#2']],
      ],
    ],
    [
      'Vancouver parentheses',
      'Known effects (1), confirmed (2,3) and reviewed (1-3).',
      VANCOUVER,
      [
        ['(1)', ['#1']],
        ['(2,3)', ['#2', '#3']],
        ['(1-3)', ['#1', '#2', '#3']],
      ],
    ],
    [
      'the word ref. or refs. before the numbers (PNAS, Nature)',
      'As in ref. 2, reviewed in refs. 1 and 3 (see refs 1–3).',
      VANCOUVER,
      [
        ['2', ['#2']],
        ['1 and 3', ['#1', '#3']],
        ['1–3', ['#1', '#2', '#3']],
      ],
    ],
    [
      'a Vancouver (n) closing a clause after a figure',
      'Frequencies ranged from 0 to 0.29 (3). Most were rare.',
      VANCOUVER,
      [['(3)', ['#3']]],
    ],
    [
      'author-year text into a Vancouver list',
      'Brown (2020) and Green et al. (2018) agree.',
      VANCOUVER,
      [
        ['Brown (2020)', ['#2']],
        ['Green et al. (2018)', ['#3']],
      ],
    ],
    [
      'JSS narrative naming every author',
      'Laptenok, Mullen, Borst, van Stokkum, Apanasovich, and Visser (2007) fit it.',
      JSS,
      [['Laptenok, Mullen, Borst, van Stokkum, Apanasovich, and Visser (2007)', ['#1']]],
    ],
    [
      'Chicago narrative after a word opening the sentence and a comma',
      'Thus, Roe and Poe (2015) disagree. Second, Borusyak, Hull, and Jaravel (2024) show it. However, Paris (2001) is no author.',
      [
        'Borusyak, Kirill, Peter Hull, and Xavier Jaravel. 2024. "Design-Based Identification with Formula Instruments." Econometrics Journal.',
        'Borusyak, Kirill, Xavier Jaravel, and Jann Spiess. 2024. "Revisiting Event-Study Designs." Review of Economic Studies 91 (6): 3253–85.',
        'Roe, Ben, and Carla Poe. 2015. "Notes on Notes." Critical Inquiry 41 (2): 300-320.',
      ].join('\n\n'),
      [
        ['Roe and Poe (2015)', ['#3']],
        ['Borusyak, Hull, and Jaravel (2024)', ['#1']],
      ],
    ],
    [
      'Vancouver (n) under a display equation, opening the next block: the equation’s number',
      'The radius is given by the relation below.\n\nr = 2r dx\n\n(1) This form also holds for graphics, as shown before (2).',
      VANCOUVER,
      [['(2)', ['#2']]],
    ],
    [
      'Vancouver (n) after a name ending in a capital or an ordinary noun',
      'Vitamin D (1) and type I (2) differ in several cases (3).',
      VANCOUVER,
      [
        ['(1)', ['#1']],
        ['(2)', ['#2']],
        ['(3)', ['#3']],
      ],
    ],
    [
      'JSS corporate author opening with one letter',
      'Written in R (R Development Core Team 2006).',
      JSS,
      [['(R Development Core Team 2006)', ['#2']]],
    ],
    [
      'works listed with commas, the last one naming no entry (BioScience)',
      'Skills are lacking (Doe and Roe 2019, Brown et al. 2020, NERC 2010, 2012).',
      ACM_AUTHOR_YEAR,
      [
        ['(Doe and Roe 2019', ['#1']],
        ['Brown et al. 2020', ['#2']],
      ],
    ],
    [
      'a long list with commas, a work naming no entry amid it (BioScience)',
      'Skills are lacking (e.g., NERC 2010, 2012, Doe and Roe 2019, Roe 2011, Roe 2012, Roe 2013, Roe 2014, Brown et al. 2020).',
      ACM_AUTHOR_YEAR,
      [
        ['Doe and Roe 2019', ['#1']],
        ['Brown et al. 2020)', ['#2']],
      ],
    ],
    [
      'pages in brackets after the year (Computers & Geosciences)',
      'Ink matters (Brown et al., 2020 [pp. 91–137]; Doe and Roe, 2019 [p. 93]).',
      ACM_AUTHOR_YEAR,
      [
        ['(Brown et al., 2020', ['#2']],
        ['Doe and Roe, 2019', ['#1']],
      ],
    ],
    [
      'ACM and QJE narrative author-year, the year in brackets',
      'Doe and Roe [2019] read closely, as Brown et al. [2020] did.',
      ACM_AUTHOR_YEAR,
      [
        ['Doe and Roe [2019]', ['#1']],
        ['Brown et al. [2020]', ['#2']],
      ],
    ],
    [
      'bracketed author-year inside a parenthesis that cites nothing itself',
      'Tools exist (as measured in [Brown et al. 2020] for long papers).',
      ACM_AUTHOR_YEAR,
      [['[Brown et al. 2020]', ['#2']]],
    ],
    [
      'author-year told apart by how many authors the citation names',
      'Doe and Roe (2006) and Doe et al. (2006) differ (Doe, 2006; Doe & Roe, 2006; Doe et al., 2006).',
      SAME_LEAD_AND_YEAR,
      [
        ['Doe and Roe (2006)', ['#1']],
        ['Doe et al. (2006)', ['#2']],
        ['(Doe, 2006', ['#3']],
        ['Doe & Roe, 2006', ['#1']],
        ['Doe et al., 2006)', ['#2']],
      ],
    ],
    [
      'IJCAI / AAAI keyed list, several works in one bracket',
      'Patterns were learned [Brin, 1998; Agichtein and Gravano, 2000] and parsed [Klein and Manning, 2003].',
      [
        '[Agichtein and Gravano, 2000] E. Agichtein and L. Gravano. Snowball: Extracting relations. In Proc. of DL, 2000.',
        '[Brin, 1998] S. Brin. Extracting Patterns and Relations. In WebDB Workshop, pages 172–183, 1998. [Klein and Manning, 2003] Dan Klein and Christopher D.',
        'Manning. Accurate unlexicalized parsing. In Proceedings of the ACL, 2003.',
      ].join('\n'),
      [
        ['[Brin, 1998', ['#2']],
        ['Agichtein and Gravano, 2000]', ['#1']],
        ['[Klein and Manning, 2003]', ['#3']],
      ],
    ],
    [
      'Annals / AMA in parentheses, a bracket nested inside one',
      'Detection saves lives (1–3). Some agents (those listed by the CDC [2, 3]) spread fast (3).',
      [
        '1. Koplan J. Strategic plan for preparedness. Public Health Rep. 2001;116:9-16.',
        '2. Sosin DM. Draft framework for surveillance. J Urban Health. 2003;80:i8-13.',
        '3. Langmuir AD. The surveillance of diseases. N Engl J Med. 1963;268:182-92.',
      ].join('\n'),
      [
        ['(1–3)', ['#1', '#2', '#3']],
        ['[2, 3]', ['#2', '#3']],
        ['(3)', ['#3']],
      ],
    ],
    [
      'APA first citations naming every author, beside an entry with one more',
      'Students game (Baker, Corbett, & Koedinger, 2004) and hide it (Baker, Corbett, Koedinger, & Wagner, 2004).',
      [
        'Baker, R. S., Corbett, A. T., & Koedinger, K. R. (2004). Detecting student misuse of tutors. In Proc. ITS, 531-540.',
        'Baker, R. S., Corbett, A. T., Koedinger, K. R., & Wagner, A. Z. (2004). Off-task behavior in the classroom. In Proc. CHI, 383-390.',
      ].join('\n'),
      [
        ['(Baker, Corbett, & Koedinger, 2004)', ['#1']],
        ['(Baker, Corbett, Koedinger, & Wagner, 2004)', ['#2']],
      ],
    ],
    [
      'BibTeX alpha keys, several in a bracket and one with a page',
      'As shown [Knu84], and hard [GJ79, Knu84, p. 5]; not [Abc99], [sic], [Knu84, second] or [vD80, Knu84].',
      [
        '[GJ79] M. Garey and D. Johnson. Computers and Intractability. Freeman, 1979.',
        '[Knu84] D. Knuth. The TeXbook. Addison-Wesley, 1984.',
      ].join('\n'),
      [
        ['[Knu84]', ['#2']],
        ['[GJ79, Knu84, p. 5]', ['#1', '#2']],
      ],
    ],
    [
      'amsalpha keys with a mathematician’s locators: a bare numbered statement, `Chp.`, French and German words',
      'See [GJ09, III.2] and [GJ09, I.3.4], [Wei94, Chp.4], [Gab62, chp. III], [HPoM02, 4.37], [Qui73, lemme 2], [Qui73, Satz 3] and [Wei94, S. 12]; not [Wei94, III.2 below] nor [Qui73, x.2].',
      [
        '[Gab62] Pierre Gabriel. Des catégories abéliennes. Bulletin de la Société Mathématique de France, 90:323–448, 1962.',
        '[GJ09] P. G. Goerss and J. Jardine. Simplicial Homotopy Theory. Birkhäuser, 2009.',
        '[HPoM02] A. Hatcher. Algebraic Topology. Cambridge University Press, 2002.',
        '[Qui73] Daniel Quillen. Higher algebraic K-theory: I. In Lecture Notes in Math. 341, Springer, 1973.',
        '[Wei94] Charles A. Weibel. An Introduction to Homological Algebra. Cambridge University Press, 1994.',
      ].join('\n'),
      [
        ['[GJ09, III.2]', ['#2']],
        ['[GJ09, I.3.4]', ['#2']],
        ['[Wei94, Chp.4]', ['#5']],
        ['[Gab62, chp. III]', ['#1']],
        ['[HPoM02, 4.37]', ['#3']],
        ['[Qui73, lemme 2]', ['#4']],
        ['[Qui73, Satz 3]', ['#4']],
        ['[Wei94, S. 12]', ['#5']],
      ],
    ],
    [
      'keys of letters alone and a particle, in an older list',
      'A ring [Ab] is not a tree [Be83], nor a star [vD80]. The rest [Ab; Ben] differ.',
      [
        '[Ab] K. Abrahamson and A. Addler. Probabilistic solitude verification on a ring. In Proc. PODC, 1986.',
        '[Be83] M. Ben-Or. Another advantage of free choice. In Proc. PODC, 1983.',
        '[vD80] E. van Dishoeck. Stars in their courses. Springer, 1980.',
      ].join('\n'),
      [
        ['[Ab]', ['#1']],
        ['[Be83]', ['#2']],
        ['[vD80]', ['#3']],
      ],
    ],
  ])('%s', (_style, body, references, expected) => {
    expect(links(body, references)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a year alone', 'In (2019) and [2019] things changed.', IEEE],
    ['numbers in parentheses in a paper citing in brackets', 'As in [9], see (2) and (3).', IEEE],
    ['an equation label', 'From Eq. (2) and Eqs. (1) and (3) we get it.', VANCOUVER],
    ['figure and table labels', 'See Figure (1), Table (2) and Section (3).', VANCOUVER],
    ['an enumeration', 'We (1) read, (2) mark and (3) write.', VANCOUVER],
    ['an enumeration after a colon', 'Three steps: (1) read; (2) mark.', VANCOUVER],
    [
      'the items of a list set out one paragraph each',
      'A protocol is correct if it satisfies two conditions:\n\n(1) No configuration has two values.\n\n(2) For each value, some run decides it.\n\n(3) Every run ends.',
      VANCOUVER,
    ],
    ['a function call', 'Call f(1) or g (2) = 4.', VANCOUVER],
    ['a count beyond the list', 'There were (12) cases and (n = 3) controls.', VANCOUVER],
    [
      'a figure and another in parentheses',
      'Contacts a female (male) has: 30 (2) per partner.',
      VANCOUVER,
    ],
    ['an author not in the list', 'Nobody (2019) said it (Nobody, 2019).', APA],
    [
      'a count that fits neither of two entries',
      'Doe et al. (2019) wrote it.',
      'Doe, A., & Roe, B. (2019). One. J, 1.\nDoe, A., & Poe, C. (2019). Two. J, 2.',
    ],
    ['an editorial mark', 'It was [sic] and [...] fine.', IEEE],
  ])('links nothing in %s', (_name, body, references) => {
    expect(links(body, references)).toEqual([]);
  });
});

describe('a Markdown paper whose reference list lost its numbers', () => {
  it('links each bracketed number to the entry in that place of the bullet list', () => {
    const entries = ['Ann A', 'Bo B', 'Cy C', 'Di D', 'Ed E', 'Flo F'].map(
      (name, i) => `- ${name}. Work number ${i + 1}. J Test. 201${i};${i + 1}:1–9.`,
    );
    const md = `# Cows\n\nEmissions rose [1], then fell [2,3] and [5–6].\n\n## References\n\n${entries.join('\n')}\n`;
    const paper = parsePaper(md, { format: 'markdown', fileName: 'cows.md', id: pid('sha256:c') });
    const linked = paper.citations.map((c) => [
      paper.text.slice(c.start, c.end),
      c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
    ]);
    expect(linked).toEqual([
      ['[1]', [1]],
      ['[2,3]', [2, 3]],
      ['[5–6]', [5, 6]],
    ]);
  });
});

describe('a reference list printed without numbers, cited by numbers in parentheses', () => {
  const entries = ['Ann A', 'Bo B', 'Cy C', 'Di D', 'Ed E', 'Flo F'].map(
    (name, i) => `- ${name}. Work number ${i + 1}. J Test 1${i}:1–9 (201${i}).`,
  );
  const linked = (body: string, list = entries) => {
    const md = `# Cows\n\n${body}\n\n## References\n\n${list.join('\n')}\n`;
    const paper = parsePaper(md, { format: 'markdown', fileName: 'cows.md', id: pid('sha256:c') });
    return paper.citations.map((c) => [
      paper.text.slice(c.start, c.end),
      c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
    ]);
  };

  it('reads the list as numbered when the numbers first come in its order (PNAS as Markdown)', () => {
    expect(
      linked('Emissions rose (1, 2), then fell (3) and (4–6), as (2) said (see ref. 5).'),
    ).toEqual([
      ['(1, 2)', [1, 2]],
      ['(3)', [3]],
      ['(4–6)', [4, 5, 6]],
      ['(2)', [2]],
      ['5', [5]],
    ]);
  });

  it('links nothing when the numbers come in another order, or cite too little of the list', () => {
    expect(linked('Emissions rose (5), then fell (2) and (4), as (1) and (3) said.')).toEqual([]);
    expect(linked('Emissions rose (1) and fell (2).')).toEqual([]);
  });

  it('links nothing by number in a list cited by author and year', () => {
    const apa = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'].map(
      (name, i) => `- ${name}, A. (201${i}). Work number ${i + 1}. J Test, 1, 1–9.`,
    );
    const body = 'Ann (2010), Bo (2011) and Cy (2012) found (1, 2), then (3) and (4–6).';
    expect(linked(body, apa).map(([text]) => text)).toEqual([
      'Ann (2010)',
      'Bo (2011)',
      'Cy (2012)',
    ]);
  });
});

describe('a numbered list cited by author and year (a publisher’s web page copied)', () => {
  /** The cited texts of a page whose numbered list of `names` (years 2010 on) is cited by author and year. */
  const citedOn = (names: readonly string[], after: string) => {
    const list = names
      .map(
        (name, i) => `${i + 1}. ${name}, A. (20${10 + i}). Work number ${i + 1}. J Test, 1, 1–9.`,
      )
      .join('\n');
    const body = `It was measured (Ann, 2010; Bo, 2011; Cy, 2012; Di, 2013; Ed, 2014). ${after}`;
    const md = `# Cows\n\n${body}\n\n## References\n\n${list}\n`;
    const paper = parsePaper(md, { format: 'markdown', fileName: 'cows.md', id: pid('sha256:c') });
    return paper.citations.map((c) => paper.text.slice(c.start, c.end));
  };
  const AUTHOR_YEAR = ['(Ann, 2010', 'Bo, 2011', 'Cy, 2012', 'Di, 2013', 'Ed, 2014)'];

  it('links no number in parentheses: there it is an item, an equation or a count', () => {
    const after =
      'The fit used the law (6) (a power law), the filter (3) (a mean) and the score (2) (a sum); see Extras (5).';
    expect(citedOn(['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'], after)).toEqual(AUTHOR_YEAR);
  });

  it('links no (n) in ascending order that cite little of a long list: equations (1) to (3)', () => {
    const names = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivo', 'Jo', 'Kai', 'Lu'];
    const after =
      'The fit used the law (1) (a power law), the filter (2) (a mean) and the score (3) (a sum).';
    expect(citedOn(names, after)).toEqual(AUTHOR_YEAR);
  });
});

describe('a numbered list cited by (n) in order, its authors also named with their years', () => {
  // PNAS's style as some authors write it: earlier work named by author and year, and cited by its
  // number too. The (n) come in the list's order and cover it: they cite, though fewer than the names.
  it('links every (n), entry 8 (cited by number only) too', () => {
    const list = [
      'Smith J, Lee K (1998) Early grazing studies. Ecology 79:1-9.',
      'Jones P, Park S (2001) Grazing and methane. Nature 410:11-19.',
      'Brown A, et al. (2005) Rumen microbes. Science 308:100-104.',
      'Davis R (2009) Feed additives. J Dairy Sci 92:200-210.',
      'Evans T, Wu L (2012) Seaweed feeds. PLoS One 7:e1234.',
      'Garcia M (2015) Methane inventories. Glob Change Biol 21:300-310.',
      'Hill B, Khan Q (2018) Emission factors. Environ Res Lett 13:1-12.',
      'Ito Y (2020) Modelling enteric methane. Animal 14:50-60.',
    ]
      .map((entry, i) => `${i + 1}. ${entry}`)
      .join('\n');
    const body =
      'Grazing was studied early by Smith and Lee (1998) and Jones and Park (2001) (1, 2). Brown et al. (2005) found rumen microbes (3), Davis (2009) tested additives (4) and Evans and Wu (2012) seaweed (5). Garcia (2015) and Hill and Khan (2018) built inventories (6, 7) and models improved (8).';
    const numbered = links(body, list).filter(([text]) => /^\(\d/.test(text));
    expect(numbered).toEqual([
      ['(1, 2)', ['#1', '#2']],
      ['(3)', ['#3']],
      ['(4)', ['#4']],
      ['(5)', ['#5']],
      ['(6, 7)', ['#6', '#7']],
      ['(8)', ['#8']],
    ]);
  });
});

describe('numbers in parentheses that are mostly no entry’s label', () => {
  // A list read in part: entries 2 and 3 lost to extraction (a chemistry paper cites in
  // superscripts, which its text lost).
  const LIST = [
    '[1] Bangladesh National Herbarium, Mirpur, Dhaka.',
    '[4] Meyer B.N., Ferringni, N.R. 1982. Brine shrimp: a convenient general bioassay. Planta Med. 45, 31-34.',
    '[5] McLaughlin JL. 1982. Brine shrimp: a convenient general bioassay. Planta Med. 45, 31-32.',
  ].join('\n');
  const COMPOUNDS =
    'ABSTRACT: Lupeol (1), epilupeol (2) and β-sitosterol (3) were isolated from the leaves.\n\nLupeol (1): colorless crystalline mass.';

  it('reads compounds numbered in parentheses as no citations, though an entry is labelled 1', () => {
    expect(links(COMPOUNDS, LIST)).toEqual([]);
  });

  it('still reads a citation named by ref.', () => {
    expect(links(`${COMPOUNDS} The assay is as before (ref. 4).`, LIST)).toEqual([['4', ['#2']]]);
  });
});

describe('a list with no heading whose labels have spaces inside the brackets (Wiley)', () => {
  it('splits `[ 1 ] S. Drake, …` into entries numbered 1 to 3 and links `[1]`, `[2,3]` to them', () => {
    const source = [
      'A Paper',
      'Introduction',
      'Galileo drew the moon as he saw it.[1] His drawings were later copied by others.[2,3]',
      'Acknowledgements\n\nWe thank the museum.',
      [
        '[ 1 ] S. Drake, J. Hist. Astron. 1976, 7, 153 .',
        '[ 2 ] Museo Galileo, http://www.museogalileo.it/en/ (accessed July 2011).',
        '[ 3 ] S. DiMaio, F. Discepola, R. F. Del Maestro, Neurosurgery 2006, 58,',
        '187 .',
      ].join('\n'),
    ].join('\n\n');
    const paper = parsePaper(source, {
      format: 'text',
      fileName: 'p.txt',
      id: pid(`sha256:${'c'.repeat(64)}`),
    });
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3']);
    const label = new Map(paper.references.map((r) => [r.id, r.label]));
    expect(
      paper.citations.map((c) => [
        paper.text.slice(c.start, c.end),
        c.refIds.map((id) => label.get(id)),
      ]),
    ).toEqual([
      ['[1]', ['1']],
      ['[2,3]', ['2', '3']],
    ]);
  });
});

describe('Chicago and AEA entries whose first author is written surname, given name', () => {
  const REFS = [
    'Atkeson, Andrew, and Ariel Burstein. 2019. “Aggregate Implications of Innovation Policy.” Journal of Political Economy 127 (6): 2625–83.',
    'Atkeson, Andrew, Ariel T. Burstein, and Manolis Chatzikonstantinou. 2019. “Transitional Dynamics.” Annual Review of Economics 11: 273–300.',
    'Nest, Michael. 2011. Coltan. Cambridge: Polity.',
    'Nest, Michael, François Grignon, and Emizet F. Kisangani. 2011. The Democratic Republic of Congo. London: Lynne Rienner.',
  ].join('\n');

  it('tells a work of one or two authors from one of three by the names the citation gives', () => {
    expect(
      links(
        'As Nest (2011) and Nest, Grignon, and Kisangani (2011) show, and Atkeson and Burstein (2019) too.',
        REFS,
      ),
    ).toEqual([
      ['Nest (2011)', ['#3']],
      ['Nest, Grignon, and Kisangani (2011)', ['#4']],
      ['Atkeson and Burstein (2019)', ['#1']],
    ]);
  });
});

describe('a Markdown list whose entries open with their natbib key (Nougat)', () => {
  it('reads `Wang and Kanwar (2019)` as two authors, not a surname and its given name', () => {
    const md = [
      '# Switch',
      '',
      'Low precision formats like bfloat16 (Wang and Kanwar, 2019) and GLUE (Wang et al., 2018).',
      '',
      '## References',
      '',
      '* Wang et al. (2018) Alex Wang, Amanpreet Singh, and Julian Michael. Glue: A multi-task benchmark. _arXiv preprint arXiv:1804.07461_, 2018.',
      '* Wang et al. (2019) Alex Wang, Yada Pruksachatkun, and Nikita Nangia. Superglue: A stickier benchmark. In _NeurIPS_, pages 3266-3280, 2019.',
      '* Wang and Kanwar (2019) Shibo Wang and Pankaj Kanwar. Bfloat16: The secret to high performance on cloud tpus. _Google Cloud Blog_, 2019.',
      '',
    ].join('\n');
    const paper = parsePaper(md, { format: 'markdown', fileName: 'sw.md', id: pid('sha256:d') });
    expect(
      paper.citations.map((c) => [
        paper.text.slice(c.start, c.end),
        c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
      ]),
    ).toEqual([
      ['(Wang and Kanwar, 2019)', [3]],
      ['(Wang et al., 2018)', [1]],
    ]);
  });
});

describe('narrative after a comma', () => {
  it('links the names after a word opening the sentence, after a footnote mark too', () => {
    const refs =
      'Goldsmith-Pinkham, Paul, Isaac Sorkin, and Henry Swift. 2020. "Bartik Instruments." American Economic Review 110 (8): 2586-2624.';
    expect(
      links(
        'They capture exposure variation.² Indeed, Goldsmith-Pinkham, Sorkin, and Swift (2020) agree.',
        refs,
      ),
    ).toEqual([['Goldsmith-Pinkham, Sorkin, and Swift (2020)', ['#1']]]);
  });

  it('links them after a footnote mark the text layer gives as plain digits (review 24b)', () => {
    // pdftotext and pdf.js give a superscript mark as the digits themselves (`variation.2 Indeed,`).
    const refs =
      'Goldsmith-Pinkham, Paul, Isaac Sorkin, and Henry Swift. 2020. "Bartik Instruments." American Economic Review 110 (8): 2586-2624.';
    for (const mark of ['2', '12', '2,3'])
      expect(
        links(
          `They capture exposure variation.${mark} Indeed, Goldsmith-Pinkham, Sorkin, and Swift (2020) agree.`,
          refs,
        ),
      ).toEqual([['Goldsmith-Pinkham, Sorkin, and Swift (2020)', ['#1']]]);
  });

  it('does not link a three-author narrative to its second author’s own work when the first author’s entry is missing', () => {
    // Smith, Jones and Brown 2010 is not in the list (lost, or the list omits it); Jones 2010 is
    // another work. The names after `Smith,` are no narrative of their own.
    const refs = [
      'Doe, Anna. 2018. Margins and Meaning. Chicago: University of Chicago Press.',
      'Jones, Bob. 2010. "A Different Paper." Journal of Things 3 (1): 1-10.',
    ].join('\n\n');
    expect(links('As Smith, Jones, and Brown (2010) show, margins matter.', refs)).toEqual([]);
  });

  it('does not link a narrative whose first author’s two works of that year are ambiguous to the second author’s work', () => {
    const refs = [
      'Smith, Al, Bob Jones, and Cy Brown. 2010. "First Paper." Journal of Things 3 (1): 1-10.',
      'Smith, Al, Bob Jones, and Cy Brown. 2010. "Second Paper." Journal of Things 3 (2): 11-20.',
      'Jones, Bob, and Cy Brown. 2010. "Their Own Paper." Journal of Stuff 5 (1): 1-9.',
    ].join('\n\n');
    const found = links('As Smith, Jones, and Brown (2010) show, margins matter.', refs);
    expect(found.filter(([, ids]) => ids.includes('#3'))).toEqual([]);
  });
});
