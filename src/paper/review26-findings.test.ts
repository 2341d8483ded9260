/**
 * Review of session 26's merges: behaviours the merged changes broke or never had.
 */
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

/** Each marker's text and the labels (`#1`…) of the references it links to. */
function links(body: string, references: string): Array<[string, string[]]> {
  const paper = parsePaper(`A Paper\n\nIntroduction\n\n${body}\n\nReferences\n\n${references}\n`, {
    format: 'text',
    fileName: 'p.txt',
    id: pid(`sha256:${'d'.repeat(64)}`),
  });
  const position = new Map(paper.references.map((r, i) => [r.id, `#${i + 1}`]));
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => position.get(id) ?? '?'),
  ]);
}

describe('an acronym defined in the parenthesis of its citation (APA, ML papers)', () => {
  const REFS = [
    'Hochreiter, S., & Schmidhuber, J. (1997). Long short-term memory. Neural Computation, 9(8), 1735–1780.',
    'OECD. (2019). PISA 2018 results. OECD Publishing.',
  ].join('\n');

  it('links the citation after the acronym: (LSTM; Hochreiter & Schmidhuber, 1997), (PISA; OECD, 2019)', () => {
    const found = links(
      'We use long short-term memory (LSTM; Hochreiter & Schmidhuber, 1997) on the Programme for International Student Assessment (PISA; OECD, 2019).',
      REFS,
    );
    expect(found.map(([, ids]) => ids)).toEqual([['#1'], ['#2']]);
  });
});
