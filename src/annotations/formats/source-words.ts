/**
 * How a message names what the annotations came from: a file picked or dropped, a share link,
 * or pasted text (a link's import said "this file" and "pick another file"). One table for every
 * message of an import (the preview's plan, the format readers).
 */

/** Where the annotations came from, as the preview names them: a file, a share link, a paste. */
export type PlanSource = 'file' | 'link' | 'paste';

export interface SourceWords {
  /** "The annotation in this file…" */
  here: string;
  /** "…: the file was made on…" */
  it: string;
  /** "None of the file's…" */
  its: string;
  /** The step to another. */
  another: string;
  /** How to bring it again. */
  again: string;
}

export const SOURCE_WORDS: Record<PlanSource, SourceWords> = {
  file: {
    here: 'this file',
    it: 'the file',
    its: "the file's",
    another: 'pick another file',
    again: 'import it again',
  },
  link: {
    here: 'this share link',
    it: 'the link',
    its: "the share link's",
    another: 'ask for the link again, or for the file',
    again: 'open the link again',
  },
  paste: {
    here: 'the pasted text',
    it: 'it',
    its: "the pasted text's",
    another: 'paste another',
    again: 'paste it again',
  },
};

/** The words opening a sentence ("This share link was made…"). */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
