import { splitReferenceLines } from './reference-entries';

const lines = (t: string) => t.split('\n').map((l) => ({ text: l.trim(), indent: 0 }));
const entries = (list: string) =>
  splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' ').slice(0, 12));

describe('reference-list enders', () => {
  it('goes on past an entry’s tail after a column break that opens with a proper noun and a verb (AUTHOR_BIO)', () => {
    // A sentence-case title cut by a column break: `European Union is failing` is no author's note.
    const list = [
      'Abel, A. 2010. Why the',
      '',
      'European Union is failing: a review. Journal of Europe 3: 1–20.',
      '',
      'Baker, B. 2011. Another title. Journal of Things 4: 2–30.',
    ].join('\n');
    expect(entries(list)).toEqual(['Abel, A. 201', 'Baker, B. 20']);
  });

  it('goes on past a long tail after a column break when the line above it ends with a year range (endsEntry)', () => {
    const list = [
      '1. Smith, J. A title. Journal of Things 1, 2–3 (2010).',
      '2. World Health Organization. Global report on trends in prevalence of tobacco use 2000–2025',
      '',
      'Third Edition. Geneva: World Health Organization;',
      '2019. Licence: CC BY-NC-SA 3.0 IGO. Available from',
      'The WHO Press at its own website, which is cited here.',
      '3. Roe, B. Another title. Journal of Things 2, 4–5 (2011).',
    ].join('\n');
    expect(splitReferenceLines(lines(list), 0).entries.map((e) => e.number)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('ends at a figure’s caption under the last entry, Springer’s unpunctuated `Fig. 1 a)` too', () => {
    // Springer Nature's manuscripts put the captions after the references: `Fig. 1` then the
    // caption's text, no stop after the number. No entry opens with a figure's number.
    for (const caption of [
      'Fig. 1 a) Seedling length for the control seeds and for several',
      'Fig. 2 Germination of the seeds kept in the light for 2019 days',
      'Table 3 Yields of the lit seeds in 2019',
      'Figure 4: Yields of the lit seeds',
    ]) {
      const list = [
        'Abel A, Brandt Ö (2003) Light and regeneration. J Plant Things 2:113–119',
        '',
        'Moreno-Ortiz R, Vela-Cruz F, et al (2014) Light fields in rice grain',
        'production and health. J Seed Things 13:76–83. https://doi.org/10.1234/JST2013.13245',
        '',
        caption,
        'intensities of the light, from 50 lx to 350 lx at the 7th day.',
      ].join('\n');
      const found = splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' '));
      expect(found).toHaveLength(2);
      expect(found[1]).toMatch(/JST2013\.13245$/);
    }
  });

  it('goes on past a figure’s caption set among the entries, keeping the entries after it', () => {
    const list = [
      'Abel A, Brandt Ö (2003) Light and regeneration. J Plant Things 2:113–119',
      '',
      'Fig. 1 Seedling length for the control seeds and for several',
      'intensities of the light, from 50 lx to 350 lx at the 7th day.',
      '',
      'Moreno-Ortiz R, Vela-Cruz F, et al (2014) Light fields in rice grain',
      'production and health. J Seed Things 13:76–83.',
    ].join('\n');
    const found = splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' '));
    expect(found.at(-1)).toMatch(/^Moreno-Ortiz/);
  });
});
