/**
 * A browser case on a seeded reader's stored state: the state recorded once (three highlights,
 * a renamed label), copied and changed as the case says, put into localStorage of a fresh context
 * before the app loads, the app opened (at a hash if given), the case run, and the context closed
 * whatever happens. The fault suite (tests/e2e/faults) runs every case through {@link withSeededPage}.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The persisted layout's key prefix (io/storage-keys.ts) and the backups' prefix. */
export const ROOT = 'marginalia:v2:';
export const BACKUP = 'marginalia:backup:';

/** localStorage as key → value. */
export type Snapshot = Record<string, string>;

/** The ids of the annotations in a snapshot. */
export const annotationIds = (snapshot: Snapshot): string[] =>
  Object.keys(snapshot)
    .filter((k) => k.startsWith(`${ROOT}a:`))
    .map((k) => k.slice(`${ROOT}a:`.length));

/** Where the seeded state comes from and how the app is opened on a snapshot. */
export interface SeededApp {
  seed: () => Promise<Snapshot>;
  open: (snapshot?: Snapshot, hash?: string) => Promise<{ page: Page; context: BrowserContext }>;
}

/** What a case gets: the open page, the seeded highlights' ids, the snapshot the app opened on. */
export interface SeededPage {
  page: Page;
  ids: string[];
  snapshot: Snapshot;
}

export interface SeededPageOptions {
  /** Changes the copy of the seeded state before the app sees it (damage, payloads). */
  change?: (snapshot: Snapshot, ids: string[], paperId: string) => void;
  /** The URL's hash the app opens at (`#share=…`). */
  hash?: string;
}

/** Runs `run` on the app opened on the seeded state (changed as `options` say), then closes it. */
export async function withSeededPage(
  app: SeededApp,
  run: (seeded: SeededPage) => Promise<void>,
  { change, hash }: SeededPageOptions = {},
): Promise<void> {
  const snapshot = { ...(await app.seed()) };
  const ids = annotationIds(snapshot);
  if (change) {
    const meta = JSON.parse(snapshot[`${ROOT}meta`] ?? '{}') as {
      state?: { currentPaperId?: string };
    };
    change(snapshot, ids, meta.state?.currentPaperId ?? '');
  }
  const { page, context } = await app.open(snapshot, hash);
  try {
    await run({ page, ids, snapshot });
  } finally {
    await context.close();
  }
}
