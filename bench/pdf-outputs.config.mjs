// Bundles bench/pdf-outputs.ts for Node (`npx rolldown -c bench/pdf-outputs.config.mjs`):
// pdf.js stays an import; the app's worker URL (`virtual:pdf-worker-url`, made by vite.config.ts)
// becomes an empty string (Node's pdf.js is given the patched worker by pdfjs-node.ts).
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
  ],
  output: { file: 'node_modules/.pdf-outputs/pdf-outputs.mjs', format: 'esm' },
};
