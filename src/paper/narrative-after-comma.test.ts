import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

function links(body: string, references: string): Array<[string, string[]]> {
  const paper = parsePaper(`A Paper\n\nIntroduction\n\n${body}\n\nReferences\n\n${references}\n`, {
    format: 'text',
    fileName: 'p.txt',
    id: pid(`sha256:${'c'.repeat(64)}`),
  });
  const position = new Map(paper.references.map((r, i) => [r.id, `#${i + 1}`]));
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => position.get(id) ?? '?'),
  ]);
}

describe('narrative after a comma', () => {
  it('links the names after a word opening the sentence, after a footnote mark too', () => {
    const refs =
      'Goldsmith-Pinkham, Paul, Isaac Sorkin, and Henry Swift. 2020. "Bartik Instruments." American Economic Review 110 (8): 2586-2624.';
    expect(
      links(
        'They capture exposure variation.² Indeed, Goldsmith-Pinkham, Sorkin, and Swift (2020) agree.',
        refs,
      ),
    ).toEqual([['Goldsmith-Pinkham, Sorkin, and Swift (2020)', ['#1']]]);
  });

  it('links them after a footnote mark the text layer gives as plain digits (review 24b)', () => {
    // pdftotext and pdf.js give a superscript mark as the digits themselves (`variation.2 Indeed,`).
    const refs =
      'Goldsmith-Pinkham, Paul, Isaac Sorkin, and Henry Swift. 2020. "Bartik Instruments." American Economic Review 110 (8): 2586-2624.';
    for (const mark of ['2', '12', '2,3'])
      expect(
        links(
          `They capture exposure variation.${mark} Indeed, Goldsmith-Pinkham, Sorkin, and Swift (2020) agree.`,
          refs,
        ),
      ).toEqual([['Goldsmith-Pinkham, Sorkin, and Swift (2020)', ['#1']]]);
  });

  it('does not link a three-author narrative to its second author’s own work when the first author’s entry is missing', () => {
    // Smith, Jones and Brown 2010 is not in the list (lost, or the list omits it); Jones 2010 is
    // another work. The names after `Smith,` are no narrative of their own.
    const refs = [
      'Doe, Anna. 2018. Margins and Meaning. Chicago: University of Chicago Press.',
      'Jones, Bob. 2010. "A Different Paper." Journal of Things 3 (1): 1-10.',
    ].join('\n\n');
    expect(links('As Smith, Jones, and Brown (2010) show, margins matter.', refs)).toEqual([]);
  });

  it('does not link a narrative whose first author’s two works of that year are ambiguous to the second author’s work', () => {
    const refs = [
      'Smith, Al, Bob Jones, and Cy Brown. 2010. "First Paper." Journal of Things 3 (1): 1-10.',
      'Smith, Al, Bob Jones, and Cy Brown. 2010. "Second Paper." Journal of Things 3 (2): 11-20.',
      'Jones, Bob, and Cy Brown. 2010. "Their Own Paper." Journal of Stuff 5 (1): 1-9.',
    ].join('\n\n');
    const found = links('As Smith, Jones, and Brown (2010) show, margins matter.', refs);
    expect(found.filter(([, ids]) => ids.includes('#3'))).toEqual([]);
  });
});
