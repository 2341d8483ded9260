// Text and Markdown papers are composed to NFC when parsed (parse-paper.ts, `withoutControls`,
// PARSER_VERSION 20). A highlight made before on a word whose accent pdftotext wrote as a combining
// mark (`Scho\u0308lkopf`) must still anchor after the reparse (found by the session-23 review:
// short quotes were orphaned).
import { anchor } from './anchor';

const before =
  'Intro text here about many things. '.repeat(20) +
  'Kernel methods were popularised by Scho\u0308lkopf and Smola. Later Mu\u0308ller and Go\u0308del agreed on it. ' +
  'More text follows about other matters entirely. '.repeat(30);
/** The same paper's text as the parser now makes it. */
const after = before.normalize('NFC');

describe('a highlight over decomposed accents, after the text is composed (NFC)', () => {
  it.each(['Scho\u0308lkopf', 'Go\u0308del', 'Mu\u0308ller and Go\u0308del'])(
    '%s still anchors',
    (quote) => {
      const start = before.indexOf(quote);
      const end = start + quote.length;
      const result = anchor(after, {
        position: { start, end },
        quote: {
          exact: quote,
          prefix: before.slice(start - 32, start),
          suffix: before.slice(end, end + 32),
        },
      } as Parameters<typeof anchor>[1]);
      expect(result.status).not.toBe('orphan');
      if (result.status !== 'orphan')
        expect(after.slice(result.start, result.end)).toBe(quote.normalize('NFC'));
    },
  );
});
