import type { SourceLine } from './normalize-text';
import { splitReferenceLines } from './reference-entries';

// A URL broken before its `/` stays with its entry, also where the path and `(accessed …)` share
// the line after the blank (`/dlm_uploads/2023/…pdf (accessed …)`).
function lines(text: string): SourceLine[] {
  return text.split('\n').map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length }));
}

it('keeps a URL’s path with its entry when the access date follows it on the line', () => {
  const list = [
    'ACLED (2023) ACLED CAST methodology. Armed',
    '   Conflict Location and Event Data (ACLED). Available at:',
    '   https://acleddata.com/acleddatanew/wp-content/uploads',
    '',
    '/dlm_uploads/2023/07/methodology.pdf (accessed 11 February 2025).',
    '',
    'Axelrod RM (1990) The Evolution of Cooperation. London,',
    '   New York: Penguin Books.',
  ].join('\n');
  const run = splitReferenceLines(lines(list), 0);
  expect(run.entries.map((e) => e.lines[0])).toEqual([
    'ACLED (2023) ACLED CAST methodology. Armed',
    'Axelrod RM (1990) The Evolution of Cooperation. London,',
  ]);
});
