/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
// With its extension, as a config loaded by Node itself (Vite's `configLoader: 'native'`) needs.
import { nodePdfCMaps, patchedPdfWorkerFile } from './src/paper/pdf/pdfjs-node.ts';

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
  'src/store/**/*.test.ts',
];

/**
 * The Content-Security-Policy of the built app: everything from its own origin, no inline or
 * eval'd script, no plugins, no <base>. pdf.js runs in a module worker from the app's origin
 * (`blob:` is its fallback wrapper for a worker on another origin) and is given
 * `isEvalSupported: false`, so it never compiles code with `new Function`. It is not given a
 * `wasmUrl` and only text is extracted (no image decoding), so no WebAssembly is compiled and
 * 'wasm-unsafe-eval' is not needed. Images and styles are the app's own; `data:` images are allowed
 * for small inlined assets.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/** The policy as a `<meta http-equiv>` carries it in the built `index.html`. */
const CSP = CSP_DIRECTIVES.join('; ');
/**
 * What only a header can say (a `<meta>` policy ignores it): no other site may frame the app
 * (clickjacking). A host serving `dist/` should send this header too.
 */
const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

/**
 * The dev server's policy: the same, loosened only where Vite's dev client needs it. React Fast
 * Refresh injects one inline module script (its preamble), allowed by its hash, never by
 * 'unsafe-inline'; Vite injects CSS as <style> elements (and its error overlay's styles), so styles
 * are 'unsafe-inline' in dev only; HMR talks over a WebSocket to the dev server (`ws:`).
 */
function devCsp(): string {
  const preamble = react.preambleCode.replace('__BASE__', '/');
  const hash = createHash('sha256').update(preamble).digest('base64');
  return CSP_DIRECTIVES.map((directive) => {
    if (directive.startsWith('script-src')) return `${directive} 'sha256-${hash}'`;
    if (directive.startsWith('style-src')) return `${directive} 'unsafe-inline'`;
    if (directive.startsWith('connect-src')) return `${directive} ws: wss:`;
    return directive;
  })
    .concat("frame-ancestors 'none'")
    .join('; ');
}

/**
 * Puts the policy into the built `index.html`, right after `<meta charset>` so that it governs
 * every script and stylesheet after it (only there: the dev server sends its own header).
 */
function cspMeta(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'marginalia:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

/** Where the build puts pdf.js's CMaps, beside `assets/` (and the dev server serves them). */
const CMAPS_DIR = 'cmaps';

/**
 * Offline: a service worker (Workbox, through vite-plugin-pwa) keeps every file of the build, lazy
 * chunks, pdf.js and its worker and the sample paper included, so the app opens and works with no
 * network once it has loaded. The app registers it itself after the first screen
 * (`io/offline-worker.ts`); a new version waits until the reader chooses to reload (a notice says it
 * is ready), so a page never runs old code against new files. Source maps are not kept.
 */
function offline() {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Marginalia',
      short_name: 'Marginalia',
      description:
        'Read a paper closely: highlight its claims and tie them to the sources it cites.',
      start_url: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f5fae',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // pdf.js's CMaps (`cmaps/`, 168 files, 1.15 MB): of them only the four that map each CJK
      // character collection's CIDs to Unicode are kept with the app (139 kB). They are what a
      // CJK font with Identity-H and no ToUnicode needs (CNKI's Chinese, pLaTeX's Japanese: each
      // fetched exactly one of them), so those read offline from the first install. The other
      // CMaps (named encodings: UniGB-UCS2-H, 90ms-RKSJ-H, …) are kept once fetched (below), and a
      // PDF needs one or two of them: precaching them all would add 1 MB (+33%) to every
      // install for the few readers who open such a PDF, and only while offline for the first time.
      globPatterns: [
        '**/*.{js,mjs,css,html,txt,json,woff2,png,pfb,ttf}',
        `${CMAPS_DIR}/Adobe-{CNS1,GB1,Japan1,Korea1}-UCS2.bcmap`,
      ],
      globIgnores: ['**/.vite/**'],
      runtimeCaching: [
        {
          // Written out: Workbox copies the function's source into the service worker.
          urlPattern: ({ url }) => /\/cmaps\/[\w-]+\.bcmap$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'pdf-cmaps' },
        },
      ],
      // pdf.js's worker is over Workbox's default 2 MB limit; it is needed offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * `virtual:pdf-worker-url`: the URL of pdf.js's worker script patched to report each font's name
 * and Differences with the text (src/paper/pdf/pdf-worker-patch.ts, which says why), in place of
 * pdf.js's own `build/pdf.worker.min.mjs`. The patched script is written under
 * `node_modules/.cache/marginalia/` and imported with `?url`, so Vite serves it in dev and emits it
 * as an asset in the build (precached for offline use like every other file), as it did pdf.js's.
 * The patch throws when pdfjs-dist no longer holds the site it changes: the build fails.
 */
function pdfWorkerUrl(): Plugin {
  const id = 'virtual:pdf-worker-url';
  const resolved = `\0${id}`;
  return {
    name: 'marginalia:pdf-worker-url',
    resolveId: (source) => (source === id ? resolved : null),
    load(loaded) {
      if (loaded !== resolved) return null;
      const file = patchedPdfWorkerFile('build/pdf.worker.min.mjs');
      return `export { default } from ${JSON.stringify(`${file}?url`)};`;
    },
  };
}

/**
 * pdf.js's CMaps (`pdfjs-dist/cmaps/*.bcmap`, 169 files, 1.6 MB): CJK fonts with a predefined CMap
 * and no ToUnicode (pLaTeX's Japanese, CNKI's Chinese, many Korean and Japanese publishers') read as
 * nothing without them. They are copied from node_modules into the build's `cmaps/` (never kept in
 * git, never from a CDN: the CSP allows only this origin) and served from there by the dev server.
 * `virtual:pdf-cmaps` gives `getDocument` their folder: pdf.js's worker fetches a CMap itself
 * (`useWorkerFetch`), only when a document's font names one, with a URL made absolute from the
 * chunk's own (pdf.js's main-thread fetch reads `document.baseURI`, and the paper worker has no
 * document). In vitest it is the folder's path, read by pdf.js's Node build. `emit`: the app's
 * build only (the worker's bundle shares the module, not the files).
 */
function pdfCMaps(emit: boolean): Plugin {
  const id = 'virtual:pdf-cmaps';
  const resolved = `\0${id}`;
  const dir = nodePdfCMaps().cMapUrl;
  const files = () => readdirSync(dir).filter((name) => name.endsWith('.bcmap'));
  let serving = false;
  return {
    name: 'marginalia:pdf-cmaps',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (source) => (source === id ? resolved : null),
    load(loaded) {
      if (loaded !== resolved) return null;
      if (process.env.VITEST) return `export default ${JSON.stringify(nodePdfCMaps())};`;
      // Not a literal: Vite would take `new URL('…', import.meta.url)` for an asset to bundle.
      const folder = serving ? `/${CMAPS_DIR}/` : `../${CMAPS_DIR}/`;
      return [
        `const folder = ${JSON.stringify(folder)};`,
        'export default { cMapUrl: new URL(folder, import.meta.url).href, cMapPacked: true, useWorkerFetch: true };',
      ].join('\n');
    },
    configureServer(server) {
      if (!emit) return;
      server.middlewares.use(`/${CMAPS_DIR}`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(path.join(dir, name)));
      });
    },
    generateBundle() {
      if (!emit) return;
      for (const name of files())
        this.emitFile({
          type: 'asset',
          fileName: `${CMAPS_DIR}/${name}`,
          source: readFileSync(path.join(dir, name)),
        });
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), offline(), pdfWorkerUrl(), pdfCMaps(true)],
  base: './',
  // The manifest lets scripts/check-bundle.mjs measure what the first load fetches (the budget).
  // No modulepreload polyfill in the first load: every browser the es2022 target runs in but
  // Safari before 17 preloads modules itself, and there the lazy parts load a moment later.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first load runs in one chunk. Left to itself, rolldown put
        // annotations/types.ts (which the entry loads first and lazy chunks share) in a chunk of
        // its own, a second request of 0.18 kB (rolldown issue #10731; `preserveEntrySignatures:
        // false` did not merge it). One group of the modules the entry imports statically
        // (`$initial`) keeps them together: 119.98 → 119.77 kB, the lazy chunks unchanged.
        // valibot checks imported files and stored paper models, never the first screen: its chunk
        // is named for it (it was `dist`, after its folder).
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            { name: 'valibot', test: /node_modules[\\/]valibot[\\/]/ },
          ],
        },
      },
    },
  },
  // The paper worker is a module worker that loads pdf.js with `import()` on the first PDF: as an
  // ES module it keeps pdf.js in a chunk of its own, so parsing a text paper never fetches it.
  worker: { format: 'es', plugins: () => [pdfWorkerUrl(), pdfCMaps(false)] },
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CSP_HEADER } },
  server: { headers: { 'Content-Security-Policy': devCsp() } },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          setupFiles: ['src/test-setup-pure.ts'],
          include: [
            ...PURE_TESTS,
            'tests/architecture/**/*.test.ts',
            'tests/truth/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
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
          // Rendering thousands of cards in jsdom takes seconds on a loaded 2-core machine; the
          // default 5 s would fail on load, not on behaviour (timing is measured in bench/).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Benchmarks: report figures (ratios against a baseline run alongside), never assert time.
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.bench.{ts,tsx}'],
          // After the run, every benchmark's goal rows become one table (bench/GOALS.md).
          globalSetup: ['bench/goal-table-setup.ts'],
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
