/**
 * Golden cases for the paper parser: each input in `__fixtures__/golden/` (`.txt` parsed as text,
 * `.md` as Markdown), plus the bundled sample paper, is parsed and summarised, and the summary
 * must equal the `<name>.expected.json` beside the input.
 *
 * To add a case: drop the input file into `src/paper/__fixtures__/golden/`, then run
 *   UPDATE_GOLDEN=1 npx vitest run --project unit src/paper/parse-paper.golden.test.ts
 * which writes (or rewrites) every expected file. Read the diff before committing it: the
 * expected files are the reviewable record of what the parser makes of each input.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePaper } from './parse-paper';
import type { Paper } from './types';
import { pid } from './__fixtures__/paper-ids';

const GOLDEN_DIR = path.resolve(__dirname, '__fixtures__/golden');
const SAMPLE = path.resolve(
  __dirname,
  '../../public/papers/precise-poverty-alleviation-and-party-image.txt',
);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** What a golden file records: every block's kind and text, the references and the citations. */
function summarise(paper: Paper): unknown {
  const slice = (start: number, end: number): string => paper.text.slice(start, end);
  return {
    title: paper.title,
    blocks: paper.blocks.map((b) => {
      if (b.kind === 'heading') {
        return {
          kind: b.kind,
          level: b.level,
          number: b.number,
          role: b.role,
          title: slice(b.titleStart, b.end),
          text: slice(b.start, b.end),
        };
      }
      if (b.kind === 'reference')
        return { kind: b.kind, refId: b.refId, text: slice(b.start, b.end) };
      return { kind: b.kind, text: slice(b.start, b.end) };
    }),
    references: paper.references.map((r) => ({ id: r.id, label: r.label, fields: r.fields })),
    citations: paper.citations.map((c) => ({
      text: slice(c.start, c.end),
      style: c.style,
      refIds: c.refIds,
    })),
  };
}

const cases = [
  { name: 'precise-poverty-alleviation-and-party-image', input: SAMPLE },
  ...readdirSync(GOLDEN_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({ name: f.replace(/\.(txt|md)$/, ''), input: path.join(GOLDEN_DIR, f) })),
];

describe('parsePaper golden cases', () => {
  it.each(cases)('parses $name as recorded in its expected file', ({ name, input }) => {
    const fileName = path.basename(input);
    const paper = parsePaper(readFileSync(input, 'utf8'), {
      format: fileName.endsWith('.md') ? 'markdown' : 'text',
      fileName,
      id: pid(`sha256:${'0'.repeat(64)}`),
    });
    const expectedFile = path.join(GOLDEN_DIR, `${name}.expected.json`);
    const actual = summarise(paper);
    if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(
      existsSync(expectedFile),
      `missing ${expectedFile}: run with UPDATE_GOLDEN=1 to create it`,
    ).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
