import { describe, expect, it } from 'vitest';
import { parsePaper } from './parse-paper';
import { referenceChipName, referenceEntryText } from './reference-names';
import { docOffset, type Reference } from './types';
import { pid, rid } from './__fixtures__/paper-ids';

const paper = parsePaper(
  `# Reading Together

Shared work [8].

## References
[8] Zhang Shanshan: Playing Farmers' Subjectivity in Accurate Poverty Alleviation, Guizhou Daily, 2018.
`,
  { format: 'markdown', fileName: 'reading-together.md', id: pid(`sha256:${'c'.repeat(64)}`) },
);

/** A reference whose entry is the whole of `text`. */
function entry(text: string): [typeof paper, Reference] {
  const ref: Reference = {
    id: rid('ref-8'),
    label: '8',
    start: docOffset(0),
    end: docOffset(text.length),
    fields: { authors: [] },
  };
  return [{ ...paper, text }, ref];
}

describe('referenceEntryText', () => {
  it.each([
    ['[8] Zhang Shanshan: Playing', 'Zhang Shanshan: Playing'],
    ['8. Zhang Shanshan: Playing', 'Zhang Shanshan: Playing'],
    ['8) Zhang Shanshan: Playing', 'Zhang Shanshan: Playing'],
    ['[8]Zhang Shanshan', 'Zhang Shanshan'],
    ['Zhang, S. (2013) Playing', 'Zhang, S. (2013) Playing'],
    ['[8] Zhang Shanshan:\n   Playing   Farmers', 'Zhang Shanshan: Playing Farmers'],
  ])('shows %j as %j', (text, shown) => {
    expect(referenceEntryText(...entry(text))).toBe(shown);
  });
});

describe('referenceChipName', () => {
  it('names a numbered reference by its label and first author', () => {
    expect(referenceChipName(paper, '8')).toBe('[8] Zhang Shanshan');
  });
});
