import { describe, expect, it } from 'vitest';
import { aid, sid, testEnv } from '../__fixtures__/annotations';
import { DEFAULT_SET, type Annotation } from '../types';
import { hypothesisExport } from './__fixtures__/hypothesis-export';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { applyImport, plannedLayers, type ImportState } from './apply-import';
import { planImport, type ItemResult } from './import-plan';
import { parseAnnotationFile } from './parse-annotation-file';
import type { ParsedAnnotationFile } from './parsed-file';
import { toW3CCollection } from './w3c-export';
import { fakePaperId } from '../../paper/__fixtures__/paper-ids';
import { emptyRecord, entryOf, recordOf, valuesOf } from '../shared-record';
import type { AnnotationId, Annotations } from '../types';

const OTHER_PAPER = { ...SAMPLE_PAPER, id: fakePaperId('d'), title: 'A revised version' };

function parse(text: string): ParsedAnnotationFile {
  const result = parseAnnotationFile(text);
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

const sampleFile = (annotations: Annotation[] = SAMPLE_ANNOTATIONS) =>
  parse(
    JSON.stringify(
      toW3CCollection({
        paper: SAMPLE_PAPER,
        annotations,
        sets: [INSTRUCTOR_SET],
        id: 'f-1',
        now: 0,
      }),
    ),
  );

const byId = (list: Annotation[]): Annotations =>
  recordOf(Object.fromEntries(list.map((a) => [a.id, a])) as Record<AnnotationId, Annotation>);
const first = SAMPLE_ANNOTATIONS[0]!;
const results = (items: { result: ItemResult }[]) => items.map((i) => i.result.type);

/** The sample annotations exported in a set with the reader's own default set's id (and `set`'s fields). */
function sampleInOwnDefaultSet(set: Partial<typeof DEFAULT_SET> = {}) {
  const theirs = SAMPLE_ANNOTATIONS.map((a) => ({ ...a, setId: DEFAULT_SET.id }));
  return parse(
    JSON.stringify(
      toW3CCollection({
        paper: SAMPLE_PAPER,
        annotations: theirs,
        sets: [{ ...DEFAULT_SET, ...set }],
        id: 'f',
        now: 0,
      }),
    ),
  );
}

describe('planImport', () => {
  it.each<
    [string, () => ReturnType<typeof planImport>, Partial<ReturnType<typeof planImport>['counts']>]
  >([
    [
      'our file on its own paper: all new, the orphan kept as one',
      () => planImport(sampleFile(), SAMPLE_PAPER, emptyRecord()),
      { new: 5, anchored: 4, orphan: 1 },
    ],
    [
      'the same file again: all duplicates',
      () => planImport(sampleFile(), SAMPLE_PAPER, byId(SAMPLE_ANNOTATIONS)),
      { new: 0, duplicate: 5 },
    ],
    [
      'a changed note under a known id: a conflict',
      () => planImport(sampleFile(), SAMPLE_PAPER, byId([{ ...first, note: 'mine' }])),
      { new: 4, conflict: 1 },
    ],
    [
      'a set for another paper with the same text: placed by quote',
      () => planImport(sampleFile(), OTHER_PAPER, emptyRecord()),
      { new: 5, anchored: 4, orphan: 1 },
    ],
    [
      'a Hypothesis export of this paper’s text',
      () => planImport(parse(JSON.stringify(hypothesisExport())), SAMPLE_PAPER, emptyRecord()),
      { new: 1, anchored: 1, error: 2 },
    ],
  ])('%s', (_, plan, counts) => {
    expect(plan().counts).toMatchObject(counts);
  });

  it('says which copy of a conflict is newer', () => {
    const older = { ...first, note: 'mine', modified: first.modified - 1 };
    const newer = { ...first, note: 'mine', modified: first.modified + 1 };
    const conflictOf = (a: Annotation) =>
      planImport(sampleFile([first]), SAMPLE_PAPER, byId([a])).items[0]!.result;
    expect(conflictOf(older)).toEqual({ type: 'conflict', newer: 'imported' });
    expect(conflictOf(newer)).toEqual({ type: 'conflict', newer: 'existing' });
  });

  it('warns about a set made for another paper and re-targets each annotation to where its quote is', () => {
    const shifted = { ...OTHER_PAPER, text: `A new preface.\n\n${SAMPLE_PAPER.text}` };
    const plan = planImport(sampleFile([first]), shifted, emptyRecord());
    expect(plan.paper).toBe('other');
    expect(plan.warning).toMatch(
      /^This file was made on “.+”, not on this paper: its annotations are placed by their quotes; all were found\.$/,
    );
    const { target, paperId } = plan.items[0]!.annotation!;
    expect(paperId).toBe(shifted.id);
    expect(shifted.text.slice(target.position!.start, target.position!.end)).toBe(
      first.target.quote.exact,
    );
    expect(target.position!.start).toBe(first.target.position!.start + 16);
  });

  it('calls a paper of the same title another copy of it, not another paper, and counts what is not found', () => {
    const copy = {
      ...SAMPLE_PAPER,
      id: fakePaperId('e'),
      text: `A new preface.\n\n${SAMPLE_PAPER.text}`,
    };
    const lost = {
      ...first,
      id: 'urn:uuid:lost',
      target: {
        ...first.target,
        quote: { ...first.target.quote, exact: 'nowhere in this paper at all' },
      },
    };
    const plan = planImport(sampleFile([first, lost as Annotation]), copy, emptyRecord());
    expect(plan.warning).toBe(
      `This file was made on another copy of “${SAMPLE_PAPER.title}” (another file or version): its annotations are placed by their quotes; 1 of 2 could not be placed and will be kept as orphans.`,
    );
  });

  it('places an annotation whose position is past the end of the text by its quote', () => {
    const wild = {
      ...first,
      target: {
        ...first.target,
        position: { type: 'TextPositionSelector' as const, start: 900_000, end: 900_048 },
      },
    };
    const plan = planImport(sampleFile([wild]), SAMPLE_PAPER, emptyRecord());
    expect(plan.items[0]!.result).toEqual({ type: 'new', anchor: 'moved' });
  });

  it('refuses a Hypothesis export of another document, naming it', () => {
    const unrelated = {
      ...SAMPLE_PAPER,
      text: 'A paper about something else entirely.'.repeat(20),
      title: 'Else',
    };
    const plan = planImport(parse(JSON.stringify(hypothesisExport())), unrelated, emptyRecord());
    expect(plan.refusal).toBe(
      'The annotation in this file could not be found in “Else”: the file was made on “Precise Poverty Alleviation and Party Image”. Open that paper to import it.',
    );
  });

  describe('says plainly that none was found, for 1, 2 and many', () => {
    const unrelated = {
      ...SAMPLE_PAPER,
      id: fakePaperId('f'),
      text: 'A paper about something else entirely.'.repeat(20),
      title: 'Else',
    };
    const copies = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...first, id: aid(`copy-${i}`) }));
    const made = `the file was made on “${SAMPLE_PAPER.title}”.`;
    it.each<[number, string]>([
      [
        1,
        `The annotation in this file could not be found in “Else”: ${made} Open that paper to import it.`,
      ],
      [
        2,
        `Neither of the 2 annotations in this file could be found in “Else”: ${made} Open that paper to import them.`,
      ],
      [
        12,
        `None of the 12 annotations in this file could be found in “Else”: ${made} Open that paper to import them.`,
      ],
    ])('%i', (n, refusal) => {
      expect(planImport(sampleFile(copies(n)), unrelated, emptyRecord()).refusal).toBe(refusal);
    });

    it('counts an annotation repeated in the file once', () => {
      const twice = sampleFile(copies(2));
      twice.annotations.push(twice.annotations[0]!);
      expect(planImport(twice, unrelated, emptyRecord()).refusal).toMatch(/^Neither of the 2 /);
    });

    it('does not say “none was found” of annotations already here (nothing new: no refusal)', () => {
      const here = copies(2);
      const plan = planImport(sampleFile(here), unrelated, byId(here));
      expect(plan.refusal).toBeNull();
      expect(plan.counts.duplicate).toBe(2);
    });

    it('names where the annotations came from: a share link, a paste', () => {
      expect(planImport(sampleFile(copies(2)), unrelated, emptyRecord(), 'link').refusal).toBe(
        `Neither of the 2 annotations in this share link could be found in “Else”: the link was made on “${SAMPLE_PAPER.title}”. Open that paper to import them.`,
      );
      expect(planImport(sampleFile(copies(1)), unrelated, emptyRecord(), 'paste').refusal).toBe(
        `The annotation in the pasted text could not be found in “Else”: it was made on “${SAMPLE_PAPER.title}”. Open that paper to import it.`,
      );
      const found = { ...SAMPLE_PAPER, id: fakePaperId('f') };
      expect(planImport(sampleFile(copies(1)), found, emptyRecord(), 'link').warning).toMatch(
        /^This share link was made on another copy of “.+” \(another file or version\): its annotations are placed by their quotes; all were found\.$/,
      );
    });

    it('names the other copy of the same paper, and asks to open that copy', () => {
      const copy = { ...unrelated, title: SAMPLE_PAPER.title };
      expect(planImport(sampleFile(copies(2)), copy, emptyRecord()).refusal).toBe(
        `Neither of the 2 annotations in this file could be found in “${SAMPLE_PAPER.title}”: the file was made on another copy of “${SAMPLE_PAPER.title}” (another file or version). Open that copy to import them.`,
      );
    });
  });

  it('gives one result per item: a repeated id and skipped items are errors with a reason', () => {
    const file = parse(JSON.stringify(hypothesisExport()));
    const twice = { ...file, annotations: [file.annotations[0]!, file.annotations[0]!] };
    const plan = planImport(twice, SAMPLE_PAPER, emptyRecord());
    expect(results(plan.items)).toEqual(['new', 'error', 'error', 'error']);
    expect(plan.items.slice(1).map((i) => i.result.type === 'error' && i.result.reason)).toEqual([
      'annotation https://hypothes.is/a/Ab12Cd34Ef56Gh78Ij90Kl appears twice in the file',
      'item 2: it is a reply to another annotation',
      'item 3: it is a page note with no quoted passage',
    ]);
    expect(plan.summary).toBe(
      '1 new annotation (1 placed, 0 orphans), 3 not importable — by Bruno <b>Lima</b>',
    );
  });
});

describe('applyImport', () => {
  const own: ImportState = {
    annotations: emptyRecord(),
    tombstones: {},
    sets: { [DEFAULT_SET.id]: DEFAULT_SET },
  };

  it('adds the file as its own read-only layer, orphans included, and leaves the input untouched', () => {
    const before = JSON.stringify(own);
    const { state, added } = applyImport(
      own,
      planImport(sampleFile(), SAMPLE_PAPER, emptyRecord()),
      {
        conflicts: 'newer-wins',
        env: testEnv(),
      },
    );
    expect(JSON.stringify(own)).toBe(before);
    expect(added).toBe(5);
    expect(state.sets[INSTRUCTOR_SET.id]).toEqual({
      ...INSTRUCTOR_SET,
      name: 'Seminar 3: what to look for — from Dr. Ana Souza',
      origin: 'imported',
      paperId: SAMPLE_PAPER.id,
    });
    expect(valuesOf(state.annotations).every((a) => a.setId === INSTRUCTOR_SET.id)).toBe(true);
    expect(
      entryOf(state.annotations, aid('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a05'))!.target.quote.exact,
    ).toMatch(/deleted/);
  });

  it('never merges a file’s set into the reader’s own set of the same id', () => {
    const file = sampleInOwnDefaultSet({ author: 'Ana' });
    const { state } = applyImport(own, planImport(file, SAMPLE_PAPER, emptyRecord()), {
      conflicts: 'newer-wins',
      env: testEnv(),
    });
    expect(state.sets[DEFAULT_SET.id]).toBe(DEFAULT_SET);
    expect(state.sets[sid('imported:default')]).toMatchObject({
      name: 'Annotations from Ana',
      author: 'Ana',
      origin: 'imported',
    });
  });

  it('names a layer whose sender gave no name by where it came from, never "My annotations"', () => {
    const file = sampleInOwnDefaultSet();
    const { state } = applyImport(own, planImport(file, SAMPLE_PAPER, emptyRecord()), {
      conflicts: 'newer-wins',
      env: testEnv(Date.UTC(2026, 11, 5, 12)),
    });
    expect(state.sets[sid('imported:default')]!.name).toBe('Shared set, 5 Dec');
  });

  it('tells beforehand which layers an import fills, named as applying it names them', () => {
    const file = sampleInOwnDefaultSet();
    const plan = planImport(file, SAMPLE_PAPER, emptyRecord());
    const now = Date.UTC(2026, 11, 5, 12);
    const planned = plannedLayers(own, plan, {
      conflicts: 'newer-wins',
      origin: 'From a link',
      now,
    });
    const { state } = applyImport(own, plan, {
      conflicts: 'newer-wins',
      env: testEnv(now),
      origin: 'From a link',
    });
    expect(planned).toEqual([
      {
        name: 'From a link, 5 Dec',
        fileName: 'My annotations',
        added: SAMPLE_ANNOTATIONS.length,
        isNew: true,
      },
    ]);
    expect(state.sets[sid('imported:default')]!.name).toBe(planned[0]!.name);
    // Imported again, the layer is there: it keeps its name and gets nothing new (duplicates).
    const again = plannedLayers(state, planImport(file, SAMPLE_PAPER, state.annotations), {
      conflicts: 'newer-wins',
      now,
    });
    expect(again).toEqual([]);
  });

  it('keeps the name a layer already has when an updated version of its set is imported', () => {
    const file = sampleFile();
    const renamed = {
      ...own,
      sets: {
        ...own.sets,
        [INSTRUCTOR_SET.id]: {
          ...INSTRUCTOR_SET,
          name: 'Ana, week 3',
          origin: 'imported' as const,
        },
      },
    };
    const { state } = applyImport(renamed, planImport(file, SAMPLE_PAPER, emptyRecord()), {
      conflicts: 'newer-wins',
      env: testEnv(),
    });
    expect(state.sets[INSTRUCTOR_SET.id]!.name).toBe('Ana, week 3');
  });

  it.each<['newer-wins' | 'keep-both', number, string[]]>([
    ['newer-wins', 0, ['imported']],
    ['keep-both', 1, ['mine (older)', 'imported']],
  ])('resolves a conflict with %s', (conflicts, added, notes) => {
    const mine = {
      ...first,
      note: 'mine (older)',
      setId: DEFAULT_SET.id,
      modified: first.modified - 1,
    };
    const file = sampleFile([{ ...first, note: 'imported' }]);
    const state = { ...own, annotations: byId([mine]) };
    const outcome = applyImport(state, planImport(file, SAMPLE_PAPER, state.annotations), {
      conflicts,
      env: testEnv(),
    });
    expect(outcome.added).toBe(added);
    expect(
      valuesOf(outcome.state.annotations)
        .map((a) => a.note)
        .sort(),
    ).toEqual([...notes].sort());
    expect(entryOf(outcome.state.annotations, first.id)!.setId).toBe(DEFAULT_SET.id);
  });

  it('adds the newer imported copy as new when the reader deleted theirs after the preview', () => {
    const mine = { ...first, note: 'mine (older)', modified: first.modified - 1 };
    const plan = planImport(
      sampleFile([{ ...first, note: 'imported' }]),
      SAMPLE_PAPER,
      byId([mine]),
    );
    const outcome = applyImport(own, plan, { conflicts: 'newer-wins', env: testEnv() });
    expect(outcome.added).toBe(1);
    expect(entryOf(outcome.state.annotations, first.id)!.note).toBe('imported');
  });

  it('keeps the reader’s copy when it is the newer one', () => {
    const mine = { ...first, note: 'mine (newer)', modified: first.modified + 1 };
    const state = { ...own, annotations: byId([mine]) };
    const { state: after } = applyImport(
      state,
      planImport(sampleFile([first]), SAMPLE_PAPER, state.annotations),
      { conflicts: 'newer-wins', env: testEnv() },
    );
    expect(entryOf(after.annotations, first.id)!.note).toBe('mine (newer)');
  });

  it('brings back an annotation the reader had deleted when the file has it', () => {
    const state = { ...own, tombstones: { [first.id]: 1 } };
    const { state: after } = applyImport(
      state,
      planImport(sampleFile([first]), SAMPLE_PAPER, emptyRecord()),
      {
        conflicts: 'newer-wins',
        env: testEnv(),
      },
    );
    expect(after.tombstones).toEqual({});
    expect(entryOf(after.annotations, first.id)).toBeDefined();
  });

  it('changes nothing for a refused plan', () => {
    const unrelated = { ...SAMPLE_PAPER, text: 'Nothing in common.', title: 'Else' };
    const outcome = applyImport(
      own,
      planImport(parse(JSON.stringify(hypothesisExport())), unrelated, emptyRecord()),
      { conflicts: 'newer-wins', env: testEnv() },
    );
    expect(outcome.state).toBe(own);
    expect(outcome.added).toBe(0);
  });
});
