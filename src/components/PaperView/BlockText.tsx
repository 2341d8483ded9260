/**
 * One block's text exactly as it stands in the paper's canonical text, with its citation markers
 * as live links and its highlights drawn over it. The rendered characters equal
 * `paper.text.slice(block.start, block.end)`, and the element carries `data-block-start`, so a
 * DOM selection maps back to canonical offsets (components/shared/dom-offsets.ts).
 *
 * Each block subscribes to its own highlights: a change to one annotation re-renders only the
 * blocks it touches.
 */
import { memo, useMemo, type ReactNode } from 'react';
import type { ColourLabels } from '../../annotations/colours';
import type { Block, Paper } from '../../paper/types';
import { useAppStore } from '../store-context';
import { selectBlockHighlights, type BlockHighlight } from '../../store/highlight-selectors';
import { CitationLink } from '../Citations/CitationLink';
import { citationsInBlock } from './paper-index';
import { splitAtMarks, splitByCoverage } from './split-text';
import { isolate } from '../../paper/isolate';

interface Props {
  paper: Paper;
  block: Block;
  className?: string;
  as?: 'p' | 'span' | 'div';
}

export const BlockText = memo(function BlockText({
  paper,
  block,
  className,
  as: Tag = 'p',
}: Props) {
  const highlights = useAppStore((s) => selectBlockHighlights(s, block.id));
  const labels = useAppStore((s) => s.colourLabels);
  const runs = useMemo(
    () => splitAtMarks(block.start, block.end, citationsInBlock(paper, block.id)),
    [paper, block],
  );
  return (
    <Tag className={className} data-block-id={block.id} data-block-start={block.start}>
      {runs.map((run) => {
        const content = renderHighlighted(paper.text, run.start, run.end, highlights, labels);
        return run.mark ? (
          <CitationLink key={run.start} citation={run.mark} paper={paper}>
            {content}
          </CitationLink>
        ) : (
          <span key={run.start}>{content}</span>
        );
      })}
    </Tag>
  );
});

function renderHighlighted(
  text: string,
  start: number,
  end: number,
  highlights: readonly BlockHighlight[],
  labels: ColourLabels,
): ReactNode {
  if (highlights.length === 0) return text.slice(start, end);
  return splitByCoverage(start, end, highlights).map((piece) => {
    const slice = text.slice(piece.start, piece.end);
    if (piece.covering.length === 0) return slice;
    // The innermost highlight (latest start, earliest end) is drawn on top and opens on click;
    // the mark lists every highlight under it, innermost first, so repeated clicks reach them all.
    const top = piece.covering[piece.covering.length - 1]!;
    const ids = piece.covering.map((h) => h.id).reverse();
    const classes = ['hl', `hl--${top.colour}`];
    if (piece.covering.some((h) => h.active)) classes.push('hl--active');
    if (piece.covering.length > 1) classes.push('hl--overlap');
    return (
      <mark
        key={piece.start}
        className={classes.join(' ')}
        data-annotation-id={top.id}
        data-annotation-ids={ids.join(' ')}
        aria-description={piece.covering
          .map((h) => `${isolate(labels[h.colour])} highlight`)
          .join(', ')}
      >
        {slice}
      </mark>
    );
  });
}
