/**
 * An in-text citation marker as a live link (`role="doc-biblioref"`) to its first reference entry.
 * Hovering or focusing it shows its reference card and clicking it brings the entry into view,
 * through the handlers every marker of the reading view shares (`CitationCards.tsx`): a marker
 * keeps no state of its own, so thousands of them cost little to draw and to keep.
 */
import type { ReactNode } from 'react';
import type { Citation, Paper } from '../../paper/types';
import { useCitationHandlers } from './CitationCards';
import { citationDomId, referenceDomId } from './dom-ids';

interface Props {
  citation: Citation;
  paper: Paper;
  children: ReactNode;
}

export function CitationLink({ citation, paper, children }: Props) {
  const handlers = useCitationHandlers();
  const first = citation.refIds.find((id) => paper.references.some((r) => r.id === id));
  if (first === undefined) return <>{children}</>;
  return (
    <a
      id={citationDomId(citation.id)}
      role="doc-biblioref"
      className={citationClass(paper.text, citation)}
      href={`#${referenceDomId(first)}`}
      {...handlers}
    >
      {children}
    </a>
  );
}

/**
 * A marker is kept on one line ("[12]", "Smith 2020"), but one longer than a few words may wrap:
 * "Enamorado, López-Calva, Rodríguez-Castelán and Winkler (2016)" kept whole was wider than a
 * phone's column and widened the whole page, which then scrolled sideways.
 */
const LONG_MARKER = 24;

function citationClass(text: string, citation: Citation): string {
  if (isFlatSuperscript(text, citation)) return 'citation citation--raised';
  return citation.end - citation.start > LONG_MARKER ? 'citation citation--long' : 'citation';
}

/**
 * A superscript a text source flattened to digits (`problems3`, `enablement.4`, `trials,5-7`):
 * bare digits glued to what stands before them, shown raised again. `ref. 31` and `(3)` are not.
 */
function isFlatSuperscript(text: string, { start, end }: Citation): boolean {
  return /^[\d,–-]+$/.test(text.slice(start, end)) && !/^[\s([]?$/.test(text.charAt(start - 1));
}
