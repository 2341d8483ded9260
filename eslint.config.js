// ESLint flat config. Besides the usual TypeScript and React-hooks rules it enforces the layering
// of CONVENTIONS.md: pure domain code (paper/, anchoring/, annotations/) never imports React,
// Zustand, the store, io/ or components; only paper/pdf/ imports pdfjs-dist; only io/ touches
// browser storage.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE_DIRS = ['src/paper/**', 'src/anchoring/**', 'src/annotations/**'];
/** The only files that may import pdfjs-dist (tests and benchmarks use its Node build). */
const PDFJS_FILES = [
  'src/paper/pdf/extract-pdf-text.ts',
  'src/paper/pdf/**/*.test.ts',
  'tests/truth/**/*.test.ts',
  'bench/pdf.bench.ts',
];

const pureRestrictions = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'Domain code is pure: no React.',
    },
    { group: ['zustand', 'zustand/*'], message: 'Domain code is pure: no Zustand.' },
    {
      group: ['**/store/**', '**/store', '**/io/**', '**/io', '**/components/**', '**/app/**'],
      message: 'Domain code must not depend on the store, io/, components or app/.',
    },
    { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: 'Only src/paper/pdf/ imports pdfjs-dist.' },
  ],
};

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['pdfjs-dist', 'pdfjs-dist/*'],
              message: 'Only src/paper/pdf/ imports pdfjs-dist.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pdf.js boundary, and the tests that run it on real PDFs.
    files: PDFJS_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: pureRestrictions.patterns.filter((p) => !p.group.includes('pdfjs-dist')) },
      ],
    },
  },
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
    // Pure code (tests included) imports no React, Zustand, store, io/ or components, and only
    // PDFJS_FILES import pdfjs-dist.
    files: PURE_DIRS,
    ignores: PDFJS_FILES,
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
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
