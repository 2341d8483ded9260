/**
 * The table of contents: one link per section heading, nested by level, marking the section
 * being read. Following a link moves focus to the heading so reading continues from there.
 */
import { useEffect, useMemo, useState } from 'react';
import { listSections } from '../../paper/sections';
import type { Paper } from '../../paper/types';
import { headingDomId } from '../Citations/dom-ids';
import { focusElementById } from '../shared/reading-jumps';

export function TableOfContents({ paper }: { paper: Paper }) {
  const sections = useMemo(() => listSections(paper), [paper]);
  const headingIds = useMemo(() => sections.map((s) => s.headingBlockId), [sections]);
  const current = useCurrentHeading(headingIds);
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      <ol className="toc__list">
        {sections.map(({ headingBlockId: id, level, number, title }) => (
          <li key={id} className={`toc__item toc__item--level${Math.min(level, 3)}`}>
            <a
              id={`toc-${id}`}
              href={`#${headingDomId(id)}`}
              aria-current={current === id ? 'location' : undefined}
              onClick={(e) => {
                e.preventDefault();
                focusElementById(headingDomId(id), paper.id, e.currentTarget);
              }}
            >
              {number ? <span className="toc__number">{number}</span> : null}
              {title}
            </a>
          </li>
        ))}
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
function useCurrentHeading(headingIds: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let last: string | null = headingIds[0] ?? null;
      for (const id of headingIds) {
        const el = document.getElementById(headingDomId(id));
        if (!el) continue;
        if (el.getBoundingClientRect().top <= line) last = id;
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
  }, [headingIds]);
  return current;
}
