import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HYPOTHESIS_ANNOTATIONS,
  HYPOTHESIS_URI,
  hypothesisExport,
} from './__fixtures__/hypothesis-export';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { parseAnnotationFile } from './parse-annotation-file';
import { toW3CCollection } from './w3c-export';
import { MAX_ANNOTATIONS } from './vocab';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break files on purpose */

/** Our own export of the sample set, as plain JSON to break in each case. */
function own(): any {
  return JSON.parse(
    JSON.stringify(
      toW3CCollection({
        paper: SAMPLE_PAPER,
        annotations: SAMPLE_ANNOTATIONS,
        sets: [INSTRUCTOR_SET],
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        now: Date.UTC(2026, 11, 4),
      }),
    ),
  );
}

/** `own()` changed by `edit`, as text. */
const ownWith = (edit: (file: any, first: any) => void) => {
  const file = own();
  edit(file, file.first.items[0]);
  return JSON.stringify(file);
};

const hyp = (edit: (export_: any) => void = () => {}) => {
  const file: any = JSON.parse(JSON.stringify(hypothesisExport()));
  edit(file);
  return JSON.stringify(file);
};

const foreign = (annotation: object) =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    ...annotation,
  });

const quoteTarget = {
  source: 'https://example.org/doc',
  selector: { type: 'TextQuoteSelector', exact: 'the image' },
};

describe('parseAnnotationFile refuses bad input with a message naming what is wrong', () => {
  it.each<[string, () => string, RegExp]>([
    ['text that is not JSON', () => 'hello, I am a paper', /^This is not a JSON file/],
    ['a cut-off JSON file', () => JSON.stringify(own()).slice(0, 500), /^This is not a JSON file/],
    ['an empty file', () => '  \n', /^The file is empty\.$/],
    ['a JSON number', () => '42', /not an annotation file/],
    ['JSON null', () => 'null', /not an annotation file/],
    [
      'an object of another kind',
      () => '{"name":"package","version":"1.0.0"}',
      /not an annotation file/,
    ],
    [
      'a file from a newer Marginalia',
      () => ownWith((f) => (f['mg:formatVersion'] = 2)),
      /newer Marginalia; this one reads format 1/,
    ],
    [
      'a version that is not a number',
      () => ownWith((f) => (f['mg:formatVersion'] = '1')),
      /format version is not a number/,
    ],
    ['version 0', () => ownWith((f) => (f['mg:formatVersion'] = 0)), /format version is below 1/],
    [
      'a version with a fraction',
      () => ownWith((f) => (f['mg:formatVersion'] = 1.5)),
      /not a whole number/,
    ],
    ['no paper named', () => ownWith((f) => delete f['mg:paper']), /The file, mg:paper: missing/],
    [
      'a paper id that is not a hash',
      () => ownWith((f) => (f['mg:paper'].id = 'paper-1')),
      /mg:paper\.id: not a paper id/,
    ],
    ['no sets listed', () => ownWith((f) => (f['mg:sets'] = [])), /names no annotation set/],
    [
      'a set without a name',
      () => ownWith((f) => (f['mg:sets'][0].name = '  ')),
      /mg:sets\[0\]\.name: the set name is empty/,
    ],
    [
      'a set id __proto__',
      () => ownWith((f) => (f['mg:sets'][0].id = '__proto__')),
      /mg:sets\[0\]\.id: not a set id/,
    ],
    [
      'a set id constructor',
      () => ownWith((f) => (f['mg:sets'][0].id = 'constructor')),
      /a reserved word/,
    ],
    [
      'an empty set (no annotations)',
      () => ownWith((f) => ((f.first.items = []), (f.total = 0))),
      /^The file holds no annotations\.$/,
    ],
    [
      'an annotation without target',
      () => ownWith((_, a) => delete a.target),
      /^Annotation 1 of 5, target: missing\.$/,
    ],
    [
      'an annotation whose type is not Annotation',
      () => ownWith((_, a) => (a.type = 'annotation')),
      /Annotation 1 of 5, type: does not include "Annotation"/,
    ],
    [
      'a date as epoch milliseconds',
      () => ownWith((_, a) => (a.created = 1733313600000)),
      /created: expected string, found 1733313600000/,
    ],
    [
      'a date that is not ISO 8601',
      () => ownWith((_, a) => (a.modified = 'yesterday')),
      /modified: not an ISO 8601 date-time \(found "yesterday"\)/,
    ],
    [
      'a position given as text',
      () => ownWith((_, a) => (a.target.selector[1].start = '5')),
      /target\.selector\[1\]\.start: expected number/,
    ],
    [
      'a negative position',
      () => ownWith((_, a) => (a.target.selector[1].start = -5)),
      /start: negative \(found -5\)/,
    ],
    [
      'a position whose start is after its end',
      () => ownWith((_, a) => (a.target.selector[1].start = 99_999)),
      /start is after end/,
    ],
    [
      'a quote without exact',
      () => ownWith((_, a) => delete a.target.selector[0].exact),
      /selector\[0\]\.exact: missing/,
    ],
    [
      '10 MB of text in one note',
      () => ownWith((_, a) => (a.body[0].value = 'x'.repeat(10 * 1024 * 1024))),
      /body\[0\]\.value: a note longer than 100,000 characters \(found a text of 10,485,760 characters\)/,
    ],
    [
      'an unknown colour',
      () => ownWith((_, a) => (a['mg:colour'] = 'pink')),
      /mg:colour: not one of yellow, green/,
    ],
    [
      'an annotation of a set the file does not list',
      () => ownWith((_, a) => (a['mg:set'] = 'other')),
      /belongs to set "other", which the file does not list/,
    ],
    [
      'an annotation id that is not an IRI',
      () => ownWith((_, a) => (a.id = 'not an iri')),
      /id: not an annotation id/,
    ],
    [
      'an annotation without a colour in our own file',
      () => ownWith((_, a) => delete a['mg:colour']),
      /Annotation 1 of 5, mg:colour: missing/,
    ],
    [
      'a collection whose annotations are on another page',
      () => ownWith((f) => (f.first = 'https://example.org/page/1')),
      /not embedded in the file/,
    ],
    [
      'more annotations than the limit',
      () => JSON.stringify(Array(MAX_ANNOTATIONS + 1).fill({})),
      /more than 200,000 annotations/,
    ],
    [
      'a W3C annotation with only a FragmentSelector',
      () =>
        foreign({
          target: {
            source: 'https://x.org/a.pdf',
            selector: { type: 'FragmentSelector', value: 'page=2' },
          },
        }),
      /None of the file's 1 annotation can be placed in a paper \(annotation 1: it has no TextQuoteSelector/,
    ],
    [
      'a W3C annotation whose target is only an IRI',
      () => foreign({ target: 'https://example.org/doc' }),
      /it has no TextQuoteSelector/,
    ],
    [
      'a W3C annotation with a body that is a number',
      () => foreign({ target: quoteTarget, body: 7 }),
      /body: not an IRI or a resource/,
    ],
    [
      'a Hypothesis export whose annotations lack uri',
      () => hyp((f) => delete f.annotations[0].uri),
      /^Hypothesis annotation 1 of 3, uri: missing\.$/,
    ],
    [
      'a Hypothesis export with a bad date',
      () => hyp((f) => (f.annotations[0].created = 'Tuesday')),
      /created: not an ISO 8601 date-time/,
    ],
    [
      'a Hypothesis export with only a page note',
      () => hyp((f) => (f.annotations = f.annotations.slice(2))),
      /annotation 1: it is a page note with no quoted passage/,
    ],
  ])('%s', (_, input, message) => {
    const result = parseAnnotationFile(input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message.length).toBeLessThan(400);
  });
});

describe('parseAnnotationFile keeps what people wrote exactly, as text', () => {
  it('treats __proto__ and constructor keys as data and pollutes no prototype', () => {
    const text = ownWith((f) => {
      const a = f.first.items.find((x: any) => x.id.endsWith('0a01'));
      f['__proto__'] = { polluted: 'file' };
      a['__proto__'] = { polluted: 'annotation' };
      a['constructor'] = { polluted: 'annotation' };
      a.body.push({ type: 'TextualBody', purpose: 'tagging', value: 'constructor' });
    }).replace('"__proto__":{"polluted":"file"}', '"__proto__":{"polluted":"file"},"x":1');
    const result = parseAnnotationFile(text);
    if (!result.ok) throw new Error(result.message);
    expect(({} as any).polluted).toBeUndefined();
    const a = result.file.annotations.find((x) => x.id.endsWith('0a01'))!;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(a.tags).toEqual(['claim', 'definition', 'constructor']);
  });

  it('keeps HTML and <script> in notes, tags, set names and author names as plain text', () => {
    const text = ownWith((f) => {
      const a = f.first.items.find((x: any) => x.id.endsWith('0a01'));
      f['mg:sets'][0].name = '<img src=x onerror=alert(1)>';
      f['mg:sets'][0].author = '<script>steal()</script>';
      a.body[0].value = '<script>alert("note")</script>';
    });
    const result = parseAnnotationFile(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.sets[0]).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
      author: '<script>steal()</script>',
    });
    expect(result.file.annotations.find((x) => x.id.endsWith('0a01'))!.note).toBe(
      '<script>alert("note")</script>',
    );
    expect(result.file.annotations.find((x) => x.id.endsWith('0a02'))!.tags).toContain(
      '<script>alert(1)</script>',
    );
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseAnnotationFile(`\ufeff${JSON.stringify(own())}`).ok).toBe(true);
  });

  it('reads 100,000 annotations and says how many', () => {
    const item = own().first.items[1];
    const items = Array.from({ length: 100_000 }, (_, i) => ({
      ...item,
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const text = ownWith((f) => ((f.first.items = items), (f.total = items.length)));
    const result = parseAnnotationFile(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.annotations).toHaveLength(100_000);
    expect(result.summary).toMatch(/^100,000 annotations by Dr\. Ana Souza on “/);
  }, 60_000);
});

describe('parseAnnotationFile reads W3C annotations from elsewhere', () => {
  const examples = resolve(__dirname, '../../../../shared/w3c-annotation-tests/examples/valid');
  const present = existsSync(examples);
  if (!present)
    console.warn(`SKIPPED: W3C example files are read from ${examples}, which is not there.`);

  it.skipIf(!present).each([
    ['01-highlight-comment.json', 1],
    ['03-array-export.json', 2],
    ['04-collection-export.json', 2],
  ])('reads the suite example %s (%i placeable annotations)', (name, n) => {
    const result = parseAnnotationFile(readFileSync(join(examples, name), 'utf8'));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.origin).toBe('w3c');
    expect(result.file.annotations).toHaveLength(n);
  });

  it('takes note, tags, creator, dates and both selectors from a single annotation', () => {
    const result = parseAnnotationFile(
      foreign({
        id: 'https://example.org/anno/1',
        created: '2025-01-15T10:20:30Z',
        creator: { type: 'Person', name: 'Alice' },
        body: [
          { type: 'TextualBody', value: 'A comment', purpose: 'commenting' },
          { type: 'TextualBody', value: 'method', purpose: 'tagging' },
          'https://example.org/linked',
        ],
        target: {
          source: `ni:///sha-256;${'A'.repeat(43)}`,
          selector: [
            { type: 'TextQuoteSelector', exact: 'the image', prefix: 'x', suffix: 'y' },
            { type: 'TextPositionSelector', start: 3, end: 12 },
          ],
        },
      }),
    );
    if (!result.ok) throw new Error(result.message);
    const [a] = result.file.annotations;
    expect(a).toMatchObject({
      id: 'https://example.org/anno/1',
      note: 'A comment',
      tags: ['method'],
      colour: 'yellow',
      created: Date.UTC(2025, 0, 15, 10, 20, 30),
      target: {
        quote: { exact: 'the image', prefix: 'x', suffix: 'y' },
        position: { start: 3, end: 12 },
      },
    });
    expect(result.file.creators).toEqual(['Alice']);
    expect(result.file.paper.id).toBe(`sha256:${'0'.repeat(64)}`);
  });

  it('gives an annotation without id the same id each time the file is read', () => {
    const text = foreign({ target: quoteTarget });
    const ids = [parseAnnotationFile(text), parseAnnotationFile(text)].map(
      (r) => r.ok && r.file.annotations[0]!.id,
    );
    expect(ids[0]).toMatch(/^urn:marginalia:quote:[0-9a-f]{8}$/);
    expect(ids[1]).toBe(ids[0]);
  });
});

describe('parseAnnotationFile reads a Hypothesis JSON export', () => {
  it('keeps the highlight with its note and tags and skips the reply and the page note', () => {
    const result = parseAnnotationFile(hyp());
    if (!result.ok) throw new Error(result.message);
    const { file } = result;
    expect(file.origin).toBe('hypothesis');
    expect(file.paper).toEqual({
      source: HYPOTHESIS_URI,
      title: 'Precise Poverty Alleviation and Party Image',
    });
    expect(file.annotations).toHaveLength(1);
    expect(file.annotations[0]).toMatchObject({
      id: 'https://hypothes.is/a/Ab12Cd34Ef56Gh78Ij90Kl',
      note: 'Is this **defined** anywhere? <script>alert(1)</script>',
      tags: ['definition', 'constructor'],
      created: Date.parse('2026-11-20T10:15:30.123Z'),
    });
    expect(file.annotations[0]!.target.position).toBeDefined();
    expect(file.skipped.map((s) => s.reason)).toEqual([
      'it is a reply to another annotation',
      'it is a page note with no quoted passage',
    ]);
    expect(file.sets[0]).toMatchObject({
      author: 'Bruno <b>Lima</b>',
      name: 'Hypothesis annotations by Bruno <b>Lima</b>',
    });
    expect(result.summary).toBe(
      '1 annotation by Bruno <b>Lima</b> on “Precise Poverty Alleviation and Party Image”; 2 items skipped',
    );
  });

  it('skips annotations made on another document than the export’s first one', () => {
    const other = {
      ...(HYPOTHESIS_ANNOTATIONS[0] as object),
      id: 'Other0000000000000000a',
      uri: 'https://other.org/x',
    };
    const result = parseAnnotationFile(
      JSON.stringify(hypothesisExport([HYPOTHESIS_ANNOTATIONS[0]!, other])),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.file.skipped).toEqual([
      { index: 2, reason: 'it was made on another document (https://other.org/x)' },
    ]);
  });
});
