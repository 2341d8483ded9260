/**
 * The sentences the share controls say: what a share link holds, or why it is not offered.
 */
import type { ShareLinkResult } from './share-actions';
import { plural } from '../../paper/plural';

const annotations = (n: number) => plural(n, 'annotation');

/** What "Copy share link" tells the reader; `emptyWhy` says why the set gave nothing to share. */
export function shareLinkMessage(r: ShareLinkResult, emptyWhy: string): string {
  switch (r.kind) {
    case 'copied':
      return `Link copied: it holds ${annotations(r.count)}. Anyone who opens it can preview and import them.`;
    case 'shown':
      return `The link holds ${annotations(r.count)}; copy it from the box below.`;
    case 'too-long':
      return `This set (${annotations(r.count)}) makes a link of ${r.length.toLocaleString('en')} characters, too long to share safely. Export it as a file instead.`;
    case 'empty':
      return `Nothing to share: ${emptyWhy}`;
  }
}
