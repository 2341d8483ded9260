// Shared setup for unit and component tests (jsdom): DOM matchers, a fake IndexedDB, and a
// clean DOM and localStorage between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadMerge } from './annotations/load-merge';

// The merge of other tabs' changes and its word-by-word note merge loaded, as the app loads it at start.
beforeAll(async () => {
  await (await loadMerge()).loadNoteMerge();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
