import { parseMarkdownBlocks } from './markdown-blocks';
import type { RawBlock } from './raw-block';

function outline(blocks: readonly RawBlock[]): string[] {
  return blocks.map((b) => {
    if (b.kind === 'heading') return `heading(${b.level},${b.number ?? '-'},${b.role}): ${b.text}`;
    if (b.kind === 'reference') return `reference(${b.number ?? '-'}): ${b.text}`;
    return `${b.kind}: ${b.text}`;
  });
}

describe('parseMarkdownBlocks', () => {
  it('reads a file with very many headings (no spread of them into Math.min)', () => {
    // More headings than a call may take arguments: each level's minimum is read in a loop.
    const lines = ['# Title', ''];
    for (let i = 0; i < 200_000; i++) lines.push(`## S${i}`, '', 'text.', '');
    lines.push('**References**', '');
    const blocks = parseMarkdownBlocks(lines.join('\n'));
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(200_001);
    expect(blocks.at(-1)).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('reads the title, numbered headings with levels from # count, and joined paragraphs', () => {
    const source =
      '# The Title\n\n## 2. Methods\n\nLine one\nline two.\n\n### 2.1 Sampling\n\nText.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: The Title',
      'heading(1,2,section): 2. Methods',
      'paragraph: Line one line two.',
      'heading(2,2.1,section): 2.1 Sampling',
      'paragraph: Text.',
    ]);
  });

  it('treats a first # heading that names a section as a heading, not the title', () => {
    expect(outline(parseMarkdownBlocks('# Introduction\n\nText.\n\n# Results\n\nMore.\n'))).toEqual(
      [
        'heading(1,-,section): Introduction',
        'paragraph: Text.',
        'heading(1,-,section): Results',
        'paragraph: More.',
      ],
    );
  });

  it.each([
    [
      'a first ## heading opening the file as the title (docling writes every heading so)',
      '## DocLayNet: A Dataset\n\nText.\n\n## 1 Introduction\n\nMore.\n',
      [
        'title: DocLayNet: A Dataset',
        'paragraph: Text.',
        'heading(1,1,section): 1 Introduction',
        'paragraph: More.',
      ],
    ],
    [
      'a ## heading after a paragraph as a heading',
      'Preface.\n\n## A Study\n\nText.\n',
      ['paragraph: Preface.', 'heading(1,-,section): A Study', 'paragraph: Text.'],
    ],
    [
      'a first ## heading followed by another as a heading',
      '## Readers and Margins\n\n## Methods\n\nText.\n',
      [
        'heading(1,-,section): Readers and Margins',
        'heading(1,-,section): Methods',
        'paragraph: Text.',
      ],
    ],
    [
      'a numbered first ## heading as a heading',
      '## 1 Scope\n\nText.\n',
      ['heading(1,1,section): 1 Scope', 'paragraph: Text.'],
    ],
  ])('reads %s', (_name, source, expected) => {
    expect(outline(parseMarkdownBlocks(source))).toEqual(expected);
  });

  it.each([
    ['bold', 'A **bold** claim.', 'A bold claim.'],
    ['italics with stars and underscores', 'An *odd* and _rare_ case.', 'An odd and rare case.'],
    ['code spans', 'Call `parsePaper()` now.', 'Call parsePaper() now.'],
    ['links', 'See [the site](https://example.org/a_b) today.', 'See the site today.'],
    ['images', '![a figure](fig.png) here.', 'a figure here.'],
    ['autolinks', 'Go to <https://example.org>.', 'Go to https://example.org.'],
    ['escapes', 'Not \\*emphasis\\* at all.', 'Not *emphasis* at all.'],
    [
      'snake_case words untouched',
      'The some_variable_name stays.',
      'The some_variable_name stays.',
    ],
    [
      'citation markers kept, even linked',
      'Known [4] and [[5]](#ref-5) and [6](#r6).',
      'Known [4] and [5] and [6].',
    ],
    [
      'a number linked to an affiliation, a figure, a table or an additional file kept as a plain number',
      'Ann Lee[1](https://x.org/a#Aff1), as cited [2](https://x.org/a#ref-CR2) (Fig. [3](https://x.org/a#Fig3), Additional file [4](https://x.org/a#MOESM4)).',
      'Ann Lee1, as cited [2] (Fig. 3, Additional file 4).',
    ],
  ])('strips inline markup: %s', (_name, source, expected) => {
    expect(parseMarkdownBlocks(source)).toEqual([{ kind: 'paragraph', text: expected }]);
  });

  it('reads a setext heading and skips front matter and thematic breaks', () => {
    expect(
      outline(parseMarkdownBlocks('---\na: b\n---\nTitle Here\n==========\n\n***\n\nBody.\n')),
    ).toEqual(['title: Title Here', 'paragraph: Body.']);
  });

  it('keeps fenced code as one paragraph with its line breaks', () => {
    expect(parseMarkdownBlocks('```ts\nconst a = 1;\n\nconst b = 2;\n```\n')).toEqual([
      { kind: 'paragraph', text: 'const a = 1;\nconst b = 2;' },
    ]);
  });

  it('splits an **Abstract:** lead-in into a heading and its paragraph', () => {
    expect(outline(parseMarkdownBlocks('**Abstract:** We study margins.\n'))).toEqual([
      'heading(1,-,abstract): Abstract',
      'paragraph: We study margins.',
    ]);
  });

  it.each([
    [
      'bullets',
      '- Smith, J. (2019). One.\n- Doe, A. (2020). Two.\n',
      ['reference(-): Smith, J. (2019). One.', 'reference(-): Doe, A. (2020). Two.'],
    ],
    [
      'an ordered list',
      '1. Smith, J. One.\n2. Doe, A. Two.\n',
      ['reference(1): 1. Smith, J. One.', 'reference(2): 2. Doe, A. Two.'],
    ],
    [
      'an ordered list written 1. 1.',
      '1. Smith, J. One.\n1. Doe, A. Two.\n',
      ['reference(1): 1. Smith, J. One.', 'reference(2): 2. Doe, A. Two.'],
    ],
    [
      'an ordered list whose converter swapped two entries (docling), each keeping its number',
      '4. Deng, Y. Four.\n5. Kayal, P. Five.\n7. Li, M. Seven.\n6. Lee, E. Six.\n8. Livathinos, N. Eight.\n',
      [
        'reference(4): 4. Deng, Y. Four.',
        'reference(5): 5. Kayal, P. Five.',
        'reference(7): 7. Li, M. Seven.',
        'reference(6): 6. Lee, E. Six.',
        'reference(8): 8. Livathinos, N. Eight.',
      ],
    ],
    [
      'an ordered list a converter restarted at 1 after a page break, numbered on',
      '1. Smith, J. One.\n2. Doe, A. Two.\n1. Roe, B. Three.\n2. Poe, C. Four.\n',
      [
        'reference(1): 1. Smith, J. One.',
        'reference(2): 2. Doe, A. Two.',
        'reference(3): 3. Roe, B. Three.',
        'reference(4): 4. Poe, C. Four.',
      ],
    ],
    [
      'bracketed lines',
      '[1] Smith, J. One.\n[2] Doe, A.\nTwo.\n',
      ['reference(1): [1] Smith, J. One.', 'reference(2): [2] Doe, A. Two.'],
    ],
    [
      'bullets, one cut by a blank line before its lower-case end',
      '- [1] Sam, D. Switching networks for crowd\n\ncounting. In CVPR, 2017.\n- [2] Doe, A. Two.\n',
      [
        'reference(1): [1] Sam, D. Switching networks for crowd counting. In CVPR, 2017.',
        'reference(2): [2] Doe, A. Two.',
      ],
    ],
    [
      'numbered bullets, one cut by a blank line before its emphasised end',
      '- [1] Sam, D. Crowd counting. In *Proceedings of the IEEE Conference on*\n\n*Computer Vision*, pages 833–841, 2015.\n\n- [2] Doe, A. Two.\n',
      [
        'reference(1): [1] Sam, D. Crowd counting. In Proceedings of the IEEE Conference on Computer Vision, pages 833–841, 2015.',
        'reference(2): [2] Doe, A. Two.',
      ],
    ],
    [
      'bullets, two run together on one line',
      '* [1] Sam, D. One. In CVPR, 2017. * [2] Doe, A. Two.\n* [3] Roe, B. Three.\n',
      [
        'reference(1): [1] Sam, D. One. In CVPR, 2017.',
        'reference(2): [2] Doe, A. Two.',
        'reference(3): [3] Roe, B. Three.',
      ],
    ],
    [
      'paragraphs',
      'Smith, J. (2019). One.\n\nDoe, A. (2020).\nTwo.\n',
      ['reference(-): Smith, J. (2019). One.', 'reference(-): Doe, A. (2020). Two.'],
    ],
  ])('reads a References list of %s', (_name, list, expected) => {
    const blocks = parseMarkdownBlocks(`Text.\n\n## References\n\n${list}`);
    expect(outline(blocks).slice(2)).toEqual(expected);
    expect(blocks[1]).toMatchObject({ kind: 'heading', role: 'bibliography' });
  });

  it('ends the reference list at the next heading of the same level', () => {
    const blocks = parseMarkdownBlocks(
      '## References\n\n- Smith, J. (2019). One.\n\n## Appendix\n\nMore text.\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'reference', 'heading', 'paragraph']);
  });
});

describe('parseMarkdownBlocks: HTML blocks a Markdown export keeps (Pandoc, R Markdown, Quarto)', () => {
  it('drops lines of container tags and reads a figure caption as a caption', () => {
    const source = [
      '# The Title',
      '',
      '## Results',
      '',
      '<div id="fig-clust">',
      '',
      'Rewards fall.',
      '',
      '</div>',
      '',
      '<figure id="reserves">',
      '<img src="./figures/reserves.png" width="400" alt="image" />',
      '<figcaption>Actual Reserves vs Simplifications</figcaption> </figure>',
      '',
      '<figure id="b"> <img src="./b.png" /> <figcaption>Rewards and Treasury.</figcaption> </figure>',
      '',
      'More text.',
    ].join('\n');
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: The Title',
      'heading(1,-,section): Results',
      'paragraph: Rewards fall.',
      'caption: Actual Reserves vs Simplifications',
      'caption: Rewards and Treasury.',
      'paragraph: More text.',
    ]);
  });

  const entry = (id: string, text: string): string =>
    `<div id="ref-${id}" class="csl-entry">\n\n${text}\n\n</div>\n\n`;

  it('reads the `refs` list without a heading as the reference list, an entry a `csl-entry`', () => {
    const source =
      '# The Title\n\n## Conclusions\n\nAs in \\[2\\].\n\n' +
      '<div id="refs" class="references csl-bib-body" entry-spacing="0">\n\n' +
      entry(
        'a',
        '<span class="csl-left-margin">\\[1\\] </span><span class="csl-right-inline">Cardano, “Documentation.” docs.cardano.org, 2025.</span>',
      ) +
      entry(
        'b',
        '<span class="csl-left-margin">\\[2\\] </span><span class="csl-right-inline">P. Kant and D. Coutts,\n“Design specification,” 2020.</span>',
      ) +
      '</div>\n\nA closing note.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: The Title',
      'heading(1,-,section): Conclusions',
      'paragraph: As in [2].',
      'reference(1): [1] Cardano, “Documentation.” docs.cardano.org, 2025.',
      'reference(2): [2] P. Kant and D. Coutts, “Design specification,” 2020.',
      'paragraph: A closing note.',
    ]);
  });

  it('splits a References list of `csl-entry` blocks at each entry, not at its lines', () => {
    const source =
      'Text.\n\n## References\n\n<div id="refs" class="references csl-bib-body hanging-indent">\n\n' +
      entry(
        'b',
        'Barnard, Rosanna C., Luc Berthouze, and István Z. Kiss. 2019.\n“Edge-Based Compartmental\nModelling.” *Bull. Math. Biol.* 81: 1–20.',
      ) +
      entry(
        'k',
        'Keeling, M. J. 1999. “The Effects of Local Spatial Structure.”\n*Proc. R. Soc. B* 266: 859–67.',
      ) +
      '</div>\n';
    expect(outline(parseMarkdownBlocks(source)).slice(2)).toEqual([
      'reference(-): Barnard, Rosanna C., Luc Berthouze, and István Z. Kiss. 2019. “Edge-Based Compartmental Modelling.” Bull. Math. Biol. 81: 1–20.',
      'reference(-): Keeling, M. J. 1999. “The Effects of Local Spatial Structure.” Proc. R. Soc. B 266: 859–67.',
    ]);
  });
});

describe('parseMarkdownBlocks: footnotes', () => {
  it('reads a footnote definition `[^1]: …` as a footnote, its wrapped lines joined', () => {
    const source =
      '# The Title\n\n## Results\n\nPools grow.[^2]\n\n[^1]: I thank the whole\n    foundation.\n\n[^2]: In the last few years.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: The Title',
      'heading(1,-,section): Results',
      'paragraph: Pools grow.²',
      'footnote: ¹ I thank the whole foundation.',
      'footnote: ² In the last few years.',
    ]);
  });
});

describe('parseMarkdownBlocks: the byline and display equations', () => {
  it.each([
    [
      'the lines after the title up to the first heading as the byline, line breaks kept',
      '# A Study of Margins\n\n**Jane Doe**¹, John Smith²\n¹ University of Oxford, UK\n\n<jane@example.org>\n\n## Abstract\n\nWe read margins.\n',
      [
        'title: A Study of Margins',
        'byline: Jane Doe¹, John Smith²\n¹ University of Oxford, UK\n<jane@example.org>',
        'heading: Abstract',
        'paragraph: We read margins.',
      ],
    ],
    [
      'a paragraph of prose after the title as running text',
      '# A Study of Margins\n\nReaders annotate papers to argue with them and keep their notes.\n',
      [
        'title: A Study of Margins',
        'paragraph: Readers annotate papers to argue with them and keep their notes.',
      ],
    ],
    [
      'a `$$` display equation as its own block between paragraphs',
      '## Method\n\nThe energy is\n$$\nE = mc^2 \\quad (3)\n$$\nwhere m is the mass (1).\n',
      [
        'heading: Method',
        'paragraph: The energy is',
        'equation: E = mc² (3)',
        'paragraph: where m is the mass (1).',
      ],
    ],
  ])('reads %s', (_name, source, expected) => {
    expect(
      outline(parseMarkdownBlocks(source)).map((l) => l.replace(/^heading\(.*?\)/, 'heading')),
    ).toEqual(expected);
  });

  it('ends an abstract that would hold the introduction at its first paragraph (PNAS made Markdown)', () => {
    const intro = Array<string>(6)
      .fill(`Intro paragraph ${'word '.repeat(150)}end.`)
      .join('\n\n');
    const blocks = parseMarkdownBlocks(
      `# T\n\n## Abstract\n\nWe explore it.\n\n${intro}\n\n## The Model\n\nText.\n`,
    );
    expect(outline(blocks).slice(0, 3)).toEqual([
      'title: T',
      'paragraph: Abstract We explore it.',
      expect.stringMatching(/^paragraph: Intro paragraph/),
    ]);
  });

  it('reads an HTML table on one line (MinerU) as a table: a row a line, its cells apart', () => {
    const source =
      '# T\n\n## 1 Results\n\nScores are below.\n\n' +
      '<table><tr><td>Method</td><td>MSE↓</td><td colspan="2">ID↑</td></tr>' +
      '<tr><td>SG2 [16]</td><td>0.0881</td><td><sup>a</sup>0.82</td></tr></table>\n\n' +
      'Table 1: Scores.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'heading(1,1,section): 1 Results',
      'paragraph: Scores are below.',
      'table: Method | MSE↓ | ID↑\nSG2 [16] | 0.0881 | a0.82',
      'paragraph: Table 1: Scores.',
    ]);
  });

  it('reads an HTML table over several lines, with a header row and entities, as a table', () => {
    const source =
      '# T\n\nText.\n\n<table>\n  <thead><tr><th>A &amp; B</th><th>n</th></tr></thead>\n' +
      '  <tbody>\n    <tr><td>x</td><td>1</td></tr>\n  </tbody>\n</table>\n\nMore text.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'paragraph: Text.',
      'table: A & B | n\nx | 1',
      'paragraph: More text.',
    ]);
  });

  it('reads a pipe table (Marker, Pandoc, docling) as a table without its rule row', () => {
    const source =
      '# T\n\nText.\n\n| Model | **Params** |\n|-------|-----------:|\n| T5-Base | 223M |\n' +
      '| Switch-Base | 7B |\n\nMore text.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'paragraph: Text.',
      'table: Model | Params\nT5-Base | 223M\nSwitch-Base | 7B',
      'paragraph: More text.',
    ]);
  });

  it('keeps a paragraph that only holds pipes in its words as a paragraph', () => {
    expect(outline(parseMarkdownBlocks('# T\n\nThe norm |x| is small | often.\n'))).toEqual([
      'title: T',
      'paragraph: The norm |x| is small | often.',
    ]);
  });

  it('reads a LaTeX tabular (Nougat) as a table, its rules dropped and a nested cell joined', () => {
    const source = [
      '# T',
      '',
      'Text.',
      '',
      '\\begin{table}',
      '\\begin{tabular}{|l|l|} \\hline',
      '**Method** & \\begin{tabular}{l} **GAME** \\\\ **(L=0)** \\\\ \\end{tabular} \\\\ \\hline AMDCN & **9.77** \\\\ \\hline',
      'Hydra2s [18] & \\multicolumn{1}{c}{333.73} \\\\ \\hline 100\\% of it & $x_1$ \\\\ \\hline \\end{tabular}',
      '\\end{table}',
      '',
      'Table 1: Mean absolute error.',
      '',
    ].join('\n');
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'paragraph: Text.',
      'table: Method | GAME (L=0)\nAMDCN | 9.77\nHydra2s [18] | 333.73\n100% of it | x₁',
      'paragraph: Table 1: Mean absolute error.',
    ]);
  });

  it('keeps a table and captions a page break drops into the reference list out of its entries', () => {
    const source = [
      '# T',
      '',
      '## References',
      '',
      '* [1] S. An and W. Liu. Face recognition. In CVPR, 2007.',
      '* [2] D. Babu Sam and S. Surya. Switching networks for crowd',
      '',
      '<table><tr><td>Method</td><td>MAE</td></tr><tr><td>MCNN [2]</td><td>11.6</td></tr></table>',
      '',
      'Table 4: Mean absolute error on WorldExpo.',
      '',
      'counting. In CVPR, pages 5744-5752, 2017.',
      '* [3] L. Boominathan. Crowdnet. In ACM Multimedia, 2016.',
    ].join('\n');
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'heading(1,-,bibliography): References',
      'reference(1): [1] S. An and W. Liu. Face recognition. In CVPR, 2007.',
      'reference(2): [2] D. Babu Sam and S. Surya. Switching networks for crowd counting. In CVPR, pages 5744-5752, 2017.',
      'table: Method | MAE\nMCNN [2] | 11.6',
      'caption: Table 4: Mean absolute error on WorldExpo.',
      'reference(3): [3] L. Boominathan. Crowdnet. In ACM Multimedia, 2016.',
    ]);
  });
});

describe('paragraphs after the last entry of a numbered reference list', () => {
  // A converter's IEEE paper: the authors' biographies follow the references with no heading.
  it('are not glued onto the last entry', () => {
    const source = [
      '# Crowd Counting',
      '',
      '## References',
      '',
      '1. Sam, D. Switching networks for crowd counting. In CVPR, 2017.',
      '2. Doe, A. Density maps. In ICCV, 2019.',
      '',
      '**John Smith** received the B.S. degree from the University of Leeds in 2010. His research interests include computer vision.',
      '',
      'Jane Roe is a professor at the University of York.',
      '',
    ].join('\n');
    const references = parseMarkdownBlocks(source).filter((b) => b.kind === 'reference');
    expect(references[1]?.text).toBe('2. Doe, A. Density maps. In ICCV, 2019.');
  });

  it('stay paragraphs, after the list, while a tail cut from an entry goes on with it', () => {
    const source = [
      '## References',
      '',
      '1. Roe, A. Crowd counting. In *Proceedings of the IEEE*',
      '',
      '*Transactions on PAMI*, 39(4):640–651, 2017.',
      '',
      'John Smith received the B.S. degree from Leeds in 2010. His interests include vision.',
      '',
    ].join('\n');
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'heading(1,-,bibliography): References',
      'reference(1): 1. Roe, A. Crowd counting. In Proceedings of the IEEE Transactions on PAMI, 39(4):640–651, 2017.',
      'paragraph: John Smith received the B.S. degree from Leeds in 2010. His interests include vision.',
    ]);
  });

  it('leaves the rest of an entry a figure cut off, in lowercase words but ending as entries end, on it', () => {
    const source = [
      '## References',
      '',
      '- [13] Glenn Jocher, Alex Stoken, Ayush Chaurasia, Mai Thanh',
      '',
      'Figure 6: Example layout predictions.',
      '',
      'Minh, albinxavi, fatih, and wanghao yang. ultralytics/yolov5: v6.0 - yolov5n nano models, roboflow integration, October 2021.',
      '',
      '- [14] Nicolas Carion. End-to-end object detection. CoRR, abs/2005.12872, 2020.',
    ].join('\n');
    expect(outline(parseMarkdownBlocks(source)).slice(1)).toEqual([
      'reference(13): [13] Glenn Jocher, Alex Stoken, Ayush Chaurasia, Mai Thanh Minh, albinxavi, fatih, and wanghao yang. ultralytics/yolov5: v6.0 - yolov5n nano models, roboflow integration, October 2021.',
      'caption: Figure 6: Example layout predictions.',
      'reference(14): [14] Nicolas Carion. End-to-end object detection. CoRR, abs/2005.12872, 2020.',
    ]);
  });
});

describe('Pandoc’s own Markdown (`pandoc --citeproc -t markdown`)', () => {
  // Pandoc writes its divs as fenced divs in Markdown, not as HTML `<div>`s (those are GFM's).
  it('reads the fenced `::: {#refs}` div as the reference list, each `.csl-entry` one entry', () => {
    const source = [
      '# Methane',
      '',
      'Methane rose [1] and fell [2].',
      '',
      '::: {#refs .references .csl-bib-body}',
      '::: {#ref-keeling1999 .csl-entry}',
      '\\[1\\] Keeling, C. D. 1999. Rising methane. *Nature* 401: 1--9.',
      ':::',
      '',
      '::: {#ref-smith2001 .csl-entry}',
      '\\[2\\] Smith, J. 2001. Falling methane. *Science* 2: 3--4.',
      ':::',
      ':::',
      '',
    ].join('\n');
    const blocks = parseMarkdownBlocks(source);
    const references = blocks.filter((b) => b.kind === 'reference');
    expect(references.map((b) => b.text.slice(0, 20))).toEqual([
      '[1] Keeling, C. D. 1',
      '[2] Smith, J. 2001. ',
    ]);
    expect(blocks.map((b) => b.text).join('\n')).not.toContain(':::');
  });

  it('keeps the text of any other fenced div (a Quarto callout), its fences no text', () => {
    const source =
      '# T\n\n::: {.callout-note}\nHerds vary.\n:::\n\n::: Warning\nMind the gap.\n:::\n\nEnd.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: T',
      'paragraph: Herds vary.',
      'paragraph: Mind the gap.',
      'paragraph: End.',
    ]);
  });
});

describe('a Pandoc reference list in a numbered style labelled `(1)` (ACS’s CSL style)', () => {
  it('keeps each `csl-entry` an entry of its own', () => {
    // As Pandoc writes an entry of a numbered style in GitHub Markdown: its label in a span.
    const entry = (id: string, text: string) => {
      const [, label, rest] = /^(\(\d+\)) (.*)$/.exec(text) ?? [];
      return `<div id="ref-${id}" class="csl-entry">\n\n<span class="csl-left-margin">${label} </span><span class="csl-right-inline">${rest}</span>\n\n</div>\n\n`;
    };
    const source =
      'Text (1) and (2).\n\n## References\n\n<div id="refs" class="references csl-bib-body">\n\n' +
      entry('smith', '(1) Smith, J. Early Grazing. *J. Am. Chem. Soc.* **1998**, *79*, 1–9.') +
      entry('jones', '(2) Jones, P. Methane. *Org. Lett.* **2001**, *4*, 11–19.') +
      entry('brown', '(3) Brown, A. Rumen Microbes. *Science* **2005**, *308*, 100–104.') +
      '</div>\n';
    const references = parseMarkdownBlocks(source).filter((b) => b.kind === 'reference');
    expect(references.map((b) => b.text.slice(0, 14))).toEqual([
      '(1) Smith, J. ',
      '(2) Jones, P. ',
      '(3) Brown, A. ',
    ]);
  });
});

describe('parseMarkdownBlocks: papers written in Markdown (JOSS, R Markdown, Quarto)', () => {
  it('takes the title and the authors from the YAML front matter', () => {
    const source =
      "---\ntitle: 'mwarp1d: Manual one-dimensional data warping in Python'\nauthors:\n" +
      '  - name: Todd C. Pataky\n    affiliation: 1\n  - name: Hanaa Naouma\n---\n\n' +
      '# Summary\n\nWarping is a process.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: mwarp1d: Manual one-dimensional data warping in Python',
      'byline: Todd C. Pataky, Hanaa Naouma',
      'heading(1,-,section): Summary',
      'paragraph: Warping is a process.',
    ]);
  });

  it('writes pandoc citations as the keys they cite, in parentheses, with their locators', () => {
    const source =
      '# Summary\n\nShown before [@Ramsay:1998; @Sadeghi:2000, p. 4] and in [see @lee2020-X]. ' +
      'It was introduced by @menzel2020 [p. 33], as @menzel2020-NeuroImage, Appx. B shows; ' +
      'Knuth [-@knuth1984] too. Mail noam@google.com or `@decorator` stay.\n';
    expect(outline(parseMarkdownBlocks(source)).slice(1)).toEqual([
      'paragraph: Shown before (Ramsay:1998; Sadeghi:2000, p. 4) and in (see lee2020-X). ' +
        'It was introduced by menzel2020 (p. 33), as menzel2020-NeuroImage, Appx. B shows; ' +
        'Knuth (knuth1984) too. Mail noam@google.com or @decorator stay.',
    ]);
  });

  it('writes LaTeX citation commands a converter left as their keys, and drops labels', () => {
    const source =
      '# Results\n\nAs shown \\citep[p.~4]{wu2016google, Jonas2017} by \\citet{shazeer2017}.' +
      '\\label{sec:results}\n\n| Model | BLEU |\n|---|---|\n| GNMT \\cite{wu2016google} | 24.6 |\n';
    expect(outline(parseMarkdownBlocks(source)).slice(1)).toEqual([
      'paragraph: As shown (wu2016google; Jonas2017) by shazeer2017.',
      'table: Model | BLEU\nGNMT (wu2016google) | 24.6',
    ]);
  });

  it('leaves an @name alone in a paper that cites nothing the pandoc way', () => {
    expect(outline(parseMarkdownBlocks('# Summary\n\nAsk @octocat on GitHub.\n'))).toEqual([
      'heading(1,-,section): Summary',
      'paragraph: Ask @octocat on GitHub.',
    ]);
  });

  it('reads a paragraph of nothing but a bold section name as a heading (R Markdown’s **References**)', () => {
    const source =
      'Add Cites\n=========\n\nThis is an example of a citation in the text [Ari07], as we show.\n\n' +
      '**An emphasised sentence stays a paragraph.**\n\n**References**\n\n' +
      '[Ari07] Aristotle. _De Anima_. Cambridge University Press, 1907.\n\n' +
      '[BL04] J. C. Baez and A. D. Lauda. _Higher-Dimensional Algebra V_. 2004.\n';
    expect(outline(parseMarkdownBlocks(source))).toEqual([
      'title: Add Cites',
      'paragraph: This is an example of a citation in the text [Ari07], as we show.',
      'paragraph: An emphasised sentence stays a paragraph.',
      'heading(1,-,bibliography): References',
      'reference(-): [Ari07] Aristotle. De Anima. Cambridge University Press, 1907.',
      'reference(-): [BL04] J. C. Baez and A. D. Lauda. Higher-Dimensional Algebra V. 2004.',
    ]);
  });
});

describe('parseMarkdownBlocks: footnotes', () => {
  it('writes each footnote’s mark as its number raised, in the order cited, and opens its note with it', () => {
    const source =
      '# A Paper Title\n\n## Introduction\n\nText with a note[^a] here and another.[^1] More text\n' +
      'continues, and [^a] again; `[^a]` in code stays.\n\n[^1]: The second note.\n' +
      '[^a]: The first note,\n    indented continuation.\n[^unused]: Never cited.\n';
    expect(outline(parseMarkdownBlocks(source)).slice(2)).toEqual([
      'paragraph: Text with a note¹ here and another.² More text continues, and ¹ again; [^a] in code stays.',
      'footnote: ² The second note.',
      'footnote: ¹ The first note, indented continuation.',
      'footnote: ³ Never cited.',
    ]);
  });

  it('leaves a footnote mark that no note defines as written', () => {
    expect(outline(parseMarkdownBlocks('# Summary\n\nAn array x[^1] stays.\n'))).toEqual([
      'heading(1,-,section): Summary',
      'paragraph: An array x[^1] stays.',
    ]);
  });
});
