import { measureLine } from './lines';
import { typesetLeadLength } from './run-in-heads';
import type { TextItem } from './text-item';

interface Run {
  str: string;
  fontName?: string;
  size?: number;
}
const bold = (str: string, size = 10): Run => ({ str, fontName: 'g_d0_f2', size });
const italic = (str: string): Run => ({ str, fontName: 'g_d0_f3' });
const body = (str: string): Run => ({ str, fontName: 'g_d0_f1' });

/** The run-in heading found in a line of runs set one after the other, 5 pt a character. */
function lead(runs: readonly Run[]): string | null {
  let x = 72;
  const items: TextItem[] = runs.map(({ str, fontName, size = 10 }) => {
    const item = { str, x, y: 500, width: 5 * str.length, height: size, fontName };
    x += item.width;
    return item;
  });
  const line = measureLine(items);
  const length = typesetLeadLength(line);
  return length === null ? null : line.text.slice(0, length);
}

describe('typesetLeadLength', () => {
  it.each([
    [
      'a bold head and a period',
      [bold('Materials.'), body(' We used twelve papers')],
      'Materials.',
    ],
    [
      'a head in lower-case words (no text pattern finds it)',
      [bold('Data collection and analysis.'), body(' We gathered the notes')],
      'Data collection and analysis.',
    ],
    [
      'an italic head and a colon',
      [italic('Participants:'), body(' Forty readers')],
      'Participants:',
    ],
    ['a head and an em dash', [bold('Scope—'), body('we read only papers')], 'Scope—'],
    ['a period set in the body font', [bold('Materials'), body('. We used twelve')], 'Materials.'],
    ['a head over two runs of its font', [bold('Step'), bold(' 2:'), body(' Fit it')], 'Step 2:'],
    [
      'a structured abstract’s label in capitals, unpunctuated',
      [bold('DESIGN, SETTING, AND PARTICIPANTS'), body(' Retrospective cohort study')],
      'DESIGN, SETTING, AND PARTICIPANTS',
    ],
    [
      'a one-word label',
      [bold('IMPORTANCE'), body(' Cardiovascular disease remains')],
      'IMPORTANCE',
    ],
    // Review28: a head run in before a count (APA's `Participants.` over a number) is still one;
    // only a journal's year and volume (`Chem. Rev. 2005, 249, 829.`) open no paragraph.
    [
      'an italic head before a count',
      [italic('Participants.'), body(' 120 students took part in the study')],
      'Participants.',
    ],
    [
      'a bold head before a count',
      [bold('Sample.'), body(' 42 patients were enrolled')],
      'Sample.',
    ],
  ])('finds %s', (_case, runs, expected) => {
    expect(lead(runs)).toBe(expected);
  });

  it.each([
    ['a line in one font', [body('Materials. We used twelve papers')]],
    ['an emphasised phrase that ends no head', [italic('In vivo'), body(' experiments show it')]],
    [
      'a bold sentence too long for a head',
      [bold('This whole sentence is set in bold type for emphasis here.'), body(' And text')],
    ],
    ['a head alone on its line (a heading)', [bold('Materials.')]],
    ['a larger head (a heading)', [bold('Materials.', 12), body(' We used twelve papers')]],
    ['a list label', [bold('1.'), body(' We used twelve papers')]],
    ['a reference entry’s authors and year', [body('Chambers JM (1998).'), italic(' Programming')]],
    ['runs pdf.js gave no font name', [{ str: 'Materials.' }, { str: ' We used twelve papers' }]],
    ['a name in capitals, in its own font', [bold('ATLAS'), body(' measured the decay')]],
    [
      'a reference’s journal in italics, its year and volume after it (Wiley, ACS)',
      [italic('Chem. Rev.'), body(' 2005, 249, 829.')],
    ],
    ['a journal’s one word in italics, then its volume', [italic('Lett.'), body(' 2002, 796.')]],
  ])('finds none in %s', (_case, runs) => {
    expect(lead(runs)).toBeNull();
  });
});
