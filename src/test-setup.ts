// Shared setup for unit and component tests (jsdom): DOM matchers, a fake IndexedDB, and a
// clean DOM and localStorage between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadNoteMerge } from './annotations/note-merge';

// The word-by-word note merge loaded, as the app loads it at start.
beforeAll(() => loadNoteMerge());

afterEach(() => {
  cleanup();
  localStorage.clear();
});
