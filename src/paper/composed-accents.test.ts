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

  it('reads LaTeX’s accented dotless i (`ı` + U+0301) as `í`, so the name matches its entry', () => {
    const paper = parsePaper(
      [
        'Parsing',
        '',
        '1 Introduction',
        '',
        'Earlier parsers (Hajič et al., 2009; Martı́nez and Smith, 2011) help.',
        '',
        'References',
        '',
        'Jan Hajič, Massimiliano Ciaramita, and Richard Johansson. 2009. The CoNLL-2009',
        'shared task. In Proceedings of CoNLL, pages 1–18.',
        'Ana Martı́nez and Noah Smith. 2011. Parsing again. In Proc. of ACL, pages 5–9.',
        '',
      ].join('\n'),
      { format: 'text', fileName: 'p.txt', id: pid('sha256:b') },
    );
    expect(paper.text).toContain('Martínez and Smith');
    expect(paper.text).not.toContain('ı');
    expect(
      paper.citations.map((c) => [
        paper.text.slice(c.start, c.end),
        c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
      ]),
    ).toEqual([
      ['(Hajič et al., 2009', [1]],
      ['Martínez and Smith, 2011)', [2]],
    ]);
  });
});
