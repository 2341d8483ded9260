import { isArticleLabel } from './article-labels';

describe('isArticleLabel', () => {
  it.each([
    'RESEARCH ARTICLE',
    'Research Article',
    'Original Article',
    'ORIGINAL RESEARCH',
    'Review',
    'R E V I E W',
    'Review Article',
    'Short Communication',
    'Brief Report',
    'Case Report',
    'OPEN ACCESS',
    'Check for updates',
    'Letter',
    'Editorial:',
    'STUDY PROTOCOL',
    'Lab Protocol',
    'REGISTERED REPORT PROTOCOL',
  ])('knows %j for a journal’s label', (line) => {
    expect(isArticleLabel(line)).toBe(true);
  });

  it.each([
    'Introduction',
    'Review of the literature',
    'Related work',
    'Research Article Patient Experiences of Structured Heart Failure Programmes',
    'Open questions',
    'Case studies',
    'Results',
    'Protocol',
    'Study protocol for a randomised trial of reading aids',
  ])('does not take %j for one', (line) => {
    expect(isArticleLabel(line)).toBe(false);
  });
});
