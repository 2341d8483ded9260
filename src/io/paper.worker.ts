/**
 * The paper worker: parses papers and lays out PDF text off the main thread, so opening a 1.6 MB
 * paper or a 300-page PDF never blocks the page (issue 9). It only runs the pure parser and layout
 * on the data it is sent; the main-thread side is `paper-worker-client.ts`.
 */
import { parseOpening } from '../paper/opening-blocks';
import { parsePaper } from '../paper/parse-paper';
import { readPdfLayout } from '../paper/pdf/layout-pdf-text';
import type { PaperJob, PaperWorkerMessage } from './paper-work';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PaperJob>) => void) | null;
  postMessage: (message: PaperWorkerMessage) => void;
};

scope.onmessage = ({ data: job }) => {
  try {
    // A long paper's first screens go first: the page shows them while the rest is parsed.
    if (job.kind === 'parse' && job.opening) {
      const opening = parseOpening(job.source, job.options);
      if (opening) scope.postMessage({ id: job.id, update: 'opening', value: opening });
    }
    const value =
      job.kind === 'parse' ? parsePaper(job.source, job.options) : readPdfLayout(job.pages);
    scope.postMessage({ id: job.id, ok: true, value });
  } catch (error) {
    scope.postMessage({ id: job.id, ok: false, error: String(error) });
  }
};
