import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { renderWithStore as render } from '../__fixtures__/render-with-store';
import { TableOfContents } from '../Toc/TableOfContents';
import { PaperView } from './PaperView';
import { BLOCKS_PER_GROUP } from './BlockGroup';
import { FIRST_SCREEN_CHARS } from './use-progressive-limit';

/** A paper of `sections` numbered sections of four 400-character paragraphs, citing [1]. */
function longPaper(sections: number, references = 1) {
  const lines = ['# A Long Paper', ''];
  for (let s = 1; s <= sections; s++) {
    lines.push(`## ${s}. Section ${s}`, '');
    for (let p = 1; p <= 4; p++)
      lines.push(`Paragraph ${s}.${p} ${'reads on and on '.repeat(24)}as shown [1].`, '');
  }
  lines.push('## References', '');
  for (let n = 1; n <= references; n++)
    lines.push(`[${n}] Adler, M.: How to Read a Book, Volume ${n}, Simon and Schuster, 1940.`, '');
  return parsePaper(lines.join('\n'), { format: 'markdown', fileName: 'long.md', id: pid('long') });
}

const paragraphs = () => document.querySelectorAll('p.paragraph').length;

describe('PaperView of a long paper', () => {
  const paper = longPaper(60);
  const allParagraphs = paper.blocks.filter((b) => b.kind === 'paragraph').length;

  it('renders the first screens at once and the rest in slices after', async () => {
    expect(paper.text.length).toBeGreaterThan(10 * FIRST_SCREEN_CHARS);
    render(<PaperView paper={paper} />);
    const first = paragraphs();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(allParagraphs / 5);
    expect(screen.getByText(/^Paragraph 1\.1 /)).toBeInTheDocument();
    await waitFor(() => expect(paragraphs()).toBe(allParagraphs), { timeout: 10_000 });
    // The references come in the slice after the last paragraph at the latest.
    await waitFor(() =>
      expect(screen.getByRole('doc-bibliography')).toHaveTextContent('Adler, M.'),
    );
  });

  it('renders up to a heading the contents jump to before it is rendered', () => {
    render(
      <>
        <TableOfContents paper={paper} />
        <PaperView paper={paper} />
      </>,
    );
    expect(screen.queryByRole('heading', { name: '55. Section 55' })).toBeNull();
    act(() => fireEvent.click(screen.getByRole('link', { name: /Section 55/ })));
    const heading = screen.getByRole('heading', { name: '55. Section 55' });
    expect(heading).toHaveFocus();
  });

  it('renders up to a reference a citation marker jumps to', () => {
    render(<PaperView paper={paper} />);
    expect(document.getElementById('ref-1')).toBeNull();
    act(() => fireEvent.click(screen.getAllByRole('doc-biblioref')[0]!));
    expect(document.getElementById('ref-1')).toHaveFocus();
  });

  it('keeps a reference list longer than a chunk of blocks in one list', async () => {
    render(<PaperView paper={longPaper(60, 80)} />);
    await waitFor(() => expect(document.querySelectorAll('li.reference')).toHaveLength(80), {
      timeout: 10_000,
    });
    expect(document.querySelectorAll('ol.references')).toHaveLength(1);
  });

  it('draws the paragraphs of a long paper in groups of a few dozen, in reading order', async () => {
    const many = longPaper(20); // 80 paragraphs in one run of sections of four
    render(<PaperView paper={many} />);
    await waitFor(() => expect(paragraphs()).toBe(80), { timeout: 10_000 });
    const groups = [...document.querySelectorAll('.block-group')];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups)
      expect(group.querySelectorAll('p.paragraph').length).toBeLessThanOrEqual(BLOCKS_PER_GROUP);
    const starts = [...document.querySelectorAll<HTMLElement>('[data-block-start]')].map((el) =>
      Number(el.dataset.blockStart),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(document.querySelectorAll('.block-group p.paragraph')).toHaveLength(80);
  });
});

describe('PaperView of an ordinary paper', () => {
  it('draws its paragraphs as they are, not in groups', () => {
    const short = parsePaper('# Short\n\n## 1. Intro\n\nOne paragraph.\n\nAnother one.\n', {
      format: 'markdown',
      fileName: 'short.md',
      id: pid('short'),
    });
    render(<PaperView paper={short} />);
    expect(document.querySelectorAll('p.paragraph')).toHaveLength(2);
    expect(document.querySelector('.block-group')).toBeNull();
  });
});

describe("PaperView's reference list", () => {
  it('names where a source is cited before the first heading "the opening", and the sections after by their number', async () => {
    const text = [
      '# A Paper Whose Introduction Has No Heading',
      '',
      'Readers have long written in margins [1]. Some share what they write [1].',
      '',
      '## 1. Method',
      '',
      'We asked readers to annotate a paper [1].',
      '',
      '## References',
      '',
      '[1] Adler, M.: How to Read a Book, Simon and Schuster, 1940.',
    ].join('\n');
    const paper = parsePaper(text, { format: 'markdown', fileName: 'opening.md', id: pid('open') });
    render(<PaperView paper={paper} />);
    const backlinks = await screen.findAllByRole('doc-backlink');
    expect(backlinks.map((a) => a.textContent)).toEqual(['the opening', 'the opening (2)', '§1']);
  });
});
