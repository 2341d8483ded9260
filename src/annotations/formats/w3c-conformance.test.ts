/**
 * Runs the W3C Web Annotation test suite's MUST checks (../shared/w3c-annotation-tests) on our
 * export, as a separate Node process the way CI runs it, and checks every selector against the
 * sample paper's text. Skips, saying so, when the suite is not next to the project.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { toW3CCollection } from './w3c-export';

const ROOT = resolve(__dirname, '../../..');
const SUITE = resolve(ROOT, '../shared/w3c-annotation-tests');
const present = existsSync(join(SUITE, 'validate.mjs'));
if (!present) console.warn(`SKIPPED: the W3C MUST checks need ${SUITE}, which is not there.`);

/** Runs a suite script; returns its output and exit code without throwing. */
function run(script: string, ...args: string[]): { out: string; code: number } {
  try {
    const out = execFileSync('node', [join(SUITE, script), ...args], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      encoding: 'utf8',
    });
    return { out, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; status?: number };
    return { out: `${e.stdout ?? ''}${e.stderr ?? ''}`, code: e.status ?? 1 };
  }
}

function writeExport(annotations = SAMPLE_ANNOTATIONS, doi?: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'marginalia-w3c-')), 'export.jsonld');
  const collection = toW3CCollection({
    paper: { ...SAMPLE_PAPER, doi },
    annotations,
    sets: [INSTRUCTOR_SET],
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    now: Date.UTC(2026, 11, 4),
  });
  writeFileSync(file, JSON.stringify(collection, null, 2));
  return file;
}

describe.skipIf(!present)('the W3C MUST checks on our export', () => {
  it.each([
    ['a set with every feature (paper named by hash IRI)', undefined],
    ['the same set on a paper with a DOI', '10.1000/example.42'],
  ])('passes with 0 failures: %s', (_, doi) => {
    const { out, code } = run('validate.mjs', writeExport(SAMPLE_ANNOTATIONS, doi));
    expect(out).toMatch(/\n5 passed, 0 failed\n?$/);
    expect(out).toContain('containers: 2 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('fails the suite when an annotation loses its target, so the check can fail', () => {
    const file = writeExport();
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    delete broken.first.items[0].target;
    writeFileSync(file, JSON.stringify(broken));
    expect(run('validate.mjs', file).code).toBe(1);
  });

  it('points every selector, including linked reference entries, into the paper text', () => {
    const placed = SAMPLE_ANNOTATIONS.filter((a) =>
      SAMPLE_PAPER.text.includes(a.target.quote.exact),
    );
    const paperFile = join(mkdtempSync(join(tmpdir(), 'marginalia-paper-')), 'paper.txt');
    writeFileSync(paperFile, SAMPLE_PAPER.text);
    const { out, code } = run('check-selectors.mjs', writeExport(placed), paperFile);
    expect(out).toMatch(/\d+ ok, 0 bad/);
    expect(code).toBe(0);
  });

  it('reports the orphan, whose quote is no longer in the text, as not found', () => {
    const paperFile = join(mkdtempSync(join(tmpdir(), 'marginalia-paper-')), 'paper.txt');
    writeFileSync(paperFile, SAMPLE_PAPER.text);
    const { out } = run('check-selectors.mjs', writeExport(), paperFile);
    expect(out).toContain('exact not found in document: "a sentence the author deleted');
  });
});
