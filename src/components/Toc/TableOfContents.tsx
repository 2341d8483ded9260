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
                id={`toc-${h.id}`}
                href={`#${headingDomId(h)}`}
                aria-current={current === h.id ? 'location' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  focusElementById(headingDomId(h), e.currentTarget, paper.id);
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

/** Where on screen a heading must have reached to count as the section being read. */
const READING_LINE = 0.55;

/**
 * The id of the last heading above the reading line (a little below the middle of the view, where
 * jumps put their target). Worked out from the scroll position on every scroll, so a jump of any
 * length lands on the right section.
 */
function useCurrentHeading(headings: HeadingBlock[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let last: string | null = headings[0]?.id ?? null;
      for (const h of headings) {
        const el = document.getElementById(headingDomId(h));
        if (!el) continue;
        if (el.getBoundingClientRect().top <= line) last = h.id;
        else break;
      }
      setCurrent(last);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [headings]);
  return current;
}
