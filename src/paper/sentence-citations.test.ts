import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaper } from './parse-paper';
import { sentenceRangeAround, suggestReferences } from './sentence-citations';
import type { Paper } from './types';
import { pid } from './__fixtures__/paper-ids';

const markdown = (body: string): Paper =>
  parsePaper(
    `# Paper\n\n## 1. Intro\n${body}\n\n## References\n[1] Adler, M.: One, 2001.\n[2] Baker, B.: Two, 2002.\n[3] Cole, C.: Three, 2003.\n[4] Dunn, D.: Four, 2004.\n`,
    { format: 'markdown', fileName: 'p.md', id: pid('sha256:test') },
  );

/** The range of `quote` in the paper's text (its first occurrence). */
function rangeOf(paper: Paper, quote: string): [number, number] {
  const start = paper.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the paper: ${quote}`);
  return [start, start + quote.length];
}

const sentenceOf = (paper: Paper, quote: string) => {
  const { start, end } = sentenceRangeAround(paper, ...rangeOf(paper, quote));
  return paper.text.slice(start, end);
};

const labels = (paper: Paper, ids: string[]) =>
  ids.map((id) => paper.references.find((r) => r.id === id)?.label);

describe('sentenceRangeAround', () => {
  it.each([
    [
      'widens a phrase to its sentence',
      'First claim [1]. Second one is here [2]. Third.',
      'one is',
      'Second one is here [2].',
    ],
    [
      'keeps "et al." inside the sentence',
      'As Adler et al. Showed before [1], it holds. Next [2].',
      'it holds',
      'As Adler et al. Showed before [1], it holds.',
    ],
    [
      'keeps "e.g." and "i.e." inside',
      'Some tools, e.g. Notes, i.e. Margins, work [1]. Others [2].',
      'work',
      'Some tools, e.g. Notes, i.e. Margins, work [1].',
    ],
    [
      'does not split decimals',
      'The rate rose 3.5 percent [1]. Then fell [2].',
      'percent',
      'The rate rose 3.5 percent [1].',
    ],
    [
      'needs a capital after the full stop',
      'It ended. and went on [1]. Done [2].',
      'went on',
      'It ended. and went on [1].',
    ],
    [
      'ends after a closing quote',
      'He said "it is done." Then left [1].',
      'is done',
      'He said "it is done."',
    ],
    [
      'keeps a marker set right after the full stop',
      'It is shown.[1] Later work differs [2].',
      'is shown',
      'It is shown.[1]',
    ],
    [
      'ends before a marker that opens the next sentence (a lower-case word after it)',
      'Rates rose [1], models say. [2] disagrees with this.',
      'models say',
      'Rates rose [1], models say.',
    ],
    [
      'keeps a marker after the stop and space when a capital follows it',
      'It is shown. [1] Later work differs [2].',
      'is shown',
      'It is shown. [1] Later work differs [2].',
    ],
    ['ends at a question mark', 'Is it true? Yes it is [1].', 'Yes', 'Yes it is [1].'],
    [
      'ends at the block edge',
      'Only one sentence with no stop [1]',
      'one',
      'Only one sentence with no stop [1]',
    ],
  ])('%s', (_name, body, quote, expected) => {
    expect(sentenceOf(markdown(body), quote)).toBe(expected);
  });

  it('spans every sentence a selection touches', () => {
    const paper = markdown('A one [1]. B two [2]. C three [3].');
    const [start] = rangeOf(paper, 'one');
    const [, end] = rangeOf(paper, 'two');
    const range = sentenceRangeAround(paper, start, end);
    expect(paper.text.slice(range.start, range.end)).toBe('A one [1]. B two [2].');
  });
});

describe('suggestReferences', () => {
  it('returns the references cited in the sentence, in citation order, each once', () => {
    const paper = markdown('Before [4]. Here we cite [3] and [1, 2] and [3] again. After [4].');
    expect(labels(paper, suggestReferences(paper, ...rangeOf(paper, 'we cite')))).toEqual([
      '3',
      '1',
      '2',
    ]);
  });

  it('returns nothing for a sentence without citations', () => {
    const paper = markdown('Cited [1]. Nothing cited here. Cited [2].');
    expect(suggestReferences(paper, ...rangeOf(paper, 'Nothing'))).toEqual([]);
  });

  it('suggests [8] for the "five-common" claim of the sample paper', () => {
    const file = path.resolve(
      __dirname,
      '../../public/papers/precise-poverty-alleviation-and-party-image.txt',
    );
    const paper = parsePaper(readFileSync(file, 'utf8'), {
      format: 'text',
      fileName: 'sample.txt',
      id: pid('sha256:sample'),
    });
    const [start, end] = rangeOf(paper, 'in line with the concept of "five-common"');
    expect(labels(paper, suggestReferences(paper, start, end))).toEqual(['8']);
    const sentence = sentenceRangeAround(paper, start, end);
    expect(paper.text.slice(sentence.start, sentence.end)).toMatch(
      /^The mechanism of trusting the masses .* task of poverty alleviation\.$/,
    );
  });
});
