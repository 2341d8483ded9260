/**
 * The sentence telling the reader what `limit-blocks.ts` bounded in a paper too big in structure.
 * Apart from the bounds themselves so the app loads it only for such a paper.
 */
import { quoted } from './isolate';
import { MAX_BLOCKS, MAX_HEADINGS } from './limit-blocks';
import type { PaperLimits } from './types';

const count = (n: number) => n.toLocaleString('en-GB');

/** The sentence telling the reader what was limited in `fileName`, and that nothing is lost. */
export function describeLimits(fileName: string, limits: PaperLimits): string {
  const parts: string[] = [];
  if (limits.headingsAsText > 0)
    parts.push(
      `only its first ${count(MAX_HEADINGS)} headings are in the contents (${count(limits.headingsAsText)} more are shown as plain text)`,
    );
  if (limits.blocksMerged > 0)
    parts.push(
      `after ${count(MAX_BLOCKS)} paragraphs, the remaining ${count(limits.blocksMerged)} are shown joined into ${count(limits.mergedInto)} long ones`,
    );
  return `${quoted(fileName)} is very long: ${parts.join('; and ')}. All of its text is there.`;
}
