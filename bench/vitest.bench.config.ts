// Vitest config for the benchmarks (bench/**/*.bench.ts): plain Node, one file at a time, long
// timeouts. Run with `npx vitest run --config bench/vitest.bench.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 900_000,
    fileParallelism: false,
  },
});
