// Setup for the pure (Node) tests: the merge of other tabs' changes and its word-by-word note merge loaded, as the app loads it at start.
import { beforeAll } from 'vitest';
import { loadMerge } from './annotations/load-merge';

beforeAll(async () => {
  await (await loadMerge()).loadNoteMerge();
});
