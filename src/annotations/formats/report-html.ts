/**
 * The report as a page to read in a browser or print (issue: a reviewer opening the Markdown
 * report in a browser met raw `**claim**`, `\[4\]` and `>` marks). The same content and order as
 * the Markdown report: highlights grouped by section in reading order, each with its meaning,
 * printed page (PDFs), set, quote, note, tags and linked references in full; then the highlights
 * with no source and the references no annotation links to.
 *
 * Safe to open from anywhere: every text is HTML-escaped, links are http(s) DOI or URL links only,
 * and the page's own Content-Security-Policy lets nothing load or run (styles inline, no script,
 * no image). Notes are shown as the sidebar shows them, their Markdown rendered (emphasis, lists,
 * code, a link as its text and URL): the caller hands in `noteHtml`, which turns a note's Markdown
 * into HTML that runs and loads nothing (components/Sidebar/note-html.tsx; it is given, not
 * imported, so the Markdown parser loads with the first HTML report only).
 */
import { doiUrl } from './paper-iri';
import { escapeHtml as esc } from './escape-html';
import {
  layerOfRow,
  oneLine,
  pageAt,
  referenceByLabel,
  referenceText,
  reportRows,
  rowHeading,
  sectionName,
  type ReportRow,
} from './report-sections';
import type { MarkdownReportInput } from './report-markdown';
import { isUnlinkedClaim } from '../claims';
import { COLOURS, COLOUR_IDS, DEFAULT_COLOUR_LABELS } from '../colours';
import type { ReportPaper } from './report-sections';
import { plural } from '../../paper/plural';

export interface HtmlReportInput extends MarkdownReportInput {
  /** A note's Markdown as HTML that runs and loads nothing (components/Sidebar/note-html.tsx). */
  noteHtml: (markdown: string) => string;
}

/** The page, a whole HTML document ending with a newline. */
export function toHtmlReport(input: HtmlReportInput): string {
  const { paper, annotations, starts, now } = input;
  const rows = reportRows(paper, annotations, starts);
  const title = `Annotations on “${paper.title}”`;
  const body: string[] = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(plural(rows.length, 'annotation'))} · ${new Date(now).toISOString().slice(0, 10)}${paper.fileName ? ` · ${esc(paper.fileName)}` : ''}</p>`,
  ];
  const layerOf = layerOfRow(rows, input.sets);
  let current: string | undefined;
  for (const row of rows) {
    const heading = rowHeading(row);
    if (heading !== current) body.push(`<h2>${esc(heading)}</h2>`);
    current = heading;
    body.push(entry(row, input, layerOf(row, true)));
  }
  const unlinked = rows.filter((r) => isUnlinkedClaim(r.annotation));
  body.push('<h2>Not linked to a source</h2>');
  body.push(
    unlinked.length
      ? list(
          unlinked.map((r) => {
            const where = [r.section && `(${sectionName(r.section)})`, layerOf(r)].filter(Boolean);
            return `“${esc(oneLine(r.annotation.target.quote.exact))}”${where.length ? ` <span class="where">${esc(where.join(' · '))}</span>` : ''}`;
          }),
        )
      : '<p>None.</p>',
  );
  const linked = new Set(annotations.flatMap((a) => a.refLabels));
  const never = paper.references.filter((r) => !linked.has(r.label));
  body.push('<h2>References no annotation links to</h2>');
  body.push(never.length ? list(never.map((r) => esc(referenceText(paper, r)))) : '<p>None.</p>');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One highlight: what it is, where, the quote, the note, tags and sources. */
function entry(
  { annotation: a, start }: ReportRow,
  input: HtmlReportInput,
  whose: string | null,
): string {
  const { paper, colourLabels, noteHtml } = input;
  const label = (colourLabels ?? DEFAULT_COLOUR_LABELS)[a.colour] ?? a.colour;
  const page = start === null ? null : pageAt(paper, start);
  const colour = COLOUR_IDS.includes(a.colour) ? a.colour : 'yellow';
  const out = [
    `<article class="entry entry--${colour}">`,
    `<p class="kind"><span class="kind__label">${esc(label)}</span>${page ? ` · p. ${page}` : ''}${whose ? ` · ${esc(whose)}` : ''}</p>`,
    `<blockquote dir="auto">${esc(a.target.quote.exact)}</blockquote>`,
  ];
  if (a.note.trim()) out.push(`<div class="note" dir="auto">\n${noteHtml(a.note.trim())}\n</div>`);
  if (a.tags.length)
    out.push(
      `<p class="tags">Tags: ${a.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</p>`,
    );
  if (a.refLabels.length) out.push('<p class="sources">Sources</p>', sources(paper, a.refLabels));
  out.push('</article>');
  return out.join('\n');
}

function sources(paper: ReportPaper, labels: readonly string[]): string {
  return list(
    labels.map((label) => {
      const ref = referenceByLabel(paper, label);
      if (!ref)
        return `[${esc(label)}] <span class="where">(not in this paper's reference list)</span>`;
      const link = ref.fields.doi ? doiUrl(ref.fields.doi) : ref.fields.url;
      const safe = link && /^https?:\/\/[^\s<>"]+$/i.test(link) ? link : null;
      return `${esc(referenceText(paper, ref))}${safe ? ` <a href="${esc(safe)}">${esc(safe)}</a>` : ''}`;
    }),
  );
}

const list = (items: readonly string[]) =>
  `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;

/** Each colour's rule beside its highlights, as in the sidebar's cards. */
const COLOUR_RULES = COLOUR_IDS.map(
  (id) => `.entry--${id} { border-left-color: ${COLOURS[id].hex}; }`,
).join('\n');

/**
 * Reading and printing: a serif column of a comfortable measure; an entry is not split across
 * printed pages and a heading stays with what follows; the colour rules print as on screen.
 */
const STYLE = `
body { margin: 0; color: #1c1c1c; background: #fff; font: 17px/1.55 Georgia, 'Times New Roman', serif; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.4rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 1px solid #ccc; break-after: avoid; }
.meta, .kind, .tags, .sources, .where { font-family: system-ui, sans-serif; font-size: 0.85rem; color: #555; }
.entry { margin: 0 0 1.1rem; padding: 0.2rem 0 0.2rem 0.9rem; border-left: 5px solid #ffd54f; break-inside: avoid; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
${COLOUR_RULES}
.kind { margin: 0 0 0.3rem; }
.kind__label { font-weight: 600; color: #1c1c1c; }
blockquote { margin: 0 0 0.5rem; font-style: italic; white-space: pre-line; }
.note { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
.note p, .note ul, .note ol, .note pre, .note blockquote { margin: 0 0 0.4rem; }
.note > :last-child { margin-bottom: 0; }
.note__heading { font-weight: 700; }
.note blockquote { font-style: normal; white-space: normal; padding-left: 0.7rem; border-left: 3px solid #ccc; }
.note pre { white-space: pre-wrap; }
.note code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
.tags { margin: 0 0 0.4rem; }
.tag { display: inline-block; padding: 0 0.4rem; border: 1px solid #bbb; border-radius: 0.6rem; }
.sources { margin: 0.4rem 0 0.1rem; font-weight: 600; }
ul { margin: 0 0 0.5rem; padding-left: 1.2rem; }
li { margin: 0 0 0.25rem; }
a { color: #0b57a4; overflow-wrap: anywhere; }
@page { margin: 18mm 16mm; }
@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } }
`;
