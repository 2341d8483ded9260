import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

describe('a text source whose accents pdftotext wrote as combining marks', () => {
  // `Schölkopf` as `o` + U+0308, as pdftotext writes it from many PDFs.
  const name = 'Scho\u0308lkopf';
  const source = [
    'Kernels',
    '',
    '1 Introduction',
    '',
    `Kernel methods (${name} and Smola, 2002) and estimation (Smith and Eisner, 2005) help.`,
    '',
    'References',
    '',
    `Bernhard ${name} and Alexander J. Smola. 2002. Learning`,
    'with kernels. MIT Press, Cambridge, MA.',
    'N. A. Smith and J. Eisner. 2005. Contrastive estimation. In Proc. of ACL’05,',
    'pages 354–362, Ann Arbor, Michigan.',
    '',
  ].join('\n');

  it('reads the letters composed, so the entry opens with a name and its citation links', () => {
    const paper = parsePaper(source, { format: 'text', fileName: 'k.txt', id: pid('sha256:a') });
    expect(paper.text).toContain('Schölkopf and Smola');
    expect(paper.text).not.toContain('\u0308');
    expect(
      paper.citations.map((c) => [
        paper.text.slice(c.start, c.end),
        c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
      ]),
    ).toEqual([
      ['(Schölkopf and Smola, 2002)', [1]],
      ['(Smith and Eisner, 2005)', [2]],
    ]);
  });
});
