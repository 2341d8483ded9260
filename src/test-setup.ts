// Shared setup for unit and component tests (jsdom): DOM matchers, a fake IndexedDB, and a
// clean DOM and localStorage between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadMerge } from './annotations/load-merge';

// `findBy…` and `waitFor` wait up to 4 s, not 1: what they wait for is often a lazily loaded part
// (the export, the note renderer), whose first import on a loaded 2-core machine took over 1 s.
configure({ asyncUtilTimeout: 4000 });

// The merge of other tabs' changes and its word-by-word note merge loaded, as the app loads it at start.
beforeAll(async () => {
  await (await loadMerge()).loadNoteMerge();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
