/**
 * How a message names what the annotations came from: a file picked or dropped, a share link,
 * or pasted text (a link's import said "the file" and "pick another file").
 */
import type { PlanSource } from './import-plan';

export const SOURCE_WORDS: Record<
  PlanSource,
  { /** "None of the file's…" */ its: string; /** The step to another. */ another: string }
> = {
  file: { its: "the file's", another: 'pick another file' },
  link: { its: "the share link's", another: 'ask for the link again, or for the file' },
  paste: { its: "the pasted text's", another: 'paste another' },
};
