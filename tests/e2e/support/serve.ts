/**
 * Serves the built app (`dist/`, made by `vite build` before the browser tests run) on a free
 * loopback port with Vite's preview server.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

export interface ServedApp {
  url: string;
  close: () => Promise<void>;
}

export async function serveApp(): Promise<ServedApp> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm run test:e2e does it for you).');
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
