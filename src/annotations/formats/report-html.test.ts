import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_LABELS } from '../colours';
import {
  INSTRUCTOR_SET,
  SAMPLE_ANNOTATIONS,
  SAMPLE_PAPER,
  sampleAnnotation,
} from './__fixtures__/sample';
import { DEFAULT_SET } from '../types';
import { toHtmlReport } from './report-html';

const NOW = Date.UTC(2026, 11, 4);

/**
 * Stands in for the notes' Markdown renderer the app hands in (components/Sidebar/note-html.tsx,
 * tested there with this report): records what it is given.
 */
const given: string[] = [];
const noteHtml = (markdown: string) => {
  given.push(markdown);
  return `<p>rendered note ${given.length}</p>`;
};

describe('toHtmlReport', () => {
  const html = toHtmlReport({
    paper: SAMPLE_PAPER,
    annotations: SAMPLE_ANNOTATIONS,
    now: NOW,
    colourLabels: DEFAULT_COLOUR_LABELS,
    sets: { [INSTRUCTOR_SET.id]: INSTRUCTOR_SET },
    noteHtml,
  });

  it('is a whole page that loads and runs nothing: no script, and a policy that allows only its own styles', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).toContain(`<title>Annotations on “${SAMPLE_PAPER.title}”</title>`);
    expect(html).not.toMatch(/<script|<img|<iframe|\son\w+=/i);
  });

  it('shows HTML people typed in tags and quotes as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('hands each note’s Markdown, as written and trimmed, to the notes’ renderer and puts its HTML in the note', () => {
    expect(given).toContain(
      'Key **claim**: is it _supported_?\n\n- look at [1]\n- compare with §2',
    );
    expect(given).toContain('No position stored: <b>found by quote</b> = "ok", then, "quoted"');
    expect(given).not.toContain('');
    expect(html).toContain('<div class="note" dir="auto">\n<p>rendered note 1</p>\n</div>');
    expect(html.match(/<div class="note"/g)).toHaveLength(given.length);
  });

  it('groups the highlights under their sections in reading order, the orphan last, as the Markdown report does', () => {
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings.at(-3)).toBe('Not found in this version of the text');
    expect(headings.at(-2)).toBe('Not linked to a source');
    expect(headings.at(-1)).toBe('References no annotation links to');
    expect(headings).toContain('1. Introduction');
    const quotes = [...html.matchAll(/<blockquote[^>]*>(.*?)<\/blockquote>/gs)].map((m) => m[1]);
    expect(quotes.at(-1)).toBe('a sentence the author deleted from this version');
  });

  it('gives each highlight its meaning, set, quote, tags and its sources in full', () => {
    const ref = SAMPLE_PAPER.references[0]!;
    const full = SAMPLE_PAPER.text.slice(ref.start, ref.end).replace(/\s+/g, ' ').trim();
    expect(html).toContain(
      '<p class="kind"><span class="kind__label">claim</span> · from “Seminar 3: what to look for”</p>',
    );
    expect(html).toContain(
      '<blockquote dir="auto">The image of the party is one of the basic goals</blockquote>',
    );
    expect(html).toContain('<span class="tag">claim</span> <span class="tag">definition</span>');
    expect(html).toContain(`<li>${full}</li>`);
  });

  it('marks each highlight with its colour, kept when printed', () => {
    expect(html).toContain('<article class="entry entry--green">');
    expect(html).toContain('print-color-adjust: exact');
  });

  it('keeps an entry whole on a printed page and a heading with what follows it', () => {
    expect(html).toMatch(/\.entry \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/h2 \{[^}]*break-after: avoid/);
  });

  it('gives the page of a PDF a passage is printed on', () => {
    const pdf = {
      ...SAMPLE_PAPER,
      format: 'pdf' as const,
      blocks: SAMPLE_PAPER.blocks.map((b) => ({ ...b, page: 3 })),
    };
    const report = toHtmlReport({
      paper: pdf,
      annotations: SAMPLE_ANNOTATIONS.slice(0, 1),
      now: NOW,
      noteHtml,
    });
    expect(report).toContain('<span class="kind__label">claim</span> · p. 3</p>');
  });

  it('links a source by its DOI only over http(s)', () => {
    const [ref] = SAMPLE_PAPER.references;
    const paper = {
      ...SAMPLE_PAPER,
      references: [
        { ...ref!, fields: { ...ref!.fields, doi: '10.1000/xyz"><b>' } },
        ...SAMPLE_PAPER.references.slice(1),
      ],
    };
    const report = toHtmlReport({
      paper,
      annotations: SAMPLE_ANNOTATIONS.slice(0, 1),
      now: NOW,
      noteHtml,
    });
    expect(report).toContain('<a href="https://doi.org/10.1000/xyz%22%3E%3Cb%3E">');
    expect(report).not.toContain('"><b>');
  });
});

describe('the page’s "Not linked to a source" with two layers', () => {
  it('says whose each highlight is: the reader’s own set or the imported layer, by name', () => {
    const exact = 'precise poverty alleviation policy';
    const html = toHtmlReport({
      paper: SAMPLE_PAPER,
      annotations: [
        sampleAnnotation('own-1', exact, { setId: DEFAULT_SET.id }),
        sampleAnnotation('theirs-1', exact),
      ],
      now: NOW,
      sets: {
        [DEFAULT_SET.id]: DEFAULT_SET,
        [INSTRUCTOR_SET.id]: { ...INSTRUCTOR_SET, origin: 'imported' },
      },
      noteHtml,
    });
    const unlinked = html.slice(html.indexOf('<h2>Not linked to a source</h2>'));
    const items = [...unlinked.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]).slice(0, 2);
    expect(items[0]).toMatch(
      /^“precise poverty alleviation policy”.* · from “My annotations” \(your own\)<\/span>$/,
    );
    expect(items[1]).toMatch(
      /^“precise poverty alleviation policy”.* · from “Seminar 3: what to look for” \(imported\)<\/span>$/,
    );
    expect(html).toContain(
      '<span class="kind__label">claim</span> · from “My annotations” (your own)</p>',
    );
    expect(html).toContain(
      '<span class="kind__label">claim</span> · from “Seminar 3: what to look for” (imported)</p>',
    );
  });

  it('says whose each is where the page has two layers though the unlinked are of one, and "another layer" for a set it does not know', () => {
    const exact = 'precise poverty alleviation policy';
    const html = toHtmlReport({
      paper: SAMPLE_PAPER,
      annotations: [
        sampleAnnotation('own-1', exact, { setId: DEFAULT_SET.id, refLabels: ['1'] }),
        sampleAnnotation('theirs-1', exact),
      ],
      now: NOW,
      sets: { [DEFAULT_SET.id]: DEFAULT_SET },
      noteHtml,
    });
    const unlinked = html.slice(html.indexOf('<h2>Not linked to a source</h2>'));
    const [item] = [...unlinked.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(item).toMatch(/ · from another layer<\/span>$/);
    expect(html).not.toContain(INSTRUCTOR_SET.id);
  });
});
