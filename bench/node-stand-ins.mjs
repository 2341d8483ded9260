/**
 * Rolldown plugins for bundling a Node tool that reads PDFs as the app does (`pdf-outputs.ts`,
 * `scripts/survey-papers.ts`): the app's virtual modules made by vite.config.ts stand in as
 * Node needs them. `virtual:pdf-worker-url` is an empty URL (Node's pdf.js runs the patched worker
 * in its own thread, given by `pdfjs-node.ts`); `virtual:pdf-cmaps` is pdf.js's CMaps folder in
 * node_modules, read from the file system.
 */
import path from 'node:path';

const MODULES = {
  'virtual:pdf-worker-url': 'export default "";',
  'virtual:pdf-cmaps': `export default ${JSON.stringify({
    cMapUrl: `${path.resolve('node_modules/pdfjs-dist/cmaps')}/`,
    cMapPacked: true,
  })};`,
};

/** The plugin that answers both virtual modules. */
export const nodeStandIns = {
  name: 'app-virtual-modules-in-node',
  resolveId: (id) => (id in MODULES ? `\0${id}` : null),
  load: (id) => (id.startsWith('\0virtual:') ? MODULES[id.slice(1)] : null),
};
