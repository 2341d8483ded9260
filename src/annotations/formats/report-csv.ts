/**
 * CSV of a paper's annotations for spreadsheets: one row per annotation (for a PDF, with the page
 * its passage is printed on), RFC 4180 (CRLF line
 * ends, fields with commas, quotes or line breaks in double quotes, quotes doubled). Safe against
 * formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or CR is
 * prefixed with `'` so a spreadsheet shows it as text instead of running it.
 */
import type { ColourLabels } from '../colours';
import type { Annotation, AnnotationSet } from '../types';
import {
  pageAt,
  referenceByLabel,
  referenceText,
  reportRows,
  sectionName,
  type CurrentStarts,
  type ReportPaper,
} from './report-sections';

export interface CsvReportInput {
  paper: ReportPaper;
  annotations: readonly Annotation[];
  sets: readonly AnnotationSet[];
  colourLabels: ColourLabels;
  starts?: CurrentStarts;
}

export const CSV_COLUMNS = [
  'id',
  'section',
  'quote',
  'note',
  'tags',
  'colour',
  'linked references',
  'set',
  'author',
  'created',
  'modified',
  'start',
  'end',
  'page',
] as const;

/** The CSV text, header first. */
export function toCsvReport({
  paper,
  annotations,
  sets,
  colourLabels,
  starts,
}: CsvReportInput): string {
  const setById = new Map(sets.map((s) => [s.id, s]));
  const rows = reportRows(paper, annotations, starts).map(({ annotation: a, section, start }) => {
    const set = setById.get(a.setId);
    const refs = a.refLabels.map((l) => {
      const ref = referenceByLabel(paper, l);
      return ref ? referenceText(paper, ref) : `[${l}]`;
    });
    return [
      a.id,
      start === null ? '(not found in the text)' : sectionName(section),
      a.target.quote.exact,
      a.note,
      a.tags.join('; '),
      colourLabels[a.colour],
      refs.join('\n'),
      set?.name ?? a.setId,
      set?.author ?? '',
      new Date(a.created).toISOString(),
      new Date(a.modified).toISOString(),
      start === null ? '' : String(start),
      start === null ? '' : String(start + a.target.quote.exact.length),
      String((start !== null && pageAt(paper, start)) || ''),
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One cell: neutralised if a spreadsheet would read it as a formula, then quoted if needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
