import { resolveAnchorLinks } from './anchor-links';
import { parsePaper } from './parse-paper';
import { fakePaperId } from './__fixtures__/paper-ids';

/** A paper as Marker writes it: every cross-reference a link to a `<span id>` anchor. */
const MARKER_PAPER = [
  '# Counting Crowds',
  '',
  'The network is shown in Figure [1](#page-1-0) and scored in Table [2](#page-2-0),',
  'as in prior work [\\[2\\]](#page-8-1) and Equation [3](#page-3-0).[1](#page-0-5)',
  '',
  '<span id="page-1-0"></span>![](_page_1_Picture_2.jpeg)',
  '',
  'Figure 1: The network.',
  '',
  '<span id="page-2-0"></span>Table 2: Scores.',
  '',
  '<span id="page-3-0"></span>',
  '',
  '$$y = x \\tag{3}$$',
  '',
  '<span id="page-0-5"></span><sup>1</sup> Code is at example.org.',
  '',
  '# References',
  '',
  '- <span id="page-8-0"></span>[1] A. Author. First paper. In CVPR, 2017.',
  '- <span id="page-8-1"></span>[2] B. Author. Second paper. In ICCV, 2018.',
  '- <span id="page-8-2"></span>[3] C. Author. Third paper. In ECCV, 2019.',
  '',
].join('\n');

describe('resolveAnchorLinks', () => {
  it('writes a bare number linked to a figure, table or equation anchor as the number it prints', () => {
    const out = resolveAnchorLinks(MARKER_PAPER);
    expect(out).toContain('shown in Figure 1 and scored in Table 2,');
    expect(out).toContain('and Equation 3.');
  });

  it('keeps a link to a reference entry’s anchor as it is', () => {
    expect(resolveAnchorLinks(MARKER_PAPER)).toContain('prior work [\\[2\\]](#page-8-1)');
  });

  it('raises a number linked to a footnote’s anchor, as the page printed it', () => {
    expect(resolveAnchorLinks(MARKER_PAPER)).toContain('Equation 3.<sup>1</sup>');
  });

  it('leaves links to anchors the file does not hold, and files with no anchors, untouched', () => {
    const text = 'cited [1](#ref-1) and [2](#page-9-9) here';
    expect(resolveAnchorLinks(text)).toBe(text);
    expect(resolveAnchorLinks(`${text}\n\n<span id="page-1-0"></span>Fig.`)).toBe(
      text + '\n\n<span id="page-1-0"></span>Fig.',
    );
  });
});

describe('a Marker paper with a numbered bibliography', () => {
  const paper = parsePaper(MARKER_PAPER, {
    format: 'markdown',
    fileName: 'counting.md',
    id: fakePaperId('c'),
  });
  const linked = paper.citations.map((c) => paper.text.slice(c.start, c.end));

  it('links its citation and never a figure, table, equation or footnote number', () => {
    expect(linked).toEqual(['[2]']);
    expect(paper.citations[0]?.refIds).toEqual([paper.references[1]?.id]);
  });

  it('shows no anchor, image link or bracketed figure number', () => {
    expect(paper.text).not.toMatch(/<span|_page_|\]\(#|Figure \[1\]/);
    expect(paper.text).toContain('Equation 3.¹');
  });
});
