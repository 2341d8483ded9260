/**
 * Sections of a parsed paper, derived from its heading blocks: the outline (one builder, for the
 * rendered paper and the table of contents alike), the section a citation falls in, and where each
 * reference is cited (for "cited in §2, §3" lists). Derived on demand from the `Paper`, never
 * stored.
 */
import type { Block, Citation, DocOffset, HeadingBlock, Paper, ReferenceId } from './types';

/** A node of the outline: a heading and what it holds until the next heading of its level or higher. */
export interface SectionNode {
  /** Null for the root, which holds the blocks before the first heading. */
  heading: HeadingBlock | null;
  /** Content blocks (paragraphs, references, the title) in order, without sub-headings. */
  blocks: Block[];
  children: SectionNode[];
}

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

/**
 * The outline of a block list: each heading opens a section that holds the blocks after it until
 * a heading of the same or a higher level. Blocks before the first heading sit in the root.
 */
export function buildSectionTree(blocks: readonly Block[]): SectionNode {
  const root: SectionNode = { heading: null, blocks: [], children: [] };
  const stack: SectionNode[] = [root];
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      stack[stack.length - 1]!.blocks.push(block);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.heading!.level >= block.level) stack.pop();
    const node: SectionNode = { heading: block, blocks: [], children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  return root;
}

/** The paper's sections in reading order, nested ones included (the outline, flattened). */
export function listSections(paper: Paper): Section[] {
  const sections: Section[] = [];
  // A section ends where its next sibling starts, or where its parent ends.
  const walk = (node: SectionNode, end: DocOffset) => {
    node.children.forEach((child, i) => {
      const heading = child.heading!;
      const childEnd = node.children[i + 1]?.heading!.start ?? end;
      sections.push({
        headingBlockId: heading.id,
        number: heading.number,
        title: paper.text.slice(heading.titleStart, heading.end),
        level: heading.level,
        role: heading.role,
        start: heading.start,
        end: childEnd,
      });
      walk(child, childEnd);
    });
  };
  walk(buildSectionTree(paper.blocks), paper.text.length as DocOffset);
  return sections;
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

/** The citations that point to a reference, in reading order, each with its section. */
export function citationsOfReference(paper: Paper, refId: ReferenceId): CitationInSection[] {
  return citationsByReference(paper).get(refId) ?? [];
}

/**
 * Every cited reference's citations, in reading order, each with its section: one pass over the
 * paper's citations (a view showing the whole reference list asks this once, not per entry).
 */
export function citationsByReference(paper: Paper): Map<ReferenceId, CitationInSection[]> {
  const sections = listSections(paper);
  const byReference = new Map<ReferenceId, CitationInSection[]>();
  for (const citation of paper.citations) {
    const cited = { citation, section: innermost(sections, citation.start) };
    for (const refId of new Set(citation.refIds)) {
      const list = byReference.get(refId);
      if (list) list.push(cited);
      else byReference.set(refId, [cited]);
    }
  }
  return byReference;
}

/** How a section is named in a list: `§2` when numbered, else its title (`Abstract`). */
export function sectionLabel(section: Section): string {
  return section.number !== null ? `§${section.number}` : section.title;
}
