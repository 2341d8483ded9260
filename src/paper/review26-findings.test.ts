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

describe('isotopes in a chemistry paper that cites in superscripts (ACS)', () => {
  const refs = [
    'References',
    ...Array.from(
      { length: 13 },
      (_, i) =>
        `${i + 1}. Author${String.fromCharCode(65 + i)} B. Study number ${i + 1}. J. Org. Chem. ${2000 + i}, 1, ${i + 1}.`,
    ),
  ].join('\n\n');

  function cited(body: string) {
    const paper = parsePaper(`A Synthesis\n\n1. Introduction\n\n${body}\n\n${refs}`, {
      format: 'pdf',
      fileName: 'x.pdf',
      id: pid(`sha256:${'e'.repeat(64)}`),
    });
    return paper.citations.map((c) => `${paper.text.slice(c.start, c.end)}→${c.refIds.length}`);
  }

  it('still links a citation whose number is an isotope’s in a spectrum paragraph (¹H NMR …; ¹³C NMR …)', () => {
    const found = cited(
      'Aldehydes were reduced as before² and purified as reported¹³. Yields were high⁵.\n\n' +
        '¹H NMR (400 MHz, CDCl₃) δ 7.26 (m, 5H), 4.61 (s, 2H); ¹³C NMR (101 MHz, CDCl₃) δ 140.9, 128.6, 65.3.',
    );
    expect(found).toContain('¹³→1');
  });
});
