/**
 * The paper as a readable article: its title, its sections (`<section>` with their heading) and
 * paragraphs, and the reference list at the end. A long paper is rendered progressively, blocks
 * before a growing limit (`use-progressive-limit.ts`); a section wholly before the limit is given
 * `Infinity` as its limit, so it is not rendered again while the rest of the paper comes in. A long
 * paper's paragraphs come in groups (`BlockGroup.tsx`) that the browser skips while off screen.
 */
import { memo, useDeferredValue, useMemo, type HTMLAttributes, type Ref } from 'react';
import { buildSectionTree, type SectionNode } from '../../paper/sections';
import type { Block, Paper, ReferenceBlock } from '../../paper/types';
import { CitationCards } from '../Citations/CitationCards';
import { headingDomId } from '../Citations/dom-ids';
import { ReferenceList } from './ReferenceList';
import { BlockGroup, BLOCKS_PER_GROUP } from './BlockGroup';
import { BlockText } from './BlockText';
import { citationsInBlock } from './paper-index';
import { useProgressiveLimit, WHOLE_PAPER_CHARS } from './use-progressive-limit';
import './paper-view.css';

interface Props {
  paper: Paper;
  /** Extra attributes for the article (the annotation layer makes it focusable for keyboard selection). */
  articleProps?: HTMLAttributes<HTMLElement> & { ref?: Ref<HTMLElement> };
}

/**
 * Memoised: the annotation layer around it renders at every selection and toolbar action, and the
 * paper's sections need not render with it (their props are the same).
 */
export const PaperView = memo(function PaperView({ paper: latest, articleProps }: Props) {
  // A new paper (a long one's opening blocks, then the whole of it) is drawn in a transition React
  // splits into short tasks, not in the task that brought it; nothing is drawn before the first.
  // Its highlights may be anchored before, during or after that render: each block reads its own
  // when it mounts and hears of every change after (use-block-marks.ts), so none is missed
  // (PaperView.highlights.test.tsx anchors at each point of it).
  const deferred = useDeferredValue(latest, null);
  return deferred ? (
    <PaperArticle paper={deferred} articleProps={articleProps} />
  ) : (
    <article className="paper" aria-busy {...articleProps} />
  );
});

function PaperArticle({ paper, articleProps }: Props) {
  const tree = useMemo(() => buildSectionTree(paper.blocks), [paper]);
  const hasTitleBlock = paper.blocks.some((b) => b.kind === 'title');
  const limit = useProgressiveLimit(paper);
  const long = paper.text.length > WHOLE_PAPER_CHARS;
  return (
    <article
      // A long paper's off-screen blocks skip layout (paper-view.css); an ordinary one keeps exact
      // heights, so jumps and clicks land where measured.
      className={long ? 'paper paper--long' : 'paper'}
      // Which paper is drawn (the anchor controller waits for it: app/paper-drawn.ts).
      data-paper-id={paper.id}
      aria-labelledby="paper-title"
      // Busy while the rest of a long paper is still being rendered.
      aria-busy={limit === Infinity ? undefined : true}
      {...articleProps}
    >
      {hasTitleBlock ? null : (
        <h1 id="paper-title" className="paper__title">
          {paper.title}
        </h1>
      )}
      <CitationCards paper={paper} citationsInBlock={citationsInBlock}>
        <SectionContent paper={paper} node={tree} depth={1} limit={limit} grouped={long} />
      </CitationCards>
    </article>
  );
}

interface SectionProps {
  paper: Paper;
  node: SectionNode;
  depth: number;
  /** Blocks starting at or after this canonical offset are not rendered (yet). */
  limit: number;
  /** Whether paragraphs are drawn in groups the browser skips off screen (a long paper). */
  grouped: boolean;
}

function SectionContent({ paper, node, depth, limit, grouped }: SectionProps) {
  const isBibliography = node.heading?.role === 'bibliography';
  return (
    <>
      {blockChunks(node).map((chunk) =>
        chunk[0]!.start < limit ? (
          <BlockChunk
            key={chunk[0]!.id}
            paper={paper}
            blocks={chunk}
            isBibliography={isBibliography}
            grouped={grouped}
            limit={chunk.at(-1)!.start < limit ? Infinity : limit}
          />
        ) : null,
      )}
      {node.children.map((child) =>
        child.heading!.start < limit ? (
          <Section
            key={child.heading!.id}
            paper={paper}
            node={child}
            depth={depth + 1}
            limit={sectionEnd(child) <= limit ? Infinity : limit}
            grouped={grouped}
          />
        ) : null,
      )}
    </>
  );
}

/**
 * Blocks per chunk of a section's own blocks. A chunk wholly rendered is given `Infinity` as its
 * limit and is not rendered again while the rest of the paper comes in, so a background slice
 * costs the chunk it adds to, not every block of a long section (a PDF's hundreds of pieces).
 */
const CHUNK_BLOCKS = 32;

const chunksOf = new WeakMap<SectionNode, Block[][]>();

/** A section's own blocks in chunks of about `CHUNK_BLOCKS`; a run of references stays whole. */
function blockChunks(node: SectionNode): Block[][] {
  let chunks = chunksOf.get(node);
  if (!chunks) {
    chunks = [];
    let chunk: Block[] = [];
    for (const block of node.blocks) {
      const inReferenceRun = block.kind === 'reference' && chunk.at(-1)?.kind === 'reference';
      if (chunk.length >= CHUNK_BLOCKS && !inReferenceRun) {
        chunks.push(chunk);
        chunk = [];
      }
      chunk.push(block);
    }
    if (chunk.length > 0) chunks.push(chunk);
    chunksOf.set(node, chunks);
  }
  return chunks;
}

interface ChunkProps {
  paper: Paper;
  blocks: readonly Block[];
  isBibliography: boolean;
  /** Whether paragraphs are drawn in groups the browser skips off screen (a long paper). */
  grouped: boolean;
  /** Blocks starting at or after this canonical offset are not rendered (yet). */
  limit: number;
}

const BlockChunk = memo(function BlockChunk({
  paper,
  blocks,
  isBibliography,
  grouped,
  limit,
}: ChunkProps) {
  const shown = limit === Infinity ? blocks : blocks.filter((b) => b.start < limit);
  return groupBlocks(shown, grouped ? BLOCKS_PER_GROUP : 0).map((group) =>
    'paragraphs' in group ? (
      <BlockGroup key={group.paragraphs[0]!.id} paper={paper} blocks={group.paragraphs} />
    ) : Array.isArray(group) ? (
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
          <h2 id={headingDomId(group[0]!.id)} tabIndex={-1} className="section__heading" data-ui>
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
  );
});

/** Consecutive blocks drawn in one box (`BlockGroup`). */
interface ParagraphGroup {
  paragraphs: Block[];
}

/**
 * Runs of consecutive reference entries become one list; with `perGroup` > 0, runs of other
 * blocks (but the title) become groups of up to `perGroup`, cut at fixed counts from the section's
 * start so that a group keeps its blocks while more of the paper is rendered; other blocks stay as
 * they are.
 */
function groupBlocks(
  blocks: readonly Block[],
  perGroup: number,
): (Block | ReferenceBlock[] | ParagraphGroup)[] {
  const groups: (Block | ReferenceBlock[] | ParagraphGroup)[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'reference') {
      if (Array.isArray(last)) last.push(block);
      else groups.push([block]);
    } else if (perGroup > 0 && block.kind !== 'title') {
      if (last && 'paragraphs' in last && last.paragraphs.length < perGroup)
        last.paragraphs.push(block);
      else groups.push({ paragraphs: [block] });
    } else groups.push(block);
  }
  return groups;
}

const sectionEnds = new WeakMap<SectionNode, number>();

/** Where a section's last block ends (its own blocks and its subsections'). */
function sectionEnd(node: SectionNode): number {
  let end = sectionEnds.get(node);
  if (end === undefined) {
    const lastChild = node.children.at(-1);
    end = Math.max(
      node.heading?.end ?? 0,
      node.blocks.at(-1)?.end ?? 0,
      lastChild ? sectionEnd(lastChild) : 0,
    );
    sectionEnds.set(node, end);
  }
  return end;
}

const Section = memo(function Section({ paper, node, depth, limit, grouped }: SectionProps) {
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
      <SectionContent paper={paper} node={node} depth={depth} limit={limit} grouped={grouped} />
    </section>
  );
});
