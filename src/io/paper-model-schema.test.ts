import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePaper } from '../paper/parse-paper';
import { pid } from '../paper/__fixtures__/paper-ids';
import { MODEL_SCHEMA, readStoredModel } from './paper-model-schema';

const SOURCE = [
  'A Paper on Reading',
  '',
  '1. Introduction',
  '',
  'Readers mark what they find [1], and they come back to it [2].',
  '',
  'References',
  '',
  '[1] Adler M. How to Read a Book. Simon, 1940.',
  '[2] Smith J. Annotations. Journal of Reading Studies 4, 2019.',
].join('\n');

const paper = parsePaper(SOURCE, {
  format: 'pdf',
  fileName: 'reading.pdf',
  id: pid(`sha256:${'1'.repeat(64)}`),
  lines: [{ start: 0, end: 18, page: 1, x: 72, y: 700, width: 200, height: 14 }],
});
const stored = (changed: object) => ({ schema: MODEL_SCHEMA, paper: { ...paper, ...changed } });
const firstBlock = (changed: object) => [
  { ...paper.blocks[0], ...changed },
  ...paper.blocks.slice(1),
];

describe('readStoredModel', () => {
  it('reads back a parsed paper as it was stored, its boxes included', () => {
    expect(paper.blocks[0]?.boxes).toHaveLength(1);
    expect(paper.citations).toHaveLength(2);
    expect(readStoredModel(JSON.parse(JSON.stringify(stored({}))))).toEqual({
      ok: true,
      paper,
      unreadablePages: [],
    });
  });

  it.each([
    ['no record at all', null, 'record'],
    ['a record of another shape', { schema: MODEL_SCHEMA + 1, paper }, 'schema'],
    ['a paper with no text', stored({ text: 42 }), 'paper.text'],
    ['a paper with no blocks', stored({ blocks: [] }), 'paper.blocks'],
    ['a block of an unknown kind', stored({ blocks: firstBlock({ kind: 'sidebar' }) }), 'kind'],
    [
      'a box on page 0',
      stored({ blocks: firstBlock({ boxes: [{ page: 0, x: 1, y: 1, width: 1, height: 1 }] }) }),
      'page',
    ],
    [
      'a box at no number',
      stored({
        blocks: firstBlock({ boxes: [{ page: 1, x: Infinity, y: 1, width: 1, height: 1 }] }),
      }),
      'x',
    ],
    [
      'a block past the end of the text',
      stored({ blocks: firstBlock({ end: paper.text.length + 1 }) }),
      'outside the text',
    ],
    [
      'a field the schema does not know',
      stored({ blocks: firstBlock({ colour: 'red' }) }),
      'colour',
    ],
    ['blocks out of order', stored({ blocks: [...paper.blocks].reverse() }), 'out of order'],
    ['a citation of a reference that is not there', stored({ references: [] }), 'no reference'],
    [
      'a citation past the end of the text',
      stored({ citations: [{ ...paper.citations[0], end: 10 ** 6 }] }),
      'a citation outside the text',
    ],
  ])('refuses %s, saying where', (_case, record, reason) => {
    const read = readStoredModel(record);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toContain(reason);
  });
});

describe('the stored-model schema and the parser', () => {
  const golden = path.resolve(__dirname, '../paper/__fixtures__/golden');
  const inputs = readdirSync(golden).filter((name) => /\.(txt|md)$/.test(name));

  // A field or block kind the parser gains must be added to the schema (and MODEL_SCHEMA bumped),
  // or every stored model would be refused and parsed again.
  it.each(inputs)('reads back the model of %s exactly as parsed', (name) => {
    const parsed = parsePaper(readFileSync(path.join(golden, name), 'utf8'), {
      format: name.endsWith('.md') ? 'markdown' : 'text',
      fileName: name,
      id: pid(`sha256:${'2'.repeat(64)}`),
    });
    const read = readStoredModel(structuredClone({ schema: MODEL_SCHEMA, paper: parsed }));
    expect(read).toEqual({ ok: true, paper: parsed, unreadablePages: [] });
  });
});
