/**
 * A readable Markdown report of a paper's annotations for a reviewer: grouped by section, each
 * with its quote, note, tags and linked references in full; then the claims with no source and
 * the references no annotation links to. Text people typed is shown as text in any Markdown viewer: `<`, `>`
 * and a `&` that would begin an entity are escaped everywhere, so HTML cannot run; quotes, titles, headings and references have
 * their Markdown punctuation escaped too; a note keeps its own Markdown, but images (which would
 * load from elsewhere when the report is opened) and links other than http(s)/mailto are shown as
 * text, and reference links are autolinked only for http(s).
 */
import { doiUrl } from './paper-iri';
import {
  layerOfRow,
  oneLine,
  pageAt,
  referenceByLabel,
  referenceText,
  reportRows,
  rowHeading,
  sectionName,
  type CurrentStarts,
  type ReportPaper,
  type ReportRow,
} from './report-sections';
import { isUnlinkedClaim } from '../claims';
import { DEFAULT_COLOUR_LABELS, type ColourLabels } from '../colours';
import type { Annotation, AnnotationSet, SetId } from '../types';
import { plural } from '../../paper/plural';

export interface MarkdownReportInput {
  paper: ReportPaper;
  annotations: readonly Annotation[];
  starts?: CurrentStarts;
  /** Epoch ms of the report. */
  now: number;
  /** What each colour means (claim, evidence…): said on every entry. Defaults to the legend's. */
  colourLabels?: ColourLabels;
  /** The sets the annotations belong to: each entry says which set it comes from. */
  sets?: Readonly<Record<SetId, AnnotationSet>>;
}

/** The report, ending with a newline. */
export function toMarkdownReport(input: MarkdownReportInput): string {
  const { paper, annotations, starts, now } = input;
  const rows = reportRows(paper, annotations, starts);
  const out = [
    `# Annotations on “${escape(paper.title)}”`,
    '',
    `_${plural(rows.length, 'annotation')}, ${new Date(now).toISOString().slice(0, 10)}._`,
    ...(paper.fileName ? ['', `File: ${escape(paper.fileName)}`] : []),
  ];
  const layerOf = layerOfRow(rows, input.sets);
  let current: string | undefined;
  for (const row of rows) {
    const heading = rowHeading(row);
    if (heading !== current) out.push('', `## ${escape(heading)}`);
    current = heading;
    out.push('', kindLine(row, input, layerOf), '', ...entry(paper, row));
  }
  const unlinked = rows.filter((r) => isUnlinkedClaim(r.annotation));
  out.push('', '## Not linked to a source (highlights of any colour)', '');
  out.push(
    ...(unlinked.length
      ? unlinked.map((r) => {
          const whose = layerOf(r);
          return `- “${escape(oneLine(r.annotation.target.quote.exact))}”${r.section ? ` (${escape(sectionName(r.section))})` : ''}${whose ? ` · ${escape(whose)}` : ''}`;
        })
      : ['None.']),
  );
  const linked = new Set(annotations.flatMap((a) => a.refLabels));
  const never = paper.references.filter((r) => !linked.has(r.label));
  out.push('', '## References no annotation links to', '');
  out.push(
    ...(never.length ? never.map((r) => `- ${escape(referenceText(paper, r))}`) : ['None.']),
  );
  return `${out.join('\n')}\n`;
}

/**
 * `**claim** · p. 4 · from “Week 3”`: what the highlight is (its colour's meaning), the page of a
 * PDF it is printed on (where a reviewer finds it in the PDF) and its set (said your own or imported
 * where the report holds more than one layer).
 */
function kindLine(
  row: ReportRow,
  { paper, colourLabels }: MarkdownReportInput,
  layerOf: ReturnType<typeof layerOfRow>,
): string {
  const { annotation: a, start } = row;
  const label = (colourLabels ?? DEFAULT_COLOUR_LABELS)[a.colour] ?? a.colour;
  const page = start === null ? null : pageAt(paper, start);
  const whose = layerOf(row, true);
  return `**${escape(label)}**${page ? ` · p. ${page}` : ''}${whose ? ` · ${escape(whose)}` : ''}`;
}

function entry(paper: ReportPaper, { annotation: a }: ReportRow): string[] {
  const lines = a.target.quote.exact.split('\n').map((l) => `> ${escape(l)}`);
  if (a.note.trim()) lines.push('', safeNote(a.note.trim()));
  if (a.tags.length)
    lines.push('', `Tags: ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
  if (a.refLabels.length) {
    lines.push('', 'Sources:');
    for (const label of a.refLabels) {
      const ref = referenceByLabel(paper, label);
      if (!ref) lines.push(`- [${escape(label)}] (not in this paper's reference list)`);
      else {
        const link = ref.fields.doi ? doiUrl(ref.fields.doi) : ref.fields.url;
        lines.push(
          `- ${escape(referenceText(paper, ref))}${link && /^https?:\/\/[^\s<>]+$/i.test(link) ? ` <${link}>` : ''}`,
        );
      }
    }
  }
  return lines;
}

/**
 * HTML-significant characters as entities: Markdown renders them as the characters. A `&` is one
 * only where it would begin an entity (`&copy;`, `&#169;`): elsewhere Markdown and HTML show it as
 * itself, and `A & B` in every reference of a Nature or ACS list reads better than `A &amp; B`.
 */
const escapeHtml = (s: string) =>
  s.replace(ENTITY_START, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A `&` that begins a named or numeric character reference (HTML's, which Markdown follows). */
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;

/** Text as literal text: HTML escaped, and the punctuation that makes links, images or emphasis. */
const escape = (s: string) => escapeHtml(s).replace(/[\\`*_[\]!~|]/g, '\\$&');

// `![alt](src)` and `[text](url)` / `[text]: url` whose url is not http(s), mailto or a fragment.
const IMAGE = /!\[/g;
const UNSAFE_LINK = /\]\((?!\s*<?(?:https?:|mailto:|#))/gi;
const UNSAFE_DEFINITION = /^(\s{0,3})\[([^\]\n]*)\]:(?!\s*<?(?:https?:|mailto:|#))/gim;

/** A note's own Markdown, with HTML escaped and images or unsafe links shown as text. */
const safeNote = (s: string) =>
  escapeHtml(s)
    .replace(IMAGE, '!\\[')
    .replace(UNSAFE_LINK, '\\](')
    .replace(UNSAFE_DEFINITION, '$1\\[$2\\]:');
