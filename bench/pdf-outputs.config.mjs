// Bundles bench/pdf-outputs.ts for Node (`npx rolldown -c bench/pdf-outputs.config.mjs`):
// pdf.js stays an import; the worker's `?url` import (a Vite feature) becomes an empty string.
export default {
  input: 'bench/pdf-outputs.ts',
  platform: 'node',
  external: [/^pdfjs-dist/, /^node:/],
  plugins: [
    {
      name: 'url-stub',
      resolveId: (id) => (id.endsWith('?url') ? '\0url' : null),
      load: (id) => (id === '\0url' ? 'export default ""' : null),
    },
  ],
  output: { file: 'node_modules/.pdf-outputs/pdf-outputs.mjs', format: 'esm' },
};
