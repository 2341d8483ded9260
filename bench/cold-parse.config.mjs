// Bundles bench/cold-parse.ts for Node (`npx rolldown -c bench/cold-parse.config.mjs`).
export default {
  input: 'bench/cold-parse.ts',
  platform: 'node',
  external: [/^node:/],
  output: { file: 'node_modules/.cold-parse/cold-parse.mjs', format: 'esm' },
};
