import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HYPOTHESIS_ANNOTATIONS,
  HYPOTHESIS_URI,
  hypothesisExport,
} from './__fixtures__/hypothesis-export';
import { BAD_FILES, foreign, hyp, own, ownWith, quoteTarget } from './__fixtures__/bad-files';
import { plainFirst, saysWhatToDo } from './__fixtures__/next-step';
import { parseAnnotationFile } from './parse-annotation-file';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break files on purpose */

describe('parseAnnotationFile refuses bad input with a message naming what is wrong', () => {
  it.each<[string, () => string, RegExp]>(BAD_FILES)('%s', (_, input, message) => {
    const result = parseAnnotationFile(input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message.length).toBeLessThan(400);
  });

  it.each<[string, () => string, RegExp]>(BAD_FILES)(
    '%s: says what to do next, in plain words first',
    (_, input) => {
      const result = parseAnnotationFile(input());
      if (result.ok) throw new Error('read');
      expect(saysWhatToDo(result.message), result.message).toBe(true);
      expect(plainFirst(result.message), result.message).toBe(true);
    },
  );
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
    expect(ids[0]).toMatch(/^urn:marginalia:content:[0-9a-f]{16}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  it('keeps two notes on the same passage without ids as two annotations', () => {
    const note = (value: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: { type: 'TextualBody', value },
      target: quoteTarget,
    });
    const text = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [note('First'), note('Second'), note('Second')] },
    });
    const result = parseAnnotationFile(text);
    if (!result.ok) throw new Error(result.message);
    const ids = result.file.annotations.map((a) => a.id);
    expect(new Set(ids).size).toBe(3);
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

  it('reads what the Hypothesis API gives ({total, rows}, or its rows alone) as it reads the export', () => {
    // What `GET api.hypothes.is/api/search?uri=…` returns, and a list of its annotations saved alone.
    for (const text of [
      JSON.stringify({ total: HYPOTHESIS_ANNOTATIONS.length, rows: HYPOTHESIS_ANNOTATIONS }),
      JSON.stringify(HYPOTHESIS_ANNOTATIONS),
    ]) {
      const result = parseAnnotationFile(text);
      if (!result.ok) throw new Error(result.message);
      expect(result.file.origin).toBe('hypothesis');
      expect(result.file.annotations.map((a) => a.note)).toEqual([
        'Is this **defined** anywhere? <script>alert(1)</script>',
      ]);
      expect(result.file.skipped).toHaveLength(2);
    }
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
