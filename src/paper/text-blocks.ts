/**
 * Blocks of a plain-text paper, typically text extracted from a PDF: hard-wrapped lines, stray
 * blank lines, page furniture, headings with or without a blank line before them, a heading
 * wrapped over two lines, and reference lists (announced by a heading, or a run of `[n]` entries
 * with none).
 *
 * The parser walks blank-line-separated chunks of lines. Inside a chunk it finds the title, the
 * `Abstract:` lead-in, headings and paragraph breaks; across chunks it joins paragraphs that a
 * stray blank line cut mid-sentence (see `continuesAcrossBlank`).
 */
import {
  isKnownSectionTitle,
  matchBareSectionNumber,
  matchBibliographyHeading,
  splitAbstractLeadIn,
} from './headings';
import {
  AppendixSequence,
  HeadingSequence,
  isAbstractTitle,
  splitLetteredNumber,
  splitSectionNumber,
} from './headings';
import { buildLexicon, joinWrappedLines, type Lexicon } from './hyphenation';
import {
  continuesAcrossBlank,
  endsMidSentence,
  endsSentence,
  isAllCaps,
  isTitleLike,
} from './line-signals';
import {
  FULL_LINE_RATIO,
  SHORT_LINE_RATIO,
  startsCapitalized,
  startsLowercase,
} from './line-signals';
import {
  normalizeSource,
  splitSourceLines,
  typicalLineWidth,
  type SourceLine,
} from './normalize-text';
import {
  asideKindOf,
  codeText,
  figureTextRun,
  isCaptionLine,
  isCodeChunk,
  runInLeadLength,
} from './aside-blocks';
import { headingBlock, type RawBlock } from './raw-block';
import {
  matchEntryMarker,
  splitReferenceLines,
  type RawEntry,
  type ReferenceRun,
} from './reference-entries';

/** A heading's first line at least this fraction of the width may have wrapped onto a second. */
const WRAPPED_HEADING_RATIO = 0.6;
/** Lines ahead of `[1]` searched for `[2]` before a bare run of entries counts as a reference list. */
const HEADLESS_LOOKAHEAD = 8;
/** An item of a list in running text: `1. `, `2) `, `• `, `- `. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*–])\s+\S/;
/** Most words in an appendix heading numbered with a letter (`A. Proofs of the lemmas`). */
const MAX_LETTERED_WORDS = 12;
/** A relation or operator: a line holding one is a display equation (`ΨW = Ψ ◦ W`), not a heading. */
const EQUATION_SIGN = /[=<>+×∗◦∘·≤≥≈∝∑∏∫√]/;
/** Most words in an unnumbered all-caps heading (`ULTRA LIGHT BOSONS AS DARK MATTER`). */
const MAX_CAPS_HEADING_WORDS = 10;

type Segment =
  | {
      kind: 'paragraph';
      lines: string[];
      openStart: boolean;
      openEnd: boolean;
      /** After the first heading: a run-in heading may open it (never in the front matter). */
      inBody: boolean;
      /** The length of a run-in heading the PDF set in its own type at its start, if any. */
      lead?: number;
    }
  | { kind: 'block'; block: RawBlock };

/** Parses a plain-text source into blocks (title, headings, paragraphs, reference entries). */
export function parseTextBlocks(source: string): RawBlock[] {
  const normalized = normalizeSource(source);
  return new TextParser(splitSourceLines(normalized), buildLexicon(normalized)).run();
}

class TextParser {
  private readonly segments: Segment[] = [];
  private readonly sequence = new HeadingSequence();
  private readonly appendices = new AppendixSequence();
  private readonly width: number;
  private titleChecked = false;
  private abstractSeen = false;
  /** Between the title and the first heading: short lines (authors, affiliations) stand alone. */
  private frontMatter = false;
  private pendingNumber: { number: string; parts: number[]; written: string } | null = null;
  /** The number a resumed bare reference list would continue with. */
  private nextEntry: number | null = null;
  /** Lines of the paragraph in progress, and whether it opened a chunk (so may continue one). */
  private paragraph: string[] = [];
  private paragraphOpenStart = false;
  /** The typeset run-in heading opening the paragraph in progress (`SourceLine.lead`). */
  private paragraphLead: number | undefined;

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly lexicon: Lexicon,
  ) {
    this.width = typicalLineWidth(lines);
  }

  run(): RawBlock[] {
    this.parseBody(0, this.lines.length);
    this.flushPendingNumber();
    return this.finish();
  }

  private text(i: number): string {
    return this.lines[i]?.text ?? '';
  }

  /** A heading has been read: the front matter is over. */
  private inBody = false;

  /** Adds a block after the paragraph in progress. */
  private push(block: RawBlock): void {
    this.flushParagraph(false);
    this.segments.push({ kind: 'block', block });
    if (block.kind === 'heading') this.inBody = true;
  }

  private flushParagraph(openEnd: boolean): void {
    if (this.paragraph.length > 0) {
      this.segments.push({
        kind: 'paragraph',
        lines: this.paragraph,
        openStart: this.paragraphOpenStart,
        openEnd,
        inBody: this.inBody,
        ...(this.paragraphLead !== undefined && { lead: this.paragraphLead }),
      });
    }
    this.paragraph = [];
  }

  /** Pushes a reference list's entries, then the notes found among them as footnotes after it. */
  private pushEntries(entries: readonly RawEntry[], notes: readonly string[]): void {
    for (const entry of entries) {
      this.push({
        kind: 'reference',
        text: joinWrappedLines(entry.lines, this.lexicon),
        number: entry.number,
      });
      if (entry.number !== null) this.nextEntry = Number(entry.number) + 1;
    }
    // A page number is furniture, not a note.
    for (const note of notes)
      if (!/^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(note))
        this.push({ kind: 'footnote', text: note });
  }

  private parseBody(from: number, to: number): void {
    let i = from;
    while (i < to) {
      if (this.text(i) === '') {
        i++;
        continue;
      }
      const run = this.tryBareReferenceList(i);
      if (run !== null) {
        this.flushPendingNumber();
        this.pushEntries(run.entries, run.notes);
        i = Math.max(run.next, i + 1);
        continue;
      }
      const labels = this.inBody ? figureTextRun(this.lines, i, to) : 0;
      if (labels > 0) {
        this.flushPendingNumber();
        const texts = this.lines.slice(i, i + labels).map((l) => l.text);
        this.push({ kind: 'figure-text', text: texts.filter((t) => t !== '').join(' ') });
        i += labels;
        continue;
      }
      let end = i;
      while (end < to && this.text(end) !== '') end++;
      const chunk = this.lines.slice(i, end);
      if (isCodeChunk(chunk)) {
        this.flushPendingNumber();
        this.push({ kind: 'code', text: codeText(chunk) });
        i = end;
        continue;
      }
      i = this.parseChunk(i, end);
    }
  }

  /** A chunk opening with `[1]` and `[2]` close below it, or with the next entry of a list cut by text. */
  private tryBareReferenceList(i: number): ReferenceRun | null {
    const marker = matchEntryMarker(this.text(i));
    if (marker?.style !== 'bracket') return null;
    if (marker.number === this.nextEntry) {
      return splitReferenceLines(this.lines, i, { headingless: true, expected: marker.number });
    }
    if (marker.number !== 1) return null;
    const ahead = this.lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
    if (!ahead.some((l) => l.text.startsWith('[2]'))) return null;
    return splitReferenceLines(this.lines, i, { headingless: true });
  }

  /** Parses the chunk of lines `[a, b)`; returns where to go on (past a reference list it started). */
  private parseChunk(a: number, b: number): number {
    for (let k = a; k < b; k++) {
      const text = this.text(k);
      const prev = k > a ? this.text(k - 1) : null;
      const atBreak = prev === null || endsSentence(prev) || /[:;]$/.test(prev);
      const bibliography = atBreak ? matchBibliographyHeading(text) : null;
      if (bibliography && this.lines.slice(k + 1, k + 4).some((l) => l.text !== '')) {
        this.flushPendingNumber();
        this.push(headingBlock(bibliography.number, bibliography.title, 'bibliography'));
        const run = splitReferenceLines(this.lines, k + 1);
        this.pushEntries(run.entries, run.notes);
        return Math.max(run.next, k + 1);
      }
      const consumed = this.tryStructure(k, a, b, atBreak);
      if (consumed > 0) {
        k += consumed - 1;
        continue;
      }
      this.flushPendingNumber();
      const rest = !this.abstractSeen && atBreak ? splitAbstractLeadIn(text) : null;
      if (rest !== null) {
        this.abstractSeen = true;
        this.frontMatter = false;
        this.push(headingBlock(null, 'Abstract', 'abstract'));
        if (rest === '') continue;
      }
      if (k === b - 1 && prev !== null && endsSentence(prev) && matchBareSectionNumber(text)) {
        this.flushParagraph(false);
        this.pendingNumber = this.bareNumber(text);
        continue;
      }
      if (this.paragraph.length > 0 && this.startsListItem(text, k, b)) this.flushParagraph(false);
      if (this.paragraph.length === 0) {
        this.paragraphOpenStart = k === a && rest === null;
        this.paragraphLead = rest === null ? this.lines[k]?.lead : undefined;
      }
      this.paragraph.push(rest ?? text);
      const next = k + 1 < b ? this.text(k + 1) : null;
      if (next !== null && this.endsParagraphInside(text, next)) this.flushParagraph(false);
    }
    this.flushParagraph(true);
    return b;
  }

  /** Title, headings and bare section numbers: how many lines they take from `k`, or 0. */
  private tryStructure(k: number, a: number, b: number, atBreak: boolean): number {
    const text = this.text(k);
    // A caption (`TABLE I. PARAMETERS`) is never a heading, however it is set.
    if (isCaptionLine(text)) return 0;
    if (!this.titleChecked) {
      this.titleChecked = true;
      const taken = this.tryTitle(k, b);
      if (taken > 0) return taken;
    }
    if (this.pendingNumber !== null && k === a && this.tryPendingHeading(text)) return 1;
    if (!atBreak) return 0;
    const taken = this.tryNumberedHeading(k, a, b) || this.tryLetteredHeading(k, a, b);
    if (taken > 0) return taken;
    if (k === a && b - a === 1 && matchBareSectionNumber(text)) {
      this.flushPendingNumber();
      this.flushParagraph(false);
      this.pendingNumber = this.bareNumber(text);
      return 1;
    }
    if (this.isUnnumberedHeading(k, a, b)) {
      this.frontMatter = false;
      const role = isAbstractTitle(text) ? 'abstract' : 'section';
      if (role === 'abstract') this.abstractSeen = true;
      this.push(headingBlock(null, text.replace(/\s*:$/, ''), role));
      return 1;
    }
    return 0;
  }

  private bareNumber(text: string): TextParser['pendingNumber'] {
    const bare = matchBareSectionNumber(text);
    return bare && { ...bare, written: text };
  }

  private isShort(line: string, ratio = SHORT_LINE_RATIO): boolean {
    return line.length < ratio * this.width;
  }

  /** Can `next` be the second line of a heading wrapped after `line`? */
  private wrapsOnto(line: string, k: number, b: number): boolean {
    const next = k + 1 < b ? this.text(k + 1) : null;
    // A word cut by a hyphen (`EFFICIENT SO-` / `LUTION`) goes on however short the line is.
    const cutWord = /\p{L}-$/u.test(line);
    if (next === null || (!cutWord && this.isShort(line, WRAPPED_HEADING_RATIO))) return false;
    if (!this.isShort(next, WRAPPED_HEADING_RATIO) || endsSentence(next) || /[,;]$/.test(next))
      return false;
    if (matchEntryMarker(next) !== null) return false;
    const after = k + 2 < b ? this.text(k + 2) : null;
    return after === null || !this.isShort(after);
  }

  private tryTitle(k: number, b: number): number {
    const text = this.text(k);
    const next = k + 1 < b ? this.text(k + 1) : null;
    if (
      splitAbstractLeadIn(text) !== null ||
      splitSectionNumber(text) ||
      matchBibliographyHeading(text)
    )
      return 0;
    if (isKnownSectionTitle(text) || !isTitleLike(text) || (next !== null && startsLowercase(next)))
      return 0;
    // A sentence ending inside the line: running text, not a title.
    if (/\p{Ll}[.!?]\s+["“]?\p{Lu}/u.test(text)) return 0;
    if (!this.isShort(text, FULL_LINE_RATIO) && next !== null && !this.isShort(next)) return 0;
    const taken = this.wrapsOnto(text, k, b) ? 2 : 1;
    const lines = this.lines.slice(k, k + taken).map((l) => l.text);
    this.push({ kind: 'title', text: joinWrappedLines(lines, this.lexicon) });
    this.frontMatter = true;
    return taken;
  }

  private tryPendingHeading(text: string): boolean {
    const pending = this.pendingNumber;
    if (
      pending === null ||
      !isTitleLike(text) ||
      !this.isShort(text) ||
      !this.sequence.fits(pending.parts, 1, pending.number)
    )
      return false;
    this.sequence.accept(pending.parts, pending.number);
    this.pendingNumber = null;
    this.frontMatter = false;
    this.push(
      headingBlock(
        pending.number,
        text,
        isAbstractTitle(text) ? 'abstract' : 'section',
        `${pending.written} `,
      ),
    );
    return true;
  }

  private flushPendingNumber(): void {
    if (this.pendingNumber === null) return;
    this.flushParagraph(false);
    this.segments.push({
      kind: 'paragraph',
      lines: [this.pendingNumber.written],
      openStart: false,
      openEnd: false,
      inBody: false,
    });
    this.pendingNumber = null;
  }

  /**
   * `A. Proofs`, `B.2 Data` after the body's sections: an appendix heading, when it stands alone
   * (wrapped or not) between blank lines and its letter comes next in sequence.
   */
  private tryLetteredHeading(k: number, a: number, b: number): number {
    const text = this.text(k);
    const heading = this.inBody && k === a ? splitLetteredNumber(text) : null;
    if (heading === null || !isTitleLike(heading.title)) return 0;
    const taken = this.wrapsOnto(text, k, b) ? 2 : 1;
    if (k + taken !== b || !this.appendices.fits(heading.parts)) return 0;
    const title = joinWrappedLines(
      [heading.title, ...this.lines.slice(k + 1, k + taken).map((l) => l.text)],
      this.lexicon,
    );
    if (title.split(/\s+/).length > MAX_LETTERED_WORDS) return 0;
    this.appendices.accept(heading.parts);
    const prefix = text.slice(0, heading.titleOffset).replace(/\s+$/, ' ');
    this.push(headingBlock(heading.number, title, 'section', prefix));
    return taken;
  }

  private tryNumberedHeading(k: number, a: number, b: number): number {
    const text = this.text(k);
    const heading = splitSectionNumber(text);
    if (heading === null || !isTitleLike(heading.title)) return 0;
    const prev = k > a ? this.text(k - 1) : null;
    const next = k + 1 < b ? this.text(k + 1) : null;
    // A numbered list is not a run of headings: its items sit next to each other.
    if ((prev !== null && matchEntryMarker(prev)) || (next !== null && /^\d{1,2}[.)]\s/.test(next)))
      return 0;
    const standalone = k === a && (next === null || startsCapitalized(next));
    if (
      !heading.dotted &&
      (!standalone || !this.isShort(text) || heading.title.split(/\s+/).length > 8)
    )
      return 0;
    if (!this.sequence.fits(heading.parts, standalone ? 2 : 0, heading.number)) return 0;
    const taken = this.wrapsOnto(text, k, b) ? 2 : 1;
    const after = k + taken < b ? this.text(k + taken) : null;
    if (after !== null && startsLowercase(after)) return 0;
    const title = joinWrappedLines(
      [heading.title, ...this.lines.slice(k + 1, k + taken).map((l) => l.text)],
      this.lexicon,
    );
    this.sequence.accept(heading.parts, heading.number);
    this.frontMatter = false;
    const prefix = text.slice(0, heading.titleOffset).replace(/\s+$/, ' ');
    this.push(
      headingBlock(heading.number, title, isAbstractTitle(title) ? 'abstract' : 'section', prefix),
    );
    return taken;
  }

  /** `Acknowledgements` or `INTRODUCTION` standing alone: a section without a number. */
  private isUnnumberedHeading(k: number, a: number, b: number): boolean {
    const text = this.text(k);
    const next = k + 1 < b ? this.text(k + 1) : null;
    if (!isTitleLike(text) || !this.isShort(text)) return false;
    if (isKnownSectionTitle(text) || isAbstractTitle(text))
      return next === null || startsCapitalized(next);
    return (
      b - a === 1 &&
      isAllCaps(text) &&
      !EQUATION_SIGN.test(text) &&
      text.split(/\s+/).length <= MAX_CAPS_HEADING_WORDS
    );
  }

  /**
   * Does this line open an item of a list in running text (`1. …`, `2) …`, `• …`), so that it
   * starts a paragraph of its own? Only inside a list: after a colon, after another item, or
   * before one.
   */
  private startsListItem(line: string, k: number, b: number): boolean {
    if (!LIST_ITEM.test(line)) return false;
    const next = k + 1 < b ? this.text(k + 1) : '';
    return (
      /:$/.test(this.paragraph[this.paragraph.length - 1] ?? '') ||
      LIST_ITEM.test(this.paragraph[0] ?? '') ||
      LIST_ITEM.test(next)
    );
  }

  /** Inside a chunk: does the paragraph end after `line` (a short line ending a sentence)? */
  private endsParagraphInside(line: string, next: string): boolean {
    if (!this.isShort(line)) return false;
    if (this.frontMatter) return !endsMidSentence(line);
    return endsSentence(line) && startsCapitalized(next);
  }

  /** Joins paragraphs that a stray blank line split, and turns segments into blocks. */
  private finish(): RawBlock[] {
    const merged: Segment[] = [];
    for (const segment of this.segments) {
      const last = merged[merged.length - 1];
      if (
        segment.kind === 'paragraph' &&
        last?.kind === 'paragraph' &&
        last.openEnd &&
        segment.openStart &&
        segment.lead === undefined &&
        asideKindOf(last.lines[0] ?? '') === null &&
        asideKindOf(segment.lines[0] ?? '') === null
      ) {
        const before = last.lines[last.lines.length - 1] ?? '';
        if (continuesAcrossBlank(before, segment.lines[0] ?? '', this.width)) {
          last.lines.push(...segment.lines);
          last.openEnd = segment.openEnd;
          continue;
        }
      }
      merged.push(
        segment.kind === 'paragraph' ? { ...segment, lines: [...segment.lines] } : segment,
      );
    }
    return merged.map((s, i) => (s.kind === 'block' ? s.block : this.paragraphBlock(merged, i)));
  }

  /** A paragraph segment as a block: an aside (footnote, caption), or running text with its run-in lead. */
  private paragraphBlock(segments: readonly Segment[], i: number): RawBlock {
    const segment = segments[i];
    const lines = segment?.kind === 'paragraph' ? segment.lines : [];
    const text = joinWrappedLines(lines, this.lexicon);
    const aside = asideKindOf(text);
    // `* Item` beside another `* Item` is a list, not a footnote.
    const bullet = (s: Segment | undefined) =>
      s?.kind === 'paragraph' && /^[*∗]\s/.test(s.lines[0] ?? '');
    const listed = bullet(segment) && (bullet(segments[i - 1]) || bullet(segments[i + 1]));
    if (aside !== null && !listed) return { kind: aside, text };
    const lead = segment?.kind === 'paragraph' ? this.leadOf(segment, text) : null;
    return lead === null ? { kind: 'paragraph', text } : { kind: 'paragraph', text, lead };
  }

  /**
   * The run-in heading opening a paragraph: the one the PDF set in its own type, else one told by
   * its words (`Materials and Methods. We …`), after the front matter only.
   */
  private leadOf(segment: Extract<Segment, { kind: 'paragraph' }>, text: string): number | null {
    const first = segment.lines[0] ?? '';
    if (segment.lead !== undefined && text.startsWith(first.slice(0, segment.lead)))
      return segment.lead;
    return segment.inBody ? runInLeadLength(text) : null;
  }
}
