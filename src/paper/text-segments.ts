/**
 * The text parser's last step: from the segments it read (paragraphs as lines, and finished
 * blocks) to blocks. Paragraphs that a stray blank line cut mid-sentence are joined; a paragraph
 * becomes an aside (footnote, caption), running text with its run-in heading, part of the byline
 * (in the front matter, before the first paragraph of prose) or part of a display equation (the
 * fragments a PDF scatters before one). Pure.
 */
import { asideKindOf, runInLeadLength } from './aside-blocks';
import { dropIconText, isBylineNote, isBylineText, raiseAffiliationLetters } from './byline';
import { isMathLine } from './display-equations';
import { opensWithIsotope } from './isotopes';
import { joinWrappedLines, type Lexicon } from './hyphenation';
import { continuesAcrossBlank, endsMidSentence, startsLowercase } from './line-signals';
import type { RawBlock } from './raw-block';
import { isMarkedNamesLine, isNamesLine, METADATA_NOTE } from './title-above-byline';

/** A paragraph's lines as the text parser read them, and where they stood. */
export interface ParagraphSegment {
  kind: 'paragraph';
  lines: string[];
  openStart: boolean;
  openEnd: boolean;
  /** After the first heading: a run-in heading may open it (never in the front matter). */
  inBody: boolean;
  /** Between the title and the abstract or first heading: it may be part of the byline. */
  front?: boolean;
  /** The length of a run-in heading the PDF set in its own type at its start, if any. */
  lead?: number;
}

/** What the text parser reads: paragraphs in progress, and blocks it has finished. */
export type Segment = ParagraphSegment | { kind: 'block'; block: RawBlock };

/** Joins paragraphs that a stray blank line split, and turns segments into blocks. */
export function segmentsToBlocks(
  segments: readonly Segment[],
  width: number,
  lexicon: Lexicon,
): RawBlock[] {
  const merged = splitGluedNotes(joinAcrossBlanks(segments, width));
  const blocks = merged.map((s, i) =>
    s.kind === 'block' ? s.block : paragraphBlock(merged, i, lexicon),
  );
  return joinEquationPieces(markByline(blocks, merged, lexicon));
}

/**
 * A note's start glued to its mark, as the PDF layout writes a raised mark (`²The …`, `*Work done
 * …`, `¹https://…`): inside a footnote's lines, the next note. An isotope is no note (`¹H NMR`,
 * `¹³C NMR`: a raised number before a capital alone).
 */
export const GLUED_NOTE_START = /^(?:[*∗†‡§¶]\p{Lu}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:\p{Lu}\p{Ll}|https?:))/u;
/**
 * Is the code unit one that {@link GLUED_NOTE_START} opens with (`*∗†‡§¶`, `⁰¹²³⁴⁵⁶⁷⁸⁹`)? Asked
 * before the regex: it reads every line of every paragraph, and almost none opens with a mark.
 */
export const isNoteMark = (unit: number): boolean =>
  unit === 0x2a ||
  unit === 0x2217 ||
  unit === 0x2020 ||
  unit === 0x2021 ||
  unit === 0xa7 ||
  unit === 0xb6 ||
  unit === 0xb9 ||
  unit === 0xb2 ||
  unit === 0xb3 ||
  unit === 0x2070 ||
  (unit >= 0x2074 && unit <= 0x2079);
/** Does the line open a note glued to its mark (not an isotope: `²⁰⁶Pb`, `⁸⁷Sr`, `¹H`)? */
const opensGluedNote = (line: string): boolean =>
  isNoteMark(line.charCodeAt(0)) && GLUED_NOTE_START.test(line) && !opensWithIsotope(line);

/** Does a line after the first open a note glued to its mark? An indexed loop, no closure per paragraph. */
function holdsGluedNote(lines: readonly string[]): boolean {
  for (let k = 1; k < lines.length; k++) if (opensGluedNote(lines[k] as string)) return true;
  return false;
}

/**
 * Footnotes the layout set with no blank line between them (a note whose mark is not raised:
 * `¹https://github.com/…` / `*Work done during an internship …`) are notes apart.
 */
function splitGluedNotes(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (
      segment.kind !== 'paragraph' ||
      !holdsGluedNote(segment.lines) ||
      asideKindOf(segment.lines[0] ?? '') !== 'footnote'
    ) {
      out.push(segment);
      continue;
    }
    let from = 0;
    for (let k = 1; k <= segment.lines.length; k++) {
      if (k < segment.lines.length && !opensGluedNote(segment.lines[k] ?? '')) continue;
      const lines = segment.lines.slice(from, k);
      out.push(from === 0 ? { ...segment, lines } : { ...segment, lines, lead: undefined });
      from = k;
    }
  }
  return out;
}

/** A line that is only a DOI or a URL, or a host with a path (SAGE's `sagepub.com/journalsPermissions.nav`). */
const IDENTIFIER_LINE =
  /^(?:(?:doi:\s?|DOI:?\s|https?:\/\/)\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*)$/;

/**
 * A paper's keywords (`Keywords:`, `Index Terms—`, `关键词:`, `キーワード：`): a list that ends no
 * sentence yet never goes on past a blank line (the English title under a Chinese paper's
 * keywords, an abbreviations list, a section).
 */
const KEYWORDS_LEAD =
  /^(?:key\s?words?|index terms|mots[- ]cl[ée]s|palavras[- ]chave|palabras clave|parole chiave|schl(?:ü|ue)sselw(?:ö|oe)rter|schlagw(?:ö|oe)rter|关键词|关键字|關鍵詞|キーワード|주제어|핵심어)\s*[:：—–-]/iu;

/** A paper's keywords' label alone on its line (`KEYWORDS`, `Keywords:`, `Mots-clés`), over its list. */
export const KEYWORDS_LABEL =
  /^(?:key\s?words?|mots[- ]cl[ée]s|palavras[- ]chave|palabras clave|parole chiave|schl(?:ü|ue)sselw(?:ö|oe)rter|schlagw(?:ö|oe)rter|关键词|关键字|關鍵詞|キーワード|주제어|핵심어)\s*[:：—–-]?$/iu;

/**
 * Keywords led by their label in bold with no stop after it (Taylor & Francis: `Keywords
 * exercise, counseling, smoking cessation`): a list, with no sentence's stop in it.
 */
const KEYWORDS_BARE_LEAD =
  /^(?:[Kk]ey\s?words?|KEYWORDS|Index [Tt]erms)\s+\p{Ll}[^.!?]*[,;][^.!?]*$/u;
/** Most words a keyword holds (`behavioral change techniques`); a clause holds more. */
const MAX_KEYWORD_WORDS = 4;

/**
 * Is the line a bare keywords lead (see {@link KEYWORDS_BARE_LEAD}) whose items are keywords, each
 * a few words, not a sentence that opens with the word (`Keyword spotting, the task of finding
 * spoken words in speech, has`)? The last item may go on to the next line.
 */
function isBareKeywords(line: string): boolean {
  if (!KEYWORDS_BARE_LEAD.test(line)) return false;
  const items = line.replace(/^\S+\s+(?:[Tt]erms\s+)?/, '').split(/[,;]/);
  items.pop();
  return items.every((item) => item.trim().split(/\s+/).length <= MAX_KEYWORD_WORDS);
}

/** Is the segment's first line a keywords lead or label: a list no later paragraph joins? */
const opensKeywords = (segment: Segment & { kind: 'paragraph' }): boolean => {
  const first = segment.lines[0] ?? '';
  return KEYWORDS_LEAD.test(first) || KEYWORDS_LABEL.test(first) || isBareKeywords(first);
};

/**
 * May the paragraph `last` take in the next one, which goes on with `next`? A keywords' list never;
 * a note of the article's metadata with its label (`Funding:`, `Competing interests:`) ends where
 * its paragraph ends, though it ends no sentence, unless its sentence visibly goes on (`… are` /
 * `those of the author(s)`).
 */
function takesNext(last: Segment & { kind: 'paragraph' }, next: string): boolean {
  if (opensKeywords(last)) return false;
  if (!METADATA_NOTE.test(last.lines[0] ?? '')) return true;
  return endsMidSentence(last.lines[last.lines.length - 1] ?? '') || startsLowercase(next);
}

/** Is the segment a paragraph that reads as an aside (a footnote, a caption)? */
const isAsideSegment = (segment: Segment): boolean =>
  segment.kind === 'paragraph' && asideKindOf(segment.lines[0] ?? '') !== null;

/**
 * Joins paragraphs cut mid-sentence by a blank line, or by notes set between their halves (a
 * conference's footer read between two columns): the notes come after the joined paragraph.
 */
function joinAcrossBlanks(segments: readonly Segment[], width: number): Segment[] {
  const merged: Segment[] = [];
  /** Asides met after a paragraph that did not end its sentence, held until that paragraph ends. */
  let held: Segment[] = [];
  const release = (): void => {
    for (const aside of held) merged.push(aside);
    held = [];
  };
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    // A DOI or URL alone on its line after a note is the note's (`Online at stacks.iop.org/…` /
    // `doi:10.1088/…`), and so are such lines one under another (`Reprints and permission:` /
    // `sagepub.com/…` / `DOI: …` / `http://…`).
    const note = held[held.length - 1] ?? last;
    if (
      segment.kind === 'paragraph' &&
      segment.lines.every((line) => IDENTIFIER_LINE.test(line)) &&
      note?.kind === 'paragraph' &&
      isAsideSegment(note)
    ) {
      note.lines.push(...segment.lines);
      continue;
    }
    // A keywords' label alone (`KEYWORDS`) and the list under it are one paragraph.
    if (
      segment.kind === 'paragraph' &&
      last?.kind === 'paragraph' &&
      last.lines.length === 1 &&
      KEYWORDS_LABEL.test(last.lines[0] ?? '') &&
      !isAsideSegment(segment)
    ) {
      for (const line of segment.lines) last.lines.push(line);
      last.openEnd = segment.openEnd;
      continue;
    }
    // The cheap line tests first: the byline test reads the whole paragraph, so it comes last.
    if (
      segment.kind === 'paragraph' &&
      last?.kind === 'paragraph' &&
      last.openEnd &&
      segment.openStart &&
      segment.lead === undefined &&
      last.front === segment.front &&
      !isAsideSegment(last) &&
      !isAsideSegment(segment) &&
      continuesAcrossBlank(
        last.lines[last.lines.length - 1] ?? '',
        segment.lines[0] ?? '',
        width,
      ) &&
      takesNext(last, segment.lines[0] ?? '') &&
      !(last.front === true && isBylineText(last.lines.join(' ')))
    ) {
      for (const line of segment.lines) last.lines.push(line);
      last.openEnd = segment.openEnd;
      continue;
    }
    const copy = segment.kind === 'paragraph' ? { ...segment, lines: [...segment.lines] } : segment;
    // The cheap tests first: most paragraphs end their sentence, and then nothing is held.
    if (
      last?.kind === 'paragraph' &&
      last.openEnd &&
      isAsideSegment(segment) &&
      !isAsideSegment(last)
    ) {
      held.push(copy);
      continue;
    }
    release();
    merged.push(copy);
  }
  release();
  return merged;
}

/** A paragraph segment as a block: an aside (footnote, caption), or running text with its run-in lead. */
function paragraphBlock(segments: readonly Segment[], i: number, lexicon: Lexicon): RawBlock {
  const segment = segments[i];
  const lines = segment?.kind === 'paragraph' ? segment.lines : [];
  const text = joinWrappedLines(lines, lexicon);
  const aside = asideKindOf(text);
  // `* Item` beside another `* Item` is a list, not a footnote (asked of asides only).
  if (
    aside !== null &&
    !(isBullet(segment) && (isBullet(segments[i - 1]) || isBullet(segments[i + 1])))
  )
    return { kind: aside, text };
  const lead = segment?.kind === 'paragraph' ? leadOf(segment, text) : null;
  return lead === null ? { kind: 'paragraph', text } : { kind: 'paragraph', text, lead };
}

/** A paragraph opening with a bullet (`* Item`). */
const isBullet = (s: Segment | undefined): boolean =>
  s?.kind === 'paragraph' && /^[*∗]\s/.test(s.lines[0] ?? '');

/**
 * The run-in heading opening a paragraph: the one the PDF set in its own type, else one told by
 * its words (`Materials and Methods. We …`), after the front matter only.
 */
function leadOf(segment: ParagraphSegment, text: string): number | null {
  const first = segment.lines[0] ?? '';
  if (segment.lead !== undefined && text.startsWith(first.slice(0, segment.lead)))
    return segment.lead;
  return segment.inBody ? runInLeadLength(text) : null;
}

/**
 * A lone capitalised word over a paragraph of prose (`Description` over `Mikrokosmos is an…`):
 * the title of the text below it, which ends the byline; no name or affiliation is one word alone
 * before prose.
 */
const titlesProse = (block: RawBlock, next: RawBlock | undefined): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(block.text.trim()) &&
  next?.kind === 'paragraph' &&
  !isBylineText(next.text);

/**
 * The front matter's paragraphs up to the first one of prose are the byline, its notes that
 * name an affiliation or an address too (with the paragraph after them, where the note's line
 * was cut from the rest of its affiliation); consecutive byline paragraphs become one block, its
 * lines kept.
 */
function markByline(
  blocks: readonly RawBlock[],
  segments: readonly Segment[],
  lexicon: Lexicon,
): RawBlock[] {
  const out: RawBlock[] = [];
  let open = true;
  /** Inside a side column of the article's metadata, read before the byline (PLOS's `Funding: …`). */
  let notes = false;
  /** A byline's paragraph has been read. */
  let named = false;
  blocks.forEach((block, i) => {
    const segment = segments[i];
    const front = segment?.kind === 'paragraph' && segment.front === true;
    let byline = false;
    if (front && open && !named) {
      // A metadata note (`Citation: …`, `Editor: …`, `OPEN ACCESS`) and its lines, up to names.
      const note = METADATA_NOTE.test(block.text) || /^OPEN ACCESS$/i.test(block.text);
      notes ||= note;
      // Names end the notes (`Jane Doe 1*, Richard Roe 1`), not an editor's affiliation.
      const lines = segment?.kind === 'paragraph' ? segment.lines : [];
      const names =
        block.kind === 'paragraph' &&
        isBylineText(block.text) &&
        isNamesLine(lines[0] ?? '', lines[1] ?? '');
      if (note || (notes && !names)) {
        out.push(block);
        return;
      }
    }
    // Authors' names, each line a name with its mark, open the byline again where a masthead's
    // line of prose closed it (Dove's `open access to scientific and medical research` between
    // the title and the names, set beside them).
    if (front && !open && block.kind === 'paragraph' && segment?.kind === 'paragraph')
      open = segment.lines.length > 0 && segment.lines.every(isMarkedNamesLine);
    if (front && open && block.kind === 'paragraph') {
      byline = isBylineText(block.text) && !titlesProse(block, blocks[i + 1]);
      open = byline;
    } else if (front && open && block.kind === 'footnote') {
      // A note cut from its affiliation's next line (`³Shanghai Health Development` /
      // `Research Center, Shanghai, China`) is told by the two read together.
      const next = blocks[i + 1];
      byline =
        isBylineNote(block.text) ||
        (next?.kind === 'paragraph' && isBylineNote(`${block.text} ${next.text}`));
    }
    if (!byline) {
      out.push(block);
      return;
    }
    named = true;
    const last = out[out.length - 1];
    // The byline keeps its printed lines: a name, an affiliation, an address each on its own.
    const text = segment?.kind === 'paragraph' ? bylineLines(segment.lines, lexicon) : block.text;
    if (last?.kind === 'byline')
      out[out.length - 1] = {
        ...last,
        text: bylineLines([...last.text.split('\n'), ...text.split('\n')], lexicon),
      };
    else out.push({ kind: 'byline', text });
  });
  // Letters marking the authors' affiliations, flattened into their names, raised again: a name
  // bare of its letter must be written so elsewhere (`Talotta` of `Talottaa`, in a reference).
  let whole: string | undefined;
  const written = (name: string): boolean => {
    whole ??= blocks.map((block) => block.text).join('\n');
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(whole);
  };
  return out.map((block) =>
    block.kind === 'byline'
      ? { ...block, text: raiseAffiliationLetters(block.text, written) }
      : block,
  );
}

/**
 * A byline's printed lines, but for a word cut by a hyphen at a line's end, which is joined
 * (`Paulo Ro-` / `cha⁹, Bogdan …` reads `Paulo Rocha⁹, Bogdan …`), and an icon's text after a name.
 */
function bylineLines(lines: readonly string[], lexicon: Lexicon): string {
  const out: string[] = [];
  /** A name's note marks raised into a line of their own above it (`†` / `Evgeny Kharlamov`). */
  let marks = '';
  for (const printed of lines) {
    // An icon's text beside a name (ORCID's `ID`) is no part of it.
    const line = dropIconText(printed);
    if (NOTE_MARKS_ALONE.test(line)) {
      marks += line.trim();
      continue;
    }
    const last = out[out.length - 1];
    if (last !== undefined && /\p{L}-$/u.test(last) && startsLowercase(line))
      out[out.length - 1] = joinWrappedLines([last, line], lexicon);
    else out.push(marks === '' ? line : `${line.trimEnd()}${marks}`);
    marks = '';
  }
  if (marks !== '') out.push(marks);
  return out.join('\n');
}

/** A line of note marks alone (`†`, `∗†`). */
const NOTE_MARKS_ALONE = /^\s*[*∗†‡§¶‖]+\s*$/u;

/**
 * A paragraph of mathematical fragments right before a display equation (a PDF's numerator,
 * a large bracket) is part of it; so is a second piece right after one that carries no number.
 */
function joinEquationPieces(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'equation' && last?.kind === 'paragraph' && isFragment(last.text)) {
      out[out.length - 1] = { kind: 'equation', text: `${last.text}\n${block.text}` };
    } else out.push(block);
  }
  return out;
}

const isFragment = (text: string) => text.split('\n').every((line) => isMathLine(line));
