import type { SourceLine } from './normalize-text';
import { splitReferenceLines } from './reference-entries';

/** Source lines from text, keeping each line's indentation. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length }));
}

function entries(text: string, options = {}): string[] {
  return splitReferenceLines(lines(text), 0, options).entries.map(
    (e) => `${e.number ?? '-'}: ${e.lines.join(' ')}`,
  );
}

describe('splitReferenceLines', () => {
  it('splits an AASTeX list whose entries end with no stop, one of them repeating its authors with a dash', () => {
    // aasjournal: `Surname, I., & Surname, I. YEAR, Journal, vol, page`, no full stop at the end;
    // a second work by the same authors opens `—. 2019b,`; a corporate author `Name. YEAR,`.
    const list = [
      'Rossi, G. 2012, Measurement campaigns in the Po valley,',
      'Technical Report TR-2012-07, Politecnico di Milano',
      'Smith, J., Doe, A., & Roe, B. 2019a, IEEE Transactions on',
      'Mobile Computing, 18, 812, doi: 10.1109/TMC.2019.0001',
      '—. 2019b, ACM Transactions on Sensor Networks, 15, 1',
      'World Health Organization. 2020, Guidelines for',
      'drinking-water quality monitoring, Tech. rep., World',
      'Health Organization, Geneva',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 20))).toEqual([
      '-: Rossi, G. 2012, M',
      '-: Smith, J., Doe, A',
      '-: —. 2019b, ACM Tra',
      '-: World Health Orga',
    ]);
  });

  it('opens an AAS entry whose co-author’s surname holds a particle inside it (`Gil de Paz, A.`)', () => {
    // unseen25 aas-apj-2013: every entry ends with its page, no stop; the head's names run to the year.
    const list = [
      'Boissier, S., Gil de Paz, A., Boselli, A., et al. 2007, ApJS, 173, 524',
      'Muñoz-Mateos, J. C., Gil de Paz, A., Boissier, S., et al. 2009, ApJ, 701, 1965',
      'Duck, G. J., Stuckey, P. J., García de la Banda, M., & Holzbaur, C. 2004, ICLP, 90',
      'Gil de Paz, A., Madore, B. F., & Pevunova, O. 2003, ApJS, 147, 29',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 16))).toEqual([
      '-: Boissier, S.,',
      '-: Muñoz-Mateos,',
      '-: Duck, G. J., ',
      '-: Gil de Paz, A',
    ]);
  });

  it('opens an entry at a year in parentheses after an ended entry: a repeated author’s rule drawn as a line', () => {
    // Econometrica: hanging indents, the pages citing the entry in brackets at its end; the rule
    // for a second work by the same authors is no text, its year set right of the indent.
    const list = [
      'COOPER, R. W., AND J. C. HALTIWANGER (2002): “On the Nature of Capital Adjustment Costs,”',
      '  Working Paper, University of Texas at Austin. [407]',
      '          (2006): “On the Nature of Capital Adjustment Costs,” Review of Economic Studies, 73,',
      '  611–633. [396,398,407-409,426,427]',
      'COOPER, R. W., J. C. HALTIWANGER, AND L. POWER (1999): “Machine Replacement and the',
      '  Business Cycle: Lumps and Bumps,” American Economic Review, 89, 921–946. [396,411]',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: COOPER, R. W., AND J.',
      '-: (2006): “On the Natur',
      '-: COOPER, R. W., J. C. ',
    ]);
  });

  it('keeps a year in parentheses with the authors it wrapped from, and with an entry not yet ended', () => {
    const list = [
      'American Psychological Association.',
      '  (2020). Publication manual of the American Psychological Association (7th ed.).',
      'Smith, J., Lee, K., Park, S., Kim, H., &',
      '  Choi, Y. (2019). Reading in the margins. Journal of Reading, 12, 45–67.',
      'Doe, A. (2018). A study of notes in',
      '  (2017): the margins of a book. Journal of Notes, 3, 1–9.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 20))).toEqual([
      '-: American Psycholo',
      '-: Smith, J., Lee, K',
      '-: Doe, A. (2018). A',
    ]);
  });

  it('reads a list labelled by raised numerals (AIP’s journals: `¹J. Smith`), its notes among the entries', () => {
    // REVTeX's `aip` styles set each label as a superscript before the authors, and put the
    // paper's footnotes into the list in sequence (`⁴The guidelines state …`): entries both.
    const list = [
      '¹J. Smith, A. Doe, and B. Roe, “Adaptive sampling schedules,” IEEE Trans. Mob. Comput.',
      '18, 812–825 (2019).',
      '²H.-W. Lee, “Compressive acquisition of environmental fields,” Signal Process. 171,',
      '107512 (2020).',
      '³World Health Organization, “Guidelines for drinking-water quality monitoring,” Tech. Rep.',
      '(Geneva, 2020).',
      '⁴The guidelines state accuracy per pollutant; we use the strictest figure, for nitrate.',
      '⁵T. Brown and S. Green, “Field trials,” in Proc. SenSys (ACM, 2015) pp. 155–168.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 18))).toEqual([
      '1: ¹J. Smith, A. D',
      '2: ²H.-W. Lee, “Co',
      '3: ³World Health O',
      '4: ⁴The guidelines',
      '5: ⁵T. Brown and S',
    ]);
  });

  it('keeps a raised isotope number opening an entry’s wrapped line (³He, ¹³C) in that entry, though it is the next label’s number', () => {
    // AIP's journals (J. Chem. Phys., Rev. Sci. Instrum.) are where titles say ³He and ¹³C NMR:
    // a title wrapped before `³He` is still entry 2; entry 3 is the next raised label after it.
    const list = [
      '¹J. Smith, A. Doe, and B. Roe, “Adaptive sampling schedules,” J. Chem. Phys. 18, 812 (2019).',
      '²H.-W. Lee and K. Park, “Thermal boundary resistance between solid and liquid',
      '³He at millikelvin temperatures,” Rev. Sci. Instrum. 71, 1075 (2020).',
      '³T. Brown and S. Green, “Field trials,” J. Appl. Phys. 12, 155 (2015).',
      '⁴A. White, “Dilution refrigerators,” Phys. Rev. B 12, 155 (2015).',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 18))).toEqual([
      '1: ¹J. Smith, A. D',
      '2: ²H.-W. Lee and ',
      '3: ³T. Brown and S',
      '4: ⁴A. White, “Dil',
    ]);
  });

  it('reads no single raised numeral as a list label: a footnote under the heading stays a note', () => {
    const list = [
      '¹Corresponding author: j.smith@example.org',
      'Smith, J., 2019. Adaptive sampling schedules. IEEE Trans. Mob. Comput. 18, 812–825.',
    ].join('\n');
    expect(entries(list).some((e) => e.startsWith('1:'))).toBe(false);
  });

  it('cuts entries read as one where the labels set apart count more of them', () => {
    const list = [
      '1.',
      '2.',
      '3.',
      '4.',
      '',
      'N. J. Blades and K. W. Broman. Estimating the number of essential genes. Technical report, Johns Hopkins',
      'University, 2002.',
      'R Core Team. R: A Language and Environment for Statistical Computing. Vienna, Austria, 2019.',
      'B. W. Kernighan and D. M. Ritchie. The C programming language. Englewood Cliffs, NJ: Prentice',
      'Hall, 1988.',
      'K. W. Broman. negenes: Estimating the Number of Essential Genes. R package version 1.0-12.',
      '2019.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 16))).toEqual([
      '1: N. J. Blades ',
      '2: R Core Team. ',
      '3: B. W. Kernigh',
      '4: K. W. Broman.',
    ]);
  });

  it('cuts entries under a column of labels where a head follows the links to databases after an entry', () => {
    // MDPI, pdftotext's default mode: a page's labels, then its entries with no blank line between.
    const list = [
      '1.',
      '2.',
      '3.',
      '',
      'Abel, J.-M.; Berg, C. Mimivirus and its virophage. Annu. Rev. Genet. 2009, 43, 49–66. [CrossRef] [PubMed]',
      'Moss, S.; Lind, D. Virophages of giant viruses: an update. Viruses 2019, 11, 733. [CrossRef]',
      'Dorn, S.; Fisk, M.G. Five features of virophages. PLoS Pathog. 2019, 15, e1007592.',
      '[CrossRef]',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual([
      '1: Abel, J.-M.',
      '2: Moss, S.; L',
      '3: Dorn, S.; F',
    ]);
  });

  it('ends an entry at the links F1000 prints on a line of their own after it (`Publisher Full Text`)', () => {
    // F1000Research, Wellcome Open Research: `Surname AB, …: Title. Journal. 2006; 57(2): 143–154.`
    // then a line of links, no number, no hanging indent, no blank line between entries.
    const list = [
      'Bishop SDH, Francis MP, Duffy C, et al.: Age, growth, maturity, longevity and',
      'natural mortality of the shortfin mako shark in New Zealand Waters. Mar',
      'Freshwater Res. 2006; 57(2): 143–154.',
      'Publisher Full Text',
      'Bonham K, Sanford FB, Clegg W, et al.: Biological and vitamin A studies of',
      'dogfish in the State of Washington. Biological Report. 1949; 49A: 83–114.',
      'Reference Source',
      'Carlson JK, Baremore IE: Changes in biological parameters of Atlantic',
      'sharpnose shark in the Gulf of Mexico: evidence for density-dependent growth',
      'and maturity? Mar Freshwater Res. 2003; 54(3):',
      '227–234.',
      'PubMed Abstract | Publisher Full Text | Free Full Text',
      'Driggers WB III, Carlson JK, Cullum BJ, et al.: Age and growth of the blacknose',
      'shark in the western North Atlantic Ocean. Environ Biol Fish. 2004; 71(2):',
      '171–178.',
      'Publisher Full Text',
      'Fabens AJ: Properties and fitting of the Von Bertalanffy growth curve. Growth.',
      '1965; 29(3): 265–89.',
      'PubMed Abstract',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual([
      '-: Bishop SDH,',
      '-: Bonham K, S',
      '-: Carlson JK,',
      '-: Driggers WB',
      '-: Fabens AJ: ',
    ]);
  });

  it('keeps a Vancouver title wrapped before `Explainable AI: …` in its entry (no head of F1000’s `Fabens AJ:`)', () => {
    // F1000's one author before a colon (`Fabens AJ: Title`) opens an entry; a title's line
    // opening with a word and a capitals acronym before a colon (`Explainable AI:`, `Generative
    // AI:`, `Health IT:`) does not, even under an author list closed by `et al.`.
    const list = [
      'Arrieta AB, Díaz-Rodríguez N, Del Ser J, Bennetot A, Tabik S, Barbado A, et al.',
      'Explainable AI: concepts, taxonomies, opportunities and challenges toward',
      'responsible AI. Inf Fusion. 2020;58:82–115.',
      'Topol EJ. High-performance medicine: the convergence of human and artificial',
      'intelligence. Nat Med. 2019;25:44–56.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual(['-: Arrieta AB,', '-: Topol EJ. H']);
  });

  it('gives the entries after each run of labels to that run, where an entry read on past it', () => {
    // The Royal Society: labels 4 and 5 stand in the middle of entry 3, whose DOI broke over two lines.
    const list = [
      '1.',
      '',
      '2.',
      '',
      '3.',
      '',
      'Cole S. 1987 The decline of the trophic level concept. Trends Ecol. Evol. 2, 312–316. (doi:10.',
      '1016/0169-5347(87)90086-3)',
      'Park GA, Mayer CA. 1989 The ecology of intraguild predation. Annu. Rev. Ecol. Syst. 20, 297–330.',
      '(doi:10.1146/annurev.es.20.110189.001501)',
      'Park GA, Holm RD. 1992 Intraguild predation: the dynamics of trophic interactions. Trends',
      '',
      '4.',
      '',
      '5.',
      '',
      'Ecol. Evol. 7, 151–154. (doi:10.1016/0169-5347(92)90208-S)',
      'Holm RD, Park GA. 1997 A theoretical framework for intraguild predation. Am. Nat. 149, 745–764.',
      'Vance HD, Rose JA. 2007 The influence of intraguild predation on prey suppression. Ecology 88,',
      '2689–2696.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual([
      '1: Cole S. 198',
      '2: Park GA, Ma',
      '3: Park GA, Ho',
      '4: Holm RD, Pa',
      '5: Vance HD, R',
    ]);
  });

  it('reads the labels on the entries own lines where the list goes on with them', () => {
    const list = [
      '1.',
      '2.',
      '3.',
      '',
      'Ross SR. 1908 Report on the prevention of malaria. London, UK: Waterlow.',
      'WHO. 1957 Expert Committee on Malaria, sixth report. Technical Report Series 123, Geneva.',
      'Alonso PL et al. 2011 A research agenda for malaria eradication. PLoS Med. 8, e1000397.',
      '(doi:10.1371/journal.pmed.1000397)',
      '',
      '4. Michael E, Bundy DAP. 1997 Global mapping of lymphatic filariasis. Parasitol. Today 13,',
      '472–476.',
      '5. Ottesen EA. 2006 Lymphatic filariasis: treatment, control and elimination. Adv. Parasitol.',
      '61, 395–441.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual([
      '1: Ross SR. 19',
      '2: WHO. 1957 E',
      '3: Alonso PL e',
      '4: 4. Michael ',
      '5: 5. Ottesen ',
    ]);
  });

  it('numbers no entry of a run whose entries and labels do not count alike', () => {
    const list = [
      '1.',
      '2.',
      '3.',
      '',
      'Abel, J.-M.; Berg, C. Mimivirus and its virophage. Annu. Rev. Genet. 2009, 43, 49–66. [CrossRef]',
      'Moss, S.; Lind, D. Virophages of giant viruses: an update. Viruses 2019, 11, 733. [CrossRef]',
      '',
      '4.',
      '',
      'Dorn, S.; Fisk, M.G. Five features of virophages. PLoS Pathog. 2019, 15, e1007592.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual(['-: Abel, J.-M.', '4: Dorn, S.; F']);
  });

  it('cuts them only where a line ends with a DOI or a PubMed id when cutting at each sentence end overshoots', () => {
    const list = [
      '1.',
      '2.',
      '3.',
      '',
      'Zimmermann MB, Hurrell RF. Nutritional iron deficiency. Lancet 2007;370:511e20.',
      '(PMID: 17693180), doi: 10.1016/S0140-6736(07)61235-5.',
      'World Health Organization. Control of iron deficiency anaemia in South-East Asia.',
      'Report of an intercountry workshop. http://whqlibdoc.who.int/searo/1994-99/',
      'SEA_NUT_134.pdf (accessed 1995).',
      'Moher D, Cook DJ. Improving the quality of reports. Lancet 1999;354:1896e900 (PMID: 10584742).',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 16))).toEqual([
      '1: Zimmermann MB',
      '2: World Health ',
      '3: Moher D, Cook',
    ]);
  });

  it('counts a label the normaliser dropped as a page number, and cuts at an access date or a page range', () => {
    // pdftotext: `7` alone between blank lines is gone (taken for a page number) before the list is read.
    const list = [
      '1',
      'Miller G, Valente C. Population policy. Demography 2016; 53: 979–1009.',
      '2',
      'Planned Parenthood Foundation. Why we will not sign. January, 2017. (accessed April 25, 2018).',
      '',
      '',
      '4',
      '5',
      '6',
      '',
      'Marie Stopes International. The Mexico City Policy. Online.',
      '(accessed April 25, 2018).',
      'Kaiser Family Foundation. The Mexico City Policy: an explainer. June, 2017.',
      'Jones KM. Contraceptive supply and fertility outcomes: evidence',
      'from Ghana. Econ Dev Cult Change 2015; 64: 31–69.',
      'ICF International. Demographic and Health Surveys. (accessed Jan 3, 2018).',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 16))).toEqual([
      '1: Miller G, Val',
      '2: Planned Paren',
      '3: Marie Stopes ',
      '4: Kaiser Family',
      '5: Jones KM. Con',
      '6: ICF Internati',
    ]);
  });

  it('reads a list by its labels where most stand alone above their entries and some open them', () => {
    const list = [
      '[1]',
      '',
      'S. D. Drell and T.-M. Yan,',
      'Massive Lepton-Pair Production in Hadron-Hadron Collisions at High Energies,',
      'Phys. Rev. Lett. 25 (1970) 316.',
      '',
      '[2]',
      '',
      'ATLAS Collaboration, Precise measurements of W- and Z-boson transverse momentum spectra',
      '√',
      'with the ATLAS detector using pp collisions at s = 5.02 TeV and 13 TeV,',
      'Eur. Phys. J. C 84 (2024) 1126, arXiv: 2404.06204 [hep-ex].',
      '',
      '40',
      '',
      '[3]',
      '',
      'ATLAS Collaboration, Measurement of vector boson production cross sections and their ratios',
      '√',
      'using pp collisions at s = 13.6 TeV with the ATLAS detector, Phys. Lett. B 854 (2024) 138725.',
      '',
      '[4] CMS Collaboration, Measurement of the inclusive cross sections for W and Z boson production in',
      '√',
      'proton-proton collisions at s = 5.02 and 13 TeV, 2024, arXiv: 2408.03744 [hep-ex].',
      '[5]',
      '',
      'LHCb collaboration,',
      '√',
      'Measurement of the forward Z boson production cross-section in pp collisions at s = 13 TeV,',
      'JHEP 09 (2016) 136, arXiv: 1607.06495.',
    ].join('\n');
    const read = entries(list);
    expect(read.map((e) => e.slice(0, 22))).toEqual([
      '1: [1] S. D. Drell and',
      '2: [2] ATLAS Collabora',
      '3: [3] ATLAS Collabora',
      '4: [4] CMS Collaborati',
      '5: [5] LHCb collaborat',
    ]);
    expect(read[1]).toMatch(/arXiv: 2404\.06204 \[hep-ex\]\.$/);
  });

  it('numbers entries whose labels pdftotext set apart, a page of labels before its entries', () => {
    const list = [
      '1.',
      '',
      '2.',
      '',
      '3.',
      '',
      'Rubenfeld GD, Caldwell E, Peabody E. Incidence and outcomes of acute lung',
      'injury. N Engl J Med. 2005;353(16):1685–93.',
      'Zambon M, Vincent JL. Mortality rates for patients with acute lung injury',
      'have decreased over time. Chest. 2008;133(5):1120–1127.',
      'Crader KM, Repine JE. Breath biomarkers and the acute respiratory distress',
      'syndrome. J Pulmon Respir Med. 2012;2(1):111.',
      '',
      '6446',
      '4.',
      '',
      '5.',
      '',
      'Herridge MS, Tansey CM. Functional disability 5 years after acute respiratory',
      'distress syndrome. N Engl J Med. 2011;364:1293–304.',
      'Mikkelsen ME, Christie JD. The adult respiratory distress syndrome cognitive',
      'outcomes study. Am J Respir Crit Care Med. 2012;185(12):1307–15.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 15))).toEqual([
      '1: Rubenfeld GD',
      '2: Zambon M, Vi',
      '3: Crader KM, R',
      '4: Herridge MS,',
      '5: Mikkelsen ME',
    ]);
    // A page whose labels are one too few for the entries read: its entries get no number that
    // may be another's; the other page's keep theirs.
    const short = list.replace('5.', '');
    expect(entries(short).map((e) => e.slice(0, 3))).toEqual(['1: ', '2: ', '3: ', '-: ', '-: ']);
  });

  it('numbers entries each under its label on a line of its own', () => {
    const list =
      '[1]\n\nS. D. Drell and T.-M. Yan,\nMassive Lepton-Pair Production at High Energies,\nPhys. Rev. Lett. 25 (1970) 316.\n\n[2]\n\nC. Duhr, F. Dulat and B. Mistlberger, Charged current Drell-Yan production,\nJHEP 11 (2020) 143.';
    expect(entries(list).map((e) => e.slice(0, 12))).toEqual(['1: S. D. Dre', '2: C. Duhr, ']);
  });

  it('keeps the last entry’s tail set past a blank line after a journal’s abbreviation', () => {
    const list = [
      '7. Godwin, D. & Marois, R. Breakdown of network modularity. PNAS 112, 3799–3804 (2015).',
      '8. Blondel, V. D. & Lefebvre, E. Fast unfolding of communities in large networks. J. Stat.',
      '',
      'Mech. Theory Exp. 2008, P10008 (2008).',
      '',
      'LaTeX formats citations and references automatically using the records in your file.',
    ].join('\n');
    const run = splitReferenceLines(lines(list), 0);
    expect(run.entries.map((e) => e.lines.join(' ')).at(-1)).toMatch(
      /J\. Stat\. Mech\. .*\(2008\)\.$/,
    );
    expect(run.entries).toHaveLength(2);
  });

  it('ends the list before running text after an entry that has its year', () => {
    const list =
      '8. Blondel, V. D. & Lefebvre, E. Fast unfolding. J. Stat. Mech. 2008, P10008 (2008).\n\nNature Methods 2019 asks authors to cite data.';
    expect(splitReferenceLines(lines(list), 0).entries).toHaveLength(1);
  });

  it('keeps a URL broken before its path with its entry across a blank line (SAGE)', () => {
    const list = [
      'ACLED (2023) ACLED CAST methodology. Armed',
      '   Conflict Location and Event Data (ACLED). Available at:',
      '   https://acleddata.com/acleddatanew/wp-content/uploads',
      '',
      '/dlm_uploads/2023/07/ACLED-CAST-Methodology-',
      '   %E2%80%93-July-2023.pdf (accessed 11 February 2025).',
      '',
      'Axelrod RM (1990) The Evolution of Cooperation. London,',
      '   New York: Penguin Books.',
    ].join('\n');
    const run = splitReferenceLines(lines(list), 0);
    expect(run.entries.map((e) => e.lines[0])).toEqual([
      'ACLED (2023) ACLED CAST methodology. Armed',
      'Axelrod RM (1990) The Evolution of Cooperation. London,',
    ]);
  });

  it('sets MNRAS’s closing line about typesetting apart from the last entry', () => {
    const list =
      'Tuinstra F., Koenig J. L., 1970, J. Chem. Phys., 53, 1126\nvan Dishoeck E. F., 2019, Proc. Int. Astron. Union, 15, 3\n\nThis paper has been typeset from a TEX/LATEX file prepared by the author.';
    const run = splitReferenceLines(lines(list), 0);
    expect(run.entries).toHaveLength(2);
    expect(run.notes).toEqual([
      'This paper has been typeset from a TEX/LATEX file prepared by the author.',
    ]);
  });

  it('ends an author-year list at a chart’s labels set under it', () => {
    const list =
      'Valdes, F. 2015, ASPC, 495, 95\nWerner, S. C., Harris, A. W., & Ivanov, B. A.\n\n2002, Icarus, 156, 287\n\n80\n\n60\n\n40\n\n0\n18 20 22 24\nV magnitude\n8000\ndetected objects\n\nHarris & D’Abramo (2015)\nTrilling et al. (2017)';
    const run = splitReferenceLines(lines(list), 0);
    expect(run.entries.map((e) => e.lines.join(' '))).toEqual([
      'Valdes, F. 2015, ASPC, 495, 95',
      'Werner, S. C., Harris, A. W., & Ivanov, B. A. 2002, Icarus, 156, 287',
    ]);
  });

  it('ends an author-year list at a log axis’s powers (`10²`) of a figure set over its columns', () => {
    const list =
      'Debattista, V. P., & Sellwood, J. A. 1998, ApJL, 493, L5,\ndoi: 10.1086/311118\n\n10²\n\n10¹\n\n10⁰\n\n10⁻¹\n0 2\n\nt [ Gyr ]\n\nKalberla & Dedes (2008)\nEvans et al. (2022)\n\n4 6 8 10\nR [ kpc ]';
    const run = splitReferenceLines(lines(list), 0);
    expect(run.entries.map((e) => e.lines.join(' '))).toEqual([
      'Debattista, V. P., & Sellwood, J. A. 1998, ApJL, 493, L5, doi: 10.1086/311118',
    ]);
  });

  it('reads a bare-numbered list whose first entry names no person (the Lancet)', () => {
    const list =
      '1 The White House. Memorandum for the Acting Administrator of\nthe Agency for International Development. January, 1993.\n2 Bendavid E, Avila P, Miller G. United States aid policy and induced\nabortion in sub-Saharan Africa. Bull World Health Organ 2011; 89: 873–80.';
    expect(entries(list).map((e) => e.slice(0, 6))).toEqual(['1: 1 T', '2: 2 B']);
  });

  it('splits an MNRAS list: initials after the surname, an entry ending at its volume and page', () => {
    const list =
      'Pal S. K., 2015, Carbon N. Y., 88, 86\nPascoli G., Polleux A., 2000, Astron. Astrophys., 359, 799\nGadallah K. A. K., Mutschke H., Jäger C., 2011, Astron. Astrophys. Suppl.\n\nSer., 528, A56\nGavilan Marin L., Bejaoui S., Haggmark M., de Vries M.,\nSciamma-O’Brien E., Salama F., 2020, Astrophys. J., 889, 101\nBrown M. J. I., et al., 2014, ApJS, 212, 18\nHerrero V. J., Tanarro I., 2022, Front. Astron. Space Sci., 9, 1083288\nHodoroaba B., Gerber I. C., 2018, Mon. Not. R. Astron. Soc., 481, 2841\nSantoro G., et al., 2020, Astrophys. J., 895\nSchultrich B., 2018, in Springer series in materials science. Springer, Berlin';
    expect(entries(list)).toEqual([
      '-: Pal S. K., 2015, Carbon N. Y., 88, 86',
      '-: Pascoli G., Polleux A., 2000, Astron. Astrophys., 359, 799',
      '-: Gadallah K. A. K., Mutschke H., Jäger C., 2011, Astron. Astrophys. Suppl. Ser., 528, A56',
      '-: Gavilan Marin L., Bejaoui S., Haggmark M., de Vries M., Sciamma-O’Brien E., Salama F., 2020, Astrophys. J., 889, 101',
      '-: Brown M. J. I., et al., 2014, ApJS, 212, 18',
      '-: Herrero V. J., Tanarro I., 2022, Front. Astron. Space Sci., 9, 1083288',
      '-: Hodoroaba B., Gerber I. C., 2018, Mon. Not. R. Astron. Soc., 481, 2841',
      '-: Santoro G., et al., 2020, Astrophys. J., 895',
      '-: Schultrich B., 2018, in Springer series in materials science. Springer, Berlin',
    ]);
  });

  it('sets a note under the heading, before entry 1, apart from the entries', () => {
    const list =
      'Papers of special note have been highlighted as either of interest (•) or of\nconsiderable interest (••) to readers.\n\n1. Rees F, Doherty M, Grainge MJ, et al. The worldwide incidence of lupus.\nRheumatology. 2017;56:1945–1961.\n2. Vymetal J, Skacelova M. Emergency situations in rheumatology. Lupus. 2016;25:1–9.';
    const run = splitReferenceLines(lines(list), 0);
    expect(run.notes).toEqual([
      'Papers of special note have been highlighted as either of interest (•) or of\nconsiderable interest (••) to readers.',
    ]);
    expect(run.entries.map((e) => e.number)).toEqual(['1', '2']);
    // As pdftotext writes it: no blank line between the note and entry 1.
    const tight = splitReferenceLines(lines(list.replace('readers.\n\n1.', 'readers.\n1.')), 0);
    expect(tight.notes).toEqual(run.notes);
    expect(tight.entries.map((e) => e.number)).toEqual(['1', '2']);
  });

  it('sets an equation’s number read between the heading and entry 1 apart from the entries', () => {
    const list = [
      '(19)',
      '1. Dorfler, F., Simpson-Porco, J. W. & Bullo, F. Electrical networks and algebraic graph theory,',
      '',
      'DOI: 10.1109/JPROC.2018.2821924 (2018).',
      '2. Newman, M. Networks: An Introduction (2010).',
      '3. Brandes, U. & Fleischer, D. Centrality measures based on current flow. LNCS 3404 (2005).',
    ].join('\n');
    const run = splitReferenceLines(lines(list), 0);
    expect(run.notes).toEqual(['(19)']);
    expect(run.entries.map((e) => e.number)).toEqual(['1', '2', '3']);
  });

  it('keeps an entry’s tail in lower case after a blank line where the entry stopped mid-title', () => {
    const list =
      '[25] L. Liu and K. Orginos, Interactions of charmed mesons with light\n\npseudoscalar mesons from lattice QCD and implications\non the nature of the Ds0(2317), Phys. Rev. D87, 014508\n(2013), arXiv:1208.4535 [hep-lat].\n[26] E. B. Gregory, Confirmation of an exotic state, (2021), arXiv:2106.15391 [hep-ph].';
    expect(entries(list, { headingless: true, expected: 25 }).map((e) => e.slice(0, 8))).toEqual([
      '25: [25]',
      '26: [26]',
    ]);
  });

  it('keeps a footnote’s second line with the note inside a list, and the entry’s tail after it', () => {
    const list =
      '[28] M. Y. Barabanov et al., Diquark correlations in hadron\nphysics: Origin, impact and evidence, Prog. Part. Nucl.\n\n² At higher energies, there could be more states generated with\nthe pNG bosons replaced by the light vector mesons [18, 38, 39].\n\nPhys. 116, 103835 (2021), arXiv:2008.07630 [hep-ph].\n[29] L. Maiani and V. Riquer, Open charm tetraquarks, Phys. Rev. D 110, 034014 (2024).';
    const run = splitReferenceLines(lines(list), 0, { headingless: true, expected: 28 });
    expect(run.notes).toHaveLength(1);
    expect(run.entries.map((e) => e.lines.join(' '))).toEqual([
      '[28] M. Y. Barabanov et al., Diquark correlations in hadron physics: Origin, impact and evidence, Prog. Part. Nucl. Phys. 116, 103835 (2021), arXiv:2008.07630 [hep-ph].',
      '[29] L. Maiani and V. Riquer, Open charm tetraquarks, Phys. Rev. D 110, 034014 (2024).',
    ]);
  });

  it('keeps an entry’s tail of two lines cut off by a blank line in a list with no heading', () => {
    const list =
      '[22] N. Lang and D. J. Wilson, Axial-vector D1 hadrons in D*π scattering from QCD, Phys.\n\nRev. Lett. 129, 252001 (2022), arXiv:2205.05026 [hep-\nph].\n[23] S. Navas et al., Review of Particle Physics, Phys. Rev. D 110, 030001 (2024).';
    expect(entries(list, { headingless: true, expected: 22 })).toEqual([
      '22: [22] N. Lang and D. J. Wilson, Axial-vector D1 hadrons in D*π scattering from QCD, Phys. Rev. Lett. 129, 252001 (2022), arXiv:2205.05026 [hep- ph].',
      '23: [23] S. Navas et al., Review of Particle Physics, Phys. Rev. D 110, 030001 (2024).',
    ]);
  });

  it('keeps the rest of an author list a column break cut after an initial with its entry in a list with no heading (APS)', () => {
    // Physical Review Letters sets its list with no heading; a column ends mid-author list
    // (`… and P. S.`), and the next column goes on with the last author, the rest of the entry
    // over several lines, then `[8]`.
    const list =
      '[7] J. A. Armstrong, N. Bloembergen, J. Ducuing, and P. S.\n\nPershan, Phys. Rev. 127, 1918 (1962); Y. R. Shen, The\nPrinciples of Non-linear Optics (Wiley, New York, 1984);\nP. N. Butcher and D. Cotter, The Elements of Non-linear\nOptics (Cambridge University Press, Cambridge, England,\n1990).\n[8] N. Ben-Tal and A. Beswick, J. Phys. B 26, 3017 (1993).';
    expect(entries(list, { headingless: true, expected: 7 }).map((e) => e.slice(0, 22))).toEqual([
      '7: [7] J. A. Armstrong',
      '8: [8] N. Ben-Tal and ',
    ]);
  });

  it('ends an AAS entry at its volume and page with no stop after them', () => {
    const list =
      'Depoy, D. L., Abbott, T., Annis, J. et al. 2008, SPIE, 7014,\n0E\nHarris, A. W. & D’Abramo, G. 2015, Icarus, 257, 302\nHarris, A. W., Boslough, M., Chapman, C. R., et al. 2015,\nin Asteroids IV (Univ. Arizona Press, Tucson), 835\nJeongAhn, Y., Malhotra, R., Werner, S., et al. 2016, BAAS,\n#48, 215.07\nMainzer et al. 2011, ApJ, 741, 90\nMainzer et al. 2014, ApJ, 792, 30';
    expect(entries(list)).toEqual([
      '-: Depoy, D. L., Abbott, T., Annis, J. et al. 2008, SPIE, 7014, 0E',
      '-: Harris, A. W. & D’Abramo, G. 2015, Icarus, 257, 302',
      '-: Harris, A. W., Boslough, M., Chapman, C. R., et al. 2015, in Asteroids IV (Univ. Arizona Press, Tucson), 835',
      '-: JeongAhn, Y., Malhotra, R., Werner, S., et al. 2016, BAAS, #48, 215.07',
      '-: Mainzer et al. 2011, ApJ, 741, 90',
      '-: Mainzer et al. 2014, ApJ, 792, 30',
    ]);
  });

  it('ends an AAS entry at the status of a work not yet published', () => {
    const list =
      'Tricarico, P. 2017, Icarus, 284, 416\nTrilling et al. 2017, AJ, submitted\nWainscoat, R., Veres, P., Bolin, B., et al. 2014, in\nAsteroids, Comets, Meteors (Helsinki, Finland), 595\nDoe, J. 2019, MNRAS, in press\nRoe, K. 2020, ApJ, 741, 90';
    expect(entries(list)).toEqual([
      '-: Tricarico, P. 2017, Icarus, 284, 416',
      '-: Trilling et al. 2017, AJ, submitted',
      '-: Wainscoat, R., Veres, P., Bolin, B., et al. 2014, in Asteroids, Comets, Meteors (Helsinki, Finland), 595',
      '-: Doe, J. 2019, MNRAS, in press',
      '-: Roe, K. 2020, ApJ, 741, 90',
    ]);
  });

  it.each([
    [
      '[1] entries wrapped over lines',
      '[1] Smith, J. One\ncontinues.\n\n[2] Doe, A. Two.',
      ['1: [1] Smith, J. One continues.', '2: [2] Doe, A. Two.'],
    ],
    [
      '1. entries',
      '1. Smith, J. One.\n2. Doe, A.\nTwo.',
      ['1: 1. Smith, J. One.', '2: 2. Doe, A. Two.'],
    ],
    [
      '1) entries',
      '1) Smith, J. One.\n2) Doe, A. Two.',
      ['1: 1) Smith, J. One.', '2: 2) Doe, A. Two.'],
    ],
    [
      'a wrapped line that starts with a year and a dot',
      '1. Smith, J. One, Venue,\n2013. Pages.\n2. Doe, A. Two.',
      ['1: 1. Smith, J. One, Venue, 2013. Pages.', '2: 2. Doe, A. Two.'],
    ],
    [
      'an entry joined across a stray blank line',
      '[1] Smith, J. One of the\n\nbest books.\n[2] Doe, A. Two.',
      ['1: [1] Smith, J. One of the best books.', '2: [2] Doe, A. Two.'],
    ],
    [
      'author-year entries one per paragraph',
      'Smith, J. (2019). One\nwraps.\n\nDoe, A. (2020). Two.',
      ['-: Smith, J. (2019). One wraps.', '-: Doe, A. (2020). Two.'],
    ],
    [
      'author-year entries with hanging indents',
      'Smith, J. (2019). One that\n    wraps twice and\n    ends.\nDoe, A. (2020). Two.\n    More.',
      ['-: Smith, J. (2019). One that wraps twice and ends.', '-: Doe, A. (2020). Two. More.'],
    ],
    [
      'author-year entries with no blank lines or indents',
      'Smith, J. (2019). One that\nwraps. Venue.\nDoe, A. (2020). Two.\nvan Dijk, T. (2001). Three.',
      [
        '-: Smith, J. (2019). One that wraps. Venue.',
        '-: Doe, A. (2020). Two.',
        '-: van Dijk, T. (2001). Three.',
      ],
    ],
    [
      'a list keyed by author and year, two entries on one line and one wrapped',
      '[Lin and Pantel, 2001] D. Lin and P. Pantel. Discovery of rules. In Proc. of KDD, 2001. [Ngai and Florian, 2001] G. Ngai and R. Florian.\nTransformation-based learning. In Proc. of NAACL, pages 40–47, 2001.\n[Riloff, 1996] E. Riloff. Patterns [see Brin, 1998] from text. In Proc. of AAAI, 1996.',
      [
        '-: [Lin and Pantel, 2001] D. Lin and P. Pantel. Discovery of rules. In Proc. of KDD, 2001.',
        '-: [Ngai and Florian, 2001] G. Ngai and R. Florian. Transformation-based learning. In Proc. of NAACL, pages 40–47, 2001.',
        '-: [Riloff, 1996] E. Riloff. Patterns [see Brin, 1998] from text. In Proc. of AAAI, 1996.',
      ],
    ],
    [
      'an alpha-keyed list',
      '[GJ79] M. Garey and D. Johnson. Computers and\nIntractability. Freeman, 1979. [Knu84] D. Knuth. The TeXbook. 1984.',
      [
        '-: [GJ79] M. Garey and D. Johnson. Computers and Intractability. Freeman, 1979.',
        '-: [Knu84] D. Knuth. The TeXbook. 1984.',
      ],
    ],
    [
      'AAAI entries whose authors are separated by semicolons, with no blank lines or indents',
      'Hashimoto, T. B.; Guu, K.; and Liang, P. 2018. A\nRetrieve-and-Edit Framework. In Proceedings of NeurIPS.\nHassan, S.; Csomai, A.; and Mihalcea,\nR. 2007. UNT: SubFinder. In Proceedings of SemEval.',
      [
        '-: Hashimoto, T. B.; Guu, K.; and Liang, P. 2018. A Retrieve-and-Edit Framework. In Proceedings of NeurIPS.',
        '-: Hassan, S.; Csomai, A.; and Mihalcea, R. 2007. UNT: SubFinder. In Proceedings of SemEval.',
      ],
    ],
    [
      'an ACL author list cut after a middle initial, with blank lines between all lines',
      'Tal August, Lucy Lu Wang, Jonathan Bragg, Marti A.\n\nHearst, Andrew Head, and Kyle Lo. 2023. Paper\n\nplain. In Proceedings of CHI.\n\nKyle Lo and Ann Roe. 2020. Two. In Proceedings of ACL.',
      [
        '-: Tal August, Lucy Lu Wang, Jonathan Bragg, Marti A. Hearst, Andrew Head, and Kyle Lo. 2023. Paper plain. In Proceedings of CHI.',
        '-: Kyle Lo and Ann Roe. 2020. Two. In Proceedings of ACL.',
      ],
    ],
  ])('splits %s', (_name, text, expected) => {
    expect(entries(text)).toEqual(expected);
  });

  // One entry per line, no blank lines and no hanging indent: a line that ends an entry (a
  // sentence end, a DOI or URL, a page range, a year in parentheses) followed by a line that opens
  // like an entry head (a surname and initials, `Surname, Given.`, a corporate author and its year).
  it.each([
    [
      'an entry ending with a DOI',
      'Bago, B., & Rand, D. G. (2019). Fake news. Nature, 3(1), 1-10. https://doi.org/10.1038/s41562-018-0506-1\nSmith, J. (2019). Title.',
      [
        '-: Bago, B., & Rand, D. G. (2019). Fake news. Nature, 3(1), 1-10. https://doi.org/10.1038/s41562-018-0506-1',
        '-: Smith, J. (2019). Title.',
      ],
    ],
    [
      'an entry ending with a bare doi: identifier',
      'Bago, B. (2019). Fake news. doi:10.1038/s41562-018-0506-1\nSmith, J. (2019). Title.',
      [
        '-: Bago, B. (2019). Fake news. doi:10.1038/s41562-018-0506-1',
        '-: Smith, J. (2019). Title.',
      ],
    ],
    [
      'an entry ending with a URL',
      'Bago, B. (2019). Fake news. Retrieved from https://example.org/news\nSmith, J. (2019). Title.',
      [
        '-: Bago, B. (2019). Fake news. Retrieved from https://example.org/news',
        '-: Smith, J. (2019). Title.',
      ],
    ],
    [
      'an entry ending with a page range and no period',
      'Bago, B. (2019). Fake news. Nature, 3(1), 400–410\nSmith, J. (2019). Title.',
      ['-: Bago, B. (2019). Fake news. Nature, 3(1), 400–410', '-: Smith, J. (2019). Title.'],
    ],
    [
      'an entry ending with a year in parentheses',
      'Bago B. Fake news. Nature 3, 1 (2019)\nSmith, J. (2019). Title.',
      ['-: Bago B. Fake news. Nature 3, 1 (2019)', '-: Smith, J. (2019). Title.'],
    ],
    [
      'heads with several authors, particles and apostrophes',
      "Bago, B. (2019). One. https://doi.org/10.1/a\nSmith, J. A., & Other, J. (2019). Two. https://doi.org/10.1/b\nvan der Berg, A. (2020). Three. https://doi.org/10.1/c\nO'Neil, P. (2017). Four.",
      [
        '-: Bago, B. (2019). One. https://doi.org/10.1/a',
        '-: Smith, J. A., & Other, J. (2019). Two. https://doi.org/10.1/b',
        '-: van der Berg, A. (2020). Three. https://doi.org/10.1/c',
        "-: O'Neil, P. (2017). Four.",
      ],
    ],
    [
      'a link broken mid-word, where a zero-width space let it break (Wiley), its rest alone on a line',
      'Bassi, S. (2007). A primer on python. PLoS Comput. Biol., 3(11), e199. https://doi.org/10.1371/journ\nal.pcbi.0030199\nBeck, K. (2003). Test-driven development: By example. Addison-Wesley\nProfessional.',
      [
        '-: Bassi, S. (2007). A primer on python. PLoS Comput. Biol., 3(11), e199. https://doi.org/10.1371/journ al.pcbi.0030199',
        '-: Beck, K. (2003). Test-driven development: By example. Addison-Wesley Professional.',
      ],
    ],
    [
      'a corporate author followed by its year',
      'Bago, B. (2019). One. https://doi.org/10.1/a\nWorld Health Organization. (2019). Two.\nAmerican Psychological Association (2020). Three.',
      [
        '-: Bago, B. (2019). One. https://doi.org/10.1/a',
        '-: World Health Organization. (2019). Two.',
        '-: American Psychological Association (2020). Three.',
      ],
    ],
    [
      'MLA entries with full given names',
      'Bago, Bence. "Fake News." Nature, vol. 3, 2019, pp. 1-10.\nSmith, John, and Jane Doe. Reading Fast. Penguin, 2019.\nZhang, Li A. Margins. Press, 2013.',
      [
        '-: Bago, Bence. "Fake News." Nature, vol. 3, 2019, pp. 1-10.',
        '-: Smith, John, and Jane Doe. Reading Fast. Penguin, 2019.',
        '-: Zhang, Li A. Margins. Press, 2013.',
      ],
    ],
  ])('starts a new entry after %s', (_name, text, expected) => {
    expect(entries(text)).toEqual(expected);
  });

  it.each([
    [
      'a place and publisher after a period',
      'Lee, K. (2021). Sharing. In Proceedings of the Conference.\nNew York, NY: ACM Press.',
    ],
    [
      'a place with initials after a period',
      'Lee, K. (2021). Publication manual (7th ed.).\nWashington, D.C.: APA.',
    ],
    [
      'a place and country after a page range',
      'Lee, K. (2021). Sharing. In Proceedings, 1-10\nLondon, England: Routledge.',
    ],
    [
      'a title word and a comma after a DOI-like line',
      'Lee, K. (2021). Sharing. https://doi.org/10.1234/abc\nReading, Writing, and Arithmetic. Press.',
    ],
    [
      'a publisher and year closing an entry wrapped onto the next line',
      'Lee, K. (2019). A book on reading in the margins of old books, second edition.\nCambridge University Press. 2019.',
    ],
    [
      'an author list wrapped after an initial',
      'Anderson, A. B., Brown, C. D., Clark, E. F., Davis, G. H.\nEvans, I. J., & Fisher, K. L. (2019). Title.',
    ],
    [
      'a continuation starting with a lowercase word after a DOI',
      'Lee, K. (2021). Sharing. https://doi.org/10.1/abc\nand more.',
    ],
  ])('keeps %s in one entry', (_name, text) => {
    expect(entries(text)).toEqual([`-: ${text.replace('\n', ' ')}`]);
  });

  it('splits a one-per-line list after a blank line that follows a DOI', () => {
    expect(
      entries(
        'Bago, B. (2019). One. https://doi.org/10.1/a\n\nWorld Health Organization. (2019). Two.',
      ),
    ).toEqual([
      '-: Bago, B. (2019). One. https://doi.org/10.1/a',
      '-: World Health Organization. (2019). Two.',
    ]);
  });

  it('reads a headed `[n]` list whose columns pdftotext read out of order, each label its entry', () => {
    const list = [
      '[1] Dewing CB, Provencher MT. Lumbar microdiscectomy. Spine 2008;33:33–8.',
      '[2] Kumar R, Kumar V. Adolescent lumbar disc disease: findings and outcome in',
      '',
      'Bai et al. Medicine (2021) 100:9',
      '[54] Yao Y, Zhang H. Minimally invasive lumbar interbody fusion. Pain Physician',
      '2020;23:E601–8.',
      '[55] Chen Z, Zhang L. Percutaneous endoscopic discectomy. Orthop Surg 2018;10:1–9.',
      '[45] Yao Y, Wu J. Comparison of three spine surgeries. Spine 2016;41:E1–9.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 14))).toEqual([
      '1: [1] Dewing ',
      '2: [2] Kumar R',
      '54: [54] Yao Y',
      '55: [55] Chen ',
      '45: [45] Yao Y',
    ]);
  });

  it('stops at a paragraph after a blank line that is not part of the last entry', () => {
    const run = splitReferenceLines(lines('[1] A. One.\n[2] B. Two.\n\nFigure 1: A caption.'), 0);
    expect(run.entries).toHaveLength(2);
    expect(run.next).toBe(2);
  });

  it.each([
    [
      'a lettered appendix heading standing alone',
      'Smith, J. (2019). One.\n\nA. Partitioned vs. unpartitioned algorithms\n\nThis appendix considers.',
    ],
    [
      "the authors' affiliations",
      'Smith, J. (2019). One.\n\nAffiliation:\n\nJane Doe, University.',
    ],
    [
      'a numbered section heading standing alone',
      'Smith, J. (2019). One.\n\n5 Discussion\n\nWe found.',
    ],
  ])('ends an author-year list at %s', (_name, text) => {
    expect(entries(text)).toEqual(['-: Smith, J. (2019). One.']);
  });

  it('keeps a one-line entry that opens with an initial in the list', () => {
    expect(
      entries(
        'Smith, J. (2019). One.\n\nA. Doe and B. Roe. 2020. Two.\n\nZhang, L. (2021). Three.',
      ),
    ).toHaveLength(3);
  });

  it.each([
    [
      'the book an entry is in, after a column break',
      'Bates DM, DebRoy S (2003). "Converting to S4."\n\nIn K Hornik (eds.), "Proceedings," Vienna.',
    ],
    [
      'a publisher with no year, after a page break',
      'R Core Team (2006). R: A Language.\n\nR Foundation for Statistical Computing, Vienna.',
    ],
  ])('joins %s to its entry', (_name, text) => {
    expect(entries(text)).toEqual([`-: ${text.replace('\n\n', ' ')}`]);
  });

  it('starts an entry at a Vancouver head with a particle and the year after the initials', () => {
    expect(
      entries(
        'Godfrey K (1983). Models.\n\nvan Stokkum IHM (1997). Precision.\n\nvan Stokkum IHM, Lozier RH (2002). Target.',
      ),
    ).toEqual([
      '-: Godfrey K (1983). Models.',
      '-: van Stokkum IHM (1997). Precision.',
      '-: van Stokkum IHM, Lozier RH (2002). Target.',
    ]);
  });

  it('starts a Vancouver entry whose first author has hyphenated initials (`Kao K-C, Hu H-C, …`)', () => {
    // The list's labels stood apart (`4.`, `5.`, `6.`), so nothing but the head tells where each
    // entry starts: the one under `Thille AW` must not be read as its tail.
    const list = [
      'Thille AW, Esteban A, Fernandez-Segoviano P, Rodriguez JM,',
      'Aramburu JA, Penuelas O, et al. Comparison of the Berlin definition. Am J',
      'Respir Crit Care Med. 2013;187(7):761–7.',
      'Kao K-C, Hu H-C, Chang C-H, Hung C-Y, Chiu L-C, Li S-H,',
      'et al. Diffuse alveolar damage associated mortality in selected',
      'acute respiratory distress syndrome patients. Crit Care. 2015;19:228.',
      'Carpenter CT, Price PV, Christman BW. Exhaled breath condensate',
      'isoprostanes are elevated in patients with acute lung injury or',
      'ARDS. Chest. 1998;114(6):1653–9.',
    ].join('\n');
    expect(entries(list).map((e) => e.split(',')[0])).toEqual([
      '-: Thille AW',
      '-: Kao K-C',
      '-: Carpenter CT',
    ]);
  });

  it('starts an entry a meta-analysis marks with an asterisk (`*Bagci, S. C., …`), and keeps a DOI’s rest set apart with its entry', () => {
    const list = [
      '*Bagci, S. C., & Turnuklu, A. (2019). Intended, unintended, and unknown consequences of contact:',
      '',
      'The role of positive-negative contact on outgroup attitudes, collective action tendencies,',
      'and psychological well-being. Social Psychology, 50 (1), 7–23. https://doi.org/10.1027/',
      '',
      '         1864-9335/a000355',
      '',
      '*Bagci, S. C., Turnuklu, A., & Bekmezci, E. (2018a). Cross-group friendships and psychological',
      'well-being. British Journal of Social Psychology, 57 (4), 773–792. https:',
      '',
      '         //doi.org/10.1111/bjso.12267',
      '*Kim, T. Y. (2015). The influence of perceived racial discrimination on depressive symptoms.',
      'Lakens, D., Hilgard, J., & Staaks, J. (2016). On the reproducibility of meta-analyses. BMC',
      'Psychology, 4 (1), 24.',
    ].join('\n');
    const split = entries(list);
    expect(split.map((e) => e.slice(0, 24))).toEqual([
      '-: *Bagci, S. C., & Turn',
      '-: *Bagci, S. C., Turnuk',
      '-: *Kim, T. Y. (2015). T',
      '-: Lakens, D., Hilgard, ',
    ]);
    expect(split[0]).toMatch(/10\.1027\/ 1864-9335\/a000355$/);
    expect(split[1]).toMatch(/https: \/\/doi\.org\/10\.1111\/bjso\.12267$/);
  });

  it('ends an ACM entry at the rest of its DOI broken after a slash, the next entry under it', () => {
    const list = [
      'Dave Novak. 2003. Solder man. Video. In ACM SIGGRAPH 2003 Video Review on Animation theater',
      'Program: Part I - Vol. 145 (July 27–27, 2003). ACM Press, New York, NY, 4. DOI:http://dx.doi.org/',
      '99.9999/woot07-S422',
      'Barack Obama. 2008. A more perfect union. Video. (5 March 2008). Retrieved March 21, 2008 from',
      'http://video.google.com/videoplay?docid=6528042696351994555',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: Dave Novak. 2003. Sol',
      '-: Barack Obama. 2008. A',
    ]);
  });

  it('starts an entry headed by a key and its year (`Poker-Edge.Com. 2006.`) after an entry’s link or locator', () => {
    const list = [
      'Barack Obama. 2008. A more perfect union. Video. (5 March 2008). Retrieved March 21, 2008 from',
      'http://video.google.com/videoplay?docid=6528042696351994555',
      'Poker-Edge.Com. 2006. Stats and Analysis. (March 2006). Retrieved June 7, 2006 from',
      'http://www.poker-edge.com/stats.php',
      'Nordhaus, William D. 2006. “Geography and Macroeconomics.” PNAS 103 (10): 3510–17.',
      'PRIO. 2006. Armed Conflict Data Version 4. Available at http://new.prio.no/CSCW-Datasets/.',
      'Jane Doe. 2010. A study of things. Springer, Berlin. Lecture notes on how',
      'Springer 2008. changed its series.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 20))).toEqual([
      '-: Barack Obama. 200',
      '-: Poker-Edge.Com. 2',
      '-: Nordhaus, William',
      '-: PRIO. 2006. Armed',
      '-: Jane Doe. 2010. A',
    ]);
  });

  it('ends a numbered list at a paragraph under its last entry, though the entry ends with its database links', () => {
    const list = [
      '134. Williams, T.J.; Allen, M.A. Genome Analysis of an Endosymbiont. Front. Microbiol. 2021, 12, 674758. [CrossRef]',
      '',
      '135. Linz, A.M.; He, S. Freshwater Carbon and Nutrient Cycles. PeerJ 2018, 6, e6075. [CrossRef] [PubMed]',
      '',
      'Disclaimer/Publisher’s Note: The statements, opinions and data contained in all publications are solely those of the individual',
      'author(s) and contributor(s) and not of the publisher.',
    ].join('\n');
    expect(entries(list)).toEqual([
      '134: 134. Williams, T.J.; Allen, M.A. Genome Analysis of an Endosymbiont. Front. Microbiol. 2021, 12, 674758. [CrossRef]',
      '135: 135. Linz, A.M.; He, S. Freshwater Carbon and Nutrient Cycles. PeerJ 2018, 6, e6075. [CrossRef] [PubMed]',
    ]);
  });

  it('ends a numbered list at a paragraph under its last entry ending with a DOI, and goes on past an entry cut after an initial', () => {
    const list = [
      '8. Nchinda, A. T., Chibale, K., Redelinghuys, P. and Sturrock, E. D.',
      '',
      '(2006) Synthesis of novel keto-ACE analogues. Bioorg. Med. Chem. 14, 4616–4625',
      '9. Wason, P C 1960 On the failure to eliminate hypotheses in a conceptual task. Quarterly',
      'Journal of Experimental Psychology, 12: 129–140. DOI: http://dx.doi.org/10.1080/17470216008416717',
      '',
      'How to cite this article: Bigelow, E and Piantadosi, S T 2016 A Large Dataset of Generalization',
    ].join('\n');
    expect(entries(list)).toEqual([
      '8: 8. Nchinda, A. T., Chibale, K., Redelinghuys, P. and Sturrock, E. D. (2006) Synthesis of novel keto-ACE analogues. Bioorg. Med. Chem. 14, 4616–4625',
      '9: 9. Wason, P C 1960 On the failure to eliminate hypotheses in a conceptual task. Quarterly Journal of Experimental Psychology, 12: 129–140. DOI: http://dx.doi.org/10.1080/17470216008416717',
    ]);
  });

  it("goes on past a page number left on an entry's last line, though a lone number reads as a locator", () => {
    const list = [
      '[3] Rishi Bommasani, Drew A. Hudson, Neel Guha, Tatsunori Hashimoto,',
      '10',
      '',
      'Peter Henderson, John Hewitt, Daniel E. Ho, Jenny Hong, Kyle Hsu, Jing Huang, Thomas',
      'Icard, Saahil Jain, Dan Jurafsky, Pratyusha Kalluri, Siddharth Karamcheti, Geoff Keeling,',
      'Fereshte Khani, Omar Khattab, Pang Wei Koh, Mark Krass, Ranjay Krishna, Rohith Kuditipudi,',
      'Ananya Kumar, Faisal Ladhak, Mina Lee, Tony Lee, Jure Leskovec, Isabelle Levent, Xiang',
      'Lisa Li, Xuechen Li, Tengyu Ma, Ali Malik, Christopher D. Manning, Suvir Mirchandani, Eric',
      'Mitchell, and Percy Liang. On the Opportunities and Risks of Foundation',
      'Models. arXiv:2108.07258 [cs], August 2021.',
      '[4] Ilias Chalkidis and Nikolaos Aletras. Neural legal judgment prediction in English. 2019.',
    ].join('\n');
    expect(entries(list)).toEqual([
      '3: [3] Rishi Bommasani, Drew A. Hudson, Neel Guha, Tatsunori Hashimoto, 10 Peter Henderson, John Hewitt, Daniel E. Ho, Jenny Hong, Kyle Hsu, Jing Huang, Thomas Icard, Saahil Jain, Dan Jurafsky, Pratyusha Kalluri, Siddharth Karamcheti, Geoff Keeling, Fereshte Khani, Omar Khattab, Pang Wei Koh, Mark Krass, Ranjay Krishna, Rohith Kuditipudi, Ananya Kumar, Faisal Ladhak, Mina Lee, Tony Lee, Jure Leskovec, Isabelle Levent, Xiang Lisa Li, Xuechen Li, Tengyu Ma, Ali Malik, Christopher D. Manning, Suvir Mirchandani, Eric Mitchell, and Percy Liang. On the Opportunities and Risks of Foundation Models. arXiv:2108.07258 [cs], August 2021.',
      '4: [4] Ilias Chalkidis and Nikolaos Aletras. Neural legal judgment prediction in English. 2019.',
    ]);
  });

  it('ends the list at notes on its authors printed under it (a name, then a verb)', () => {
    const list = [
      'Wolkovich EM, Regetz J, O’Connor MI. 2012. Advances in global change research require open',
      'science by individual researchers. Global Change Biology 18: 2102–2110.',
      '',
      'Stephanie E. Hampton (s.hampton@wsu.edu) is affiliated with the Center for Environmental',
      'Research, Education and Outreach at Washington State University, in Pullman, since 2015.',
      '',
      'David Woods, Ph.D. is Professor in the Institute for Ergonomics at the Ohio State University.',
    ].join('\n');
    expect(entries(list)).toEqual([
      '-: Wolkovich EM, Regetz J, O’Connor MI. 2012. Advances in global change research require open science by individual researchers. Global Change Biology 18: 2102–2110.',
    ]);
  });

  it('ends the list at the article’s history ACM prints under it (`Received February 2007; revised …`)', () => {
    const list = [
      'G. Zhou, J. Lu, C.-Y. Wan, M. D. Yarvis, and J. A. Stankovic. 2008. Body Sensor Networks. MIT Press,',
      'Cambridge, MA.',
      '',
      'Received February 2007; revised March 2009; accepted June 2009',
    ].join('\n');
    expect(entries(list)).toEqual([
      '-: G. Zhou, J. Lu, C.-Y. Wan, M. D. Yarvis, and J. A. Stankovic. 2008. Body Sensor Networks. MIT Press, Cambridge, MA.',
    ]);
  });

  it('opens an entry at a SAGE head whose first surname is two words (`Della Porta D, Hall B, … (2018)`)', () => {
    const list = [
      'Della Porta D (2008) Research on social movements and',
      'political violence. Qualitative Sociology 31(3): 221–230.',
      'Della Porta D, Hall B, Poljarevic E, et al. (2018) Social',
      'Movements and Civil War. Abingdon: Routledge.',
      'Diz Pita E and Otero MV (2021) Predator–prey models: A review of some recent',
      'advances. Mathematics 9(15): 1783.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 22))).toEqual([
      '-: Della Porta D (2008',
      '-: Della Porta D, Hall',
      '-: Diz Pita E and Oter',
    ]);
  });

  it('keeps an ACS entry of several parts (`(7) (a) …; (b) …`) in a `(n)` list', () => {
    const list = [
      '(6) Frisch, M. J. et al. Gaussian 03. Gaussian, Inc.: Wallingford, CT, 2004.',
      '',
      '(7) (a) Johnson, A. L. 1-(Alkylsubstituted phenyl)imidazoles. US Patent 3637731, 1972; (b)',
      'Arduengo, A. J., III; Dias, H. V. R. J. Am. Chem. Soc. 1992, 114, 5530–5534.',
      '',
      '(8) This is a note. The text will be moved to the references section.',
    ].join('\n');
    expect(entries(list, { expected: 6 }).map((e) => e.slice(0, 9))).toEqual([
      '6: (6) Fr',
      '7: (7) (a',
      '8: (8) Th',
    ]);
  });

  it('ends the list at the paper’s own citation printed under it (Cambridge, Wiley, BMC)', () => {
    for (const lead of [
      'Cite this article:',
      'How to cite this article:',
      'Cite this article as:',
    ]) {
      const list = [
        'Vintsyuk, T. K. 1968. “Speech Discrimination by Dynamic Programming.” Cybernetics 4 (1): 52–57.',
        '',
        `${lead} Cao, J. and Chadefaux, T. (2025). Dynamic Synthetic Controls. Political Analysis 33, 18–31.`,
      ].join('\n');
      expect(entries(list).map((e) => e.slice(0, 12))).toEqual(['-: Vintsyuk,']);
    }
  });

  it('ends the list at the statements and history Frontiers prints under it (`Conflict of Interest Statement:`, `Received: 24 July 2014;`)', () => {
    const entry = [
      'Werdenich, D., and Huber, L. (2002). Social factors determine cooperation in',
      'marmosets. Anim. Behav. 64, 771–781. doi: 10.1006/anbe.2002.9001',
    ];
    const conflict = [
      ...entry,
      '',
      'Conflict of Interest Statement: The authors declare that the research was con-',
      'ducted in the absence of any commercial or financial relationships.',
    ].join('\n');
    const history = [
      ...entry,
      '',
      'Received: 24 July 2014; accepted: 21 December 2014; published online: 15 January',
      '2015.',
      'Citation: Range F and Virányi Z (2015) Tracking the evolutionary origins of dog-',
      'human cooperation. Front. Psychol. 5:1582. doi: 10.3389/fpsyg.2014.01582',
    ].join('\n');
    const expected = [`-: ${entry.join(' ')}`];
    expect(entries(conflict)).toEqual(expected);
    expect(entries(history)).toEqual(expected);
  });

  it('keeps APA 6’s last author after the ellipsis of a long author list in its entry (`Levine, J.,. . .` / `Ussher, M. (2014).`)', () => {
    const list = [
      'McClave, A. K., & Mokdad, A. H. (2009). Associations between smoking cessation and',
      'depression among U.S. adults. Addictive Behaviors, 34(6–7), 491–497.',
      '',
      'McPherson, K., Bronars, C., Patten, C., Decker, P., Hughes, C., Levine, J.,. . .',
      'Ussher, M. (2014). Understanding word preference for description of exer-',
      'cise interventions. Mental Health and Physical Activity, 7(2), 73–77.',
      '',
      'Nolan, K., Bronars, C., Patten, C., Decker, P., Hughes, C., Levine, J., …',
      '',
      'Ussher, M. (2015). Understanding word preference for description of exer-',
      'cise interventions. Mental Health and Physical Activity, 7(2), 73–77.',
      '',
      'Roe, A., Doe, B., Poe, C., Moe, D., Loe, E., Koe, F., … Zoe, G. (2015). A title. Journal, 1, 2–3.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: McClave, A. K., & Mok',
      '-: McPherson, K., Bronar',
      '-: Nolan, K., Bronars, C',
      '-: Roe, A., Doe, B., Poe',
    ]);
  });

  it('ends the list at the peer review F1000Research prints under it (`Open Peer Review`)', () => {
    const list = [
      'Xiao Y, Brown LP, Walker TI, et al.: Estimation of instantaneous rates of tag',
      'shedding for school shark. Fish Bull. 1999; 97(1): 170–184.',
      'Reference Source',
      '',
      'Open Peer Review',
      '',
      'Current Referee Status:',
      '',
      'Referee Report 29 January 2015',
      'Ann Roe Centre for Fisheries, James Cook University, Townsville, Australia',
    ].join('\n');
    expect(entries(list)).toEqual([
      '-: Xiao Y, Brown LP, Walker TI, et al.: Estimation of instantaneous rates of tag shedding for school shark. Fish Bull. 1999; 97(1): 170–184. Reference Source',
    ]);
  });

  it('ends the list at the authors’ biographies journals print under it (SAGE, IEEE, APA)', () => {
    const sage = [
      'Weidmann NB, Kuse D and Gleditsch KS (2010) The geography of the international system.',
      'International Interactions 36(1): 86–106.',
      '',
      'JANE ROE, b. 1964, Dr Philos in Political Science (University of Oslo, 2004); Research',
      'Professor, Peace Research Institute Oslo (2005–present).',
      '',
      'PATRICK T DOE, b. 1972, PhD in Political Science (Indiana University, 2001).',
    ].join('\n');
    expect(entries(sage)).toEqual([
      '-: Weidmann NB, Kuse D and Gleditsch KS (2010) The geography of the international system. International Interactions 36(1): 86–106.',
    ]);
    const ieee = [
      '[2] K. P. Parker, The Boundary-Scan Handbook, 3rd ed. Kluwer, 2003.',
      '',
      "John Q. Smith (S'05–M'10) received the B.S. degree in electrical engineering from the",
      'University of Porto, Portugal, in 2005.',
    ].join('\n');
    expect(entries(ieee)).toEqual([
      '2: [2] K. P. Parker, The Boundary-Scan Handbook, 3rd ed. Kluwer, 2003.',
    ]);
    const apa = [
      'Zabell, S. L. (1992). The quest for randomness. Washington, DC: Mathematical Association of America.',
      '',
      'Authors’ biographies:',
      '',
      'Debbie Roe received her B.A. in Psychology from Princeton University in 2006.',
      '',
      'Jeff Doe, Ph.D., is a Senior Research Scientist at the Institute (1997–present).',
    ].join('\n');
    expect(entries(apa)).toEqual([
      '-: Zabell, S. L. (1992). The quest for randomness. Washington, DC: Mathematical Association of America.',
    ]);
    const doctor = [
      'Zabell, S. L. (1992). The quest for randomness. Washington, DC: Mathematical Association of America.',
      '',
      'Dr. Roe received his Ph.D. in experimental psychology from the University of Pittsburgh in 1969.',
    ].join('\n');
    expect(entries(doctor)).toHaveLength(1);
  });

  it('keeps an entry’s tail after a blank line when its only year is inside a DOI (Elsevier, APA manuscripts)', () => {
    const list = [
      'Althaus, C.L., Low, N., 2016. How relevant is sexual transmission of Zika virus? PLOS Med. 13 (10).',
      'Jansen, C.C., Beebe, N.W., 2010. The dengue vector Aedes aegypti: what comes next.',
      '',
      'Microb. Infect. 12 (4), 272–279, http://dx.doi.org/10.1016/j.micinf.2009.12.011.',
      '',
      '*Çelebi, E., Verkuyten, M., & Smyrnioti, N. (2016). Support for Kurdish language rights in',
      'Turkey: The roles of ethnic group, group identifications, contact, and intergroup perceptions.',
      '',
      'Ethnic and Racial Studies, 39 (6), 1034–1051. https://doi.org/10.1080/01419870.2015.1103881',
      '',
      'Weaver, S.C., Lecuit, M., 2015. Chikungunya virus and the global spread of a disease. N. Engl. J. Med. 372 (13), 1231–1239.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 12) + '…' + e.slice(-12))).toEqual([
      '-: Althaus, …ed. 13 (10).',
      '-: Jansen, C…2009.12.011.',
      '-: *Çelebi, …2015.1103881',
      '-: Weaver, S…, 1231–1239.',
    ]);
  });

  it('starts an AEA entry whose first author has a middle initial or a hyphenated name (`Autor, David H., and …`)', () => {
    const list = [
      'Auer, Rafael, and Andreas Fischer. 2008. “The Effect of Trade with Low-Income Countries on US',
      'Industry.” Unpublished.',
      'Autor, David H., and Daron Acemoglu. 2011. “Skills, Tasks and Technologies.” In Handbook of Labor',
      'Economics, Vol. 4B, edited by Orley Ashenfelter and David Card, 1043–1171. Amsterdam: Elsevier.',
      'Autor, David H., David Dorn, and Gordon H. Hanson. 2013. “The China Syndrome.” American Economic',
      'Review 103 (6): 2121–68.',
      'Blanchard, Olivier Jean, and Lawrence F. Katz. 1992. “Regional Evolutions.” Brookings Papers on',
      'Economic Activity 1992 (1): 1–75.',
      'Helpman, Elhanan, and Paul Krugman. 1987. Market Structure and Foreign Trade. Cambridge, MA: MIT Press.',
      'Hsieh, Chang-Tai, and Peter J. Klenow. 2009. “Misallocation and Manufacturing TFP in China and',
      'India.” Quarterly Journal of Economics 124 (4): 1403–48.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: Auer, Rafael, and And',
      '-: Autor, David H., and ',
      '-: Autor, David H., Davi',
      '-: Blanchard, Olivier Je',
      '-: Helpman, Elhanan, and',
      '-: Hsieh, Chang-Tai, and',
    ]);
  });

  it('starts an entry whose first author has hyphenated initials with no stop inside them (`Nilsson, L-G., Adolfsson, R.`)', () => {
    const list = [
      'Motomura, N., Ohkubo, F. and Seo, T. (1998). Premorbid behavior in demented patients.',
      'International Journal of Neuroscience, 95, 167–172.',
      'Nilsson, L-G. et al. (1997). The Betula prospective cohort study: memory, health and aging.',
      'Aging, Neuropsychology, and Cognition, 4, 1–32. doi:10.1080/13825589708256633.',
      'Nilsson, L-G., Adolfsson, R., Bäckman, L. and Nyberg, L. (2004). Betula: a prospective',
      'cohort study on memory, health and aging. Aging, Neuropsychology, and Cognition, 11, 134–148.',
      'Norton, M. C., Østbye, T. and Tschanz, J. T. (2009). Early parental death and late-life',
      'dementia risk. Age and Ageing, 38, 340–343.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: Motomura, N., Ohkubo,',
      '-: Nilsson, L-G. et al. ',
      '-: Nilsson, L-G., Adolfs',
      '-: Norton, M. C., Østbye',
    ]);
  });

  it('starts a QJE entry whose author part closes with a comma before the title, and one that repeats the authors with a rule', () => {
    const list = [
      'Cohen, Bernard C., The Press and Foreign Policy (Princeton: Princeton University',
      'Press, 1963).',
      'Dyck, Alexander, and Luigi Zingales, “The Media and Asset Prices,” Working',
      'Paper, Harvard Business School, 2003.',
      'Gentzkow, Matthew, “Television and Voter Turnout,” Quarterly Journal of Eco-',
      'nomics, CXXI (2006), 931–972.',
      '——, and Jesse Shapiro, “Media, Education, and Anti-Americanism in the Muslim',
      'World,” Journal of Economic Perspectives, XVIII (2004), 117–133.',
      'Hamilton, James T., All the News That’s Fit to Sell (Princeton: Princeton Univer-',
      'sity Press, 2004).',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 24))).toEqual([
      '-: Cohen, Bernard C., Th',
      '-: Dyck, Alexander, and ',
      '-: Gentzkow, Matthew, “T',
      '-: ——, and Jesse Shapiro',
      '-: Hamilton, James T., A',
    ]);
  });

  it('starts a QJE book entry by one author with no middle initial (`Lakoff, George, Women, Fire …`) after a line that ends an entry', () => {
    const list = [
      'Kull, Steven, Clay Ramsay, and Evan Lewis, “Misperceptions, the Media, and the',
      'Iraq War,” Political Science Quarterly, CXVIII (2003), 569 –598.',
      'Lakoff, George, Women, Fire and Dangerous Things (Chicago, IL: University of',
      'Chicago Press, 1987).',
      'Lee, David S., Enrico Moretti, and Matthew J. Butler, “Do Voters Affect or Elect',
      'Policies? Evidence from the U. S. House,” Quarterly Journal of Economics,',
      'CXIX (2004), 807– 860.',
      'Leip, David, Dave Leip’s Atlas of U. S. Presidential Elections (http://www.',
      'uselectionatlas.org, 2004).',
      'Mullainathan, Sendhil, and Andrei Shleifer, “The Market for News,” American',
      'Economic Review, XCV (2005), 1031–1053.',
      'Prior, Markus, Post-Broadcast Democracy: How Media Choice Increases Inequal-',
      'ity in Political Involvement and Polarizes Elections (Cambridge: Cambridge',
      'University Press, 2006).',
      'Smith, J., 2007. Multimodal emotion recognition. In: Artificial Intelligence.',
      'Springer-Verlag, Berlin, Heidelberg, pp. 375–388.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 18))).toEqual([
      '-: Kull, Steven, C',
      '-: Lakoff, George,',
      '-: Lee, David S., ',
      '-: Leip, David, Da',
      '-: Mullainathan, S',
      '-: Prior, Markus, ',
      '-: Smith, J., 2007',
    ]);
  });

  it('starts a QJE entry by two authors, the second in natural order (`Lublin, David, and D. Stephen Voss, “…`), after a line that ends an entry', () => {
    const list = [
      'Leip, David, Dave Leip’s Atlas of U. S. Presidential Elections (http://www.',
      'uselectionatlas.org, 2004).',
      'Lublin, David, and D. Stephen Voss, “Federal Elections Project,” American Uni-',
      'versity, Washington, D.C., and the University of Kentucky, Lexington, KY,',
      '2001.',
      '——, Get Out the Vote! (Washington, D.C.: Brookings Institution Press, 2004).',
      'Green, Donald P, David W. Nickerson, “Getting Out the Vote in Local Elections,”',
      'Journal of Politics, LXV (2003), 1083–1096.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 18))).toEqual([
      '-: Leip, David, Da',
      '-: Lublin, David, ',
      '-: ——, Get Out the',
      '-: Green, Donald P',
    ]);
  });

  it('keeps an entry’s tail after a blank line when its page range broke after the dash (`pp. 96–` / `101. 10.1109/…`)', () => {
    const list = [
      '61. Jones MB, Regehr J (1999) The problems you’re having may not be the',
      'problems you think you’re having: results from a latency study of Windows NT.',
      '',
      'In: Proceedings 7th Workshop on Hot Topics in Operating Systems. pp. 96–',
      '101. 10.1109/RTTAS.1999.777681.',
      '62. Prechelt L (2010) Two comparisons of programming languages. Sebastopol: O’Reilly.',
    ].join('\n');
    expect(entries(list, { expected: 61 }).map((e) => e.slice(0, 8))).toEqual([
      '61: 61. ',
      '62: 62. ',
    ]);
  });

  it('starts a Springer entry (`Bakun A (2010) …`) under a line that shows no end (no stop, a DOI broken by a space)', () => {
    const list = [
      'Ayala FJ (1982) Population and evolutionary genetics: a primer.',
      'The Benjamin/Cummings Publishing Co., California',
      'Bakun A (2010) Linking climate to population variability in',
      'marine ecosystems. J Mar Syst 79:361–373. https://doi.org/10. 1016/j.jmarsys.',
      '2008. 12. 008',
      'Ballell A, Ferrón HG (2021) Biomechanical insights into',
      'the dentition of megatooth sharks. Sci Rep 11:1–9. https://doi.org/10. 1038/',
      's41598-020-80323-z',
      'Bethea DM, Hale L, Carlson JK et al (2007) Geographic and',
      'ontogenetic variation in the diet. Int J Life Ocean Coast Waters 152:1009–1020',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 12))).toEqual([
      '-: Ayala FJ ',
      '-: Bakun A (',
      '-: Ballell A',
      '-: Bethea DM',
    ]);
  });

  it('stops at an Appendix heading', () => {
    expect(entries('Smith, J. (2019). One.\n\nAppendix A\n\nMore text.')).toEqual([
      '-: Smith, J. (2019). One.',
    ]);
  });

  it('keeps the page marker line out once it was dropped, and ends with the text', () => {
    expect(
      entries('[10] Office: Title,\nVenue, 2018.\n\n[11] Yang: Title, Venue, 2018.\n\n'),
    ).toEqual(['10: [10] Office: Title, Venue, 2018.', '11: [11] Yang: Title, Venue, 2018.']);
  });

  it('splits off an entry printed with a label out of sequence after an entry end, and goes on in sequence', () => {
    expect(
      entries(
        '[6] Davis A, "Triage", IEEE Computer,\nVolume 36, PP 42-49. [12] Meyer M, Lopez L (1995)\nStrategy. Journal, 2003.\n\n[7] Kostoff R N, "Roadmaps", 2001.',
      ),
    ).toEqual([
      '6: [6] Davis A, "Triage", IEEE Computer, Volume 36, PP 42-49.',
      '12: [12] Meyer M, Lopez L (1995) Strategy. Journal, 2003.',
      '7: [7] Kostoff R N, "Roadmaps", 2001.',
    ]);
  });

  it('keeps a citation inside an entry that does not open like an entry', () => {
    expect(entries('[1] Smith J. Extends [4] to graphs. Venue, 2001.\n[2] Doe A. Two.')).toEqual([
      '1: [1] Smith J. Extends [4] to graphs. Venue, 2001.',
      '2: [2] Doe A. Two.',
    ]);
  });

  it('reads no bare number as a label in a list without a heading', () => {
    const run = splitReferenceLines(lines('1 Acharya, K. R. (2003) One.'), 0, {
      headingless: true,
    });
    expect(run.entries.map((e) => e.number)).toEqual([null]);
  });

  it('with no heading, takes only entries in strict sequence and stops at text', () => {
    expect(
      entries('[1] A. One.\n[3] B. Two.\n\nobservations, it is needed.', { headingless: true }),
    ).toEqual(['1: [1] A. One. [3] B. Two.']);
  });
});

describe('splitReferenceLines across publisher layouts', () => {
  it.each<[string, string, string[]]>([
    [
      'ACL hanging entries whose head wrapped before the year or the title (a blank line where the layout saw a paragraph)',
      [
        'Anna Doe and Ben Roe. 2019. One title. In Proceedings',
        'of CHI, pages 1-10.',
        'Carla Brown, Dan Green, and Eve White.',
        '',
        '2020. Two title wraps here. Journal of Web 4.',
        'Finn Black, Gail Stone, and Hugo Park. 2018.',
        '',
        'Three starts on the next line. In Proceedings of ACL.',
        'Ivan Gray, Jane Moss, Karl Reed, and',
        'Lena Fox. 2017. Four title. Press.',
      ].join('\n'),
      [
        '-: Anna Doe and Ben Roe. 2019. One title. In Proceedings of CHI, pages 1-10.',
        '-: Carla Brown, Dan Green, and Eve White. 2020. Two title wraps here. Journal of Web 4.',
        '-: Finn Black, Gail Stone, and Hugo Park. 2018. Three starts on the next line. In Proceedings of ACL.',
        '-: Ivan Gray, Jane Moss, Karl Reed, and Lena Fox. 2017. Four title. Press.',
      ],
    ],
    [
      'ACL heads cut after an initial or a given name, or split from their year by a footnote',
      [
        'Anna Doe and Ben Roe. 2019. One title. Press.',
        'Kim Lee, Ann Moss, and Christopher D.',
        '',
        'Manning. 2008. Two title. Journal of Web 4.',
        'Raphael Stone, Clara Bell, and Daniel S. Weld.',
        '',
        '⁴http://example.org/tool',
        '',
        '2010. Three title. In Proceedings of ACL.',
        'Kevin Duh, Katsu Sudoh, Hajime Tsukada, Hideki',
        'Isozaki, and Masa Nagata. 2010. Four title. Press.',
      ].join('\n'),
      [
        '-: Anna Doe and Ben Roe. 2019. One title. Press.',
        '-: Kim Lee, Ann Moss, and Christopher D. Manning. 2008. Two title. Journal of Web 4.',
        '-: Raphael Stone, Clara Bell, and Daniel S. Weld. 2010. Three title. In Proceedings of ACL.',
        '-: Kevin Duh, Katsu Sudoh, Hajime Tsukada, Hideki Isozaki, and Masa Nagata. 2010. Four title. Press.',
      ],
    ],
    [
      'an entry whose book’s editors go on after `In I.M.`',
      'Anna Doe and Ben Roe. 2006. Embedded methods. In I.M.\nGuyon, S.R. Gunn, and L. Zadeh, editors, Features. Springer.\nCarla Brown and Dan Green. 2007. Two. Press.',
      [
        '-: Anna Doe and Ben Roe. 2006. Embedded methods. In I.M. Guyon, S.R. Gunn, and L. Zadeh, editors, Features. Springer.',
        '-: Carla Brown and Dan Green. 2007. Two. Press.',
      ],
    ],
    [
      'an entry ending with its year after its title (not a head alone)',
      'Doe, A. and Roe, B. Learning to read. In ICML, 2004.\n\nSmith, J. Reading Fast. Penguin, 2019.',
      [
        '-: Doe, A. and Roe, B. Learning to read. In ICML, 2004.',
        '-: Smith, J. Reading Fast. Penguin, 2019.',
      ],
    ],
    [
      'a wrapped line opening with a word that ends a list elsewhere (`Notes`)',
      '[1] Gray, J. Notes on systems. In Advanced Course, vol. 60 of Lecture\nNotes in Computer Science. Springer, 1978.\n[2] Greer, R. Two. 1999.',
      [
        '1: [1] Gray, J. Notes on systems. In Advanced Course, vol. 60 of Lecture Notes in Computer Science. Springer, 1978.',
        '2: [2] Greer, R. Two. 1999.',
      ],
    ],
    [
      'Vancouver (n) labels, one without a space',
      '(1) Smith J, Doe A. One. BMJ. 2019;3:1-9.\n(2) Brown C. Two.\nLancet. 2020;4:2-3.\n(3)Green D. Three. JAMA. 2018;5:6-7.',
      [
        '1: (1) Smith J, Doe A. One. BMJ. 2019;3:1-9.',
        '2: (2) Brown C. Two. Lancet. 2020;4:2-3.',
        '3: (3)Green D. Three. JAMA. 2018;5:6-7.',
      ],
    ],
    [
      'n. labels without a space, the next entry on the same line',
      '9.Wang, R. and Neumann, G. 2007b. DFKI-LT. In CLEF 2007\nWorking Notes. 10.Wang, R. and Neumann, G. 2006. An accuracy-oriented\nstrategy. In CLEF 2006.',
      [
        '9: 9.Wang, R. and Neumann, G. 2007b. DFKI-LT. In CLEF 2007 Working Notes.',
        '10: 10.Wang, R. and Neumann, G. 2006. An accuracy-oriented strategy. In CLEF 2006.',
      ],
    ],
    [
      'n. labels, one printed without its full stop (a PLOS ONE list’s `42 Engbert R, …`), in sequence',
      '1. Perrykkad K, Lawson RP, Hohwy J. The effect of uncertainty. Cognition.\n2021;210:104598.\n2 Engbert R, Trukenbrod HA, Wichmann FA. Spatial statistics. J Vis. 2015;15(1):15.1.14.\n3. Vest AN, Da Poian G. An open source toolbox. Physiol Meas. 2018;39(10):105004.',
      [
        '1: 1. Perrykkad K, Lawson RP, Hohwy J. The effect of uncertainty. Cognition. 2021;210:104598.',
        '2: 2 Engbert R, Trukenbrod HA, Wichmann FA. Spatial statistics. J Vis. 2015;15(1):15.1.14.',
        '3: 3. Vest AN, Da Poian G. An open source toolbox. Physiol Meas. 2018;39(10):105004.',
      ],
    ],
    [
      '[n] labels without a space, the next entry after a page range',
      '[1]Doe, A. One. In SIGIR 2020, pp. 39-48. [2]Roe, B. Two.\nJ. Web 3, 2021.',
      ['1: [1]Doe, A. One. In SIGIR 2020, pp. 39-48.', '2: [2]Roe, B. Two. J. Web 3, 2021.'],
    ],
    [
      'a volume number that looks like the next label (no split)',
      '1. Doe, A. Lectures, Vol. 2. Springer, 2001.\n2. Roe, B. Two. 2002.',
      ['1: 1. Doe, A. Lectures, Vol. 2. Springer, 2001.', '2: 2. Roe, B. Two. 2002.'],
    ],
    [
      'Springer LNCS labels',
      '1. Doe, A., Roe, B.: One. In: ECDL 2019. LNCS, vol. 11799, pp. 1-12.\nSpringer, Heidelberg (2019)\n2. Brown, C.: Two. J. Web Eng. 4(2), 1-20 (2020)',
      [
        '1: 1. Doe, A., Roe, B.: One. In: ECDL 2019. LNCS, vol. 11799, pp. 1-12. Springer, Heidelberg (2019)',
        '2: 2. Brown, C.: Two. J. Web Eng. 4(2), 1-20 (2020)',
      ],
    ],
    [
      'ACM given-name-first entries, one per line',
      'Anna Doe and Ben Roe. 2019. One. In Proceedings of CHI 2019. ACM,\nNew York, NY, USA, 1-10.\nCarla Brown, Dan Green, and Eve White. 2020. Two. ACM Trans. Web 4, 2\n(2020), 1-20.',
      [
        '-: Anna Doe and Ben Roe. 2019. One. In Proceedings of CHI 2019. ACM, New York, NY, USA, 1-10.',
        '-: Carla Brown, Dan Green, and Eve White. 2020. Two. ACM Trans. Web 4, 2 (2020), 1-20.',
      ],
    ],
    [
      'APA hanging indents',
      'Doe, A. (2019). Reading in the margins. Journal of Reading, 12(3),\n    45-67.\nRoe, B. (2018). Writing in the margins: a study of\n    annotation. Journal of Writing, 4, 1-9.',
      [
        '-: Doe, A. (2019). Reading in the margins. Journal of Reading, 12(3), 45-67.',
        '-: Roe, B. (2018). Writing in the margins: a study of annotation. Journal of Writing, 4, 1-9.',
      ],
    ],
    [
      'Harvard corporate author between persons',
      'Brown, C. (2020) Close reading. Oxford: OUP.\nDepartment for Education (2019) Reading framework. London: DfE.\nDoe, A. and Roe, B. (2017) Marginalia. London: Routledge.',
      [
        '-: Brown, C. (2020) Close reading. Oxford: OUP.',
        '-: Department for Education (2019) Reading framework. London: DfE.',
        '-: Doe, A. and Roe, B. (2017) Marginalia. London: Routledge.',
      ],
    ],
    [
      'bare number labels (Portland Press), a corporate author among them',
      '1 Acharya, K. R. and Ehlers, M. R. (2003) Ace revisited. Nat. Rev.\nDrug Discovery 2, 891-902\n2 Collaborative Computational Project Number 4 (1994) The CCP4\nsuite. Acta Crystallogr. 50, 760-763\n3 Smith JA, Doe B. (2001) Three. Cell 4, 1-2',
      [
        '1: 1 Acharya, K. R. and Ehlers, M. R. (2003) Ace revisited. Nat. Rev. Drug Discovery 2, 891-902',
        '2: 2 Collaborative Computational Project Number 4 (1994) The CCP4 suite. Acta Crystallogr. 50, 760-763',
        '3: 3 Smith JA, Doe B. (2001) Three. Cell 4, 1-2',
      ],
    ],
    [
      'bare number labels before initials-first names (RSC: `1 A. Smith and B. Jones, J. Chem.`)',
      '1 A. Smith, J. B. Doe and P. S. Roe, J. Chem. Soc. Perkin Trans.\n1, 1982, 2505–2508.\n2 L. J. Green, III, W. M. Brown and M.\nKoreeda, J. Org. Chem., 1984, 49, 4716–4720.\n3 M. J. White, Clin.\nPharmacol. Ther., 2004, 75, P72.\n4 J.-X. Li and K. C. Rice, Drug Alcohol Depend., 2006, 85, 157–162.',
      [
        '1: 1 A. Smith, J. B. Doe and P. S. Roe, J. Chem. Soc. Perkin Trans. 1, 1982, 2505–2508.',
        '2: 2 L. J. Green, III, W. M. Brown and M. Koreeda, J. Org. Chem., 1984, 49, 4716–4720.',
        '3: 3 M. J. White, Clin. Pharmacol. Ther., 2004, 75, P72.',
        '4: 4 J.-X. Li and K. C. Rice, Drug Alcohol Depend., 2006, 85, 157–162.',
      ],
    ],
    [
      'an initials-first entry labelled 1 whose list lost its other labels (an OCR scan): no bare list',
      '1 A. F. Halim and R. P. Collins, J. Agric. Food Chem., 1975, 23, 506.\n\nJ. M. Watt, Plants in Medicine, Harvard University Press, 1972, p. 67.\n\nG. Savona and J. R. Hanson, J. Chem. Soc., Perkin Trans. 1, 1978, 643.',
      [
        '-: 1 A. F. Halim and R. P. Collins, J. Agric. Food Chem., 1975, 23, 506.',
        '-: J. M. Watt, Plants in Medicine, Harvard University Press, 1972, p. 67.',
        '-: G. Savona and J. R. Hanson, J. Chem. Soc., Perkin Trans. 1, 1978, 643.',
      ],
    ],
    [
      'an entry whose tail a page break set apart, the next label after it',
      '8. Van Wagenen, B.C. 1993. Ulosantoin. J. Org.\n\nChem. 58, 335-337.\n\n9. Bauer A.W. 1966. Antibiotic testing. Am. J. Clin. Pathol. 45, 493-496.',
      [
        '8: 8. Van Wagenen, B.C. 1993. Ulosantoin. J. Org. Chem. 58, 335-337.',
        '9: 9. Bauer A.W. 1966. Antibiotic testing. Am. J. Clin. Pathol. 45, 493-496.',
      ],
    ],
    [
      'initials-first author-year entries (NeurIPS), one run into the next',
      'Z. C. Lipton, D. C. Kale, and R. Wetzel. Learning to diagnose. ICLR, 2016a.\nZ. C. Lipton and D. C. Kale. Modeling missing data.\n\nMLHC, 2016b.',
      [
        '-: Z. C. Lipton, D. C. Kale, and R. Wetzel. Learning to diagnose. ICLR, 2016a.',
        '-: Z. C. Lipton and D. C. Kale. Modeling missing data. MLHC, 2016b.',
      ],
    ],
    [
      'an entry whose year a break set apart, after initials read like n. d.',
      'M. A. Alvarez and N. D. Lawrence. Kernels: A review.\n\nArxiv preprint: 1106.6251, 2012.\n\nR. C. Bone and C. J. Fisher. Sepsis. Crit Care Med., 17:389-93, 1989.',
      [
        '-: M. A. Alvarez and N. D. Lawrence. Kernels: A review. Arxiv preprint: 1106.6251, 2012.',
        '-: R. C. Bone and C. J. Fisher. Sepsis. Crit Care Med., 17:389-93, 1989.',
      ],
    ],
    [
      'an author list a break cut after a comma',
      'Afgan E, Baker D, Chilton J,\n\nClements D, Coraor N. 2016. The Galaxy platform. Nucleic Acids Res 44:3-10.\n\nAltschul SF, Lipman DJ. 1997. Gapped BLAST. Nucleic Acids Res 25:3389-3402.',
      [
        '-: Afgan E, Baker D, Chilton J, Clements D, Coraor N. 2016. The Galaxy platform. Nucleic Acids Res 44:3-10.',
        '-: Altschul SF, Lipman DJ. 1997. Gapped BLAST. Nucleic Acids Res 25:3389-3402.',
      ],
    ],
    [
      'an MNRAS entry by a collaboration under one closed by its volume and page, no period',
      'Penzias A.A., Wilson R.W., 1965, ApJ, 142, 419\nPlanck Collaboration, et al., 2016, A&A, 594, A13\nRiess A.G., et al., 1998, AJ, 116, 1009',
      [
        '-: Penzias A.A., Wilson R.W., 1965, ApJ, 142, 419',
        '-: Planck Collaboration, et al., 2016, A&A, 594, A13',
        '-: Riess A.G., et al., 1998, AJ, 116, 1009',
      ],
    ],
    [
      'MNRAS entries under a line closed by a bibcode’s book key, no period',
      'White S. D. M., 1997, The Evolution of the Universe: report of the Dahlem\nWorkshop on the Evolution of the Universe, 227, evun.work\nDesjacques V., Jeong D., Schmidt F., 2018, PhR, 733, 1\nCoil A. L., 2013, Planets, Stars and Stellar Systems, 387, pss6.book\nKaiser N., 1984, ApJ, 284, L9',
      [
        '-: White S. D. M., 1997, The Evolution of the Universe: report of the Dahlem Workshop on the Evolution of the Universe, 227, evun.work',
        '-: Desjacques V., Jeong D., Schmidt F., 2018, PhR, 733, 1',
        '-: Coil A. L., 2013, Planets, Stars and Stellar Systems, 387, pss6.book',
        '-: Kaiser N., 1984, ApJ, 284, L9',
      ],
    ],
    [
      // review25b: the MNRAS head rule (e71f7f8) opens an entry at `Marel R. P., 2016, ApJ` under
      // a line that stopped at a surname's particle, and cuts the Bovy et al. entry in two.
      'an MNRAS author list broken after a surname particle (`van der` / `Marel R. P., 2016,`), no period',
      'Bland-Hawthorn J., Gerhard O., 2016, ARA&A, 54, 529\nBovy J., Rix H.-W., Schlafly E. F., Nidever D. L., van der\nMarel R. P., 2016, ApJ, 818, 130\nKaiser N., 1984, ApJ, 284, L9',
      [
        '-: Bland-Hawthorn J., Gerhard O., 2016, ARA&A, 54, 529',
        '-: Bovy J., Rix H.-W., Schlafly E. F., Nidever D. L., van der Marel R. P., 2016, ApJ, 818, 130',
        '-: Kaiser N., 1984, ApJ, 284, L9',
      ],
    ],
    [
      'an author list a break cut after the `&` before its last name',
      'Klein, A., & Tscharntke, T. (2004) Foraging trip duration. J Anim Ecol, 73, 517–525.\n\nLindermann, L., Gabener, S., Stahl, J., &\n\nDieker, P. (2023) Wildbienen und Wespen in Nisthilfen bestimmen. Thünen-Institut: Braunschweig.\n\nMacIvor, J.S. (2017) Cavity-nest boxes for solitary bees.',
      [
        '-: Klein, A., & Tscharntke, T. (2004) Foraging trip duration. J Anim Ecol, 73, 517–525.',
        '-: Lindermann, L., Gabener, S., Stahl, J., & Dieker, P. (2023) Wildbienen und Wespen in Nisthilfen bestimmen. Thünen-Institut: Braunschweig.',
        '-: MacIvor, J.S. (2017) Cavity-nest boxes for solitary bees.',
      ],
    ],
    [
      'an author list a break cut at the particle of its last name (`… and Van` / `Dijk, G.`)',
      'Abel, A. and Brandt, M. (2012). Notes in the margins. Journal of Reading, 9, 360–370.\n\nBerg, A. B., Holm, C., Lund, D. E. F. and Van\n\nDijk, G. (1999). Changes in daily reading habits. Journal of Things, 46, 229–240.\n\nCarter, J. A. and Dale, S. E. (2000). From margins to notes. Reading Press.',
      [
        '-: Abel, A. and Brandt, M. (2012). Notes in the margins. Journal of Reading, 9, 360–370.',
        '-: Berg, A. B., Holm, C., Lund, D. E. F. and Van Dijk, G. (1999). Changes in daily reading habits. Journal of Things, 46, 229–240.',
        '-: Carter, J. A. and Dale, S. E. (2000). From margins to notes. Reading Press.',
      ],
    ],
    [
      'a title a break cut after a comma, its rest naming genera and no year',
      'Amiet, F., Müller, A., & Neumeyer, R. (2014) Apidae 2: Colletes, Dufourea, Hylaeus,\n\nNomia, Nomioides, Rophites, Sphecodes. CSCF & SEG: Neuchâtel.\n\nBenson, R.B. (1952) Handbooks for identification of British insects. Royal Entomological Society: London.',
      [
        '-: Amiet, F., Müller, A., & Neumeyer, R. (2014) Apidae 2: Colletes, Dufourea, Hylaeus, Nomia, Nomioides, Rophites, Sphecodes. CSCF & SEG: Neuchâtel.',
        '-: Benson, R.B. (1952) Handbooks for identification of British insects. Royal Entomological Society: London.',
      ],
    ],
    [
      'Springer author-year entries ending with a page range broken after its dash, or a publisher’s city and state',
      'Sambrook J, Fritsch EF (1989) Molecular cloning: a labo-\nratory manual. Cold Spring Harbor Laboratory Press, Cold Spring\nHarbor, NY\nShiotani H, Tsuge T (1995) Efficient gene targeting. Mol Gen Genet 248:142–150\nYamamoto M, Otani H (1984) Studies on toxins. Ann Phytopathol Soc Jpn 50:610–\n619\nYamamoto M, Nakatsuka S (2000) Catechin acts. Phytopathology 90:595–600',
      [
        '-: Sambrook J, Fritsch EF (1989) Molecular cloning: a labo- ratory manual. Cold Spring Harbor Laboratory Press, Cold Spring Harbor, NY',
        '-: Shiotani H, Tsuge T (1995) Efficient gene targeting. Mol Gen Genet 248:142–150',
        '-: Yamamoto M, Otani H (1984) Studies on toxins. Ann Phytopathol Soc Jpn 50:610– 619',
        '-: Yamamoto M, Nakatsuka S (2000) Catechin acts. Phytopathology 90:595–600',
      ],
    ],
  ])('splits %s', (_name, text, expected) => {
    expect(entries(text)).toEqual(expected);
  });
});

describe('Citavi’s German author-year list: authors `Surname, Given` separated by `;`', () => {
  it('opens an entry at every head, however many authors it names, and goes on after a `;` at a line end', () => {
    const list = [
      'Campion, Kristy (2020): Women in the Extreme and Radical Right. In: Social Sciences 9 (9), S. 149. DOI: 10.3390/socsci9090149.',
      'Chatterjee, Rajdeep; Chatterjee, Ankita; Islam, S. HafizulK; Khan, Muhammad Khur-',
      'ram (2023): An object detection-based few-shot learning approach. In: Multimedia Systems 29 (5), S. 2899–2912.',
      'Collins, Patricia Hill (1990): Black feminist thought. Boston: Unwin Hyman.',
      'Surana, Shivani; Pathak, Komal; Gagnani, Mehul; Shrivastava, Vidhan; R, Mahesh T.;',
      'Madhuri G, Sindhu (2022): Text Extraction and Detection from Images. In: IJEER 10 (2), S. 1201–1206.',
      'Tilton, Lauren; Arnold, Taylor; Ballier, Nicolas;',
      'Lissón, Paula; Tilton, Lauren (2019): Beyond lexical frequencies. In: DSH 34 (2), S. 235–245.',
    ].join('\n');
    expect(entries(list).map((e) => e.slice(0, 18))).toEqual([
      '-: Campion, Kristy',
      '-: Chatterjee, Raj',
      '-: Collins, Patric',
      '-: Surana, Shivani',
      '-: Tilton, Lauren;',
    ]);
  });
});

describe('notes inside a reference list', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'a page number and a copyright line between numbered entries',
      '1. Doe, A. One. 2019.\n12\nCopyright 2020 ACM.\n2. Roe, B. Two. 2020.',
      ['1: 1. Doe, A. One. 2019.', '2: 2. Roe, B. Two. 2020.'],
      ['12', 'Copyright 2020 ACM.'],
    ],
    [
      'a footnote between author-year entries',
      'Doe, A. (2019). One. Press.\n* Corresponding author: a@b.org\nRoe, B. (2020). Two. Press.',
      ['-: Doe, A. (2019). One. Press.', '-: Roe, B. (2020). Two. Press.'],
      ['* Corresponding author: a@b.org'],
    ],
    [
      'nothing when a starred entry marks a study of a meta-analysis (APA)',
      'Doe, A. (2019). One. Press.\n*Roe, B. (2020). Two. Press.\nSmith, C. (2021). Three. Press.',
      [
        '-: Doe, A. (2019). One. Press.',
        '-: *Roe, B. (2020). Two. Press.',
        '-: Smith, C. (2021). Three. Press.',
      ],
      [],
    ],
    [
      'footnotes wrapped over two lines at a column foot (ACL: a note, then a cut address)',
      'Doe, A. 2019. One. In ACL workshop (SemEval).\n\n⁹Variants of this problem are also known as deduplication\nor record linkage.\n\n¹²https://github.com/allenai/\ndeepfigures-open\n\nRoe, B. 2020. Two. Press.',
      ['-: Doe, A. 2019. One. In ACL workshop (SemEval).', '-: Roe, B. 2020. Two. Press.'],
      [
        '⁹Variants of this problem are also known as deduplication\nor record linkage.',
        '¹²https://github.com/allenai/\ndeepfigures-open',
      ],
    ],
  ])('keeps %s out of the entries', (_name, text, expected, notes) => {
    const run = splitReferenceLines(lines(text), 0);
    expect(run.entries.map((e) => `${e.number ?? '-'}: ${e.lines.join(' ')}`)).toEqual(expected);
    expect(run.notes).toEqual(notes);
  });
});

// A URL broken before its `/` stays with its entry, also where the path and `(accessed …)` share
// the line after the blank (`/dlm_uploads/2023/…pdf (accessed …)`).
it('keeps a URL’s path with its entry when the access date follows it on the line', () => {
  const list = [
    'ACLED (2023) ACLED CAST methodology. Armed',
    '   Conflict Location and Event Data (ACLED). Available at:',
    '   https://acleddata.com/acleddatanew/wp-content/uploads',
    '',
    '/dlm_uploads/2023/07/methodology.pdf (accessed 11 February 2025).',
    '',
    'Axelrod RM (1990) The Evolution of Cooperation. London,',
    '   New York: Penguin Books.',
  ].join('\n');
  const run = splitReferenceLines(lines(list), 0);
  expect(run.entries.map((e) => e.lines[0])).toEqual([
    'ACLED (2023) ACLED CAST methodology. Armed',
    'Axelrod RM (1990) The Evolution of Cooperation. London,',
  ]);
});

// Harvard as Ubiquity Press and many UK journals print it: bare initials and a bare year
// (`Surname, I YYYY Title`), a web source closed by its access date in square brackets with no
// stop, a corporate author before its year; the layout parts the entries with blank lines and
// cuts one at a column break after the colon of its book's title.
describe('a Harvard list of bare initials and years, with bracketed access dates', () => {
  const list = [
    'Allen, R 2001 Buildings and their Reuse. London: Hale.',
    '',
    'Burra Charter, The 1999 Charter for Places of Signifi-',
    'cance. Available at: http://www.example.org/',
    'charter.pdf [Accessed',
    '3 May 2011]',
    '',
    'ABC-DEF 2000 Code of Ethics and Guidance for Practice.',
    'Available at: http://www.example.org/code.pdf',
    '[Accessed 19 July 2011]',
    '',
    'Cole, C 2000 Conservation Skills: Judgement and',
    'Decision Making. London: Routledge.',
    '',
    'Dunn, P J and Earl, K 2009a Revisited. In: Fox, A and Gale, B (eds.) Conservation:',
    '',
    'Principles and Dilemmas. Oxford: Heinemann, 47–59.',
    'Dunn, P J 2009b Beyond Authenticity. London: Archetype, 33–38.',
  ].join('\n');

  it('opens an entry at each head and at each line after an access date', () => {
    expect(splitReferenceLines(lines(list), 0).entries.map((e) => e.lines[0])).toEqual([
      'Allen, R 2001 Buildings and their Reuse. London: Hale.',
      'Burra Charter, The 1999 Charter for Places of Signifi-',
      'ABC-DEF 2000 Code of Ethics and Guidance for Practice.',
      'Cole, C 2000 Conservation Skills: Judgement and',
      'Dunn, P J and Earl, K 2009a Revisited. In: Fox, A and Gale, B (eds.) Conservation:',
      'Dunn, P J 2009b Beyond Authenticity. London: Archetype, 33–38.',
    ]);
  });
});

// Cell Press: a column break sets the journal's second word, volume and pages apart from the
// entry (`J. Exp.` / `Med. 210, 2057–2069.`); a page over 2000 is no year of a new entry.
it('keeps an entry’s tail of volume and pages after a column break, its pages past 2000', () => {
  const list = [
    'Iannello, A., Thompson, T.W., and Raulet, D.H.',
    '(2013). p53-dependent chemokine production by tumor cells. J. Exp.',
    '',
    'Med. 210, 2057–2069.',
    'Jabri, B., and Sollid, L.M. (2009). Tissue-mediated control. Nat. Rev. Immunol. 9, 858–870.',
  ].join('\n');
  expect(splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' '))).toEqual([
    'Iannello, A., Thompson, T.W., and Raulet, D.H. (2013). p53-dependent chemokine production by tumor cells. J. Exp. Med. 210, 2057–2069.',
    'Jabri, B., and Sollid, L.M. (2009). Tissue-mediated control. Nat. Rev. Immunol. 9, 858–870.',
  ]);
});

// A corporate author's span of years in parentheses after a blank line opens an entry of its
// own: `(2010-2012)` is no page range.
it('opens an entry at a corporate author’s span of years after a blank line', () => {
  const list = [
    'Jabri, B., and Sollid, L.M. (2009). Tissue-mediated control. Nat. Rev. Immunol. 9, 858–870.',
    '',
    'World Bank. (2010-2012). World development indicators. Washington, DC.',
  ].join('\n');
  expect(splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' '))).toEqual([
    'Jabri, B., and Sollid, L.M. (2009). Tissue-mediated control. Nat. Rev. Immunol. 9, 858–870.',
    'World Bank. (2010-2012). World development indicators. Washington, DC.',
  ]);
});
