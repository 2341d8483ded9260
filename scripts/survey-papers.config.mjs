/**
 * Bundles scripts/survey-papers.ts for Node (`npx rolldown -c scripts/survey-papers.config.mjs`):
 * pdf.js stays external (loaded from node_modules by `loadNodePdfJs`); the app's virtual modules
 * stand in as Node needs them (bench/node-stand-ins.mjs).
 */
import { nodeStandIns } from '../bench/node-stand-ins.mjs';

export default {
  input: 'scripts/survey-papers.ts',
  platform: 'node',
  external: ['pdfjs-dist/legacy/build/pdf.mjs'],
  plugins: [nodeStandIns],
  output: { file: 'node_modules/.survey/survey-papers.mjs' },
};
