import { joinStrandedLabels } from './stranded-labels';
import { parseTextBlocks } from './text-blocks';
import type { SourceLine } from './normalize-text';

const lines = (...texts: string[]): SourceLine[] => texts.map((text) => ({ text, indent: 0 }));

describe('joinStrandedLabels', () => {
  it('joins an entry’s number set apart by a blank line to the author’s head below it (pdftotext)', () => {
    expect(
      joinStrandedLabels(
        lines(
          'Published online 14 July 2013.',
          '1.',
          '',
          'Rajendhran, J. & Gunasekaran, P. Microbial phylogeny and diversity: small subunit',
          'ribosomal RNA sequence analysis and beyond. Microbiol. Res. 166, 99–110',
          '2. Gilbert, J. A. & Dupont, C. L. Microbial metagenomics. Ann.',
        ),
      ).map((l) => l.text),
    ).toEqual([
      'Published online 14 July 2013.',
      '',
      '1. Rajendhran, J. & Gunasekaran, P. Microbial phylogeny and diversity: small subunit',
      'ribosomal RNA sequence analysis and beyond. Microbiol. Res. 166, 99–110',
      '2. Gilbert, J. A. & Dupont, C. L. Microbial metagenomics. Ann.',
    ]);
  });

  it('leaves a number above prose or a heading alone', () => {
    const alone = lines('2.', '', 'Methods', '', 'We sampled the sea.');
    expect(joinStrandedLabels(alone)).toEqual(alone);
  });

  it('leaves a number that ends a wrapped entry alone (`pp. 901–` / `910.`)', () => {
    const wrapped = lines(
      'Kim, J., 2018. Learning with processes, in: Proceedings of ICML, Sweden. pp. 901–',
      '910.',
      '',
      'García, M., Fernández, P., 2017. A survey of energy harvesting. Renew. Energy 3, 1–9.',
    );
    expect(joinStrandedLabels(wrapped)).toEqual(wrapped);
  });

  it('leaves a number with no blank line below it, or after a line that goes on, alone', () => {
    const pages = lines(
      'Johnson, A. 2023. MIMIC-IV. In Scientific Data, 10(1):',
      '1.',
      'Kim, T.; Heo, J.; and Kim, S.-W. 2025. HI-DR. In Proceedings of AAAI.',
    );
    expect(joinStrandedLabels(pages)).toEqual(pages);
    const colon = lines('In Scientific Data, 10(1):', '1.', '', 'Kim, T.; Heo, J. 2025. HI-DR.');
    expect(joinStrandedLabels(colon)).toEqual(colon);
  });

  it('joins a later entry’s label when the entry before it is numbered one less', () => {
    expect(
      joinStrandedLabels(
        lines(
          '3. Kim, J. A study. J. Biol. 3, 1–9 (2001).',
          '4.',
          '',
          'Lee, B. Another. Cell 2, 3 (2002).',
        ),
      ).map((l) => l.text),
    ).toEqual([
      '3. Kim, J. A study. J. Biol. 3, 1–9 (2001).',
      '',
      '4. Lee, B. Another. Cell 2, 3 (2002).',
    ]);
  });

  it('leaves a column of labels above the entries alone (their numbers cannot be matched)', () => {
    const column = lines(
      'References',
      '1.',
      '',
      '2.',
      '3.',
      '',
      'Langseth, W.; Bernhost, A. Mycotoxin production. Mycopathologia 1999, 144, 103–113.',
    );
    expect(joinStrandedLabels(column)).toEqual(column);
  });
});

describe('parseTextBlocks: a numbered list with its first label set apart', () => {
  it('reads the first entry as an entry of the list', () => {
    const source =
      'A Title of the Paper\n\nText cites it1,2.\nPublished online 14 July 2013.\n' +
      '1.\n\nRajendhran, J. & Gunasekaran, P. Microbial phylogeny and diversity. Microbiol. Res. 166, 99–110 (2011).\n' +
      '2. Gilbert, J. A. & Dupont, C. L. Microbial metagenomics: beyond the genome. Ann. Rev. Mar. Sci. 3, 347–371 (2011).\n' +
      '3. Pedrós-Alió, C. Marine microbial diversity: can it be determined? Trends Microbiol. 14, 257–263 (2006).\n';
    const refs = parseTextBlocks(source).filter((b) => b.kind === 'reference');
    expect(refs.map((b) => b.text.slice(0, 14))).toEqual([
      '1. Rajendhran,',
      '2. Gilbert, J.',
      '3. Pedrós-Alió',
    ]);
  });
});
