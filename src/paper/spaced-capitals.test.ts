import { wordsReadAs } from './spaced-capitals';
import { headingTexts } from './__fixtures__/read-paper';

describe('wordsReadAs', () => {
  it.each([
    ['E X PE R I M E NT 1', 2],
    ['G E N E R A L D I S CUS S I O N', 1],
    ['The present research', 3],
    ['THE USE OF AI IN THE LAB', 7],
    ['A AND B', 3],
  ])('counts %j as %i words', (line, words) => {
    expect(wordsReadAs(line)).toBe(words);
  });
});

describe('a numbered heading in capitals the text layer gives letter by letter', () => {
  it('is a heading, not a paragraph of many one-letter words', () => {
    const text = [
      'Attitudes and approach in the lab',
      '',
      '1 | INTRODUCTION',
      '',
      'We study how people approach and avoid things that they like or dislike in daily life.',
      '',
      '2 | E X PE R I M E NT 1',
      '',
      '2.1 | Method',
      '',
      'We recruited many students for this study from the pool of the university.',
      '',
      '3 | G E N E R A L D I S CUS S I O N',
      '',
      'The procedure was simple and it was carried out in a quiet room.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual([
      '1 | INTRODUCTION',
      '2 | E X PE R I M E NT 1',
      '2.1 | Method',
      '3 | G E N E R A L D I S CUS S I O N',
    ]);
  });
});
