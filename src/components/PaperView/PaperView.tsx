/**
 * The paper as a readable article: its title, its sections (`<section>` with their heading) and
 * paragraphs, and the reference list at the end.
 */
import { useMemo } from 'react';
import type { Paper } from '../../paper/types';
import { ReferenceList } from '../References/ReferenceList';
import { BlockText } from './BlockText';
import { buildSectionTree, headingDomId, type SectionNode } from './section-tree';

export function PaperView({ paper }: { paper: Paper }) {
  const tree = useMemo(() => buildSectionTree(paper.blocks), [paper]);
  const hasTitleBlock = paper.blocks.some((b) => b.kind === 'title');
  return (
    <article className="paper" aria-labelledby="paper-title" lang="en">
      {hasTitleBlock ? null : (
        <h1 id="paper-title" className="paper__title">
          {paper.title}
        </h1>
      )}
      <SectionContent paper={paper} node={tree} depth={1} />
    </article>
  );
}

function SectionContent({ paper, node, depth }: { paper: Paper; node: SectionNode; depth: number }) {
  const isBibliography = node.heading?.role === 'bibliography';
  return (
    <>
      {isBibliography ? (
        <ReferenceList paper={paper} blocks={node.blocks} />
      ) : (
        node.blocks.map((block) =>
          block.kind === 'title' ? (
            <h1 key={block.id} id="paper-title" className="paper__title">
              <BlockText paper={paper} block={block} as="span" />
            </h1>
          ) : (
            <BlockText key={block.id} paper={paper} block={block} className="paragraph" />
          ),
        )
      )}
      {node.children.map((child) => (
        <Section key={child.heading!.id} paper={paper} node={child} depth={depth + 1} />
      ))}
    </>
  );
}

function Section({ paper, node, depth }: { paper: Paper; node: SectionNode; depth: number }) {
  const heading = node.heading!;
  const Heading = (`h${Math.min(depth, 6)}` as 'h2');
  const role = heading.role === 'bibliography' ? 'doc-bibliography' : heading.role === 'abstract' ? 'doc-abstract' : undefined;
  return (
    <section className={`section section--${heading.role}`} role={role} aria-labelledby={headingDomId(heading)}>
      <Heading id={headingDomId(heading)} className="section__heading" tabIndex={-1}>
        <BlockText paper={paper} block={heading} as="span" />
      </Heading>
      <SectionContent paper={paper} node={node} depth={depth} />
    </section>
  );
}
