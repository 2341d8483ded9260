/**
 * Bundles scripts/survey-papers.ts for Node (`npx rolldown -c scripts/survey-papers.config.mjs`):
 * pdf.js stays external (loaded from node_modules by `loadNodePdfJs`), and the app's
 * `virtual:pdf-worker-url` (a Vite plugin's module, vite.config.ts) is an empty URL here: the
 * survey reads PDFs with pdf.js's Node build, which runs the patched worker in its own thread.
 * `virtual:pdf-cmaps` is pdf.js's CMaps folder in node_modules, read from the file system.
 */
import path from 'node:path';

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
    {
      name: 'pdf-cmaps-in-node',
      resolveId: (id) => (id === 'virtual:pdf-cmaps' ? '\0pdf-cmaps' : null),
      load: (id) =>
        id === '\0pdf-cmaps'
          ? `export default ${JSON.stringify({ cMapUrl: `${path.resolve('node_modules/pdfjs-dist/cmaps')}/`, cMapPacked: true })};`
          : null,
    },
  ],
  output: { file: 'node_modules/.survey/survey-papers.mjs' },
};
