import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_LABELS } from '../colours';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { buildExportFile, fileSlug, type ExportFormat } from './export-file';
import type { ExportScope } from './w3c-export';

const all = Object.fromEntries(SAMPLE_ANNOTATIONS.map((a) => [a.id, a]));
/** Stands in for components/Sidebar/note-html.tsx (tested there, with the whole report). */
const noteHtml = (markdown: string) => `<p>${markdown.length} characters</p>`;
const request = (scope: ExportScope, format: ExportFormat, withNotes = true) =>
  buildExportFile({
    paper: SAMPLE_PAPER,
    all,
    sets: { [INSTRUCTOR_SET.id]: INSTRUCTOR_SET },
    colourLabels: DEFAULT_COLOUR_LABELS,
    scope,
    format,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    now: Date.UTC(2026, 11, 4),
    ...(withNotes && { noteHtml }),
  });

describe('fileSlug', () => {
  it.each([
    ['Precise poverty alleviation and party image', 'precise-poverty-alleviation-and-party-image'],
    ['  «Éthique» / <script> ', 'éthique-script'],
    ['数据 与 模型', '数据-与-模型'],
    ['!!!', 'paper'],
    ['a'.repeat(100), 'a'.repeat(60)],
    // Long titles are cut between words, never inside one.
    [
      'Drinking patterns and the risk of liver disease among alcoholic patients: a cohort study',
      'drinking-patterns-and-the-risk-of-liver-disease-among',
    ],
    [`${'a'.repeat(55)} bcdefgh`, 'a'.repeat(55)],
    [`${'a'.repeat(60)} next`, 'a'.repeat(60)],
    ['𠀀'.repeat(70), '𠀀'.repeat(60)], // never half a character
  ])('makes %j into %j', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });
});

describe('buildExportFile', () => {
  it('refuses to write the HTML report without the notes’ renderer (notes are never shown raw)', () => {
    expect(() => request({ kind: 'paper' }, 'html', false)).toThrow(/noteHtml/);
    expect(request({ kind: 'paper' }, 'markdown', false).content).toContain('Key **claim**');
  });

  it('names the file after the paper and what was exported, with the format’s extension', () => {
    expect(request({ kind: 'paper' }, 'jsonld').fileName).toBe(
      'precise-poverty-alleviation-and-party-image.annotations.jsonld',
    );
    expect(request({ kind: 'set', setId: INSTRUCTOR_SET.id }, 'jsonld').fileName).toMatch(
      /\.seminar-3-what-to-look-for\.jsonld$/,
    );
    expect(request({ kind: 'subset', ids: [] }, 'csv').fileName).toMatch(/\.filtered\.csv$/);
  });

  it('exports only the chosen annotations, in the chosen format', () => {
    const ids = [SAMPLE_ANNOTATIONS[0]!.id, SAMPLE_ANNOTATIONS[2]!.id];
    const jsonld = request({ kind: 'subset', ids }, 'jsonld');
    expect(jsonld.count).toBe(2);
    expect(jsonld.mimeType).toBe('application/ld+json');
    expect(JSON.parse(jsonld.content)).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const csv = request({ kind: 'subset', ids }, 'csv');
    expect(csv.content.trimEnd().split('\r\n')).toHaveLength(3);
    const md = request({ kind: 'subset', ids }, 'markdown');
    expect(md.mimeType).toBe('text/markdown');
    expect(md.content).toContain('The image of the party is one of the basic goals');
  });

  it('writes the report as a page to read or print, named like the Markdown one', () => {
    const page = request({ kind: 'paper' }, 'html');
    expect(page.fileName).toBe('precise-poverty-alleviation-and-party-image.report.html');
    expect(page.mimeType).toBe('text/html');
    expect(page.content).toContain('<div class="note" dir="auto">\n<p>66 characters</p>\n</div>');
    expect(page.count).toBe(SAMPLE_ANNOTATIONS.length);
    expect(page.content).toContain(
      '<blockquote dir="auto">The image of the party is one of the basic goals',
    );
  });
});
