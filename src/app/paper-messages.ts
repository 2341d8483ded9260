/**
 * Sentences about opening papers that the paper controller puts in the store's notice. File names
 * are bidi-isolated, so a name holding a right-to-left override cannot reorder the sentence.
 */
import { quoted } from '../paper/isolate';

/** A file was picked for a missing paper, but it is another paper: it opened as one of its own. */
export const notTheMissingPaper = (opened: string, missing: string): string =>
  `${quoted(opened)} is not the missing paper ${quoted(missing)}: it opened as a paper of its own. ` +
  `${quoted(missing)} is still marked missing in Recent papers.`;
