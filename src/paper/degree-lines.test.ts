import { describe, expect, it } from 'vitest';
import { LEAD_MARK } from './aside-blocks';
import { isDegreeLine } from './degree-lines';
import { parseTextBlocks } from './text-blocks';

const body = 'We study the problem in detail. Results are shown below and they hold for all.';

describe('isDegreeLine', () => {
  it('reads the degree a thesis is presented for', () => {
    expect(isDegreeLine('DOCTORAT EN INFORMATIQUE ET')).toBe(true);
    expect(isDegreeLine('Doctor of Philosophy')).toBe(true);
    expect(isDegreeLine('DOCTEUR DE L’UNIVERSITÉ DE LILLE')).toBe(true);
    expect(isDegreeLine('Master of Science in Computer Science')).toBe(true);
    expect(isDegreeLine('Doutorado em Física')).toBe(true);
  });

  it('reads no section or sentence as one', () => {
    expect(isDegreeLine('Introduction')).toBe(false);
    expect(isDegreeLine('Doctoral students and their advisors')).toBe(false);
    expect(isDegreeLine('Master equations for open systems')).toBe(false);
    expect(isDegreeLine('Doctor of Philosophy students were asked to rate the course.')).toBe(
      false,
    );
  });
});

describe('a thesis’s title page', () => {
  it('sets the degree apart in bold, under an archive’s cover of prose, and it is front matter, not a section (`DOCTORAT EN INFORMATIQUE ET`)', () => {
    const blocks = parseTextBlocks(
      `Auto-organisation des réseaux sans fil\n\nNathalie Mitton\n\nHAL is a multi-disciplinary open access archive for the deposit and\ndissemination of scientific research documents, whether they are pub-\nlished or not. The documents may come from teaching and research\ninstitutions in France or abroad, or from public or private research centers.\n\nMémoire présenté par Nathalie Mitton en vue de l’obtention du diplôme\n\nDOCTORAT EN INFORMATIQUE ET${LEAD_MARK}\n\nRESEAUX de l’INSA de Lyon\n\nIntroduction${LEAD_MARK}\n\n${body}\n\nConclusion${LEAD_MARK}\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Introduction',
      'Conclusion',
    ]);
  });
});
