/**
 * Sentences about opening papers that the paper controller puts in the store's notice. File names
 * are bidi-isolated, so a name holding a right-to-left override cannot reorder the sentence.
 */
import { quoted } from '../paper/isolate';

/** A file was picked for a missing paper, but it is another paper: it opened as one of its own. */
export const notTheMissingPaper = (opened: string, missing: string): string =>
  `${quoted(opened)} is not the missing paper ${quoted(missing)}: it opened as a paper of its own. ` +
  `${quoted(missing)} is still marked missing in Recent papers.`;

/**
 * Whether `error` is a lazy part of the app failing to load (what `import()` throws in Chromium,
 * Firefox and Safari): the app was updated since the tab opened, or the network is down. The file
 * itself is fine then, and saying it moved would send the reader after the wrong thing.
 */
export const isPartNotLoaded = (error: unknown): boolean =>
  error instanceof TypeError && /imported module|module script failed/i.test(error.message);

/** The file `name` was not opened because a part of the app could not be loaded. */
export const partNotLoaded = (name: string): string =>
  `${quoted(name)} was not opened: part of Marginalia could not be loaded (an update, or no ` +
  'network). Reload the page, then open the file again; your annotations are kept.';
