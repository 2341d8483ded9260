import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { PaperView } from '../PaperView/PaperView';
import { renderWithStore as render } from '../__fixtures__/render-with-store';
import { pid } from '../../paper/__fixtures__/paper-ids';

const SOURCE = `# A Small Paper

## 1. Introduction
Reading is social [1]. Notes travel [2, 3].

## 2. Method
We annotate [2].

## References
[1] Adler, M.: How to Read a Book, Simon and Schuster, 1940.
[2] Smith, J.: Marginal Notes, Journal of Reading, 2019.
[3] Doe, A.: Shared Annotation, Proceedings of Reading, 2021.
`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const paper = parsePaper(SOURCE, {
  format: 'markdown',
  fileName: 'small.md',
  id: pid('sha256:test'),
});

/** The card loads beside the first screen (Citations/CitationCards.tsx). */
const cardLoaded = () => act(() => vi.dynamicImportSettled());

describe('citation card', () => {
  it('shows the full reference when a marker is focused and hides it on Escape', async () => {
    render(<PaperView paper={paper} />);
    await cardLoaded();
    const marker = screen.getAllByRole('doc-biblioref')[0]!;
    expect(marker).toHaveTextContent('[1]');
    act(() => marker.focus());
    act(() => vi.runOnlyPendingTimers());
    const card = screen.getByRole('tooltip');
    expect(card).toHaveTextContent('Adler, M.: How to Read a Book');
    expect(marker).toHaveAttribute('aria-describedby', card.id);
    fireEvent.keyDown(marker, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows each number of a list as its own link, with its own entry', async () => {
    render(<PaperView paper={paper} />);
    await cardLoaded();
    const [, two, three] = screen.getAllByRole('doc-biblioref');
    expect(two).toHaveTextContent('[2');
    expect(three).toHaveTextContent('3]');
    fireEvent.mouseEnter(three!);
    act(() => vi.runOnlyPendingTimers());
    const card = screen.getByRole('tooltip');
    expect(card).toHaveTextContent('Shared Annotation');
    expect(card).not.toHaveTextContent('Marginal Notes');
  });

  it('names an author-year entry as the link picker does, without the brackets of a number', async () => {
    const authorYear = parsePaper(
      [
        '# Ethics',
        '',
        '## 1. Introduction',
        'Big tech shaped the field (Ochigame, 2019).',
        '',
        '## References',
        'Ochigame, R. (2019), "The Invention of Ethical AI", The Intercept, December.',
        '',
      ].join('\n'),
      { format: 'markdown', fileName: 'ethics.md', id: pid('sha256:ethics') },
    );
    render(<PaperView paper={authorYear} />);
    await cardLoaded();
    const [marker] = screen.getAllByRole('doc-biblioref');
    fireEvent.mouseEnter(marker!);
    act(() => vi.runOnlyPendingTimers());
    const label = screen.getByRole('tooltip').querySelector('.citation-card__label');
    expect(label).toHaveTextContent(/^Ochigame,? 2019$/);
  });
});

describe('reference backlinks', () => {
  it('lists where each entry is cited, with links back to each marker', () => {
    render(<PaperView paper={paper} />);
    const bibliography = document.querySelector('[role="doc-bibliography"]')!;
    const entries = bibliography.querySelectorAll('li');
    expect(entries).toHaveLength(3);
    const backlinks = (i: number) =>
      Array.from(entries[i]!.querySelectorAll('[role="doc-backlink"]')).map((a) => [
        a.textContent,
        a.getAttribute('href'),
      ]);
    const markers = screen.getAllByRole('doc-biblioref').map((m) => `#${m.id}`);
    expect(backlinks(0)).toEqual([['§1', markers[0]]]);
    expect(backlinks(1)).toEqual([
      ['§1', markers[1]],
      ['§2', markers[3]],
    ]);
    expect(backlinks(2)).toEqual([['§1', markers[2]]]);
  });

  it('moves focus back to the marker when a backlink is followed', () => {
    render(<PaperView paper={paper} />);
    const back = document.querySelectorAll('[role="doc-backlink"]')[2] as HTMLAnchorElement;
    fireEvent.click(back);
    expect(document.activeElement).toBe(screen.getAllByRole('doc-biblioref')[3]);
  });

  it('moves focus to the entry when a marker is clicked', () => {
    render(<PaperView paper={paper} />);
    fireEvent.click(screen.getAllByRole('doc-biblioref')[2]!);
    expect(document.activeElement).toHaveTextContent('Shared Annotation');
    expect(document.activeElement?.tagName).toBe('LI');
  });

  it('raises superscripts a text source flattened to digits, not bracketed or worded markers', () => {
    const list = ['Shah NC', 'Mechanic D', 'Howie JGR', 'Kaplan SH'].map(
      (name, i) => `${i + 1}. ${name}. Study ${i + 1}. BMJ 20${10 + i};${i + 3}:1–9.`,
    );
    const flat = parsePaper(
      `A Paper\n\nIntro\n\nShah1 said so. It is true.2 Problems3 and more,4 as in ref. 2.\n\nReferences\n\n${list.join('\n')}\n`,
      { format: 'text', fileName: 'flat.txt', id: pid('sha256:flat') },
    );
    render(<PaperView paper={flat} />);
    const markers = screen.getAllByRole('doc-biblioref');
    expect(markers.map((m) => [m.textContent, m.classList.contains('citation--raised')])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
      ['4', true],
      ['2', false],
    ]);
  });
});
