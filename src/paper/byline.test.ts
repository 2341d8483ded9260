import { isBylineNote, isBylineText } from './byline';

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
