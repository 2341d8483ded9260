/**
 * Sections of a parsed paper, derived from its heading blocks: the outline, the section an offset
 * falls in, and where each reference is cited (for "cited in §2, §3" lists). Derived on demand
 * from the `Paper`, never stored.
 */
import type { Citation, DocOffset, HeadingBlock, Paper } from './types';

/** A section: from its heading to the next heading of the same or a higher level. */
export interface Section {
  headingBlockId: string;
  /** `2`, `2.1`, or null for an unnumbered heading (`Abstract`, `References`). */
  number: string | null;
  /** The heading's title, without its number. */
  title: string;
  level: number;
  role: HeadingBlock['role'];
  /** The heading's start. */
  start: DocOffset;
  /** The start of the next heading of the same or a higher level, or the end of the text. */
  end: DocOffset;
}

/** A citation and the section it sits in (null before the first heading). */
export interface CitationInSection {
  citation: Citation;
  section: Section | null;
}

/** The paper's sections in reading order, nested ones included. */
export function listSections(paper: Paper): Section[] {
  const headings = paper.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
  return headings.map((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    return {
      headingBlockId: heading.id,
      number: heading.number,
      title: paper.text.slice(heading.titleStart, heading.end),
      level: heading.level,
      role: heading.role,
      start: heading.start,
      end: next ? next.start : (paper.text.length as DocOffset),
    };
  });
}

/** The innermost section containing `offset`, from a list made by {@link listSections}. */
function innermost(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.start > offset) break;
    if (offset < section.end && (found === null || section.level >= found.level)) found = section;
  }
  return found;
}

/** The innermost section that contains `offset`, or null before the first heading. */
export function sectionAt(paper: Paper, offset: number): Section | null {
  return innermost(listSections(paper), offset);
}

/** The citations that point to a reference, in reading order, each with its section. */
export function citationsOfReference(paper: Paper, refId: string): CitationInSection[] {
  const sections = listSections(paper);
  return paper.citations
    .filter((c) => c.refIds.includes(refId))
    .map((citation) => ({ citation, section: innermost(sections, citation.start) }));
}

/** How a section is named in a list: `§2` when numbered, else its title (`Abstract`). */
export function sectionLabel(section: Section): string {
  return section.number !== null ? `§${section.number}` : section.title;
}
