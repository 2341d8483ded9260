import { withoutIsolates } from '../isolate';
import { describeLongPdf, needsPageConfirmation, PDF_PAGES_WITHOUT_ASKING } from './page-limit';

describe('needsPageConfirmation', () => {
  it.each([
    [1, false],
    [300, false],
    [PDF_PAGES_WITHOUT_ASKING, false],
    [PDF_PAGES_WITHOUT_ASKING + 1, true],
    [30_000, true],
  ])('asks the reader first about a PDF of %i pages: %s', (pages, asks) => {
    expect(needsPageConfirmation(pages)).toBe(asks);
  });
});

describe('describeLongPdf', () => {
  it('says how many pages and that it may take minutes, the name isolated', () => {
    const sentence = describeLongPdf('big\u202Efdp.pdf', 30_000);
    expect(withoutIsolates(sentence)).toBe(
      '“big\u202Efdp.pdf” has 30,000 pages; reading it may take minutes.',
    );
    expect(sentence).toContain('\u2068big\u202Efdp.pdf\u2069');
  });
});
