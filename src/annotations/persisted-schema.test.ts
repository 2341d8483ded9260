import * as v from 'valibot';
import { COLOUR_IDS, isColourId, MAX_COLOUR_LABEL_LENGTH } from './colours';
import { jsonObject } from './formats/json-object';
import { checkEntry, isPrototypeKey, MAX_NOTE_CHARS } from './persisted-schema';

// The valibot schemas the hand-written checks were made from (persisted-schema.ts runs before the
// first screen, so it stays out of valibot to keep the first load small). Every case below is
// checked by both, and the reasons must be the same, word for word.
const RecordKey = v.pipe(
  v.string('not a text id'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}$/, 'not an id (letters, digits, . _ : @ -)'),
  v.check((s) => !isPrototypeKey(s), 'a reserved word, not an id'),
);
const Time = v.pipe(v.number('not a time'), v.finite('not a time'));
const Name = v.pipe(v.string('not text'), v.maxLength(4000, 'too long'));
const StringList = v.array(v.string('not text'), 'not a list of text');
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const PaperMetaSchema = jsonObject({
  id: RecordKey,
  title: Name,
  fileName: Name,
  format: v.picklist(['text', 'markdown', 'pdf'], 'not a paper format'),
  openedAt: Time,
  bundled: v.optional(v.boolean()),
});
const AnnotationSetSchema = jsonObject({
  id: RecordKey,
  name: Name,
  created: Time,
  author: v.optional(Name),
  colour: v.optional(v.picklist(COLOUR_IDS)),
  origin: v.optional(v.picklist(['own', 'imported'])),
  paperId: v.optional(RecordKey),
});
const ColourLabelSchema = v.pipe(
  v.string('not text'),
  v.minLength(1, 'empty'),
  v.maxLength(MAX_COLOUR_LABEL_LENGTH, 'too long'),
);
const AnnotationSchema = jsonObject({
  id: v.pipe(v.string(), v.minLength(1)),
  paperId: v.pipe(v.string(), v.minLength(1)),
  setId: v.string(),
  colour: v.picklist(COLOUR_IDS, 'not a colour'),
  note: v.pipe(v.string('not text'), v.maxLength(MAX_NOTE_CHARS, 'too long')),
  tags: StringList,
  refLabels: StringList,
  created: Time,
  modified: Time,
  target: jsonObject({
    position: v.optional(
      jsonObject({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
    ),
    quote: jsonObject({
      type: v.literal('TextQuoteSelector'),
      exact: v.string(),
      prefix: v.string(),
      suffix: v.string(),
    }),
  }),
});

function referenceCheck(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function referenceCheckEntry(field: string, key: string, value: unknown): string | null {
  const owned = (schema: v.GenericSchema) =>
    referenceCheck(schema, value) ??
    ((value as { id: string }).id === key ? null : 'stored under another id');
  switch (field) {
    case 'papers':
      return owned(PaperMetaSchema);
    case 'annotationSets':
      return owned(AnnotationSetSchema);
    case 'colourLabels':
      return isColourId(key) ? referenceCheck(ColourLabelSchema, value) : 'not a colour';
    case 'annotations':
      return owned(AnnotationSchema);
    case 'annotationTombstones':
      return referenceCheck(Time, value);
    default:
      return null;
  }
}

/** Values a damaged or hostile store may hold where anything else was expected. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  12n,
  '',
  'x',
  'yellow',
  'pdf',
  'own',
  'TextQuoteSelector',
  'TextPositionSelector',
  '__proto__',
  'constructor',
  'toString',
  'a b',
  '-lead',
  // Each length limit, and one past it: a label's 40, an id's 256, a name's 4,000.
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(256),
  'x'.repeat(257),
  'x'.repeat(4000),
  'x'.repeat(4001),
  [],
  ['a', 2],
  ['a', 'b'],
  [null],
  {},
  { id: 'a' },
  Object.create(null) as object,
  new Date(0),
  () => 1,
  Symbol('s'),
];

/** Valid entries of each field, under their keys. */
const VALID: [field: string, key: string, value: unknown][] = [
  [
    'papers',
    'p1',
    { id: 'p1', title: 'A paper', fileName: 'a.pdf', format: 'pdf', openedAt: 5, bundled: true },
  ],
  ['annotationSets', 'default', { id: 'default', name: 'My annotations', created: 0 }],
  [
    'annotationSets',
    's:2',
    {
      id: 's:2',
      name: 'Reviewer',
      created: 3,
      author: 'R. Viewer',
      colour: 'blue',
      origin: 'imported',
      paperId: 'p1',
    },
  ],
  ['colourLabels', 'yellow', 'claim'],
  ['annotationTombstones', 'a1', 1700000000000],
  [
    'annotations',
    'a1',
    {
      id: 'a1',
      paperId: 'p1',
      setId: 'default',
      colour: 'green',
      note: '**bold** note',
      tags: ['x', 'y'],
      refLabels: ['3'],
      created: 1,
      modified: 2,
      target: {
        position: { type: 'TextPositionSelector', start: 4, end: 9 },
        quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: 'a ', suffix: ' b' },
      },
    },
  ],
];

type Path = (string | number)[];

/** How a failing case names its odd value (`String` throws on an object without a prototype). */
const nameOf = (odd: unknown): string =>
  typeof odd === 'string' && odd.length > 20
    ? `${odd.length} × ${odd[0]}`
    : typeof odd === 'object' && odd !== null
      ? (JSON.stringify(odd) ?? Object.prototype.toString.call(odd))
      : String(odd);

/** Every path into `value` (objects' keys and arrays' indexes), the value itself first. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...at, key]));
  return out;
}

/** A deep copy of `value` with the value at `path` replaced (or deleted, for `DELETE`). */
const DELETE = Symbol('delete');
function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path;
  if (rest.length === 0 && by === DELETE) delete copy[head!];
  else copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

describe('checkEntry', () => {
  it.each(VALID)('accepts a valid %s entry (%s)', (field, key, value) => {
    expect(checkEntry(field, key, value)).toBeNull();
    expect(referenceCheckEntry(field, key, value)).toBeNull();
  });

  it('gives the reasons the valibot schemas give, for every field damaged every way', () => {
    let compared = 0;
    let refused = 0;
    for (const [field, key, valid] of VALID)
      for (const path of pathsOf(valid))
        for (const odd of [...ODD_VALUES, ...(path.length ? [DELETE] : [])]) {
          const value = replaced(valid, path, odd);
          const expected = referenceCheckEntry(field, key, value);
          expect(checkEntry(field, key, value), `${field} ${path.join('.')} ← ${nameOf(odd)}`).toBe(
            expected,
          );
          compared++;
          if (expected !== null) refused++;
        }
    // Most damage is refused; some odd values fit (a title of 'x', a tag list of ['a', 'b']).
    expect(compared).toBeGreaterThan(1400);
    expect(refused).toBeGreaterThan(compared * 0.8);
  });

  it('says where in an annotation the bad value is and what it is', () => {
    const [, , annotation] = VALID.find(([field]) => field === 'annotations')!;
    expect(
      checkEntry('annotations', 'a1', replaced(annotation, ['target', 'quote', 'exact'], 3)),
    ).toBe('target.quote.exact: Invalid type: Expected string but received 3');
    expect(checkEntry('annotations', 'a1', replaced(annotation, ['tags', 1], null))).toBe(
      'tags.1: not text',
    );
    expect(checkEntry('annotations', 'a1', replaced(annotation, ['target', 'quote'], DELETE))).toBe(
      'target.quote: Invalid key: Expected "quote" but received undefined',
    );
    expect(
      checkEntry('annotations', 'a1', replaced(annotation, ['target', 'position', 'start'], -1)),
    ).toBe('target.position.start: Invalid value: Expected >=0 but received -1');
    expect(checkEntry('annotations', 'a2', annotation)).toBe('stored under another id');
  });

  it('refuses ids that every object already has, and other fields’ keys', () => {
    const set = { id: 'constructor', name: 'x', created: 0 };
    expect(checkEntry('annotationSets', 'constructor', set)).toBe('id: a reserved word, not an id');
    expect(checkEntry('annotationSets', 'constructor', set)).toBe(
      referenceCheckEntry('annotationSets', 'constructor', set),
    );
    expect(checkEntry('colourLabels', 'orange', 'x')).toBe('not a colour');
    expect(checkEntry('colourLabels', 'red', '')).toBe('empty');
    expect(checkEntry('papers', 'p1', ['p1'])).toBe('not an object');
  });
});
