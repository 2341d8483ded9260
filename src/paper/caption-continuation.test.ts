import { describe, expect, it } from 'vitest';
import { continuesCaption } from './caption-continuation';
import { parseTextBlocks } from './text-blocks';

const body = 'We study the problem in detail. Results are shown below and they hold for all.';

describe('continuesCaption', () => {
  it('reads the line after a caption that ends no sentence as its rest', () => {
    const lines = [
      'Table 2. Logistic Regression Results for Treatment Outcome',
      '',
      '1 Year After',
    ];
    expect(continuesCaption(lines, 2)).toBe(true);
  });

  it('not after a caption that ends its sentence, nor after running text', () => {
    expect(continuesCaption(['Table 2. Results of the model.', '', '1 Year After'], 2)).toBe(false);
    expect(continuesCaption(['We report the results below', '', '1 Year After'], 2)).toBe(false);
  });
});

describe('a table’s caption in two lines set apart', () => {
  it('is not a numbered section where the paper’s sections are unnumbered (`1 Year After Treatment Discharge`, SAGE)', () => {
    const blocks = parseTextBlocks(
      `A Study of Reading\n\nJane Doe and John Roe\n\nIntroduction\n\n${body}\n\nResults\n\n${body}\n\nTable 2. Logistic Regression Results for Treatment Outcome\n\n1 Year After Treatment Discharge\n\nVariable b SE b Wald z p\nGender 0.880 0.358 6.03 .014\n\nDiscussion\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Introduction',
      'Results',
      'Discussion',
    ]);
  });
});
