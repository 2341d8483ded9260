import { isArticleLabel, isFrontMatterLine } from './article-labels';

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
    // Cell Press's article types, set as large as the title above it.
    'Report',
    'Resource',
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

describe('isFrontMatterLine', () => {
  it.each([
    'RESEARCH Open Access',
    'Communicated by Ollie Hulme',
    'EDITED BY',
    'TYPE Hypothesis and Theory',
    'PUBLISHED 21 November 2025',
    'Université Paris Nanterre',
    'UNIVERSIDADE FEDERAL DO ESPÍRITO SANTO',
    'University of Tokyo',
    'MASTER MIAGE 2ème année',
    'Mémoire de fin d’études',
    'Masterarbeit',
    'Master’s Thesis',
    'Computer Engineering and Applications 计算机工程与应用',
  ])('knows %j for front matter above a title', (line) => {
    expect(isFrontMatterLine(line)).toBe(true);
  });

  it.each([
    'University students and their mental health',
    'Master equation approach to open quantum systems',
    'Thesis statements in student essays',
    'Type theory for programmers',
    'Edited volumes as a genre',
    'Exact Solutions for the General Wave Models',
    '目标检测算法研究综述',
    'YOLO 目标检测算法研究综述',
  ])('does not take %j for it', (line) => {
    expect(isFrontMatterLine(line)).toBe(false);
  });
});
