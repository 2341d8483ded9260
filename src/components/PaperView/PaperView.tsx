/**
 * The paper as a readable article: its title, its sections (`<section>` with their heading) and
 * paragraphs, and the reference list at the end.
 */
import { useMemo, type HTMLAttributes, type Ref } from 'react';
import { buildSectionTree, type SectionNode } from '../../paper/sections';
import type { Block, Paper, ReferenceBlock } from '../../paper/types';
import { headingDomId } from '../Citations/dom-ids';
import { ReferenceList } from './ReferenceList';
import { BlockText } from './BlockText';

interface Props {
  paper: Paper;
  /** Extra attributes for the article (the annotation layer makes it focusable for keyboard selection). */
  articleProps?: HTMLAttributes<HTMLElement> & { ref?: Ref<HTMLElement> };
}

export function PaperView({ paper, articleProps }: Props) {
  const tree = useMemo(() => buildSectionTree(paper.blocks), [paper]);
  const hasTitleBlock = paper.blocks.some((b) => b.kind === 'title');
  return (
    <article className="paper" aria-labelledby="paper-title" {...articleProps}>
      {hasTitleBlock ? null : (
        <h1 id="paper-title" className="paper__title">
          {paper.title}
        </h1>
      )}
      <SectionContent paper={paper} node={tree} depth={1} />
    </article>
  );
}

function SectionContent({
  paper,
  node,
  depth,
}: {
  paper: Paper;
  node: SectionNode;
  depth: number;
}) {
  const isBibliography = node.heading?.role === 'bibliography';
  return (
    <>
      {groupReferences(node.blocks).map((group) =>
        Array.isArray(group) ? (
          isBibliography ? (
            <ReferenceList key={group[0]!.id} paper={paper} blocks={group} />
          ) : (
            // A reference list with no heading of its own (some PDFs have none).
            <section
              key={group[0]!.id}
              role="doc-bibliography"
              aria-label="References"
              className="section"
            >
              <h2 className="section__heading" data-ui>
                References
              </h2>
              <ReferenceList paper={paper} blocks={group} />
            </section>
          )
        ) : group.kind === 'title' ? (
          <h1 key={group.id} id="paper-title" className="paper__title">
            <BlockText paper={paper} block={group} as="span" />
          </h1>
        ) : (
          <BlockText key={group.id} paper={paper} block={group} className="paragraph" />
        ),
      )}
      {node.children.map((child) => (
        <Section key={child.heading!.id} paper={paper} node={child} depth={depth + 1} />
      ))}
    </>
  );
}

/** Runs of consecutive reference entries become one list; other blocks stay as they are. */
function groupReferences(blocks: readonly Block[]): (Block | ReferenceBlock[])[] {
  const groups: (Block | ReferenceBlock[])[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind !== 'reference') groups.push(block);
    else if (Array.isArray(last)) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function Section({ paper, node, depth }: { paper: Paper; node: SectionNode; depth: number }) {
  const heading = node.heading!;
  const Heading = `h${Math.min(depth, 6)}` as 'h2';
  const role =
    heading.role === 'bibliography'
      ? 'doc-bibliography'
      : heading.role === 'abstract'
        ? 'doc-abstract'
        : undefined;
  return (
    <section
      className={`section section--${heading.role}`}
      role={role}
      aria-labelledby={headingDomId(heading.id)}
    >
      <Heading id={headingDomId(heading.id)} className="section__heading" tabIndex={-1}>
        <BlockText paper={paper} block={heading} as="span" />
      </Heading>
      <SectionContent paper={paper} node={node} depth={depth} />
    </section>
  );
}
