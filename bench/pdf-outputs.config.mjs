// Bundles bench/pdf-outputs.ts for Node (`npx rolldown -c bench/pdf-outputs.config.mjs`):
// pdf.js stays an import; the app's worker URL (`virtual:pdf-worker-url`, made by vite.config.ts)
// becomes an empty string (Node's pdf.js is given the patched worker by pdfjs-node.ts), and its
// CMaps (`virtual:pdf-cmaps`) the folder in node_modules.
import path from 'node:path';

export default {
  input: 'bench/pdf-outputs.ts',
  platform: 'node',
  external: [/^pdfjs-dist/, /^node:/],
  plugins: [
    {
      name: 'url-stub',
      resolveId: (id) => (id === 'virtual:pdf-worker-url' ? '\0url' : null),
      load: (id) => (id === '\0url' ? 'export default ""' : null),
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
  output: { file: 'node_modules/.pdf-outputs/pdf-outputs.mjs', format: 'esm' },
};
