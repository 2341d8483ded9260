import { MAX_ABSTRACT_CHARS } from './abstract-extent';
import { parseTextBlocks } from './text-blocks';

const sentence =
  'Lorem ipsum dolor sit amet, consectetuer adipiscing elit, ut purus elit vestibulum.';
/** A paragraph of `n` sentences, wrapped as a PDF's lines. */
const paragraph = (n: number) => Array<string>(n).fill(sentence).join('\n');
const body = (paragraphs: number) =>
  Array.from({ length: paragraphs }, () => paragraph(8)).join('\n\n');
const kinds = (source: string) =>
  parseTextBlocks(source)
    .filter((b) => b.kind !== 'title' && b.kind !== 'byline')
    .map((b) => (b.kind === 'heading' ? `heading ${b.text}` : b.kind))
    .join(', ');
const front = 'Two-Column Document with Lorem Ipsum\n\nJane Doe\n\nAbstract\n\n';

describe('the end of an abstract', () => {
  it('is past the body when the body is longer than any abstract', () => {
    expect(body(10).length).toBeGreaterThan(MAX_ABSTRACT_CHARS);
  });

  it.each([
    [
      'the first paragraph, read as its lead, when no heading follows',
      `${front}This is a short sample document.\n\n${body(10)}\n`,
      `paragraph, ${Array<string>(10).fill('paragraph').join(', ')}`,
    ],
    [
      'the next heading when there is one',
      `${front}This is a short sample document.\n\n1 Introduction\n\n${body(10)}\n`,
      `heading Abstract, paragraph, heading 1 Introduction, ${Array<string>(10).fill('paragraph').join(', ')}`,
    ],
    [
      'the first paragraph when the introduction has no heading of its own (PNAS, Nature)',
      `${front}This is a short sample document.\n\n${body(10)}\n\n2 Methods\n\n${body(1)}\n`,
      `paragraph, ${Array<string>(10).fill('paragraph').join(', ')}, heading 2 Methods, paragraph`,
    ],
    [
      'its paragraphs when the paper is short',
      `${front}This is a short sample document.\n\n${body(2)}\n`,
      'heading Abstract, paragraph, paragraph, paragraph',
    ],
  ])('is %s', (_, source, expected) => {
    expect(kinds(source)).toBe(expected);
  });

  it('keeps the word Abstract as the run-in heading of its paragraph', () => {
    const first = parseTextBlocks(`${front}This is a short sample document.\n\n${body(10)}\n`).find(
      (b) => b.kind === 'paragraph',
    );
    expect(first).toEqual({
      kind: 'paragraph',
      text: 'Abstract This is a short sample document.',
      lead: 'Abstract'.length,
    });
  });
});
