/**
 * One block's text exactly as it stands in the paper's canonical text, with its citation markers
 * as live links and its highlights drawn over it. The rendered characters equal
 * `paper.text.slice(block.start, block.end)`, and the element carries `data-block-start`, so a
 * DOM selection maps back to canonical offsets (components/shared/dom-offsets.ts).
 *
 * Each block hears of its own highlights only (use-block-marks.ts): a change to one annotation
 * re-renders only the blocks it touches, and other changes to the store none.
 */
import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { ColourLabels } from '../../annotations/colours';
import type { Block, Citation, Paper } from '../../paper/types';
import type { BlockHighlight } from '../../store/highlight-selectors';
import { CitationLink } from '../Citations/CitationLink';
import { citationsInBlock } from './paper-index';
import { splitAtMarks, splitByCoverage } from './split-text';
import { useBlockMarks } from './use-block-marks';
import { isolate } from '../../paper/isolate';
import { countRender } from '../shared/render-count';

interface Props {
  paper: Paper;
  block: Block;
  className?: string;
  as?: 'p' | 'span' | 'div';
}

/**
 * How text set apart from the running text is shown: a code listing keeps its lines in a `<pre>`,
 * a caption is set in italics, a footnote small, chart labels and the byline small and muted, a
 * display equation centred on lines of its own, a table's rows one per line (styles.css).
 */
const ASIDE_CLASS: Partial<Record<Block['kind'], string>> = {
  footnote: 'block--footnote',
  caption: 'block--caption',
  code: 'block--code',
  'figure-text': 'block--figure-text',
  byline: 'block--byline',
  equation: 'block--equation',
  table: 'block--table',
};

export const BlockText = memo(function BlockText({ paper, block, className, as = 'p' }: Props) {
  countRender('block');
  const { highlights, labels } = useBlockMarks(block.id);
  const runs = useMemo(
    () =>
      splitAtLead(splitAtMarks(block.start, block.end, citationsInBlock(paper, block.id)), block),
    [paper, block],
  );
  const Tag = block.kind === 'code' ? 'pre' : as;
  const classes = [className, ASIDE_CLASS[block.kind]].filter(Boolean).join(' ') || undefined;
  return (
    <Tag className={classes} data-block-id={block.id} data-block-start={block.start}>
      {onlyChild(
        runs.map((run) => {
          const content = renderHighlighted(paper.text, run.start, run.end, highlights, labels);
          if (run.mark)
            return (
              <CitationLink key={run.start} citation={run.mark} paper={paper}>
                {content}
              </CitationLink>
            );
          if (run.lead)
            return (
              <strong key={run.start} className="run-in">
                {content}
              </strong>
            );
          // Plain text needs no element of its own (a long paper has thousands of such runs, each
          // kept for as long as the paper is shown); highlighted text is a list of its own.
          return typeof content === 'string' ? (
            content
          ) : (
            <Fragment key={run.start}>{content}</Fragment>
          );
        }),
      )}
    </Tag>
  );
});

/** A block of one plain run is drawn as the element's own text (no list, no node for the text). */
const onlyChild = (children: ReactNode[]): ReactNode =>
  children.length === 1 && typeof children[0] === 'string' ? children[0] : children;

type BlockRun = ReturnType<typeof splitAtMarks<Citation>>[number] & { lead?: boolean };

/** Cuts the runs at the end of a paragraph's run-in heading (`Materials.`), marking the lead's. */
function splitAtLead(runs: readonly BlockRun[], block: Block): BlockRun[] {
  if (block.kind !== 'paragraph' || block.leadEnd === undefined) return [...runs];
  const leadEnd = block.leadEnd;
  return runs.flatMap((run): BlockRun[] => {
    if (run.mark || run.start >= leadEnd) return [run];
    if (run.end <= leadEnd) return [{ ...run, lead: true }];
    return [
      { ...run, end: leadEnd, lead: true },
      { ...run, start: leadEnd },
    ];
  });
}

/** Said of an imported layer's highlight after its colour's label. */
const IMPORTED = ', imported (read-only)';

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
    // Someone else's (an imported layer): striped, not filled, whatever its colour (styles.css).
    if (top.imported) classes.push('hl--imported');
    return (
      <mark
        key={piece.start}
        className={classes.join(' ')}
        data-annotation-id={top.id}
        data-annotation-ids={ids.join(' ')}
        aria-description={piece.covering
          .map((h) => `${isolate(labels[h.colour])} highlight${h.imported ? IMPORTED : ''}`)
          .join(', ')}
      >
        {slice}
      </mark>
    );
  });
}
