/**
 * Storage benchmark: how much one change writes to localStorage when 10,000 annotations exist,
 * and how many bytes each annotation takes at rest.
 *
 * The annotations are realistic: highlights of 40 to 250 characters taken from the sample paper's
 * canonical text (with their 32-character context), 60% with a note, about a third with tags or
 * linked references, spread over 20 papers of 500 annotations (and, for the worst case of the
 * per-paper index, 10,000 on one paper). They are put in a real store over an in-memory storage
 * that records every write; the figures are characters of key plus value, which is what browsers
 * count against the ~5 MB quota (UTF-16 code units; for this ASCII text also UTF-8 bytes).
 *
 * Run: `npm run bench -- bench/storage.bench.ts`. Prints a
 * Markdown table and writes it to bench/STORAGE-RESULTS.md. Reports, never fails on numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it, vi } from 'vitest';
import { describeRange } from '../src/anchoring/selectors';
import { COLOUR_IDS } from '../src/annotations/colours';
import {
  DEFAULT_SET_ID,
  asAnnotationId,
  type Annotation,
  type AnnotationId,
} from '../src/annotations/types';
import { createAnnotationStorage } from '../src/io/annotation-storage';
import { createMemoryStorage, type StorageLike } from '../src/io/storage-like';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId, docOffset, type Paper, type PaperId } from '../src/paper/types';
import { createAppStore } from '../src/store/app-store';
import { pickPersisted } from '../src/annotations/persisted';
import { keysOf, recordOf } from '../src/annotations/shared-record';

const TOTAL = 10_000;
const PAPERS = 20;
/** Each change is measured this many times: writes are averaged, times are the median. */
const REPEAT = 5;

/** Deterministic pseudo-random numbers (mulberry32), so every run stores the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version 4 UUID from the seeded generator (crypto.randomUUID would change every run). */
function seededUuid(next: () => number): AnnotationId {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)]!;
  const h = hex.join('');
  return asAnnotationId(
    `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
  );
}

function loadSamplePaper(): Paper {
  const source = readFileSync(
    new URL('../public/papers/precise-poverty-alleviation-and-party-image.txt', import.meta.url),
    'utf8',
  );
  return parsePaper(source, {
    format: 'text',
    fileName: 'sample.txt',
    id: asPaperId(`sha256:${'0'.repeat(64)}`),
  });
}

const NOTES = [
  'Which data support this? The sample is never described.',
  'Compare with the figures in section 3.',
  'Key claim of the paper.',
  'Definition used throughout; note it differs from [4].',
  'Is this causal or only correlated? The authors slide from one to the other here and in the conclusion.',
];
const TAGS = ['method', 'policy', 'unsupported', 'definition', 'data', 'follow up'];

function makeAnnotations(paper: Paper, paperIds: PaperId[], next: () => number): Annotation[] {
  const paragraphs = paper.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 80);
  const labels = paper.references.map((r) => r.label);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const base = Date.UTC(2026, 0, 1);
  return Array.from({ length: TOTAL }, (_, i) => {
    const block = pick(paragraphs);
    const length = 40 + Math.floor(next() * 210);
    const start = block.start + Math.floor(next() * Math.max(1, block.end - block.start - length));
    const end = Math.min(block.end, start + length);
    const created = base + Math.floor(next() * 300 * 86_400_000);
    const r = next();
    return {
      id: seededUuid(next),
      paperId: paperIds[i % paperIds.length]!,
      setId: DEFAULT_SET_ID,
      colour: pick(COLOUR_IDS),
      note: r < 0.6 ? pick(NOTES) : '',
      tags:
        r < 0.3
          ? [pick(TAGS)]
          : r < 0.35
            ? [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j)
            : [],
      refLabels: next() < 0.3 ? [pick(labels)] : [],
      created,
      modified: next() < 0.7 ? created : created + Math.floor(next() * 86_400_000),
      target: describeRange(paper.text, docOffset(start), docOffset(end)),
    };
  });
}

/** An in-memory storage that counts what is written. */
function countingStorage() {
  const inner = createMemoryStorage();
  const log = { keys: 0, chars: 0, removed: 0 };
  const area: StorageLike = {
    getItem: (k) => inner.getItem(k),
    setItem(k, v) {
      inner.setItem(k, v);
      log.keys++;
      log.chars += k.length + v.length;
    },
    removeItem(k) {
      inner.removeItem(k);
      log.removed++;
    },
    key: (i) => inner.key(i),
    get length() {
      return inner.length;
    },
  };
  const reset = () => Object.assign(log, { keys: 0, chars: 0, removed: 0 });
  return { inner, area, log, reset };
}

interface Row {
  what: string;
  keys: string;
  chars: string;
  note?: string;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function runScenario(annotations: Annotation[], label: string, rows: Row[]) {
  const { inner, area, log, reset } = countingStorage();
  const storage = createAnnotationStorage(area);
  const next = random(7);
  const env = { newId: () => seededUuid(next), now: () => Date.now() };
  const store = createAppStore({ storage, clock: env.now, ids: env.newId });
  store.setState({ annotations: recordOf(Object.fromEntries(annotations.map((a) => [a.id, a]))) });
  storage.flush();

  const target = annotations[Math.floor(annotations.length / 2)]!;
  /** Runs `act` REPEAT times (each a real change); reports mean writes and median time. */
  const measure = (what: string, act: (i: number) => void) => {
    const times: number[] = [];
    let keys = 0;
    let removed = 0;
    let chars = 0;
    for (let i = 0; i < REPEAT; i++) {
      reset();
      const t0 = performance.now();
      act(i);
      storage.flush();
      times.push(performance.now() - t0);
      keys += log.keys;
      removed += log.removed;
      chars += log.chars;
    }
    const median = times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)]!;
    rows.push({
      what: `${label}: ${what}`,
      keys: `${keys / REPEAT}${removed ? ` (+${removed / REPEAT} removed)` : ''}`,
      chars: fmt(chars / REPEAT),
      note: `${median.toFixed(1)} ms (action + write, median of ${REPEAT})`,
    });
  };
  const others = annotations.slice(0, REPEAT);

  measure('edit one note', (i) =>
    store.getState().annotationEdited(target.id, {
      note: `Checked against the 201${i} statistical yearbook: the figures agree.`,
    }),
  );
  vi.useFakeTimers();
  reset();
  const typed = 'Typed one key at a time, 120 ms apart.';
  for (let i = 1; i <= typed.length; i++) {
    store.getState().annotationEdited(target.id, { note: typed.slice(0, i) });
    vi.advanceTimersByTime(120);
  }
  vi.advanceTimersByTime(1000);
  vi.useRealTimers();
  rows.push({
    what: `${label}: type a ${typed.length}-character note`,
    keys: `${log.keys}`,
    chars: fmt(log.chars),
    note: `${typed.length} keystrokes`,
  });
  measure('link a reference', (i) => store.getState().referenceLinked(target.id, String(i + 1)));
  measure('create one annotation', () =>
    store
      .getState()
      .annotationCreated({ paperId: target.paperId, target: target.target, note: 'new' }),
  );
  measure('delete one annotation', (i) => store.getState().annotationDeleted(others[i]!.id));
  measure('rename a colour label', (i) =>
    store.getState().colourLabelRenamed('blue', `doubt ${i}`),
  );

  const t0 = performance.now();
  const reopened = createAppStore({ storage: createAnnotationStorage(inner) });
  const loadMs = performance.now() - t0;
  const loaded = keysOf(reopened.getState().annotations).length;
  const wholeState = JSON.stringify({
    state: pickPersisted(store.getState()),
    version: 2,
  }).length;
  return { inner, loadMs, loaded, wholeState };
}

describe('storage', () => {
  it(`reports bytes written and stored with ${TOTAL.toLocaleString('en-US')} annotations`, () => {
    const paper = loadSamplePaper();
    const next = random(42);
    const paperIds = Array.from({ length: PAPERS }, (_, i) =>
      asPaperId(`sha256:${i.toString(16).padStart(64, 'a')}`),
    );
    const annotations = makeAnnotations(paper, paperIds, next);
    const rows: Row[] = [];

    const spread = runScenario(annotations, `${PAPERS} papers × ${TOTAL / PAPERS}`, rows);
    const onePaper = runScenario(
      annotations.map((a) => ({ ...a, paperId: paperIds[0]! })),
      `1 paper × ${TOTAL}`,
      rows,
    );

    // At rest: every key of the layout, and the annotation keys alone.
    let total = 0;
    let annotationChars = 0;
    let annotationValues = 0;
    let largest = 0;
    for (let i = 0; i < spread.inner.length; i++) {
      const key = spread.inner.key(i)!;
      const value = spread.inner.getItem(key)!;
      total += key.length + value.length;
      if (key.startsWith('marginalia:v2:a:')) {
        annotationChars += key.length + value.length;
        annotationValues += value.length;
        largest = Math.max(largest, key.length + value.length);
      }
    }
    const quotes = annotations.reduce((sum, a) => sum + a.target.quote.exact.length, 0) / TOTAL;

    const table = [
      '| Change (10,000 annotations) | Keys written | Characters written | Time |',
      '| --- | ---: | ---: | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.keys} | ${r.chars} | ${r.note ?? ''} |`),
      '',
      '| At rest | Value |',
      '| --- | ---: |',
      `| All stored keys (${PAPERS} papers) | ${fmt(total)} chars |`,
      `| Per annotation, everything included (indexes, meta) | ${fmt(total / TOTAL)} chars |`,
      `| Per annotation, its own key + value | ${fmt(annotationChars / TOTAL)} chars (value alone ${fmt(annotationValues / TOTAL)}) |`,
      `| Largest annotation key + value | ${fmt(largest)} chars |`,
      `| Average quote length | ${fmt(quotes)} chars |`,
      `| Whole state as one JSON value (zustand's default: written on every change) | ${fmt(spread.wholeState)} chars |`,
      `| Load time (${PAPERS} papers / 1 paper) | ${spread.loadMs.toFixed(0)} ms / ${onePaper.loadMs.toFixed(0)} ms (${spread.loaded} / ${onePaper.loaded} loaded) |`,
    ].join('\n');

    const report = [
      '# Storage benchmark',
      '',
      'Written by `bench/storage.bench.ts` (`npm run bench -- bench/storage.bench.ts`).',
      'Characters are key + value lengths: what browsers count against the ~5 MB localStorage quota',
      '(UTF-16 code units; for this ASCII data also UTF-8 bytes). Times are from one run on one machine.',
      '',
      table,
      '',
    ].join('\n');
    console.log(`\n${table}\n`);
    writeFileSync(new URL('./STORAGE-RESULTS.md', import.meta.url), report);
  });
});
