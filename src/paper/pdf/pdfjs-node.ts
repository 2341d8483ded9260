/**
 * pdf.js's Node build as the tests, the benchmarks and `bench/pdf-outputs.ts` load it: with the
 * worker script the app serves, patched to report each font's name and Differences with the text
 * (`pdf-worker-patch.ts`). Node only (the file system): never imported by the app.
 *
 * pdf.js's Node build has no worker thread: it runs its worker's code in this thread (a "fake
 * worker"), taking it from `globalThis.pdfjsWorker` when that is set and else importing
 * `legacy/build/pdf.worker.mjs`. So the patched script is written once next to pdfjs-dist
 * (`node_modules/.cache/marginalia/`, named by its content's hash, so a new pdfjs-dist gets a file
 * of its own), imported, and set there before pdf.js is loaded.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// With its extension: vite.config.ts imports this module (see there).
import { patchPdfWorker } from './pdf-worker-patch.ts';

/**
 * The path of pdfjs-dist's `script` (`build/pdf.worker.min.mjs`, `legacy/build/pdf.worker.mjs`)
 * patched: written under `node_modules/.cache/marginalia/` unless there already (else, that folder
 * not writable, under the system's temporary folder). Also used by vite.config.ts for the app's worker.
 */
export function patchedPdfWorkerFile(script: string): string {
  const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const patched = patchPdfWorker(readFileSync(path.join(pdfjsDir, script), 'utf8'));
  const hash = createHash('sha256').update(patched).digest('hex').slice(0, 12);
  const name = `${path.basename(script, '.mjs')}-${hash}.mjs`;
  for (const dir of [
    path.join(pdfjsDir, '..', '.cache', 'marginalia'),
    path.join(tmpdir(), 'marginalia'),
  ]) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
    try {
      mkdirSync(dir, { recursive: true });
      // Written whole, then renamed: test files loading it side by side (threads of one process
      // too: the pid and a random suffix) never read half a script.
      const partial = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.partial`;
      writeFileSync(partial, patched);
      renameSync(partial, file);
      return file;
    } catch {
      // node_modules/.cache not writable (a read-only install): the system's temporary folder.
    }
  }
  throw new Error(`Cannot write the patched pdf.js worker ${name}`);
}

/**
 * pdf.js's CMaps as the Node build reads them (a folder path, read from the file system): the same
 * CMaps the app serves (`virtual:pdf-cmaps`, vite.config.ts), so CJK fonts with a predefined CMap
 * and no ToUnicode read as text here as they do in the app. For `getDocument`.
 */
export function nodePdfCMaps(): { cMapUrl: string; cMapPacked: true } {
  const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${path.join(pdfjsDir, 'cmaps')}${path.sep}`, cMapPacked: true };
}

let loading: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null;

/** pdf.js's Node build, its fake worker running the patched worker script (loaded once). */
export function loadNodePdfJs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  loading ??= (async () => {
    const worker: unknown = await import(
      /* @vite-ignore */ pathToFileURL(patchedPdfWorkerFile('legacy/build/pdf.worker.mjs')).href
    );
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}
