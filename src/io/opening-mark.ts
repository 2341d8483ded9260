/**
 * The "opening" mark: written to localStorage just before a paper is parsed (or a PDF read) and
 * removed once it is on screen. A mark still there at start-up means the last open never finished
 * (the tab crashed, hung, or was closed while it worked), so the app asks before trying that paper
 * again instead of hanging on every reload. Storage failures are logged and otherwise ignored: the
 * mark is a safeguard, never a reason not to open a paper.
 */
import type { PaperId } from '../paper/types';
import { asPaperId } from '../paper/types';
import type { StorageLike } from './storage-like';

/** Beside the persisted state's keys (`marginalia:v2:…`), never among them. */
export const OPENING_MARK_KEY = 'marginalia:opening';

/** A file name longer than this is cut: it only has to be recognisable in a sentence. */
const MAX_NAME_CHARS = 500;

/** Which paper was being opened: its id when known (a PDF's is not, until it is read) and name. */
export interface OpeningMark {
  paperId: PaperId | null;
  /** '' when the stored mark was damaged. */
  fileName: string;
}

export interface OpeningMarks {
  /** Notes that `mark` is about to be opened. */
  set(mark: OpeningMark): void;
  /** The open finished (shown, failed, or given up). */
  clear(): void;
  /** The mark left by an open that never finished, or null. */
  read(): OpeningMark | null;
}

/** Opening marks kept in `area` (the browser's localStorage in the app). */
export function createOpeningMarks(area: StorageLike): OpeningMarks {
  return {
    set(mark) {
      try {
        area.setItem(OPENING_MARK_KEY, JSON.stringify(mark));
      } catch (error) {
        console.warn(`Could not note that “${mark.fileName}” is opening`, error);
      }
    },
    clear() {
      try {
        area.removeItem(OPENING_MARK_KEY);
      } catch (error) {
        console.warn('Could not clear the opening mark', error);
      }
    },
    read() {
      try {
        return parseMark(area.getItem(OPENING_MARK_KEY));
      } catch (error) {
        console.warn('Could not read the opening mark', error);
        return null;
      }
    },
  };
}

/** A stored mark, validated like anything read back from storage; damage reads as no name (''). */
function parseMark(raw: string | null): OpeningMark | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { paperId: null, fileName: '' };
  }
  const { paperId, fileName } = (typeof value === 'object' && value !== null ? value : {}) as {
    paperId?: unknown;
    fileName?: unknown;
  };
  return {
    paperId:
      typeof paperId === 'string' && paperId.startsWith('sha256:') ? asPaperId(paperId) : null,
    fileName: typeof fileName === 'string' ? fileName.slice(0, MAX_NAME_CHARS) : '',
  };
}
