/**
 * One block's text exactly as it stands in the paper's canonical text, with its citation markers
 * as live links. The rendered characters equal `paper.text.slice(block.start, block.end)`, and the
 * element carries `data-block-start`, so a DOM selection maps back to canonical offsets.
 */
import { memo, useMemo } from 'react';
import type { Block, Paper } from '../../paper/types';
import { CitationLink } from '../Citations/CitationLink';
import { citationsInBlock } from './paper-index';
import { splitAtMarks } from './split-text';

interface Props {
  paper: Paper;
  block: Block;
  className?: string;
  as?: 'p' | 'span' | 'div';
}

export const BlockText = memo(function BlockText({ paper, block, className, as: Tag = 'p' }: Props) {
  const runs = useMemo(() => {
    return splitAtMarks(block.start, block.end, citationsInBlock(paper, block.id));
  }, [paper, block]);
  return (
    <Tag className={className} data-block-id={block.id} data-block-start={block.start}>
      {runs.map((run) => {
        const text = paper.text.slice(run.start, run.end);
        return run.mark ? (
          <CitationLink key={run.start} citation={run.mark} paper={paper}>
            {text}
          </CitationLink>
        ) : (
          text
        );
      })}
    </Tag>
  );
});
