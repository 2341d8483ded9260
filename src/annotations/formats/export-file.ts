/**
 * One export, ready to download: the file name (named after the paper), its media type and its
 * text, for each format (W3C JSON-LD, the report as Markdown or as a page to read or print, CSV). The views ask for an
 * export by scope and format; what goes in it is decided here, purely.
 */
import type { ColourLabels } from '../colours';
import type { Annotation, AnnotationId, AnnotationSet, SetId } from '../types';
import { toCsvReport } from './report-csv';
import { toHtmlReport } from './report-html';
import { toMarkdownReport, type MarkdownReportInput } from './report-markdown';
import type { CurrentStarts, ReportPaper } from './report-sections';
import { annotationsForExport, toW3CCollection, type ExportScope } from './w3c-export';

export type ExportFormat = 'jsonld' | 'markdown' | 'html' | 'csv';

export interface ExportRequest {
  paper: ReportPaper;
  all: Readonly<Record<AnnotationId, Annotation>>;
  sets: Readonly<Record<SetId, AnnotationSet>>;
  colourLabels: ColourLabels;
  scope: ExportScope;
  format: ExportFormat;
  /** A fresh UUID for the collection. */
  id: string;
  now: number;
  starts?: CurrentStarts;
  /**
   * A note's Markdown as HTML (components/Sidebar/note-html.tsx), for `html`, which needs it: the
   * caller loads it with the first HTML report, so the sharing formats do not carry its parser.
   */
  noteHtml?: (markdown: string) => string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  /** How many annotations it holds. */
  count: number;
}

/** Longest slug of the paper title in a file name: long titles make unwieldy names. */
const MAX_SLUG_CHARS = 60;

const EXTENSIONS: Record<ExportFormat, { ext: string; mime: string }> = {
  jsonld: { ext: 'jsonld', mime: 'application/ld+json' },
  markdown: { ext: 'md', mime: 'text/markdown' },
  html: { ext: 'html', mime: 'text/html' },
  csv: { ext: 'csv', mime: 'text/csv' },
};

/** The paper title as a file-name-safe slug (letters of any script kept), `paper` if none. */
export function fileSlug(title: string): string {
  const whole = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = Array.from(whole);
  if (chars.length <= MAX_SLUG_CHARS) return whole || 'paper';
  // Cut between words (…-alcoholic, not …-alcoholic-pat); a title of one long word is cut in it.
  const cut = chars.slice(0, MAX_SLUG_CHARS + 1).join('');
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : chars.slice(0, MAX_SLUG_CHARS).join('');
}

/** Builds the file for `request`: its name says the paper, what was exported and the format. */
export function buildExportFile(request: ExportRequest): ExportFile {
  const { paper, scope, format, sets } = request;
  const annotations = annotationsForExport(request.all, paper.id, scope);
  const setList = Object.values(sets);
  const { ext, mime } = EXTENSIONS[format];
  const what =
    scope.kind === 'set'
      ? fileSlug(sets[scope.setId]?.name ?? 'set')
      : scope.kind === 'subset'
        ? 'filtered'
        : format === 'markdown' || format === 'html'
          ? 'report'
          : 'annotations';
  const fileName = `${fileSlug(paper.title)}.${what}.${ext}`;
  const content =
    format === 'jsonld'
      ? JSON.stringify(
          toW3CCollection({ paper, annotations, sets: setList, id: request.id, now: request.now }),
          null,
          2,
        )
      : format === 'markdown' || format === 'html'
        ? report(format, {
            paper,
            annotations,
            starts: request.starts,
            now: request.now,
            colourLabels: request.colourLabels,
            sets,
          })
        : toCsvReport({
            paper,
            annotations,
            sets: setList,
            colourLabels: request.colourLabels,
            starts: request.starts,
          });
  return { fileName, mimeType: mime, content, count: annotations.length };

  function report(kind: 'markdown' | 'html', input: MarkdownReportInput): string {
    if (kind === 'markdown') return toMarkdownReport(input);
    if (!request.noteHtml) throw new Error('An HTML report needs noteHtml to show the notes.');
    return toHtmlReport({ ...input, noteHtml: request.noteHtml });
  }
}
