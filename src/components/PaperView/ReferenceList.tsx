/**
 * The paper's reference list (`role="doc-bibliography"`): one `<li>` per entry with its full
 * text, and where in the paper it is cited, as backlinks (`role="doc-backlink"`) to each marker.
 */
import { Fragment, memo, type CSSProperties, type MouseEvent } from 'react';
import type { Block, Paper, ReferenceBlock } from '../../paper/types';
import { sectionLabel } from '../../paper/sections';
import { citationDomId, referenceDomId } from '../Citations/dom-ids';
import { focusElementById } from '../shared/reading-jumps';
import { BlockText } from './BlockText';
import { referenceCitations } from './paper-index';
import { LinkedClaims } from '../References/LinkedClaims';
import { isolate } from '../../paper/isolate';

interface Props {
  paper: Paper;
  blocks: readonly Block[];
}

export function ReferenceList({ paper, blocks }: Props) {
  const entries = blocks.filter((b): b is ReferenceBlock => b.kind === 'reference');
  // Where a citation before the first heading is: the untitled opening (an introduction many
  // journals print with no heading), or, in a paper with no headings at all, just the text.
  const before = paper.blocks.some((b) => b.kind === 'heading') ? 'the opening' : 'the text';
  return (
    <ol
      className="references"
      aria-label="References"
      // The list's height before it is first drawn in a long paper (paper-view.css).
      style={{ '--reference-count': entries.length } as CSSProperties}
    >
      {entries.map((block) => (
        <ReferenceEntry key={block.id} paper={paper} block={block} before={before} />
      ))}
    </ol>
  );
}

const ReferenceEntry = memo(function ReferenceEntry({
  paper,
  block,
  before,
}: {
  paper: Paper;
  block: ReferenceBlock;
  /** How a place before the paper's first heading is named. */
  before: string;
}) {
  const citedAt = referenceCitations(paper, block.refId);
  // One handler for all of the entry's back-links (a long paper has thousands of them).
  const followBacklink = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    focusElementById(
      e.currentTarget.getAttribute('href')!.slice(1),
      paper.id,
      e.currentTarget.closest('li'),
    );
  };
  const label = paper.references.find((r) => r.id === block.refId)?.label ?? '';
  return (
    <li id={referenceDomId(block.refId)} tabIndex={-1} className="reference">
      <BlockText paper={paper} block={block} className="reference__text" />
      <LinkedClaims label={label} />
      <p className="reference__cited" data-ui>
        {citedAt.length === 0 ? (
          'Not cited in the text'
        ) : (
          <>
            Cited in{' '}
            {citedAt.map(({ citation, section }, i) => {
              const where = section ? sectionLabel(section) : before;
              // A second citation in the same section reads "§2 (2)", so links are told apart.
              const nth = citedAt.slice(0, i + 1).filter((c) => c.section === section).length;
              const text = nth > 1 ? `${where} (${nth})` : where;
              return (
                <Fragment key={citation.id}>
                  {i > 0 ? ', ' : null}
                  <a
                    role="doc-backlink"
                    href={`#${citationDomId(citation.id)}`}
                    aria-label={`Back to where [${isolate(label)}] is cited in ${isolate(text)}`}
                    onClick={followBacklink}
                  >
                    {text}
                  </a>
                </Fragment>
              );
            })}
          </>
        )}
      </p>
    </li>
  );
});
