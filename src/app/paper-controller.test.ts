// The paper controller against the fake IndexedDB (test-setup.ts) and a real store: a paper whose
// stored text is gone is asked for again (its annotations untouched), the right file brings it
// back, another file opens as a paper of its own, and an open that never finished is not repeated
// at start-up without asking.
import { describeRange } from '../anchoring/selectors';
import { createOpeningMarks, OPENING_MARK_KEY } from '../io/opening-mark';
import { deletePaperSource } from '../io/paper-library';
import { createMemoryStorage } from '../io/storage-like';
import { withoutIsolates } from '../paper/isolate';
import { MAX_HEADINGS } from '../paper/limit-blocks';
import { docOffset } from '../paper/types';
import { createTestStore } from '../store/__fixtures__/test-store';
import type { AppStore } from '../store/app-store';
import { saysWhatToDo } from '../annotations/formats/__fixtures__/next-step';
import { createPaperController } from './paper-controller';
import { entryOf, emptyRecord } from '../annotations/shared-record';

const TRUST = '# Notes on Trust\n\nReading is social, and trust is earned slowly.\n';
const OTHER = '# Something Else\n\nAnother paper entirely.\n';
const file = (text: string, name: string) => new File([text], name, { type: 'text/markdown' });

function setUp() {
  const store = createTestStore();
  const area = createMemoryStorage();
  const marks = createOpeningMarks(area);
  const painted: (() => void)[] = [];
  const papers = createPaperController(store, { marks, afterPaint: (fn) => painted.push(fn) });
  const paint = () => painted.splice(0).forEach((fn) => fn());
  return { store, area, marks, papers, paint };
}

/** Highlights `quote` in the paper on screen; returns the annotation's id. */
function highlight(store: AppStore, quote: string) {
  const paper = store.getState().paper!;
  const start = paper.text.indexOf(quote);
  const target = describeRange(paper.text, docOffset(start), docOffset(start + quote.length));
  return store.getState().annotationCreated({ paperId: paper.id, target });
}

describe('a paper whose stored text is gone', () => {
  it('is asked for by name at start-up, with nothing else shown and its annotations untouched', async () => {
    const { store, papers, paint } = setUp();
    const id = (await papers.openFile(file(TRUST, 'trust.md')))!;
    paint();
    highlight(store, 'trust is earned');
    const before = store.getState().annotations;
    await deletePaperSource(id);
    store.setState({ paper: null, anchors: emptyRecord() }); // as after a reload

    await papers.restore();

    const s = store.getState();
    expect(s.paper).toBeNull();
    expect(s.currentPaperId).toBe(id);
    expect(s.paperQuestion).toEqual({
      kind: 'missing',
      paperId: id,
      fileName: 'trust.md',
      title: 'Notes on Trust',
    });
    expect(s.missingPaperIds).toEqual({ [id]: true });
    expect(s.annotations).toBe(before);
  });

  it('comes back with its annotations when the same file is opened again', async () => {
    const { store, papers } = setUp();
    const id = (await papers.openFile(file(TRUST, 'trust.md')))!;
    const annotationId = highlight(store, 'trust is earned');
    await deletePaperSource(id);
    await papers.openRecent(id);
    expect(store.getState().paperQuestion?.kind).toBe('missing');

    expect(await papers.openFile(file(TRUST, 'trust (1).md'), { expecting: id })).toBe(id);

    const s = store.getState();
    expect(s.paper?.id).toBe(id);
    expect(s.paperQuestion).toBeNull();
    expect(s.paperNotice).toBeNull();
    expect(s.missingPaperIds).toEqual({});
    expect(entryOf(s.annotations, annotationId)?.paperId).toBe(id);
  });

  it('opens a different file as a paper of its own and says it was not the missing one', async () => {
    const { store, papers } = setUp();
    const id = (await papers.openFile(file(TRUST, 'trust.md')))!;
    await deletePaperSource(id);
    await papers.openRecent(id);

    const other = await papers.openFile(file(OTHER, 'else.md'), { expecting: id });

    const s = store.getState();
    expect(other).not.toBe(id);
    expect(s.paper?.id).toBe(other);
    expect(s.missingPaperIds).toEqual({ [id]: true });
    expect(s.paperNotice?.kind).toBe('info');
    expect(withoutIsolates(s.paperNotice!.message)).toContain(
      '“else.md” is not the missing paper “trust.md”',
    );
  });

  it('is asked for from the recent list while the paper on screen stays', async () => {
    const { store, papers } = setUp();
    const trust = (await papers.openFile(file(TRUST, 'trust.md')))!;
    const other = await papers.openFile(file(OTHER, 'else.md'));
    await deletePaperSource(trust);

    await papers.openRecent(trust);

    expect(store.getState().paper?.id).toBe(other);
    expect(store.getState().paperQuestion).toMatchObject({ kind: 'missing', paperId: trust });
    expect(store.getState().paperLoading).toBe(false);
  });
});

describe('an open that never finished', () => {
  it('leaves no mark once the paper is drawn, and one while it is being opened', async () => {
    const { area, papers, paint } = setUp();
    await papers.openFile(file(TRUST, 'trust.md'));
    expect(JSON.parse(area.getItem(OPENING_MARK_KEY)!)).toMatchObject({ fileName: 'trust.md' });
    paint();
    expect(area.getItem(OPENING_MARK_KEY)).toBeNull();
  });

  it('says what to do when a picked file cannot be read, and a paper opened after clears it', async () => {
    const { papers, store } = setUp();
    await papers.openFile(file(TRUST, 'trust.md'));
    const gone = file(OTHER, 'moved.md');
    gone.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotFoundError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await papers.openFile(gone);
    const notice = store.getState().paperNotice!;
    expect(notice.kind).toBe('error');
    expect(withoutIsolates(notice.message)).toMatch(/^“moved\.md” could not be read/);
    expect(saysWhatToDo(notice.message), notice.message).toBe(true);
    expect(store.getState().paper?.title).toBe('Notes on Trust');

    await papers.openFile(file(OTHER, 'other.md'));
    expect(store.getState().paperNotice).toBeNull();
  });

  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: http://x/assets/pdf-problems-1a2b.js',
    ],
    ['Firefox', 'error loading dynamically imported module: http://x/assets/pdf-1a2b.js'],
    ['Safari', 'Importing a module script failed.'],
  ])(
    'says a part of the app could not be loaded (%s), not that the file moved, when the app changed under the tab',
    async (_, message) => {
      const { papers, store } = setUp();
      await papers.openFile(file(TRUST, 'trust.md'));
      const picked = file(OTHER, 'paper.pdf');
      // What a lazy part's import() throws once a new version replaced the files this tab loaded.
      picked.arrayBuffer = () => Promise.reject(new TypeError(message));
      vi.spyOn(console, 'error').mockImplementation(() => {});
      await papers.openFile(picked);
      const said = withoutIsolates(store.getState().paperNotice!.message);
      expect(said).not.toMatch(/moved/);
      expect(said).toMatch(/^“paper\.pdf” was not opened: part of Marginalia could not be loaded/);
      expect(said).toMatch(/Reload the page, then open the file again/);
      expect(said).toMatch(/your annotations are kept/);
      expect(store.getState().paper?.title).toBe('Notes on Trust');
    },
  );

  it('tells a reader who opens an annotation file as a paper where it goes', async () => {
    const { papers, store } = setUp();
    await papers.openFile(new File(['{"type": "AnnotationCollection"}'], 'seminar.jsonld'));
    const notice = store.getState().paperNotice!;
    expect(notice.kind).toBe('error');
    expect(withoutIsolates(notice.message)).toMatch(
      /^“seminar\.jsonld” holds annotations, not a paper/,
    );
    expect(notice.message).toContain('“Import annotations…”');
  });

  it('clears the mark when the next file turns out unreadable', async () => {
    const { area, papers, store } = setUp();
    await papers.openFile(file(TRUST, 'trust.md'));
    expect(area.getItem(OPENING_MARK_KEY)).not.toBeNull();
    await papers.openFile(file('', 'empty.md'));
    expect(store.getState().paperNotice?.kind).toBe('error');
    expect(area.getItem(OPENING_MARK_KEY)).toBeNull();
  });

  it('is not reopened at start-up: the reader is asked, and nothing else opens', async () => {
    const { store, papers, marks } = setUp();
    const id = (await papers.openFile(file(TRUST, 'trust.md')))!;
    // The tab died while it worked: the mark stayed.
    store.setState({ paper: null });
    marks.set({ paperId: id, fileName: 'trust.md' });

    await papers.restore();

    expect(store.getState().paper).toBeNull();
    expect(store.getState().paperQuestion).toEqual({
      kind: 'unfinished',
      paperId: id,
      fileName: 'trust.md',
    });
  });

  it('opens when the reader asks for it again, and the question goes', async () => {
    const { store, papers, marks, paint } = setUp();
    const id = (await papers.openFile(file(TRUST, 'trust.md')))!;
    paint();
    store.setState({ paper: null });
    marks.set({ paperId: id, fileName: 'trust.md' });
    await papers.restore();

    await papers.openRecent(id);
    paint();

    expect(store.getState().paper?.id).toBe(id);
    expect(store.getState().paperQuestion).toBeNull();
    expect(marks.read()).toBeNull();
  });
});

describe('a file too big in structure', () => {
  it('opens bounded, and the reader is told what was limited', async () => {
    const { store, papers } = setUp();
    const md = Array.from({ length: MAX_HEADINGS + 20 }, (_, i) => `## Heading ${i}`).join('\n');
    await papers.openFile(file(md, 'headings.md'));
    await vi.waitFor(() => expect(store.getState().paperNotice).not.toBeNull());
    const s = store.getState();
    expect(s.paper?.blocks.filter((b) => b.kind === 'heading')).toHaveLength(MAX_HEADINGS);
    expect(s.paperNotice?.kind).toBe('info');
    expect(withoutIsolates(s.paperNotice!.message)).toContain(
      '“headings.md” is very long: only its first 1,000 headings are in the contents (20 more',
    );
  });
});

describe('a long paper', () => {
  const long = `# A Long Paper\n\n${Array.from(
    { length: 3_000 },
    (_, i) => `Paragraph ${i} says that trust is earned slowly.`,
  ).join('\n\n')}\n`;
  /** The texts of the papers the store was given, in order. */
  const shownTexts = (store: AppStore) => {
    const texts: string[] = [];
    store.subscribe((s, before) => {
      if (s.paper && s.paper !== before.paper) texts.push(s.paper.text);
    });
    return texts;
  };

  it('shows its opening blocks first, then the whole paper with the same offsets', async () => {
    const { store, papers } = setUp();
    const shown = shownTexts(store);
    await papers.openFile(file(long, 'long.md'));
    expect(shown).toHaveLength(2);
    expect(shown[0]!.length).toBeLessThan(shown[1]!.length / 5);
    expect(shown[1]!.startsWith(shown[0]!)).toBe(true);
    expect(store.getState().paper?.text).toBe(shown[1]);
  });

  it('is shown only whole when it has annotations, so they anchor against the whole text', async () => {
    const { store, papers } = setUp();
    const id = (await papers.openFile(file(long, 'long.md')))!;
    highlight(store, 'Paragraph 2999 says');
    const shown = shownTexts(store);
    await papers.openRecent(id);
    expect(shown).toHaveLength(1);
    expect(store.getState().paper?.text).toBe(long.replace(/^# /, '').trimEnd());
  });
});
