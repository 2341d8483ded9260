/**
 * The table of bad annotation files (at least 30 cases): each case's name, the file's text, and
 * the message it must be refused with. Used by the format's own test and by the store's import
 * test (which checks storage is unchanged byte for byte after each refusal). Add a case here.
 */
import {
  hypothesisExport,
} from './hypothesis-export';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './sample';
import { toW3CCollection } from '../w3c-export';
import { MAX_ANNOTATIONS } from '../vocab';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break files on purpose */

/** Our own export of the sample set, as plain JSON to break in each case. */
export function own(): any {
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
export const ownWith = (edit: (file: any, first: any) => void) => {
  const file = own();
  edit(file, file.first.items[0]);
  return JSON.stringify(file);
};

export const hyp = (edit: (export_: any) => void = () => {}) => {
  const file: any = JSON.parse(JSON.stringify(hypothesisExport()));
  edit(file);
  return JSON.stringify(file);
};

export const foreign = (annotation: object) =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    ...annotation,
  });

export const quoteTarget = {
  source: 'https://example.org/doc',
  selector: { type: 'TextQuoteSelector', exact: 'the image' },
};


/** [case, the file's text, the message it is refused with]. */
export const BAD_FILES: Array<[string, () => string, RegExp]> = [
    ['text that is not JSON', () => 'hello, I am a paper', /^This is not an annotation file: it is not JSON\. Pick the \.jsonld file that Share & export saved.*open it with “Open paper…”/],
    ['a PDF picked as an annotation file', () => '%PDF-1.4\n%âãÏÓ\n1 0 obj', /^This is a PDF, not an annotation file\. To read it, open it with “Open paper…”.*the \.jsonld files that Share & export saves/],
    ['a cut-off JSON file', () => JSON.stringify(own()).slice(0, 500), /^This file is incomplete: it stops partway through/],
    ['JSON broken in the middle, not cut off', () => '{"a": 1 x "b": 2}', /^This JSON file is damaged and cannot be read \(/],
    ['a JSON file cut off between values', () => JSON.stringify(own()).slice(0, 1), /^This file is incomplete/],
    ['an empty file', () => '  \n', /^The file is empty\. Pick the \.jsonld file/],
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
      /^This file was made by a newer Marginalia \(format 2; this one reads 1\)\. Update the app/,
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
    ['no paper named', () => ownWith((f) => delete f['mg:paper']), /cannot be imported: the file, mg:paper: missing\. Export it again/],
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
      /^The file holds no annotations\. Ask whoever sent it/,
    ],
    [
      'an annotation without target',
      () => ownWith((_, a) => delete a.target),
      /^This file cannot be imported: Annotation 1 of 5, target: missing\. Export it again/,
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
      /^This file cannot be imported: Hypothesis annotation 1 of 3, uri: missing\. Export it again/,
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
];
