// Bundles bench/pdf-outputs.ts for Node (`npx rolldown -c bench/pdf-outputs.config.mjs`): pdf.js
// stays an import; the app's virtual modules stand in as Node needs them (node-stand-ins.mjs).
import { nodeStandIns } from './node-stand-ins.mjs';

export default {
  input: 'bench/pdf-outputs.ts',
  platform: 'node',
  external: [/^pdfjs-dist/, /^node:/],
  plugins: [nodeStandIns],
  output: { file: 'node_modules/.pdf-outputs/pdf-outputs.mjs', format: 'esm' },
};
