import { readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('reads a JOSS paper’s quoted title and its authors’ names, and gives the lines after it', () => {
    const lines = [
      '---',
      "title: 'SLIX: A Python package for light imaging'",
      'tags:',
      '  - Python',
      'authors:',
      '  - name: Jan A. Reuter',
      '    orcid: 0000-0002-1219-0310',
      '    affiliation: 1 # (Multiple affiliations must be quoted)',
      '  - name: Miriam Menzel',
      '    affiliation: "1, 2"',
      'affiliations:',
      '  - name: Institute of Neuroscience, Jülich, Germany',
      '    index: 1',
      'date: 18 August 2020',
      'bibliography: paper.bib',
      '---',
      '',
      '# Summary',
    ];
    expect(readFrontMatter(lines)).toEqual({
      title: 'SLIX: A Python package for light imaging',
      authors: ['Jan A. Reuter', 'Miriam Menzel'],
      rest: ['', '# Summary'],
    });
  });

  it('reads an R Markdown or Quarto header: a plain title, an author as a string or a list', () => {
    expect(
      readFrontMatter([
        '---',
        'title: "Crop Analysis: Q3"',
        'author: "Ken Butler"',
        '---',
        'Text.',
      ]),
    ).toEqual({ title: 'Crop Analysis: Q3', authors: ['Ken Butler'], rest: ['Text.'] });
    expect(
      readFrontMatter([
        '---',
        'title: Tidy data',
        'author:',
        '  - Ann Smith',
        '  - "Bo Lee"',
        '---',
      ]),
    ).toEqual({ title: 'Tidy data', authors: ['Ann Smith', 'Bo Lee'], rest: [] });
  });

  it('joins a folded title written over several lines', () => {
    expect(
      readFrontMatter([
        '---',
        'title: >',
        '  Cells under',
        '  stress',
        'output: html_document',
        '---',
      ]),
    ).toEqual({ title: 'Cells under stress', authors: [], rest: [] });
  });

  it('gives the source as it is when it opens with no front matter, or never closes it', () => {
    expect(readFrontMatter(['# Title', 'Text.'])).toEqual({
      title: null,
      authors: [],
      rest: ['# Title', 'Text.'],
    });
    expect(readFrontMatter(['---', 'title: x'])).toEqual({
      title: null,
      authors: [],
      rest: ['---', 'title: x'],
    });
  });
});
