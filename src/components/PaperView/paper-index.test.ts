import { describe, expect, it } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { fakePaperId } from '../../paper/__fixtures__/paper-ids';
import type { ReferenceId } from '../../paper/types';
import { buildReferenceIndex, referenceCitations } from './paper-index';

const paperOf = (body: string) =>
  parsePaper(
    [
      'Introduction',
      body,
      'References',
      '[1] Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.',
      '[2] Sherman WH. Used Books: Marking Readers in Renaissance England. Penn Press, 2008.',
    ].join('\n\n'),
    { format: 'text', fileName: 'x.txt', id: fakePaperId('0') },
  );

const refId = (paper: ReturnType<typeof paperOf>, label: string) =>
  paper.references.find((r) => r.label === label)!.id as ReferenceId;

describe('referenceCitations', () => {
  it('points each entry of a numeric list at the number that names it', () => {
    const paper = paperOf('Readers wrote in their books [1, 2] for centuries.');
    const [first] = referenceCitations(paper, refId(paper, '1'));
    const [second] = referenceCitations(paper, refId(paper, '2'));
    const shown = (c: typeof first) => paper.text.slice(c!.citation.start, c!.citation.end);
    expect(shown(first)).toMatch(/1(?!.*2)/);
    expect(shown(second)).toMatch(/^[^1]*2/);
    expect(first!.citation.id).not.toBe(second!.citation.id);
  });

  it('keeps the citation itself when no list is cut into numbers', () => {
    const paper = paperOf('Readers wrote in books [1], and in their margins [2].');
    const cited = referenceCitations(paper, refId(paper, '2'));
    expect(cited).toHaveLength(1);
    expect(paper.citations).toContain(cited[0]!.citation);
  });

  it('is built once per paper', () => {
    const paper = paperOf('Readers wrote in books [1].');
    expect(buildReferenceIndex(paper)).toBe(true);
    expect(buildReferenceIndex(paper)).toBe(false);
  });
});
