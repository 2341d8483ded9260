import type { SourceLine } from './normalize-text';
import { resumesPastLostEntries } from './lost-entries';

const lines = (...texts: string[]): SourceLine[] => texts.map((text) => ({ text, indent: 0 }));

const LATER = lines(
  '34. Farabaugh PJ. 2010 Programmed frameshifting in budding yeast. Springer.',
  '35. Nakamura Y, Gojobori T, Ikemura T. 2000 Codon usage tabulated. Nucleic Acids Res. 28, 292.',
  '36. Grosjean H, de Crécy-Lagard V, Marck C. 2010 Deciphering synonymous codons. FEBS Lett. 584, 252.',
);

describe('resumesPastLostEntries', () => {
  it('gives the later number a list goes on with, its next two entries below it', () => {
    expect(resumesPastLostEntries(LATER, 0, 23)).toBe(34);
  });

  it('gives nothing for the number the list waits for or an earlier one, nor with no list read', () => {
    expect(resumesPastLostEntries(LATER, 0, 34)).toBeNull();
    expect(resumesPastLostEntries(LATER, 0, 40)).toBeNull();
    expect(resumesPastLostEntries(LATER, 0, null)).toBeNull();
  });

  it('gives nothing where one entry follows, or the list would have lost more than fifty', () => {
    expect(resumesPastLostEntries(LATER.slice(0, 2), 0, 23)).toBeNull();
    expect(resumesPastLostEntries(LATER, 0, 2)).toBe(34);
    const far = LATER.map((l) => ({ ...l, text: l.text.replace(/^3/, '9') }));
    expect(resumesPastLostEntries(far, 0, 44)).toBe(94);
    expect(resumesPastLostEntries(far, 0, 23)).toBeNull();
  });
});
