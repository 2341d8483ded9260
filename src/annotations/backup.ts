/**
 * A complete copy of the reader's annotations as one JSON document, offered when storage fails
 * (full or unreadable) so nothing they wrote depends on the browser's storage alone.
 */
import type { ColourLabels } from './colours';
import type { Annotation, AnnotationId, AnnotationSet, SetId } from './types';

export const BACKUP_FORMAT = 'marginalia-annotations-backup';
export const BACKUP_VERSION = 1;

export interface AnnotationsBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the export. */
  exported: string;
  annotationSets: AnnotationSet[];
  colourLabels: ColourLabels;
  annotations: Annotation[];
}

/** Builds the backup document: every annotation of every paper, oldest first. */
export function toAnnotationsBackup(
  annotations: Readonly<Record<AnnotationId, Annotation>>,
  sets: Readonly<Record<SetId, AnnotationSet>>,
  colourLabels: ColourLabels,
  now: number,
): AnnotationsBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: new Date(now).toISOString(),
    annotationSets: Object.values(sets),
    colourLabels,
    annotations: Object.values(annotations).sort((a, b) => a.created - b.created),
  };
}
