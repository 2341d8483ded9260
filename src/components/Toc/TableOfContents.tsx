/**
 * The table of contents: one link per section heading, nested by level, marking the section
 * being read (every section of the paper, rendered yet or not: a link renders up to its heading),
 * kept in view in its own scrolling column. Following a link moves focus to the heading so reading
 * continues from there. Where it sits above the paper (narrow windows, phones) it is folded behind
 * a "Contents" button, so the paper's title is on the first screen.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { listSections, type Section } from '../../paper/sections';
import type { Paper } from '../../paper/types';
import { headingDomId } from '../Citations/dom-ids';
import { focusElementById } from '../shared/reading-jumps';
import { onRendered } from '../shared/render-reach';
import { scrollIntoViewWithin } from '../shared/scroll-within';

/** An entry of the contents: a section, or the reference list printed with no heading. */
type Entry = Pick<Section, 'headingBlockId' | 'level' | 'number' | 'title'>;

/**
 * The paper's sections, and, when its reference list has no heading of its own (some PDFs print
 * none), an entry for the "References" heading the reading view gives it (id of its first entry).
 */
function contentsEntries(paper: Paper): Entry[] {
  const sections = listSections(paper);
  if (sections.some((s) => s.role === 'bibliography')) return sections;
  const first = paper.blocks.find((b) => b.kind === 'reference');
  if (!first) return sections;
  return [...sections, { headingBlockId: first.id, level: 1, number: null, title: 'References' }];
}

export function TableOfContents({ paper }: { paper: Paper }) {
  const sections = useMemo(() => contentsEntries(paper), [paper]);
  const headingIds = useMemo(() => sections.map((s) => s.headingBlockId), [sections]);
  const current = useCurrentHeading(headingIds);
  const [unfolded, setUnfolded] = useState(false);
  const listId = useId();
  const firstMark = useRef(true);
  useEffect(() => {
    // The first mark is the top entry, already in view: measuring at mount would lay out the
    // whole paper. Later marks come after a layout (the observer's report).
    if (firstMark.current) {
      firstMark.current = false;
      return;
    }
    // Only the contents column scrolls here, never the page (a jump is moving it).
    const link = current ? document.getElementById(`toc-${current}`) : null;
    if (link) scrollIntoViewWithin(link);
  }, [current]);
  if (sections.length === 0) return null;
  return (
    <nav className={unfolded ? 'toc' : 'toc toc--folded'} aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      {/* Shown only where the contents sit above the paper (styles.css). */}
      <button
        type="button"
        className="button button--quiet toc__toggle"
        aria-expanded={unfolded}
        aria-controls={listId}
        onClick={() => setUnfolded((u) => !u)}
      >
        Contents ({sections.length}) <span aria-hidden="true">{unfolded ? '▴' : '▾'}</span>
      </button>
      <ol className="toc__list" id={listId}>
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

/**
 * Where on screen a heading must have reached to count as the section being read: a line near the
 * top of the view, just below the header, as scroll-spies do. (At 55% of the view, a short paper
 * whose headings all fit on screen marked its last section while the reader was at its top.)
 */
const READING_LINE = 0.2;

/**
 * An observation area from far above the page down to the reading line: a heading intersects it
 * exactly when it is above the line, so every crossing of the line (by scrolling or by a jump of
 * any length) is reported.
 */
const ABOVE_READING_LINE = `1000000% 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`;

/**
 * The id of the last heading above the reading line (near the top of the view), the first one
 * when none is, or the heading a jump focused: jumps put their target in the middle of the view,
 * below the line, so the heading focused by a jump stays marked until the reader scrolls (wheel,
 * touch, a key) or focus leaves it. An IntersectionObserver reports headings crossing the line, so nothing
 * forces a layout (measuring every heading of a long paper took half a second); headings the
 * reading view renders later are observed as they appear.
 */
function useCurrentHeading(headingIds: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const [jumped, setJumped] = useState<string | null>(null);
  useEffect(() => {
    const headings = new Set(headingIds.map(headingDomId));
    const idOf = new Map(headingIds.map((id) => [headingDomId(id), id]));
    const onFocus = (e: FocusEvent) => {
      const id = e.target instanceof Element ? idOf.get(e.target.id) : undefined;
      if (id !== undefined) setJumped(id);
    };
    const release = () => setJumped(null);
    const onBlur = (e: FocusEvent) => {
      if (e.target instanceof Element && headings.has(e.target.id)) release();
    };
    const scrolling = ['wheel', 'touchstart', 'keydown'] as const;
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    for (const type of scrolling) window.addEventListener(type, release, { passive: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
      for (const type of scrolling) window.removeEventListener(type, release);
    };
  }, [headingIds]);
  useEffect(() => {
    // Without the observer (an old browser, jsdom) the first section stays marked.
    if (typeof IntersectionObserver === 'undefined') return;
    const order = new Map(headingIds.map((id, i) => [headingDomId(id), i]));
    const above = new Set<number>();
    const observed = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const at = order.get(entry.target.id);
          if (at === undefined) continue;
          if (entry.isIntersecting) above.add(at);
          else above.delete(at);
        }
        const last = above.size ? Math.max(...above) : 0;
        setCurrent(headingIds[last] ?? null);
      },
      { rootMargin: ABOVE_READING_LINE },
    );
    const observeNew = () => {
      for (const domId of order.keys()) {
        const el = document.getElementById(domId);
        if (el && !observed.has(el)) {
          observed.add(el);
          observer.observe(el);
        }
      }
    };
    observeNew();
    const stop = onRendered(observeNew);
    return () => {
      stop();
      observer.disconnect();
    };
  }, [headingIds]);
  if (jumped !== null && headingIds.includes(jumped)) return jumped;
  // Until the first report (and for another paper's leftover) the first section is marked.
  return current !== null && headingIds.includes(current) ? current : (headingIds[0] ?? null);
}
