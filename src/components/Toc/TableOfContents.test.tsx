import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { renderWithStore as render } from '../__fixtures__/render-with-store';
import { PaperView } from '../PaperView/PaperView';
import { TableOfContents } from './TableOfContents';
import { scrollIntoViewWithin } from '../shared/scroll-within';

vi.mock('../shared/scroll-within', () => ({ scrollIntoViewWithin: vi.fn() }));

/** A stand-in for the browser's IntersectionObserver: the test says what crossed the line. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  constructor(
    readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {}
}

function paperOf(sections: number) {
  const lines = ['# Sections', ''];
  for (let s = 1; s <= sections; s++)
    lines.push(`## ${s}. Part ${s}`, '', `Text ${s} ${'goes on '.repeat(60)}`, '');
  return parsePaper(lines.join('\n'), { format: 'markdown', fileName: 's.md', id: pid('toc') });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(scrollIntoViewWithin).mockClear();
});

describe('TableOfContents', () => {
  it('marks the last section whose heading is above the reading line', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <>
        <TableOfContents paper={paperOf(3)} />
        <PaperView paper={paperOf(3)} />
      </>,
    );
    const link = (n: number) => screen.getByRole('link', { name: new RegExp(`Part ${n}`) });
    expect(link(1)).toHaveAttribute('aria-current', 'location');
    const heading = (n: number) => screen.getByRole('heading', { name: `${n}. Part ${n}` });
    act(() =>
      FakeObserver.last!.report([
        { target: heading(1), isIntersecting: true },
        { target: heading(2), isIntersecting: true },
      ]),
    );
    expect(link(2)).toHaveAttribute('aria-current', 'location');
    expect(link(1)).not.toHaveAttribute('aria-current');
    act(() => FakeObserver.last!.report([{ target: heading(2), isIntersecting: false }]));
    expect(link(1)).toHaveAttribute('aria-current', 'location');
  });

  it('at the top of a short paper whose headings all fit on screen, marks the first section', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <>
        <TableOfContents paper={paperOf(4)} />
        <PaperView paper={paperOf(4)} />
      </>,
    );
    // Where each heading sits in an 800 px view at the top of the page: 20%, 35%, 50%, 62%.
    const view = 800;
    const tops = [160, 280, 400, 500];
    const bottomMargin = Number(
      /(-?\d+)%\s+0px\s*$/.exec(FakeObserver.last!.options.rootMargin!)![1],
    );
    const line = view * (1 + bottomMargin / 100);
    const heading = (n: number) => screen.getByRole('heading', { name: `${n}. Part ${n}` });
    act(() =>
      FakeObserver.last!.report(
        tops.map((top, i) => ({ target: heading(i + 1), isIntersecting: top < line })),
      ),
    );
    const link = (n: number) => screen.getByRole('link', { name: new RegExp(`Part ${n}`) });
    expect(link(1)).toHaveAttribute('aria-current', 'location');
    expect(link(4)).not.toHaveAttribute('aria-current');
  });

  it('marks the section a jump focused (in the middle of the view), until the reader scrolls', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <>
        <TableOfContents paper={paperOf(4)} />
        <PaperView paper={paperOf(4)} />
      </>,
    );
    const link = (n: number) => screen.getByRole('link', { name: new RegExp(`Part ${n}`) });
    const heading = (n: number) => screen.getByRole('heading', { name: `${n}. Part ${n}` });
    act(() => link(3).click());
    expect(heading(3)).toHaveFocus();
    // The jump put heading 3 in the middle of the view: heading 2 is the last above the line.
    act(() =>
      FakeObserver.last!.report([
        { target: heading(1), isIntersecting: true },
        { target: heading(2), isIntersecting: true },
      ]),
    );
    expect(link(3)).toHaveAttribute('aria-current', 'location');
    act(() => {
      window.dispatchEvent(new WheelEvent('wheel'));
    });
    expect(link(2)).toHaveAttribute('aria-current', 'location');
  });

  it('watches the headings the reading view renders later, without measuring any', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const paper = paperOf(100);
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    render(
      <>
        <TableOfContents paper={paper} />
        <PaperView paper={paper} />
      </>,
    );
    expect(FakeObserver.last!.observed.length).toBeLessThan(100);
    await waitFor(() => expect(FakeObserver.last!.observed).toHaveLength(100), { timeout: 10_000 });
    expect(measure).not.toHaveBeenCalled();
  });

  it('lists a reference list printed with no heading, and jumps to it', () => {
    const source = [
      'Reading closely',
      '',
      '1. Introduction',
      '',
      'Notes travel [1] and stay [2].',
      '',
      '[1] Adler, M.: How to Read a Book, Simon and Schuster, 1940.',
      '[2] Smith, J.: Marginal Notes, Journal of Reading, 2019.',
      '',
    ].join('\n');
    const paper = parsePaper(source, { format: 'text', fileName: 'h.txt', id: pid('toc-refs') });
    render(
      <>
        <TableOfContents paper={paper} />
        <PaperView paper={paper} />
      </>,
    );
    const link = screen.getByRole('link', { name: 'References' });
    act(() => link.click());
    expect(document.activeElement).toHaveTextContent('References');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('keeps the entry of the section being read in view in its column, measuring nothing at first', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <>
        <TableOfContents paper={paperOf(30)} />
        <PaperView paper={paperOf(30)} />
      </>,
    );
    expect(scrollIntoViewWithin).not.toHaveBeenCalled();
    const heading = screen.getByRole('heading', { name: '25. Part 25' });
    act(() => FakeObserver.last!.report([{ target: heading, isIntersecting: true }]));
    expect(scrollIntoViewWithin).toHaveBeenCalledWith(
      screen.getByRole('link', { name: /Part 25/ }),
    );
  });

  it('folds behind a "Contents" button that says how many sections it holds', () => {
    render(<TableOfContents paper={paperOf(12)} />);
    const toggle = screen.getByRole('button', { name: /Contents \(12\)/ });
    const nav = screen.getByRole('navigation', { name: 'Table of contents' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(nav).toHaveClass('toc--folded');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveClass('toc__list');
    act(() => toggle.click());
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(nav).not.toHaveClass('toc--folded');
  });
});
