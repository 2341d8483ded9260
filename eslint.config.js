// ESLint flat config. Besides the usual TypeScript and React-hooks rules it enforces the layering
// of CONVENTIONS.md and docs/adr/0004-one-way-floors.md: each floor of src/ imports only the floors
// below it (paper → anchoring → annotations → io → store → components → app); pure domain code
// (paper/, anchoring/, annotations/) never imports React or Zustand; only paper/pdf/ imports
// pdfjs-dist; only io/ touches browser storage. tests/architecture/import-graph.test.ts checks the
// same floors (and the absence of cycles) on the whole import graph.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The only files that may import pdfjs-dist (tests and benchmarks use its Node build). */
const PDFJS_FILES = [
  'src/paper/pdf/extract-pdf-text.ts',
  'src/paper/pdf/pdfjs-node.ts',
  'src/paper/pdf/**/*.test.ts',
  'tests/truth/**/*.test.ts',
  'bench/pdf.bench.ts',
  'bench/pdf-outputs.ts',
  'scripts/survey-papers.ts',
];

/** The floors of src/ from the bottom up: each imports only the ones before it. */
const FLOORS = ['paper', 'anchoring', 'annotations', 'io', 'store', 'components', 'app'];
const PURE_FLOORS = ['paper', 'anchoring', 'annotations'];

const PDFJS_PATTERN = {
  group: ['pdfjs-dist', 'pdfjs-dist/*'],
  message: 'Only src/paper/pdf/ imports pdfjs-dist.',
};

/** Escapes a string for use inside a regular expression. */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The `no-restricted-imports` patterns of one floor: no floor above it (except the `allow`ed
 * modules, given as their path from src/ without extension), no React or Zustand in pure floors,
 * and no pdfjs-dist unless `pdfjs` is true.
 */
function floorPatterns(floor, { allow = [], pdfjs = false } = {}) {
  const above = FLOORS.slice(FLOORS.indexOf(floor) + 1);
  const patterns = [];
  if (above.length > 0) {
    const allowed = allow.map((a) => `(?!(?:.*/)?${escape(a)}$)`).join('');
    patterns.push({
      regex: `^${allowed}(?:.*/)?(?:${above.join('|')})(?:/.*)?$`,
      message: `src/${floor}/ imports only the floors below it (${FLOORS.join(' → ')}).`,
    });
  }
  if (PURE_FLOORS.includes(floor))
    patterns.push(
      {
        group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
        message: 'Domain code is pure: no React.',
      },
      { group: ['zustand', 'zustand/*'], message: 'Domain code is pure: no Zustand.' },
    );
  if (!pdfjs) patterns.push(PDFJS_PATTERN);
  return patterns;
}

const floorRule = (floor, options) => ({
  'no-restricted-imports': ['error', { patterns: floorPatterns(floor, options) }],
});
const PURE_DIRS = PURE_FLOORS.map((f) => `src/${f}/**`);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [PDFJS_PATTERN] }],
    },
  },
  // One rule per floor: only the floors below it (pure floors: no React or Zustand either).
  ...FLOORS.map((floor) => ({ files: [`src/${floor}/**`], rules: floorRule(floor) })),
  // The pdf.js boundary, and the tests that run it on real PDFs.
  { files: PDFJS_FILES, rules: floorRule('paper', { pdfjs: true }) },
  // The stored-model benchmark reads a PDF (pdf.js's Node build) and times the paper library.
  { files: ['bench/docmodel.bench.ts'], rules: floorRule('app', { pdfjs: true }) },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/io/**', 'src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Only src/io/ touches localStorage.' },
        { name: 'sessionStorage', message: 'Only src/io/ touches sessionStorage.' },
        { name: 'indexedDB', message: 'Only src/io/ touches IndexedDB.' },
      ],
    },
  },
  {
    // Outside tests it also uses only what every runtime has (Node and browsers alike): never the
    // DOM or browser storage. Last, so its rules win for these files.
    files: PURE_DIRS,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'localStorage',
          'sessionStorage',
          'indexedDB',
        ].map((name) => ({ name, message: 'Domain code is pure: no DOM or browser storage.' })),
      ],
    },
  },
);
