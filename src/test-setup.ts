// Shared setup for unit and component tests (jsdom): DOM matchers, a fake IndexedDB, and a
// clean DOM and localStorage between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
