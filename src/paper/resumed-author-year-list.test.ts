// Text after a headed author-year list (`authorYearResumed`, text-blocks.ts): the list goes on past
// another column's text only with real entries, and never past a section set after it.
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';
import type { Paper } from './types';

const parse = (source: string) =>
  parsePaper(source, { format: 'text', fileName: 'p.txt', id: pid(`sha256:${'0'.repeat(64)}`) });

const linked = (paper: Paper) =>
  paper.citations.map((c) => ({
    marker: paper.text.slice(c.start, c.end),
    authors: c.refIds.map((id) => paper.references.find((r) => r.id === id)?.fields.authors),
  }));

const REFERENCES = `References

Jones, B. (2010). Another paper. Journal, 1, 2–3.

Smith, A. (2010). A paper. Journal, 1, 2–3.

Smith, A., & Jones, B. (2010). A joint paper. Journal, 1, 4–5.
`;

const paperWith = (after: string) =>
  parse(`A Title\n\nIntroduction\n\nAs shown before (Smith, 2010).\n\n${REFERENCES}\n${after}\n`);

const paragraphs = (open: (i: number) => string) =>
  Array.from(
    { length: 4 },
    (_, i) => `${open(i)}\nThis line of paragraph ${i} goes on about the effect and its size.`,
  ).join('\n\n');

describe('text after a headed author-year list', () => {
  it('keeps appendix paragraphs that open with a narrative citation as paragraphs, their citations linked', () => {
    const paper = paperWith(
      `Appendix\n\n${paragraphs((i) => `Smith and Jones (2010) found in study ${i} that the effect holds.`)}`,
    );
    expect(paper.references).toHaveLength(3);
    expect(paper.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
    expect(linked(paper).filter((c) => c.marker.startsWith('Smith and Jones'))).toHaveLength(4);
  });

  it('keeps appendix paragraphs that open like an entry head (`Müller, K. (2010). In this study`) as paragraphs', () => {
    const paper = paperWith(
      `Appendix\n\n${paragraphs((i) => `Müller, K. (2010). In this study ${i} the effect holds.`)}`,
    );
    expect(paper.references).toHaveLength(3);
    expect(paper.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
  });

  it('reads paragraphs opening with a narrative citation past a section set before the list as text', () => {
    const paper = paperWith(
      `Acknowledgements\nWe thank the reviewers for their helpful comments.\n\n${paragraphs((i) => `Smith, A. (2010) reported in study ${i} that the effect holds.`)}`,
    );
    expect(paper.references).toHaveLength(3);
    expect(paper.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(6);
  });

  it('still reads entries past a section set before the list (`Acknowledgements`) as the list going on', () => {
    const paper = paperWith(
      [
        'Acknowledgements',
        'We thank the reviewers for their helpful comments on an earlier draft.',
        '',
        'Zhang, C. (2011). A third paper. Journal, 2, 6–7.',
        '',
        'Young, D. (2012). A fourth paper. Journal, 3, 8–9.',
      ].join('\n'),
    );
    expect(paper.references).toHaveLength(5);
  });

  it('reads on past a blank line that cuts an entry after its comma (AASTeX: `… et al. 2020,` / blank / `Nature, 585, 357, …`)', () => {
    const paper = paperWith(
      [
        'Acknowledgements',
        'We thank the reviewers for their helpful comments on an earlier draft.',
        '',
        'Zhang, C., & Lee, D. 2011, ApJ, 2, 6–7, doi: 10.1000/apj.2',
        'Harris, C. R., Millman, K. J., van der Walt, S. J., et al. 2020,',
        '',
        'Nature, 585, 357, doi: 10.1038/s41586-020-2649-2',
        'Young, D. 2012, MNRAS, 3, 8–9, doi: 10.1000/mnras.3',
        'Ward, E., & Roe, F. 2013, AJ, 4, 10–11, doi: 10.1000/aj.4',
      ].join('\n'),
    );
    expect(paper.references.map((r) => r.fields.authors[0])).toEqual([
      'Jones, B.',
      'Smith, A.',
      'Smith, A.',
      'Zhang, C.',
      'Harris, C. R.',
      'Young, D.',
      'Ward, E.',
    ]);
  });
});
