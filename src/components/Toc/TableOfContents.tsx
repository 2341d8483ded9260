/**
 * The table of contents: one link per section heading, nested by level, marking the section
 * being read. Following a link moves focus to the heading so reading continues from there.
 */
import { useEffect, useMemo, useState } from 'react';
import type { HeadingBlock, Paper } from '../../paper/types';
import { focusElementById } from '../Citations/dom-ids';
import { headingDomId } from '../PaperView/section-tree';

export function TableOfContents({ paper }: { paper: Paper }) {
  const headings = useMemo(
    () => paper.blocks.filter((b): b is HeadingBlock => b.kind === 'heading'),
    [paper],
  );
  const current = useCurrentHeading(headings);
  if (headings.length === 0) return null;
  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      <ol className="toc__list">
        {headings.map((h) => {
          const title = paper.text.slice(h.titleStart, h.end);
          return (
            <li key={h.id} className={`toc__item toc__item--level${Math.min(h.level, 3)}`}>
              <a
                href={`#${headingDomId(h)}`}
                aria-current={current === h.id ? 'location' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  focusElementById(headingDomId(h));
                }}
              >
                {h.number ? <span className="toc__number">{h.number}</span> : null}
                {title}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The id of the last heading that has scrolled past the top third of the viewport. */
function useCurrentHeading(headings: HeadingBlock[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const elements = headings
      .map((h) => ({ id: h.id, el: document.getElementById(headingDomId(h)) }))
      .filter((e): e is { id: string; el: HTMLElement } => e.el !== null);
    const observer = new IntersectionObserver(
      () => {
        const line = window.innerHeight / 3;
        let last: string | null = headings[0]?.id ?? null;
        for (const { id, el } of elements) if (el.getBoundingClientRect().top <= line) last = id;
        setCurrent(last);
      },
      { rootMargin: '0px 0px -66% 0px', threshold: [0, 1] },
    );
    elements.forEach(({ el }) => observer.observe(el));
    return () => observer.disconnect();
  }, [headings]);
  return current;
}
