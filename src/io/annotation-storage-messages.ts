/**
 * The sentences the storage banner says about saving and loading annotations: each says what
 * happened, that nothing is lost (or what is), and what the reader can do.
 */
import type { StorageProblem } from '../annotations/persisted';
import { isQuotaExceeded } from './storage-like';

/** What the reader is told about stored annotations, by what happened. */
export const MESSAGES = {
  quota:
    'Browser storage is full, so your latest changes are not saved yet. They are safe while this ' +
    'tab stays open: export your annotations to keep a copy, or delete some to make room.',
  write:
    'Your latest changes could not be saved yet; they are kept in this tab and saving will be retried.',
  corrupt: (n: number) =>
    `${n === 1 ? 'One stored item' : `${n} stored items`} could not be read. Everything else is loaded; ` +
    'the unreadable data is kept unchanged in a backup.',
  legacy: (n: number) =>
    `${n === 1 ? 'One annotation' : `${n} annotations`} saved by an earlier version could not be read. ` +
    'Everything else is loaded; the old data is kept unchanged in a backup.',
  tooNew:
    'Your annotations were saved by a newer version of Marginalia, so this version does not show ' +
    'them and saves nothing: they stay exactly as they are. Reload the page to get the newer version.',
  failed:
    'Your stored annotations could not be brought up to date. They are kept unchanged in a backup; ' +
    'this tab starts empty.',
  unavailable:
    'Stored annotations could not be read in this browser. Nothing is lost: they are still ' +
    'stored, unchanged. Reload the page to try again; until then nothing here is saved: export ' +
    'to keep a copy.',
  restUnread:
    'Part of your annotations was not loaded; they are still stored, unchanged. Until they are ' +
    'read nothing here is saved: Reload reads them again, or export to keep a copy.',
  restStillUnread:
    'Part of your annotations still could not be read (they are still stored); nothing here is saved yet.',
  restLoaded: (saving: boolean) =>
    `All your annotations are loaded now${saving ? ', and saving works again' : ''}.`,
  failedNoBackup:
    'Your stored annotations could not be brought up to date, and there was no room to back them ' +
    'up, so this tab saves nothing and leaves them as they are.',
};

/** The problem a failed write is reported as: storage full, or anything else. */
export const describeFailure = (error: unknown): StorageProblem =>
  isQuotaExceeded(error)
    ? { kind: 'quota', message: MESSAGES.quota }
    : { kind: 'write', message: MESSAGES.write };
