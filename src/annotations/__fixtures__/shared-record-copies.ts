/** For tests: what a change to a shared record copied (annotations/shared-record.ts). */
import type { SharedRecord } from '../shared-record';

/**
 * How many slots and entries the nodes of `next` that `previous` does not share hold: what a
 * change copied. Walks the trie's plain objects (branches `b`, leaves `e`).
 */
export function copiedBy<K extends string, V>(
  previous: SharedRecord<K, V>,
  next: SharedRecord<K, V>,
): number {
  const shared = new Set<unknown>();
  const mark = (node: unknown): void => {
    if (!node || shared.has(node)) return;
    shared.add(node);
    const n = node as { b?: unknown[] };
    if (n.b) n.b.forEach(mark);
  };
  mark(previous.root);
  let copied = 0;
  const count = (node: unknown): void => {
    if (!node || shared.has(node)) return;
    const n = node as { b?: unknown[]; e?: unknown[] };
    copied += (n.b ?? n.e ?? []).length;
    if (n.b) n.b.forEach(count);
  };
  count(next.root);
  return copied;
}

