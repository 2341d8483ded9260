/**
 * "Export all annotations": every annotation this browser holds, as W3C Web Annotation files, one
 * per paper, each named after its paper. The storage-full banner, the Share & export menu and the
 * error boundaries all offer it, so a reader can always take their work away in the same format.
 */
import { loadSharingFormats } from '../../annotations/formats/load-sharing';
import { randomUuid } from '../../annotations/ids';
import { asPaperId, type Paper } from '../../paper/types';
import { downloadText } from '../../io/download';
import type { AppStore } from '../../store/app-store';
import { plainOf } from '../../annotations/shared-record';

/** A paper that is not open: no text or references, only its title and id in the export. */
const EMPTY_PAPER: Paper = {
  id: asPaperId(''),
  title: '',
  format: 'text',
  fileName: '',
  text: '',
  blocks: [],
  references: [],
  citations: [],
  parserVersion: 0,
};

/**
 * Downloads one W3C JSON-LD file per paper that has annotations; settles with how many (the
 * formats load on first use).
 */
export async function exportAllAnnotations(
  store: AppStore,
  now: () => number = Date.now,
): Promise<number> {
  const { buildExportFile } = await loadSharingFormats();
  const s = store.getState();
  const all = plainOf(s.annotations);
  const paperIds = new Set(Object.values(all).map((a) => a.paperId));
  for (const paperId of paperIds) {
    const meta = s.papers[paperId];
    const paper =
      s.paper?.id === paperId
        ? s.paper
        : { ...EMPTY_PAPER, id: paperId, title: meta?.title ?? `Paper ${paperId.slice(0, 12)}` };
    const file = buildExportFile({
      paper,
      all,
      sets: s.annotationSets,
      colourLabels: s.colourLabels,
      scope: { kind: 'paper' },
      format: 'jsonld',
      id: randomUuid(),
      now: now(),
    });
    downloadText(file.fileName, file.content, file.mimeType);
  }
  return paperIds.size;
}
