import { describe, expect, it } from 'vitest';
import { count, describePdfProgress } from './opening-status';

describe('the PDF progress line', () => {
  it.each([0, 7, 12, 300, 999, 1000, 2050, 30_000, 123_456, 1_234_567])(
    'writes %i as en-GB does',
    (n) => expect(count(n)).toBe(n.toLocaleString('en-GB')),
  );

  it('says which page of how many is being read', () => {
    expect(describePdfProgress({ page: 12, pages: 2050 })).toBe('Reading page 12 of 2,050…');
  });

  it('names the file being read', () => {
    expect(describePdfProgress({ page: 35, pages: 78, fileName: 'survey.pdf' })).toBe(
      'Reading “survey.pdf”, page 35 of 78…',
    );
  });
});
