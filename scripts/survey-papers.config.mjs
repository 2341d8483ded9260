/**
 * Bundles scripts/survey-papers.ts for Node (`npx rolldown -c scripts/survey-papers.config.mjs`):
 * pdf.js stays external (loaded from node_modules by `loadNodePdfJs`), and the app's
 * `virtual:pdf-worker-url` (a Vite plugin's module, vite.config.ts) is an empty URL here: the
 * survey reads PDFs with pdf.js's Node build, which runs the patched worker in its own thread.
 */
export default {
  input: 'scripts/survey-papers.ts',
  platform: 'node',
  external: ['pdfjs-dist/legacy/build/pdf.mjs'],
  plugins: [
    {
      name: 'pdf-worker-url-in-node',
      resolveId: (id) => (id === 'virtual:pdf-worker-url' ? '\0pdf-worker-url' : null),
      load: (id) => (id === '\0pdf-worker-url' ? 'export default "";' : null),
    },
  ],
  output: { file: 'node_modules/.survey/survey-papers.mjs' },
};
