import { splitReferenceLines } from './reference-entries';

const lines = (t: string) => t.split('\n').map((l) => ({ text: l.trim(), indent: 0 }));
const entries = (list: string) =>
  splitReferenceLines(lines(list), 0).entries.map((e) => e.lines.join(' ').slice(0, 12));

describe('reference-list enders', () => {
  it('goes on past an entry’s tail after a column break that opens with a proper noun and a verb (AUTHOR_BIO)', () => {
    // A sentence-case title cut by a column break: `European Union is failing` is no author's note.
    const list = [
      'Abel, A. 2010. Why the',
      '',
      'European Union is failing: a review. Journal of Europe 3: 1–20.',
      '',
      'Baker, B. 2011. Another title. Journal of Things 4: 2–30.',
    ].join('\n');
    expect(entries(list)).toEqual(['Abel, A. 201', 'Baker, B. 20']);
  });

  it('goes on past a long tail after a column break when the line above it ends with a year range (endsEntry)', () => {
    const list = [
      '1. Smith, J. A title. Journal of Things 1, 2–3 (2010).',
      '2. World Health Organization. Global report on trends in prevalence of tobacco use 2000–2025',
      '',
      'Third Edition. Geneva: World Health Organization;',
      '2019. Licence: CC BY-NC-SA 3.0 IGO. Available from',
      'The WHO Press at its own website, which is cited here.',
      '3. Roe, B. Another title. Journal of Things 2, 4–5 (2011).',
    ].join('\n');
    expect(splitReferenceLines(lines(list), 0).entries.map((e) => e.number)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});
