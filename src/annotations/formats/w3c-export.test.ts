import { describe, expect, it } from 'vitest';
import { aid } from '../__fixtures__/annotations';
import { DEFAULT_SET, DEFAULT_SET_ID, type AnnotationSet } from '../types';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { parseAnnotationFile } from './parse-annotation-file';
import { paperIdFromIri, paperIri } from './paper-iri';
import { annotationsForExport, toW3CCollection } from './w3c-export';
import { W3C_CONTEXT } from './vocab';
import { fakePaperId, pid } from '../../paper/__fixtures__/paper-ids';

const EXPORT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const NOW = Date.UTC(2026, 11, 4, 12);

const exportSample = (doi?: string) =>
  toW3CCollection({
    paper: { ...SAMPLE_PAPER, doi },
    annotations: SAMPLE_ANNOTATIONS,
    sets: [INSTRUCTOR_SET],
    id: EXPORT_ID,
    now: NOW,
  });

describe('paperIri', () => {
  it.each([
    [
      'a DOI URL when the paper has a DOI',
      `sha256:${'c'.repeat(64)}`,
      '10.1000/xyz 1',
      'https://doi.org/10.1000/xyz%201',
    ],
    [
      'an RFC 6920 hash IRI from the paper id otherwise',
      `sha256:${'0'.repeat(63)}1`,
      undefined,
      `ni:///sha-256;${'A'.repeat(42)}E`,
    ],
    ['a URN for an id that is not a hash', 'odd id', undefined, 'urn:marginalia:paper:odd%20id'],
  ])('gives %s', (_, id, doi, iri) => {
    expect(paperIri(pid(id), doi)).toBe(iri);
  });

  it('reads the paper id back from its hash IRI', () => {
    const id = pid(`sha256:${'0123456789abcdef'.repeat(4)}`);
    expect(paperIdFromIri(paperIri(id))).toBe(id);
    expect(paperIdFromIri('https://doi.org/10.1/x')).toBeNull();
  });
});

describe('toW3CCollection', () => {
  it('names the W3C context first and our namespace after it', () => {
    const c = exportSample();
    expect(c['@context'][0]).toBe(W3C_CONTEXT);
    expect(c['@context'][1]).toEqual({ mg: expect.stringMatching(/^https:\/\//) });
  });

  it('names the paper by title, id and DOI, and targets the DOI URL when there is one', () => {
    const c = exportSample('10.1000/xyz');
    expect(c['mg:paper']).toEqual({
      id: SAMPLE_PAPER.id,
      title: SAMPLE_PAPER.title,
      source: 'https://doi.org/10.1000/xyz',
      doi: '10.1000/xyz',
    });
    expect(c.first.items.every((a) => a.target.source === 'https://doi.org/10.1000/xyz')).toBe(
      true,
    );
  });

  it('writes ids as urn:uuid IRIs, dates as ISO strings and the set author as creator', () => {
    const a = exportSample().first.items.find((x) => x.id.endsWith('0a01'))!;
    expect(a.id).toBe('urn:uuid:6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a01');
    expect(a.created).toBe('2026-11-02T09:30:00.000Z');
    expect(a.modified).toBe('2026-11-02T09:31:00.000Z');
    expect(a.creator).toEqual({ type: 'Person', name: 'Dr. Ana Souza' });
  });

  it.each([
    ['commenting', '0a01'],
    ['tagging', '0a02'],
    ['linking', '0a03'],
    ['commenting', '0a04'],
  ])('gives the motivation %s to annotation %s', (motivation, suffix) => {
    const a = exportSample().first.items.find((x) => x.id.endsWith(suffix))!;
    expect(a.motivation).toBe(motivation);
  });

  it('gives a bare highlight the motivation highlighting and no body', () => {
    const c = toW3CCollection({
      paper: SAMPLE_PAPER,
      annotations: [{ ...SAMPLE_ANNOTATIONS[0]!, note: '', tags: [], refLabels: [] }],
      sets: [],
      id: EXPORT_ID,
      now: NOW,
    });
    expect(c.first.items[0]!.motivation).toBe('highlighting');
    expect(c.first.items[0]).not.toHaveProperty('body');
  });

  it('writes the note as Markdown, one body per tag, and each link with the reference in full', () => {
    const a = exportSample().first.items.find((x) => x.id.endsWith('0a01'))!;
    const [note, tag1, tag2, link1] = a.body!;
    expect(note).toMatchObject({
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/markdown',
    });
    expect([tag1, tag2].map((b) => b && 'value' in b && b.value)).toEqual(['claim', 'definition']);
    const ref = SAMPLE_PAPER.references[0]!;
    expect(link1).toMatchObject({
      type: 'SpecificResource',
      purpose: 'linking',
      label: SAMPLE_PAPER.text.slice(ref.start, ref.end),
      'mg:refLabel': ref.label,
    });
  });

  it('targets both a quote and a position, or only the quote when there is no position', () => {
    const items = exportSample().first.items;
    const withBoth = items.find((x) => x.id.endsWith('0a01'))!;
    const quoteOnly = items.find((x) => x.id.endsWith('0a04'))!;
    expect(withBoth.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(quoteOnly.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('lists only the sets its annotations use, with author and colour cue', () => {
    expect(exportSample()['mg:sets']).toEqual([
      {
        id: INSTRUCTOR_SET.id,
        name: INSTRUCTOR_SET.name,
        created: '2026-11-02T09:00:00.000Z',
        author: 'Dr. Ana Souza',
        colour: 'blue',
      },
    ]);
  });
});

describe('a set whose creation time is unknown', () => {
  const mine = SAMPLE_ANNOTATIONS.slice(0, 3).map((a, i) => ({
    ...a,
    setId: DEFAULT_SET_ID,
    created: Date.UTC(2026, 10, 5 - i, 8),
    modified: Date.UTC(2026, 10, 6, 8),
  }));
  const exported = (sets: AnnotationSet[]) =>
    toW3CCollection({ paper: SAMPLE_PAPER, annotations: mine, sets, id: EXPORT_ID, now: NOW });

  it.each([
    ['"My annotations", never used before the app kept times', [DEFAULT_SET]],
    ['a set the export has no record of', []],
  ])('dates %s from its earliest annotation, not 1970', (_, sets) => {
    const collection = exported(sets);
    expect(collection['mg:sets'][0]!.created).toBe('2026-11-03T08:00:00.000Z');
    expect(JSON.stringify(collection)).not.toContain('1970');
  });
});

describe('our own file, read back', () => {
  it('round-trips ids, quotes, positions, notes, tags, links, colours, sets and dates', () => {
    const result = parseAnnotationFile(JSON.stringify(exportSample()));
    if (!result.ok) throw new Error(result.message);
    const byId = (list: typeof SAMPLE_ANNOTATIONS) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(result.file.annotations)).toEqual(byId(SAMPLE_ANNOTATIONS));
    expect(result.file.sets).toEqual([{ ...INSTRUCTOR_SET, paperId: SAMPLE_PAPER.id }]);
    expect(result.file.paper).toMatchObject({ id: SAMPLE_PAPER.id, title: SAMPLE_PAPER.title });
    expect(result.file.origin).toBe('marginalia');
    expect(result.summary).toContain('5 annotations by Dr. Ana Souza');
  });
});

describe('annotationsForExport', () => {
  const other = {
    ...SAMPLE_ANNOTATIONS[0]!,
    id: aid('on-another-paper'),
    paperId: fakePaperId('e'),
  };
  const mine = { ...SAMPLE_ANNOTATIONS[1]!, id: aid('in-my-set'), setId: DEFAULT_SET_ID };
  const all = Object.fromEntries([...SAMPLE_ANNOTATIONS, other, mine].map((a) => [a.id, a]));
  const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

  it.each([
    [
      'all of the paper',
      { kind: 'paper' } as const,
      [...SAMPLE_ANNOTATIONS.map((a) => a.id), 'in-my-set'],
    ],
    ['one set', { kind: 'set', setId: DEFAULT_SET_ID } as const, ['in-my-set']],
    [
      'a filtered subset',
      { kind: 'subset', ids: [aid('in-my-set'), aid('on-another-paper')] } as const,
      ['in-my-set'],
    ],
  ])('takes %s, never another paper’s', (_, scope, expected) => {
    expect(ids(annotationsForExport(all, SAMPLE_PAPER.id, scope))).toEqual([...expected].sort());
  });
});
