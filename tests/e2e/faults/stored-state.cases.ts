/**
 * Fault injection, stored state: a reader's saved data damaged by a hand edit, an older or newer
 * build or another tool, put into localStorage before the app loads, in Chromium. The cases of
 * src/app/stored-state-faults.test.tsx (jsdom) and the stored versions (0, 1, current, future).
 * For each: the page shows, the reader is told what could not be read, and every one of the three
 * highlights is still on screen or kept in a backup key.
 */
import { describe, expect, it } from 'vitest';
import { lostAnnotations, outcome, record, ROOT, type Faults, type Snapshot } from './harness';
import { withSeededPage } from '../support/seeded-page';

type Corrupt = (s: Snapshot, ids: string[], paperId: string) => void;
const HUGE = 'x'.repeat(100_000);

const meta = (s: Snapshot) =>
  JSON.parse(s[`${ROOT}meta`]!) as { version: number; state: Record<string, unknown> };
const withMeta =
  (change: (m: { version: number; state: Record<string, unknown> }) => void): Corrupt =>
  (s) => {
    const m = meta(s);
    change(m);
    s[`${ROOT}meta`] = JSON.stringify(m);
  };
const put =
  (key: string | ((paperId: string) => string), value: unknown): Corrupt =>
  (s, _ids, paperId) => {
    const k = typeof key === 'string' ? key : key(paperId);
    s[ROOT + k] = typeof value === 'string' ? value : JSON.stringify(value);
  };
const paperEntry =
  (change: (entry: Record<string, unknown>) => unknown): Corrupt =>
  (s, _ids, paperId) => {
    const key = `${ROOT}m:papers:${paperId}`;
    const value = change(JSON.parse(s[key]!) as Record<string, unknown>);
    s[key] = typeof value === 'string' ? value : JSON.stringify(value);
  };
/** Replaces the first highlight's stored record with what `raw` makes of it. */
const annotationRecord =
  (raw: (stored: Record<string, unknown>) => unknown): Corrupt =>
  (s, ids) => {
    const key = `${ROOT}a:${ids[0]}`;
    const value = raw(JSON.parse(s[key]!) as Record<string, unknown>);
    s[key] = typeof value === 'string' ? value : JSON.stringify(value);
  };
const SET = { id: 'layer', name: 'Layer', created: 1 };

/**
 * [what, corruption, is the reader told (false: nothing was wrong)]. A future version opens
 * read-only and shows nothing it does not understand: its highlights count as kept when their
 * stored records are left exactly as they were (and an export is offered).
 */
const CASES: Array<[string, Corrupt, boolean]> = [
  ['nothing damaged (control)', () => {}, false],
  ['the stored version 0', withMeta((m) => (m.version = 0)), true],
  ['the stored version 1 (v2 records, migrated)', withMeta((m) => (m.version = 1)), false],
  ['the current version rewritten as is', withMeta(() => {}), false],
  ['a future version (99)', withMeta((m) => (m.version = 99)), true],
  ['the version as text', withMeta((m) => ((m as { version: unknown }).version = '2')), true],
  ['the meta key not JSON', put('meta', '{oops'), true],
  ['the meta key null', put('meta', 'null'), true],
  ['the meta key a list', put('meta', []), true],
  ['a colour label stored as an object', put('m:colourLabels:green', { text: 'doubt' }), true],
  ['a colour label stored as null', put('m:colourLabels:green', 'null'), true],
  ['a colour label stored as a number', put('m:colourLabels:green', 5), true],
  ['a colour label stored as a list', put('m:colourLabels:green', ['a']), true],
  ['a huge colour label', put('m:colourLabels:green', HUGE), true],
  ['a colour label under __proto__', put('m:colourLabels:__proto__', 'evil'), true],
  ['a colour label under constructor', put('m:colourLabels:constructor', 'evil'), true],
  ['a colour label that is not JSON', put('m:colourLabels:green', '{oops'), true],
  ['colourLabels "x" in the meta key', withMeta((m) => (m.state.colourLabels = 'x')), true],
  ['colourLabels null in the meta key', withMeta((m) => (m.state.colourLabels = null)), true],
  ['a recent paper stored as null', paperEntry(() => 'null'), true],
  ['a recent paper stored as text', paperEntry(() => 'x'), true],
  ['a recent paper stored as a list', paperEntry(() => []), true],
  ['a recent paper missing its fields', paperEntry(() => ({})), true],
  ['a recent paper opened "yesterday"', paperEntry((e) => ({ ...e, openedAt: 'yesterday' })), true],
  ['a recent paper titled with an object', paperEntry((e) => ({ ...e, title: { a: 1 } })), true],
  ['a recent paper with a huge title', paperEntry((e) => ({ ...e, title: HUGE })), true],
  ['a recent paper of an unknown format', paperEntry((e) => ({ ...e, format: 'doc' })), true],
  ['a recent paper under __proto__', put('m:papers:__proto__', { id: '__proto__' }), true],
  ['papers "x" in the meta key', withMeta((m) => (m.state.papers = 'x')), true],
  ['a set stored as null', put('m:annotationSets:layer', 'null'), true],
  ['a set named with a number', put('m:annotationSets:layer', { ...SET, name: 3 }), true],
  ['a set missing its date', put('m:annotationSets:layer', { id: 'layer', name: 'L' }), true],
  ['a set under __proto__', put('m:annotationSets:__proto__', { ...SET, id: '__proto__' }), true],
  ['annotationSets a list in the meta key', withMeta((m) => (m.state.annotationSets = [])), true],
  ['the current paper a number', withMeta((m) => (m.state.currentPaperId = 42)), true],
  ['the current paper __proto__', withMeta((m) => (m.state.currentPaperId = '__proto__')), true],
  ['an annotation stored as null', annotationRecord(() => 'null'), true],
  ['an annotation stored as text', annotationRecord(() => '"x"'), true],
  ['an annotation that is not JSON', annotationRecord(() => '{"p":'), true],
  ['an annotation of an unknown colour', annotationRecord((a) => ({ ...a, c: 'orange' })), true],
  ['an annotation with numbers for tags', annotationRecord((a) => ({ ...a, g: [1, 2] })), true],
  ['an annotation with an object note', annotationRecord((a) => ({ ...a, n: { t: 1 } })), true],
  ['an annotation with a number for a note', annotationRecord((a) => ({ ...a, n: 7 })), true],
  [
    'an annotation with a huge note',
    annotationRecord((a) => ({ ...a, n: 'x'.repeat(300_000) })),
    false,
  ],
  ['an annotation with no paper', annotationRecord(({ p: _p, ...a }) => a), true],
  ['an annotation with negative offsets', annotationRecord((a) => ({ ...a, o: [-5, 2] })), true],
  [
    'an annotation with prototype keys',
    annotationRecord((a) => `{"__proto__":{"x":1},"p":${JSON.stringify(a.p)}}`),
    true,
  ],
  ['an index chunk that is not a list', put((p) => `idx:${p}:0`, '"x"'), true],
];

/** Registers the cases on the suite's one browser. */
export function storedStateCases(faults: Faults): void {
  describe('stored state damaged before the app loads', () => {
    it.concurrent.each(CASES)(
      'keeps every highlight and the page when %s',
      async (what, corrupt, told) => {
        await withSeededPage(
          faults,
          async ({ page, ids, snapshot }) => {
            const o = await outcome(page);
            const future = what.startsWith('a future version');
            const lost = await lostAnnotations(page, ids, future ? 'stored' : 'shown');
            if (future)
              for (const id of ids)
                expect(await page.evaluate((k) => localStorage.getItem(k), `${ROOT}a:${id}`)).toBe(
                  snapshot[`${ROOT}a:${id}`],
                );
            const informed = told ? o.told.some((t) => t.length > 0) : true;
            const handled =
              !o.blank && !o.boundary && informed && lost.length === 0 && o.violations.length === 0;
            record('stored state', { handled, lost: lost.length, blank: o.blank });
            expect({
              what,
              blank: o.blank,
              boundary: o.boundary,
              lost,
              violations: o.violations,
            }).toEqual({
              what,
              blank: false,
              boundary: false,
              lost: [],
              violations: [],
            });
            if (told) expect(o.told.join(' ')).not.toBe('');
            else expect(o.told).toEqual([]);
            expect(o.text).not.toMatch(/\bundefined\b|\[object Object\]|NaN/);
          },
          { change: corrupt },
        );
      },
    );
  });
}
