import { splitSectionNumber } from './headings';
import { headingTexts } from './__fixtures__/read-paper';

/** Wiley's journals (since 2018) print a bar between a section's number and its title. */
describe('a numbered heading with a bar between its number and title (`2.1 | Method`)', () => {
  const text = [
    'Attitudes and approach in the lab',
    '',
    '1 | INTRODUCTION',
    '',
    'We study how people approach and avoid things that they like or dislike in daily life.',
    '',
    '2 | EXPERIMENT 1',
    '',
    '2.1 | Method',
    '',
    '2.1.1 | Participants and design',
    '',
    'We recruited many students for this study from the pool of the university.',
    '',
    '2.1.2 | Procedure',
    '',
    'The procedure was simple and it was carried out in a quiet room.',
    '',
  ].join('\n');

  it('is a heading at every level', () => {
    const headings = headingTexts(text);
    expect(headings).toEqual([
      '1 | INTRODUCTION',
      '2 | EXPERIMENT 1',
      '2.1 | Method',
      '2.1.1 | Participants and design',
      '2.1.2 | Procedure',
    ]);
  });

  it('splits into the number and the title without the bar', () => {
    expect(splitSectionNumber('2.1.1 | Participants and design')).toMatchObject({
      number: '2.1.1',
      parts: [2, 1, 1],
      title: 'Participants and design',
    });
  });

  it('takes no bar before a lower-case word or a number: a table row, not a heading', () => {
    expect(splitSectionNumber('2 | 0.45 | 0.12')?.title).toBe('| 0.45 | 0.12');
  });
});
