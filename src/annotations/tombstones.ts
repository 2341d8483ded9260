/**
 * How long a deletion is remembered (a tombstone), so that another tab's older copy of a deleted
 * annotation does not bring it back, and the pruning of older ones as the annotations load.
 */
import type { Tombstones } from './types';

/** How long a tombstone is kept: longer than any tab plausibly stays open with unsaved state. */
export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Drops tombstones older than `ttlMs`; returns `tombstones` itself when none is old enough. */
export function pruneTombstones(
  tombstones: Tombstones,
  now: number,
  ttlMs = TOMBSTONE_TTL_MS,
): Tombstones {
  const kept = Object.entries(tombstones).filter(([, at]) => now - at < ttlMs);
  return kept.length === Object.keys(tombstones).length ? tombstones : Object.fromEntries(kept);
}
