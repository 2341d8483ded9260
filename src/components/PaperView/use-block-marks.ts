/**
 * A block's highlights and their colour labels, re-rendering the block only when they change
 * (through the store's one block feed, store/block-marks-feed.ts, not a subscription per block).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { blockMarksFeed, type BlockMarks } from '../../store/block-marks-feed';
import { useAppStoreApi } from '../store-context';

/** The marks of block `blockId` of the current paper. */
export function useBlockMarks(blockId: string): BlockMarks {
  const feed = blockMarksFeed(useAppStoreApi());
  const subscribe = useCallback(
    (listener: () => void) => feed.subscribe(blockId, listener),
    [feed, blockId],
  );
  const get = () => feed.get(blockId);
  return useSyncExternalStore(subscribe, get, get);
}
