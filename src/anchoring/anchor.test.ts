import { describe, expect, it } from 'vitest';

import { docOffset } from '../paper/types';
import { anchor, type AnchorResult } from './anchor';
import { anchorAll, type AnchorProgress } from './anchor-all';
import { anchorAllSync } from './quote-steps';
import { describeRange, QUOTE_CONTEXT_CHARS, type RangeSelectors } from './selectors';

const PAPER = [
  'Close reading of scientific papers',
  '',
  'Readers who annotate a paper expect their highlights to survive a new',
  'version of the text. In practice the text changes in small ways: a parser',
  'rewraps lines, joins words that were hyphen-',
  'ated at the end of a line, and inserts running headers between pages.',
  '',
  'We measured how often the model predicts the outcome of a trial before the',
  'trial ends. Across four cohorts the model predicts the outcome of a trial',
  'within two weeks, which is earlier than any clinician in our sample.',
  '',
  'Results are reported with confidence intervals. Results are reported with',
  'confidence intervals. Results are reported with confidence intervals.',
  '',
  'The final section discusses limitations, including sampling bias, small',
  'cohorts and the short follow-up period of the second study.',
].join('\n');

/** Describes the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
function describeQuote(text: string, quote: string, occurrence = 0): RangeSelectors {
  let at = -1;
  for (let k = 0; k <= occurrence; k += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: "${quote}" not in text`);
  return describeRange(text, docOffset(at), docOffset(at + quote.length));
}

/** The text an anchor points at, or null for an orphan. */
function anchoredText(text: string, result: AnchorResult): string | null {
  return result.status === 'orphan' ? null : text.slice(result.start, result.end);
}

/** Offset of the `occurrence`-th occurrence of `needle` in `text`. */
function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k += 1) at = text.indexOf(needle, at + 1);
  return at;
}

describe('describeRange', () => {
  it.each([
    { name: 'a range in the middle', start: 100, end: 140 },
    { name: 'a range at the very start', start: 0, end: 20 },
    { name: 'a range at the very end', start: PAPER.length - 15, end: PAPER.length },
    { name: 'a range spanning a paragraph break', start: 240, end: 420 },
  ])('round-trips $name through anchor as an exact anchor', ({ start, end }) => {
    const selectors = describeRange(PAPER, docOffset(start), docOffset(end));
    expect(selectors.quote.exact).toBe(PAPER.slice(start, end));
    expect(selectors.quote.prefix.length).toBe(Math.min(QUOTE_CONTEXT_CHARS, start));
    expect(selectors.quote.suffix.length).toBe(Math.min(QUOTE_CONTEXT_CHARS, PAPER.length - end));
    expect(anchor(PAPER, selectors)).toEqual({ status: 'exact', start, end });
  });

  it('clamps offsets outside the text and orders reversed ones', () => {
    const { position, quote } = describeRange('abcdef', docOffset(9), docOffset(-3));
    expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 6 });
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'abcdef', prefix: '', suffix: '' });
  });
});

describe('anchor', () => {
  it('anchors an unchanged text exactly at the stored position', () => {
    const selectors = describeQuote(PAPER, 'inserts running headers between pages');
    const result = anchor(PAPER, selectors);
    expect(result.status).toBe('exact');
    expect(anchoredText(PAPER, result)).toBe('inserts running headers between pages');
  });

  it.each([
    {
      name: 'finds a quote moved by an insertion earlier in the text',
      edit: (t: string) => t.replace('Close reading', 'A short note on close reading'),
      quote: 'confidence intervals',
      occurrence: 1,
      status: 'moved',
    },
    {
      name: 'tells a repeated quote apart by its context',
      edit: (t: string) => t.replace('We measured', 'In a second study we measured'),
      quote: 'the model predicts the outcome of a trial',
      occurrence: 1,
      status: 'moved',
    },
    {
      name: 'keeps a repeated quote at its own occurrence when the text before it is unchanged',
      edit: (t: string) => t.replace('The final section', 'The last section'),
      quote: 'Results are reported',
      occurrence: 1,
      status: 'exact',
    },
  ])('$name', ({ edit, quote, occurrence, status }) => {
    const selectors = describeQuote(PAPER, quote, occurrence);
    const edited = edit(PAPER);
    const result = anchor(edited, selectors);
    expect(result.status).toBe(status);
    if (result.status === 'orphan') return;
    expect(result.start).toBe(offsetOf(edited, quote, occurrence));
    expect(anchoredText(edited, result)).toBe(quote);
  });

  it('tells identical repeats apart by the old position when both context and text match', () => {
    const sentence = 'Results are reported with confidence intervals.';
    const text = ['Intro.', `${sentence} ${sentence} ${sentence}`, 'Outro.'].join('\n\n');
    const selectors = describeQuote(text, 'with confidence', 1);
    // Shift everything by a few characters: the three repeats stay equally good but for the hint.
    const edited = `Preface. ${text}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({
      status: 'moved',
      start: offsetOf(edited, 'with confidence', 1),
    });
  });

  it.each([
    {
      name: 'finds a quote with a word changed inside it',
      quote: 'Across four cohorts the model predicts the outcome of a trial',
      edit: (t: string) => t.replace('Across four cohorts', 'Across five cohorts'),
      expected: 'Across five cohorts the model predicts the outcome of a trial',
    },
    {
      name: 'finds a quote with about a tenth of its characters edited',
      quote: 'which is earlier than any clinician in our sample.',
      edit: (t: string) =>
        t.replace(
          'which is earlier than any clinician in our sample.',
          'which was earlier than any clinicians in the sample.',
        ),
      expected: 'which was earlier than any clinicians in the sample.',
    },
    {
      name: 'finds a quote after lines were rewrapped and a hyphenated word rejoined',
      quote: 'joins words that were hyphen-\nated at the end of a line',
      edit: (t: string) =>
        t.replace(
          'a parser\nrewraps lines, joins words that were hyphen-\nated at',
          'a parser rewraps\nlines, joins words that were hyphenated\nat',
        ),
      expected: 'joins words that were hyphenated\nat the end of a line',
    },
    {
      name: 'finds a quote after a word was newly hyphenated at a line end',
      quote: 'within two weeks, which is earlier than any clinician',
      edit: (t: string) =>
        t.replace(
          'within two weeks, which is earlier than any clinician',
          'within two weeks, which is ear-\nlier than any clini-\ncian',
        ),
      expected: 'within two weeks, which is ear-\nlier than any clini-\ncian',
    },
    {
      name: 'finds a quote whose last word was pushed past a running page header',
      quote: 'Across four cohorts the model predicts the outcome of a trial',
      edit: (t: string) =>
        t.replace(
          'of a trial\nwithin',
          'of a\nJOURNAL OF CLOSE READING 12 (2025) 8\ntrial\nwithin',
        ),
      expected:
        'Across four cohorts the model predicts the outcome of a\nJOURNAL OF CLOSE READING 12 (2025) 8\ntrial',
    },
    {
      name: 'finds a quote split by a running page header',
      quote:
        'a parser\nrewraps lines, joins words that were hyphen-\nated at the end of a line, and inserts',
      edit: (t: string) =>
        t.replace(
          'rewraps lines, joins words',
          'rewraps lines,\nJOURNAL OF CLOSE READING 12 (2025) 7\njoins words',
        ),
      expected:
        'a parser\nrewraps lines,\nJOURNAL OF CLOSE READING 12 (2025) 7\njoins words that were hyphen-\nated at the end of a line, and inserts',
    },
  ])('$name', ({ quote, edit, expected }) => {
    const selectors = describeQuote(PAPER, quote);
    const edited = edit(PAPER);
    expect(edited).not.toBe(PAPER);
    const result = anchor(edited, selectors);
    expect(result.status).toBe('fuzzy');
    expect(anchoredText(edited, result)).toBe(expected);
    if (result.status === 'fuzzy') expect(result.score).toBeGreaterThan(0.8);
  });

  it.each([
    {
      name: 'makes a deleted sentence an orphan',
      quote: 'which is earlier than any clinician in our sample.',
      edit: (t: string) => t.replace(' which is earlier than any clinician in our sample.', ''),
    },
    {
      name: 'makes a deleted paragraph an orphan though its neighbours remain',
      quote: 'The final section discusses limitations, including sampling bias',
      edit: (t: string) => t.slice(0, t.indexOf('\n\nThe final section')),
    },
    {
      name: 'rejects a passage rewritten beyond recognition',
      quote: 'Across four cohorts the model predicts the outcome of a trial',
      edit: (t: string) =>
        t.replace(
          'Across four cohorts the model predicts the outcome of a trial',
          'In every cohort our predictor anticipated how the trials ended',
        ),
    },
    {
      name: 'rejects a short quote found only in other surroundings',
      quote: 'small\ncohorts',
      edit: (t: string) =>
        t
          .replace(
            'including sampling bias, small\ncohorts and the short',
            'including sampling bias and the short',
          )
          .replace('Readers who', 'Readers of small cohorts who'),
    },
  ])('$name', ({ quote, edit }) => {
    const selectors = describeQuote(PAPER, quote);
    expect(anchor(edit(PAPER), selectors)).toEqual({ status: 'orphan' });
  });

  it.each([
    {
      name: 'finds a short quote that moved and whose text on one side was rewritten',
      quote: 'The final section discusses limitations',
      edit: (t: string) =>
        t
          .replace('Close reading', 'On close reading')
          .replace('discusses limitations, including', 'discusses limitations: notably'),
    },
    {
      name: 'finds a long quote that moved and whose text on both sides was rewritten',
      quote:
        'We measured how often the model predicts the outcome of a trial before the\ntrial ends.',
      edit: (t: string) =>
        t
          .replace('and inserts running headers between pages.', 'and adds page headers.')
          .replace('ends. Across four cohorts the model', 'ends. In all four groups, a model'),
    },
  ])('$name', ({ quote, edit }) => {
    const edited = edit(PAPER);
    const result = anchor(edited, describeQuote(PAPER, quote));
    expect(result).toEqual({
      status: 'moved',
      start: offsetOf(edited, quote),
      end: offsetOf(edited, quote) + quote.length,
    });
  });

  it('makes an empty quote an orphan instead of throwing', () => {
    const selectors = describeRange(PAPER, docOffset(10), docOffset(10));
    expect(anchor(PAPER, selectors)).toEqual({ status: 'orphan' });
  });

  it('ignores a position outside the text and falls back to the quote', () => {
    const { quote } = describeQuote(PAPER, 'short follow-up period');
    const result = anchor(PAPER, {
      quote,
      position: { type: 'TextPositionSelector', start: 99_999, end: 100_021 },
    });
    expect(result).toMatchObject({
      status: 'moved',
      start: offsetOf(PAPER, 'short follow-up period'),
    });
  });
});

describe('anchorAll', () => {
  const quotes = [
    'Readers who annotate',
    'the model predicts',
    'confidence intervals',
    'sampling bias',
    'second study',
  ];
  const targets = quotes.map((q, i) => ({ id: `a${i}`, selectors: describeQuote(PAPER, q) }));
  const edited = `Preface.\n\n${PAPER.replaceAll('\n', ' ')}`;

  it('gives the same results as anchorAllSync', async () => {
    const results = await anchorAll(edited, targets);
    expect(results).toEqual(anchorAllSync(edited, targets));
    expect(Object.values(results).every((r) => r.status !== 'orphan')).toBe(true);
  });

  it('anchors the priority ids first', async () => {
    const firstSeen: string[] = [];
    await anchorAll(edited, targets, {
      priorityIds: ['a3', 'a1'],
      sliceMs: 0,
      onProgress: (p: AnchorProgress) => {
        for (const id of Object.keys(p.results)) if (!firstSeen.includes(id)) firstSeen.push(id);
      },
    });
    expect(firstSeen).toEqual(['a3', 'a1', 'a0', 'a2', 'a4']);
  });

  it('reports each result as fresh once, and the fresh ones add up to all results', async () => {
    const patched: Record<string, unknown> = {};
    let reportedTwice = false;
    const results = await anchorAll(edited, targets, {
      sliceMs: 0,
      onProgress: (p) => {
        for (const [id, result] of Object.entries(p.fresh)) {
          if (id in patched && patched[id] === result) reportedTwice = true;
          patched[id] = result;
        }
      },
    });
    expect(reportedTwice).toBe(false);
    expect(patched).toEqual(results);
  });

  it('yields to the event loop between slices', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let timerRanBeforeLastSlice = false;
    await anchorAll(edited, targets, {
      sliceMs: 0,
      onProgress: (p) => {
        if (p.done < p.total && timerRan) timerRanBeforeLastSlice = true;
      },
    });
    expect(timerRanBeforeLastSlice).toBe(true);
  });

  it('gives the page back between slices the way it is told to', async () => {
    let pauses = 0;
    const results = await anchorAll(edited, targets, {
      sliceMs: 0,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(pauses).toBeGreaterThan(0);
    expect(results).toEqual(anchorAllSync(edited, targets));
  });

  it('stops with the signal reason when aborted', async () => {
    const controller = new AbortController();
    const run = anchorAll(edited, targets, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('paper closed'));
    await expect(run).rejects.toThrow('paper closed');
  });

  it('tells copies of a recurring passage apart by how far the text around them drifted', () => {
    const filler = (from: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Note ${from + i} reports outcome ${(from + i) * 37} of trial ${i}.`,
      ).join(' ');
    const recurring =
      'As in every cohort, the primary end point was the time to first relapse after enrolment, measured in weeks.';
    const text = `${filler(0, 40)}\n\n${recurring}\n\n${recurring}\n\n${filler(100, 40)}`;
    const quote = 'the time to first relapse';
    const targets = [
      { id: 'copy2', selectors: describeQuote(text, quote, 1) },
      ...[5, 15, 25, 35, 105, 115, 125].map((n) => ({
        id: `n${n}`,
        selectors: describeQuote(text, `Note ${n} reports`),
      })),
    ];
    // A re-extraction adds text at the start: the second copy now lies further from its old offset
    // than the first copy does.
    const edited = `${'Running header of the journal. '.repeat(5)}\n\n${text}`;
    const second = offsetOf(edited, quote, 1);
    const byOldOffsetOnly = anchor(edited, targets[0]!.selectors);
    expect(byOldOffsetOnly).toMatchObject({ start: offsetOf(edited, quote, 0) });
    expect(anchorAllSync(edited, targets).copy2).toEqual({
      status: 'moved',
      start: second,
      end: second + quote.length,
    });
  });
});

describe('copies of a recurring passage that quote and context cannot tell apart', () => {
  const RECURRING =
    'As in every cohort, the primary end point was the time to first relapse after enrolment, measured in weeks.';
  /** Inside the sentence, with 32 characters of context inside it too: every copy looks alike. */
  const INSIDE = 'the time to first relapse';
  /** At the sentence's start: its prefix is the end of the note before, different at every copy. */
  const AT_START = 'As in every cohort, the primary end point';
  const note = (n: number) => `Note ${n} reports outcome ${n * 37} of trial ${n % 7}.`;
  const notes = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => note(from + i)).join(' ');
  const leadIns: Record<number, string> = {
    1: 'We then turned to the second arm of the study.',
    5: 'Dosage was adjusted weekly by the treating team.',
    9: 'Sites in the north enrolled later than the rest.',
  };
  // Eleven paragraphs of forty unique notes (~1,700 characters each); the recurring sentence sits
  // in the middle of paragraphs 1, 5 and 9 after a sentence of its own, so its copies are about
  // 7,000 characters apart. The annotated copy is the one in paragraph 5.
  const paragraphs = Array.from({ length: 11 }, (_, p) =>
    leadIns[p]
      ? `${notes(p * 100, p * 100 + 20)} ${leadIns[p]} ${RECURRING} ${notes(p * 100 + 20, p * 100 + 40)}`
      : notes(p * 100, p * 100 + 40),
  );
  const text = paragraphs.join('\n\n');
  const BEFORE_ANNOTATED = leadIns[5]!;
  const without = (p: number) => paragraphs.filter((_, i) => i !== p);
  const neighbours = [310, 330, 410, 430, 610, 630, 710, 730].map((n) => ({
    id: `n${n}`,
    selectors: describeQuote(text, `Note ${n} reports`),
  }));

  it.each([
    {
      name: 'its paragraph moved far away: orphan, not another copy',
      quote: INSIDE,
      edit: () => [...without(5), paragraphs[5]].join('\n\n'),
      single: 'orphan',
      all: 'orphan',
    },
    {
      name: 'its paragraph deleted: orphan, not another copy',
      quote: INSIDE,
      edit: () => without(5).join('\n\n'),
      single: 'orphan',
      all: 'orphan',
    },
    {
      name: 'the text before it changed a little: anchored, position still tells',
      quote: INSIDE,
      edit: () => `Preface.\n\n${text}`,
      single: INSIDE,
      all: INSIDE,
    },
    {
      name: 'its own copy got a typo, the others not: anchored on its own copy',
      quote: INSIDE,
      edit: () =>
        `Preface.\n\n${text.replace(`${BEFORE_ANNOTATED} ${RECURRING}`, (s) => s.replace('first relapse', 'frist relapse'))}`,
      single: 'the time to frist relapse',
      all: 'the time to frist relapse',
    },
    {
      name: 'the text before it grew more than an old offset can tell: anchorAll still finds it',
      quote: INSIDE,
      edit: () => `${notes(2000, 2070)}\n\n${text}`,
      single: 'orphan',
      all: INSIDE,
    },
    {
      name: 'its context differs from the other copies: anchored though its paragraph moved',
      quote: AT_START,
      edit: () => [...without(5), paragraphs[5]].join('\n\n'),
      single: AT_START,
      all: AT_START,
    },
  ])('$name', ({ quote, edit, single, all }) => {
    const selectors = describeQuote(text, quote, 1);
    const edited = edit();
    /** The annotated copy in the edited text (after its own lead-in), if it is still there. */
    const annotatedCopy = (found: string) => {
      const at = edited.indexOf(found, edited.indexOf(BEFORE_ANNOTATED));
      return { start: at, end: at + found.length };
    };
    const expectation = (outcome: string) =>
      outcome === 'orphan' ? { status: 'orphan' } : annotatedCopy(outcome);
    expect(anchor(edited, selectors)).toMatchObject(expectation(single));
    const results = anchorAllSync(edited, [{ id: 'copy', selectors }, ...neighbours]);
    expect(results.copy).toMatchObject(expectation(all));
  });

  it('makes a copy an orphan when there is no position selector to tell it apart', () => {
    const { quote } = describeQuote(text, INSIDE, 1);
    expect(anchor(`Preface.\n\n${text}`, { quote })).toEqual({ status: 'orphan' });
  });
});
