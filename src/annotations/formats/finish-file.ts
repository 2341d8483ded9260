/**
 * The last step of reading any file: refuse one with nothing to import, else package what was
 * read with a one-line summary ("12 annotations by Dr. Ana Souza on “Title”; 2 skipped").
 */
import { isolate, quoted } from '../../paper/isolate';
import type { Annotation, AnnotationSet } from '../types';
import type { FileOrigin, FilePaper, ParseResult, SkippedItem } from './parsed-file';
import { plural } from '../../paper/plural';
import type { PlanSource } from './source-words';
import { SOURCE_WORDS } from './source-words';

/** What the readers collect while going through the items. */
export interface FileDraft {
  annotations: Annotation[];
  skipped: SkippedItem[];
  creators: string[];
}

/** The file, or a message when it holds no annotation that can be placed. */
export function finishFile(
  origin: FileOrigin,
  paper: FilePaper,
  sets: AnnotationSet[],
  draft: FileDraft,
  total: number,
  source: PlanSource = 'file',
): ParseResult {
  if (total === 0)
    return {
      ok: false,
      message:
        'The file holds no annotations. Ask whoever sent it for a set that has some, or pick another file.',
    };
  if (draft.annotations.length === 0) {
    const first = draft.skipped[0]!;
    return {
      ok: false,
      message: `None of ${SOURCE_WORDS[source].its} ${plural(total, 'annotation')} can be placed in a paper (annotation ${first.index}: ${first.reason}). Export them again from the app that made them, with their quotes, or ${SOURCE_WORDS[source].another}.`,
    };
  }
  const creators = [...new Set(draft.creators)];
  const file = {
    origin,
    paper,
    sets,
    annotations: draft.annotations,
    skipped: draft.skipped,
    creators,
  };
  return {
    ok: true,
    file,
    summary: summarise(file.annotations.length, creators, paper, draft.skipped.length),
  };
}

function summarise(n: number, creators: string[], paper: FilePaper, skipped: number): string {
  const by =
    creators.length === 0
      ? ''
      : ` by ${creators.slice(0, 3).map(isolate).join(', ')}${creators.length > 3 ? ` and ${creators.length - 3} more` : ''}`;
  const on = paper.title
    ? ` on ${quoted(paper.title)}`
    : paper.source
      ? ` on ${isolate(paper.source)}`
      : '';
  const left = skipped ? `; ${plural(skipped, 'item')} skipped` : '';
  return `${plural(n, 'annotation')}${by}${on}${left}`;
}
