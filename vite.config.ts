/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Pure tests (the domain floors paper/, anchoring/, annotations/ and the architecture test) run in
// Node, with no DOM to set up; component, store and io tests run in jsdom. `npm run test:unit` runs
// both projects. Browser journeys (tests/e2e) drive the built app in a real Chromium through
// playwright-core, so they run in Node and serve `dist/` themselves.
/**
 * Tests that need no DOM: the pure floors' (ESLint keeps them free of React, the DOM and browser
 * storage) and a few pure helpers elsewhere.
 */
const PURE_TESTS = [
  'src/{paper,anchoring,annotations}/**/*.test.{ts,tsx}',
  'src/components/PaperView/split-text.test.ts',
  'src/io/storage-keys.test.ts',
];

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          include: [...PURE_TESTS, 'tests/architecture/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: PURE_TESTS,
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Benchmarks: report figures (ratios against a baseline run alongside), never assert time.
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.bench.{ts,tsx}'],
          testTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
