import { endsStatement } from './question-titles';
import { headingTexts } from './__fixtures__/read-paper';

describe('endsStatement', () => {
  it.each([
    ['and the results were the same as before.', true],
    ['observable features for Docker images?', false],
    ['the models of the study (see Table 2)', false],
  ])('%j ends a statement: %s', (line, expected) => {
    expect(endsStatement(line)).toBe(expected);
  });
});

describe('a numbered heading asking its question over two lines', () => {
  it('is one heading, its question mark on the second line', () => {
    const text = [
      'A Study of Docker Images',
      '',
      '6 EMPIRICAL STUDY RESULTS',
      '',
      'We report the results of the study for each of our research questions in this section.',
      '',
      '6.1 RQ1: Can the external features explain the preferences?',
      '',
      'We report the results of the study for each of our research questions in this section.',
      '',
      '6.2 RQ2: Are configuration-related features correlated with externally',
      'observable features for Docker images?',
      '',
      'We recruited many people for this study from the pool of the university.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual([
      '6 EMPIRICAL STUDY RESULTS',
      '6.1 RQ1: Can the external features explain the preferences?',
      '6.2 RQ2: Are configuration-related features correlated with externally observable features for Docker images?',
    ]);
  });

  it('leaves a paragraph of two lines ending with a statement a paragraph', () => {
    const text = [
      'A Study of Docker Images',
      '',
      '6 EMPIRICAL STUDY RESULTS',
      '',
      'We report the results of the study for each of our research questions in this section.',
      '',
      '6.1 The images were all pulled from the hub and their sizes measured',
      'by the tool we wrote for it.',
      '',
      'We recruited many people for this study from the pool of the university.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual(['6 EMPIRICAL STUDY RESULTS']);
  });

  it('leaves a list of questions after a colon a list, not headings', () => {
    const text = [
      'A Study of Code Review',
      '',
      '1 INTRODUCTION',
      '',
      'We study code review in open source projects and ask the following research questions here:',
      '',
      '1. How does the number of reviewers of a change relate to the defects found',
      'after the change is merged?',
      '2. Do reviewers who are new to the project find fewer defects than the core',
      'developers of the project?',
      '',
      'We recruited many people for this study from the pool of the university.',
      '',
      '2 BACKGROUND',
      '',
      'We recruited many people for this study from the pool of the university.',
      '',
    ].join('\n');
    const headings = headingTexts(text);
    expect(headings).toEqual(['1 INTRODUCTION', '2 BACKGROUND']);
  });
});
