import { parseTextBlocks } from './text-blocks';
import { dropIconText, isBylineNote, isBylineText, raiseAffiliationLetters } from './byline';

describe('isBylineText', () => {
  it.each([
    ['Ivan Rodriguez Montoya∗ † and Tonatiuh Matos Chassin∗ ‡', true],
    [
      'Departamento de Física, Centro de Investigación y de Estudios Avanzados del IPN, México.',
      true,
    ],
    ['Department of Computer Science, University of Oxford', true],
    ['51 avenue Jean Kuntzmann', true],
    ['38330 Montbonnot Saint-Martin, France pfdutot@imag.fr', true],
    ['Jane Doe1,a, John Smith2 and Ann Lee1', true],
    ['ORCID: 0000-0002-1825-0097', true],
    ['2025-06-18', true],
    ['Vrije Universiteit Amsterdam', true],
    ['www.elsevier.com/locate/jhydrol', true],
    ['http://www.bjmicrobiol.com.br/', true],
    ['doi: 10.1093/bmb/ldu038', true],
    ['See www.example.org for the code we wrote.', false],
    ['First line of text goes on.', false],
    ['In this work we report the cosmological effects of a species of dark matter.', false],
    ['We describe a method. It works well on all of the clusters we tried.', false],
    ['Readers annotate papers to argue with them and to keep their notes.', false],
  ])('reads %j as part of a byline: %s', (text, expected) => {
    expect(isBylineText(text)).toBe(expected);
  });
});

describe('isBylineNote', () => {
  it.each([
    ['¹ School of Physics, University of Melbourne, VIC 3010, Australia', true],
    ['†Electronic address: rrodriguez@fis.cinvestav.mx', true],
    ['*LIX, École Polytechnique, France', true],
    ['² Universidad de Chile, Santiago', true],
    ['³ Technische Hochschule Köln', true],
    ['∗ Supported by a grant for reading in margins.', false],
    ['© 2024 The Authors. Published by Elsevier.', false],
  ])('reads the note %j as an affiliation or address: %s', (text, expected) => {
    expect(isBylineNote(text)).toBe(expected);
  });
});

describe('raiseAffiliationLetters', () => {
  it.each([
    [
      'raises the letters run into the names and opening the affiliations',
      'Rossella Talottaa, Fabiola Atzenia and Magdalena Janina Laskab\na\nDepartment of Medicine, University of Messina, Italy; bDepartment of Rheumatology, Aarhus University Hospital, Denmark',
      'Rossella Talottaᵃ, Fabiola Atzeniᵃ and Magdalena Janina Laskaᵇ\nᵃDepartment of Medicine, University of Messina, Italy; ᵇDepartment of Rheumatology, Aarhus University Hospital, Denmark',
    ],
    [
      'raises several letters and keeps the note marks',
      'Patrick N.J. Lanea,c,*, Alice E. Bestb,c,d\na School of Forest Studies, University of Melbourne\nb CSIRO Division of Land and Water\nc Cooperative Research Centre\nd Monash University',
      'Patrick N.J. Laneᵃ,ᶜ,*, Alice E. Bestᵇ,ᶜ,ᵈ\nᵃ School of Forest Studies, University of Melbourne\nᵇ CSIRO Division of Land and Water\nᶜ Cooperative Research Centre\nᵈ Monash University',
    ],
    [
      'joins a letter set on a line of its own to the affiliation under it',
      'Patrick N.J. Lanea,c,*, Alice E. Bestb,c,d\na\nSchool of Forest Studies, University of Melbourne\nb\nCSIRO Division of Land and Water\nc\nCooperative Research Centre\nd\nMonash University',
      'Patrick N.J. Laneᵃ,ᶜ,*, Alice E. Bestᵇ,ᶜ,ᵈ\nᵃSchool of Forest Studies, University of Melbourne\nᵇCSIRO Division of Land and Water\nᶜCooperative Research Centre\nᵈMonash University',
    ],
    [
      'leaves names alone when one of them, bare of a last letter, is written nowhere else',
      'Anna Costa, Maria Silvab\na Department of Physics\nb Department of Chemistry',
      'Anna Costa, Maria Silvab\na Department of Physics\nb Department of Chemistry',
    ],
    [
      'leaves a byline with one lettered affiliation alone',
      'Anna Costaa, Maria Silvaa\na Department of Physics',
      'Anna Costaa, Maria Silvaa\na Department of Physics',
    ],
  ])('%s', (_case, byline, expected) => {
    // The text writes these names bare elsewhere (a contact line, the references).
    const written = (name: string) => ['Talotta', 'Atzeni', 'Laska', 'Cost'].includes(name);
    expect(raiseAffiliationLetters(byline, written)).toBe(expected);
  });
});

describe('dropIconText', () => {
  it.each([
    [
      'drops the text of the ORCID icon PLOS sets after each name (`AntounID1‡`)',
      'Elie AntounID1‡, Negusse T. KitabaID2‡, Philip TitcombeID³, David TS LinID⁶, Julia L. MacIsaac⁶',
      'Elie Antoun1‡, Negusse T. Kitaba2‡, Philip Titcombe³, David TS Lin⁶, Julia L. MacIsaac⁶',
    ],
    [
      'drops it spaced from the name before a mark or a comma, and at a line end',
      'Elie Antoun ID1‡, Graham C. BurdgeID, Sara L. WhiteiD',
      'Elie Antoun1‡, Graham C. Burdge, Sara L. White',
    ],
    [
      'keeps a state’s code in an address and a name’s own capitals',
      'Moscow, ID 83844, USA; Anna McDonald, DAVID ROE, IDEAS Center',
      'Moscow, ID 83844, USA; Anna McDonald, DAVID ROE, IDEAS Center',
    ],
  ])('%s', (_case, line, expected) => {
    expect(dropIconText(line)).toBe(expected);
  });
});

describe('the byline of a paper that prints an ORCID icon after each name', () => {
  it('reads the names without the icon’s text', () => {
    const body = 'We study the problem in detail. Results are shown below and they hold for all.';
    const blocks = parseTextBlocks(
      `Maternal dysglycaemia and the infant’s epigenome\n\nElie AntounID1‡, Negusse T. KitabaID2‡, Philip TitcombeID3\n1 Human Development and Health, University of Southampton, Southampton, UK\n\n${body}\n\n1. Introduction\n\n${body}\n`,
    );
    expect(blocks.find((b) => b.kind === 'byline')?.text.split('\n')[0]).toBe(
      'Elie Antoun1‡, Negusse T. Kitaba2‡, Philip Titcombe3',
    );
  });
});
