/**
 * pdf.js's own worker, started from a worker (the app's paper worker). pdf.js starts its worker
 * only from a page (it reads `window.location`); in a worker it would parse in that worker's own
 * thread, so pdf.js's reading of page n+1 and our conversion of page n could not overlap. Here
 * the paper worker starts pdf.js's worker script itself (a nested worker, same origin: the CSP's
 * `worker-src 'self'` and the offline precache cover it) and hands it to pdf.js as its port.
 *
 * One worker serves one document at a time and is kept for the next (pdf.js takes several
 * documents on one port, each closed with its loading task); a second document while the first
 * is still being closed gets a worker of its own. A worker that cannot start (blocked, offline
 * without the file, no nested workers) is said once, and every later PDF parses in this thread.
 */

/** Idle workers kept for the next PDF: one is enough, a reader opens one paper at a time. */
const MAX_IDLE = 1;

const idle: Worker[] = [];
let broken = false;

/** Resolves once pdf.js's worker script has loaded and said `ready`; rejects if it cannot load. */
function whenReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<{ action?: string } | null>) => {
      if (event.data?.action !== 'ready') return;
      done();
      resolve();
    };
    const onError = (event: Event) => {
      event.preventDefault();
      done();
      reject(new Error(`pdf.js's worker did not start: ${(event as ErrorEvent).message ?? ''}`));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/**
 * A started pdf.js worker for one document (`scriptUrl` is pdf.js's worker script), or null when
 * none can start here: the caller then has pdf.js parse in this thread. Give it back with
 * {@link releasePdfWorker} once the document's loading task is destroyed.
 */
export async function leasePdfWorker(scriptUrl: string): Promise<Worker | null> {
  const kept = idle.pop();
  if (kept) return kept;
  if (broken || typeof Worker === 'undefined') return null;
  let worker: Worker | undefined;
  try {
    worker = new Worker(scriptUrl, { type: 'module', name: 'pdf.js' });
    await whenReady(worker);
    return worker;
  } catch (error) {
    worker?.terminate();
    broken = true;
    console.warn("pdf.js's worker cannot start here; PDFs are parsed in this thread.", error);
    return null;
  }
}

/** Takes back a worker whose document is closed: kept for the next PDF, or stopped. */
export function releasePdfWorker(worker: Worker): void {
  if (idle.length < MAX_IDLE) idle.push(worker);
  else worker.terminate();
}
