/**
 * Recognising headings in a line of text: numbered section headings (`2. Always adhere ...`,
 * `2.1 Lists`, `IV. CONCLUSIONS`), the reference-list heading (`References`, `5. Bibliography:`),
 * the `Abstract:` lead-in, and well-known unnumbered section names. Shared by the text and
 * Markdown parsers; the text parser adds the layout signals (line width, neighbours).
 */

/** A heading line split into its section number and its title. */
export interface NumberedHeading {
  /** As written, without the trailing dot: `2`, `2.1`, `IV`. */
  number: string;
  /** The number's parts as integers (`2.1` -> [2, 1]; `IV` -> [4]). */
  parts: number[];
  title: string;
  /** Where the title starts in the line. */
  titleOffset: number;
  /** The number was followed by a dot (`2.`), the common style for top-level sections. */
  dotted: boolean;
}

/**
 * `2.1 Lists`, `§2 Lists` as the Royal Society's journals print a section's number, `2.1 | Method`
 * as Wiley's journals have since 2018 (a bar between number and title), and `(2) Methods` as
 * Ubiquity Press's data papers do (a top-level number in parentheses, a capital after).
 */
export const ARABIC_HEADING =
  /^(?:§\s?)?(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)[ ]+(?:\|[ ]+(?=\p{Lu}))?(?=\S)|^\((\d{1,2})\)[ ]+(?=\p{Lu})/u;
/** `IV. RESULTS`, and Roman subsections some authors print (`V.I Results`, `V.I.II Model`). */
export const ROMAN_HEADING = /^([IVXLC]{1,6}(?:\.[IVX]{1,4}){0,3})\.?[ ]+(?=\S)/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral (`IV` -> 4), or null when it is not a well-formed one. */
export function romanToInt(roman: string): number | null {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman.charAt(i)];
    const next = ROMAN_VALUES[roman.charAt(i + 1)] ?? 0;
    if (value === undefined) return null;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 100 ? total : null;
}

/** Splits `2.1 Lists` / `IV. CONCLUSIONS` into number and title; null when the line has no number. */
export function splitSectionNumber(line: string): NumberedHeading | null {
  // Every number opens with a digit, `§`, `(` or a Roman numeral's letter (`I`, `V`, `X`, `L`,
  // `C`): the lines (every short one is asked) opening with anything else are told without the
  // two regexes.
  const first = line.charCodeAt(0);
  if (
    !(first >= 0x30 && first <= 0x39) &&
    first !== 0xa7 &&
    first !== 0x28 &&
    first !== 0x49 &&
    first !== 0x56 &&
    first !== 0x58 &&
    first !== 0x4c &&
    first !== 0x43
  )
    return null;
  const arabic = ARABIC_HEADING.exec(line);
  if (arabic) {
    const number = arabic[1] ?? arabic[3] ?? '';
    return {
      number,
      parts: number.split('.').map(Number),
      title: line.slice(arabic[0].length),
      titleOffset: arabic[0].length,
      dotted: arabic[2] === '.' || number.includes('.'),
    };
  }
  const roman = ROMAN_HEADING.exec(line);
  // Most lines have no number at all: no parts are made for them (this runs on every short line).
  if (!roman) return null;
  const number = roman[1] ?? '';
  const parts = number.split('.').map(romanToInt);
  // A top-level Roman number needs its dot (`IV. RESULTS`); a lone `I` is a word.
  if (parts.some((v) => v === null) || (parts.length === 1 && !roman[0].includes('.'))) return null;
  return {
    number,
    parts: parts as number[],
    title: line.slice(roman[0].length),
    titleOffset: roman[0].length,
    dotted: true,
  };
}

/** Is `heading` the first subsection of the numbered heading on `line` (`2. Methods`, `2.1 …`)? */
export function opensSubsection(line: string, heading: NumberedHeading): boolean {
  const parent = splitSectionNumber(line);
  if (parent === null || heading.parts.length !== parent.parts.length + 1) return false;
  return heading.parts.at(-1) === 1 && parent.parts.every((part, i) => heading.parts[i] === part);
}

/** Does `line` open the first subsection of the numbered heading on `prev` (`2. Methods`, `2.1 …`)? */
export function opensSubsectionOf(prev: string, line: string): boolean {
  const heading = splitSectionNumber(line);
  return heading !== null && opensSubsection(prev, heading);
}

/** Does `next` carry the number after `line`'s at the same level (`2.1 …` then `2.2 …`)? */
export function numbersNext(line: string, next: string): boolean {
  const a = splitSectionNumber(line);
  const b = a && splitSectionNumber(next);
  if (!a || !b || a.parts.length !== b.parts.length) return false;
  const last = a.parts.length - 1;
  return a.parts.every((part, i) => (i === last ? b.parts[i] === part + 1 : b.parts[i] === part));
}

/** `A. Proofs`, `B.2 Data`, `C.1. Time format`: an appendix numbered with a capital letter. */
const LETTERED_HEADING = /^([A-Z])((?:\.\d{1,2}){0,3})(\.?)[ ]+(?=\S)/;

/**
 * Splits an appendix heading numbered with a letter (`A. Proofs`, `B.2 Data`) into number and
 * title; the letter counts as its place in the alphabet (`B.2` -> [2, 2]). A lone letter needs
 * its dot (`A Survey` is a word), unless `loneLetter` (past the references or an appendix's
 * heading, where ACL's and NeurIPS's templates print `A Bootstrap analysis`, `B Human evaluation
 * details`). Null when the line has no such number.
 */
export function splitLetteredNumber(line: string, loneLetter = false): NumberedHeading | null {
  const match = LETTERED_HEADING.exec(line);
  if (!match) return null;
  const letter = match[1] ?? 'A';
  const subsections = match[2] ?? '';
  if (subsections === '' && match[3] !== '.' && !loneLetter) return null;
  return {
    number: letter + subsections,
    parts: [letter.charCodeAt(0) - 64, ...subsections.split('.').slice(1).map(Number)],
    title: line.slice(match[0].length),
    titleOffset: match[0].length,
    dotted: true,
  };
}

/** A line that is nothing but a section number (`I.`, `2.1`, `3.`), left over from a PDF layout. */
export function matchBareSectionNumber(line: string): { number: string; parts: number[] } | null {
  const arabic = /^(\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?=\.))\.?$/.exec(line);
  if (arabic) {
    const number = arabic[1] ?? '';
    return { number, parts: number.split('.').map(Number) };
  }
  const roman = /^([IVXLC]{1,6})\.$/.exec(line);
  const value = roman ? romanToInt(roman[1] ?? '') : null;
  return roman && value !== null ? { number: roman[1] ?? '', parts: [value] } : null;
}

/**
 * The reference list's titles, in the languages papers are written in. German joins two lists in
 * one title (`Literatur- und Quellenverzeichnis`, `Quellen- und Literaturverzeichnis`,
 * `Literatur- und Packageverzeichnis`): one of its halves names the literature or the sources.
 */
const BIBLIOGRAPHY_TITLE =
  /^(?:references?|bibliography|works cited|works consulted|selecte?d? bibliography|literature cited|cited literature|literature|reference list|references and (?:notes|links)|notes and references|references cited|cited references|literaturverzeichnis|literatur|literaturliste|(?:verwendete|zitierte) literatur|quellenverzeichnis|(?:literatur|quellen)-?\s?und\s[a-zäöüß]*verzeichnis|[a-zäöüß]+-?\s?und\s(?:literatur|quellen)verzeichnis|bibliographie|r[ée]f[ée]rences(?: bibliographiques)?|refer[eê]ncias(?: bibliogr[áa]ficas)?|referencias bibliogr[áa]ficas|bibliograf[íi]a|obras citadas|literatura|literatuur|kaynak(?:lar|ça)|riferimenti bibliografici|βιβλιογραφ[ίι]α|βιβλιογραφικ[έε]ς αναφορ[έε]ς|αναφορ[έε]ς|список (?:литературы|использованн(?:ых|ой) (?:источников|литературы))|литература|библиографи(?:я|ческий список)|(?:参考|引用)文献(?:\s*[（(]\s*references\s*[)）])?|참고\s?문헌)\s*[:：]?$/i;

/** A title set letter by letter (`r e f e r e n c e s`, Elsevier's spaced small capitals). */
const LETTER_SPACED = /^(?:\S ){3,}\S$/u;

/** A line set letter by letter read as its word (`R E V I E W` → `REVIEW`); others as they are. */
export const withoutLetterSpacing = (line: string): string =>
  LETTER_SPACED.test(line) ? line.replaceAll(' ', '') : line;

/**
 * A word in small capitals whose full-size initial a text export set apart (`R EFERENCES`, IEEE
 * headings through pdftotext): the initial's space, to be dropped.
 */
const SPLIT_INITIAL = /^(\p{Lu}) (?=\p{Lu}{3,}\s*:?$)/u;

/**
 * Is this title the reference list's (`References`, `BIBLIOGRAPHY`, `Works Cited:`, `References
 * and links`, `Literatur`, `Références`, `r e f e r e n c e s`, `R EFERENCES`)?
 */
export function isBibliographyTitle(title: string): boolean {
  const trimmed = title.trim();
  // Most lines asked about (every short line of a paper) open with no letter a title can open
  // with: told without a copy. The steps below keep the first character as it is.
  if (!BIBLIOGRAPHY_FIRST.has(trimmed.charAt(0))) return false;
  return BIBLIOGRAPHY_TITLE.test(withoutLetterSpacing(trimmed.replace(SPLIT_INITIAL, '$1')));
}

/**
 * The characters {@link BIBLIOGRAPHY_TITLE} can open with (Greek's `Βιβλιογραφία`, `ΑΝΑΦΟΡΕΣ`
 * too) and end with (before its optional colon): checked before the expression runs.
 */
const BIBLIOGRAPHY_FIRST = new Set('rbwlcnqvzoksRBWLCNQVZOKSβΒαΑсСлЛбБ参引참');
const BIBLIOGRAPHY_LAST = new Set('esydtraiESYDTRAIrRçÇαΑςΣыЫвВаАяЯкК献)）:：헌');

/** A square or bullet set before a section title: ACS journals print `■ REFERENCES`. */
const TITLE_ORNAMENT = /^[■□▪▫●◆◼]\s*/u;

/** A whole line that heads the reference list, numbered or not; its number and title, or null. */
export function matchBibliographyHeading(
  line: string,
): { number: string | null; title: string } | null {
  // A title ends as one of the list's titles does (the ornament and the number are at its start):
  // most lines are told by their last character.
  const end = line.trimEnd();
  if (!BIBLIOGRAPHY_LAST.has(end.charAt(end.length - 1))) return null;
  // Most lines open with no ornament: no copy of them is made.
  if (line.charCodeAt(0) > 0x2000) line = line.replace(TITLE_ORNAMENT, '');
  const numbered = splitSectionNumber(line);
  const title = (numbered ? numbered.title : line).trim();
  if (!isBibliographyTitle(title)) return null;
  return { number: numbered ? numbered.number : null, title: title.replace(/\s*:$/, '') };
}

const ABSTRACT_LEAD_IN =
  /^(?:\*\*|__)?abstract(?:\*\*|__)?\s*(?:[:：.—–]|-(?=\s))?\s*(?:\*\*|__)?\s*/i;

/**
 * Splits an `Abstract:` lead-in off a line: the text after it (possibly empty), or null when the
 * line does not open with the word Abstract followed by punctuation, the end, or a capital.
 */
export function splitAbstractLeadIn(line: string): string | null {
  const match = ABSTRACT_LEAD_IN.exec(line);
  if (!match) return null;
  const rest = line.slice(match[0].length);
  const punctuated = /[:：.—–-]/.test(match[0]);
  if (rest === '' || punctuated || /^[\p{Lu}"“]/u.test(rest)) return rest;
  return null;
}

/** Is this title the abstract's? */
export function isAbstractTitle(title: string): boolean {
  return /^abstract\s*:?$/i.test(title.trim());
}

const KNOWN_SECTION_TITLE =
  /^(?:categories and subject descriptors|general terms|ccs concepts|index terms|introduction|background|related work|methods?|methodology|materials and methods|results(?: and discussion)?|discussion|conclusions?(?: and future work)?|concluding remarks|summary|acknowledge?ments?|appendix(?: [a-z0-9]+)?|keywords|notes|funding|data availability|conflicts? of interest|supplementary (?:information|materials?|data))\s*:?$/i;

/**
 * An appendix's heading with its title (Springer Nature's `Appendix A Supporting methods`,
 * Elsevier's `Appendix A. Supplementary data`, `Appendix 2 – Researcher Form`, `APPENDIX C:
 * DERIVATION`): the word, a letter, number or Roman numeral, then a capitalised title with no
 * stop in it (`Appendix A shows that …` is a sentence), and no caption's (`Appendix B Table 3
 * Summary statistics`: a table of the appendix, printed with its name).
 */
const APPENDIX_WITH_TITLE =
  /^(?:Appendix|APPENDIX)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,5})(?:\s*[.:]|\s+[–—-])?\s+(?!(?:Table|TABLE|Figure|FIGURE|Fig|FIG|Tab|TAB|Exhibit|EXHIBIT|Chart|CHART)\b)\p{Lu}[^.!?]*$/u;
/** Most words in an appendix's title (see `APPENDIX_WITH_TITLE`). */
const MAX_APPENDIX_TITLE_WORDS = 14;

/** A well-known section name that heads a section even without a number (`Acknowledgements`). */
export function isKnownSectionTitle(title: string): boolean {
  const text = title.trim();
  return (
    KNOWN_SECTION_TITLE.test(text) ||
    (APPENDIX_WITH_TITLE.test(text) && text.split(/\s+/).length <= MAX_APPENDIX_TITLE_WORDS)
  );
}

/**
 * Sections that may follow the reference list and end it (`Appendix A`, `Acknowledgements`), the
 * authors' addresses journals print after it (`Affiliation:`, JSS; `Author information`), and the
 * peer review open journals print after it (F1000Research's `Open Peer Review`, `Referee Report`).
 */
export function endsBibliography(line: string): boolean {
  const title = splitSectionNumber(line)?.title ?? line;
  return (
    /^(?:appendix|appendices|acknowledge?ments?|supplementary|notes|about the authors?|affiliations?\s*:?$|author(?:s['’]|['’]s)? (?:information|affiliations?|addresses|biograph(?:y|ies))\b|biograph(?:y|ies)\s*:?$|open peer review$|referee reports?\b)/i.test(
      title.trim(),
    ) && title.length < 60
  );
}

/** A section number, lettered (`A.`, `B.2`), Arabic or Roman, then a capitalised title. */
const SECTION_LEAD = /^(?:[A-H]|\d{1,2}|[IVX]{1,5})(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
/** Most words in a heading that ends a reference list. */
const MAX_HEADING_WORDS = 12;

/**
 * Does a line standing alone after a reference list read as the next section's heading
 * (`A. Partitioned vs. unpartitioned algorithms`, `5 Discussion`)? Publishers put appendices
 * and more sections after the references; an entry's line has a year, a comma or a final period
 * that a heading lacks. The caller checks that the line stands alone between blank lines.
 */
export function isHeadingAfterList(line: string): boolean {
  const text = line.trim();
  return (
    SECTION_LEAD.test(text) &&
    !/[,;]|\.$|\b(?:1[5-9]|20)\d\d\b/.test(text) &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS
  );
}

/** Is a section number written in Roman numerals (`IV`, `V.I`)? */
const isRoman = (number: string) => /^[IVXLC]/.test(number);

/**
 * Follows the section numbers seen so far, so that only the next number in sequence is a heading.
 * A paper numbers its sections in one style: once they are Roman (`III.`), an Arabic `4 …` is a
 * row of a table or list, not a section.
 */
/**
 * Could a paper's numbering open with `parts`: a section up to {@link MAX_FIRST_SECTION} (or up
 * to `most`), or its first subsection (`2.1`)?
 */
const opensNumbering = (parts: readonly number[], most = MAX_FIRST_SECTION): boolean =>
  (parts[0] ?? 0) <= most && parts.every((part, i) => i === 0 || part === 1);

export class HeadingSequence {
  private last: number[] | null = null;
  private romanSections: boolean | null = null;

  /**
   * Would a heading numbered `parts` (written `number`) come next: `2` after `1.3`, `2.1` after
   * `2`, or `4.1` after `3.2` (the first subsection of a section whose own heading is missing)?
   */
  fits(parts: readonly number[], slack = 0, number = '', dotted = false): boolean {
    const last = this.last;
    if (parts.length === 1 && this.romanSections !== null && number !== '')
      if (isRoman(number) !== this.romanSections && !(dotted && this.readOne(parts, number))) {
        // An Arabic `1.` after the first section `I.`: the paper writes its 1 as `1`.
        if (this.lastTop === 'I' && parts[0] === 1 && !isRoman(number)) this.arabicOneSeen = true;
        return false;
      }
    if (last === null) return (parts[0] ?? 0) <= MAX_FIRST_SECTION;
    // One heading seen, a subsection's not a paper's numbering opens with (`3.3 UMLa sequence
    // diagram…`, a list of figures' entry left in the text): the paper's own first heading starts
    // afresh. A first section (`4 Results`, a chapter read alone) is the paper's own.
    if (
      this.accepted === 1 &&
      last.length > 1 &&
      !opensNumbering(last, 1) &&
      opensNumbering(parts, 1)
    )
      return true;
    if (parts.length === 2 && parts[0] === (last[0] ?? 0) + 1 && parts[1] === 1) return true;
    if (parts.length === 0 || parts.length > last.length + 1) return false;
    for (let i = 0; i < parts.length - 1; i++) if (parts[i] !== last[i]) return false;
    const expected = (last[parts.length - 1] ?? 0) + 1;
    const got = parts[parts.length - 1] ?? 0;
    return got >= expected && got <= expected + slack;
  }

  /** Has a numbered heading been seen yet? */
  get started(): boolean {
    return this.last !== null;
  }

  /** The latest top-level section's Roman number as written (`III`), when sections are Roman. */
  get romanSection(): string | null {
    return this.romanSections === true && this.lastTop !== '' ? this.lastTop : null;
  }

  private lastTop = '';

  /** Headings accepted so far. */
  private accepted = 0;

  /** Was an Arabic `1.` turned down after the first section `I.` (so that `I` is no OCR's `1`)? */
  private arabicOneSeen = false;

  /**
   * Does a line of the text open with `II.`? Then the paper's sections are Roman and a `2.` after
   * its `I.` is an item of a list, not OCR's reading of the Arabic numbering.
   */
  romanTwoAhead = false;

  /**
   * Is `2.` (`parts`, written `number`) the next section after a first section `I.` that OCR read
   * for `1.` (it confuses 1, I and l: a scanned paper's `I. Introduction`, `2. Consensus …`)?
   * Not when the paper writes a `II.` or an Arabic `1.` of its own (a list's `1.`, `2.` in a Roman
   * paper's first section).
   */
  private readOne(parts: readonly number[], number: string): boolean {
    return (
      this.accepted === 1 &&
      !this.arabicOneSeen &&
      !this.romanTwoAhead &&
      this.romanSections === true &&
      this.lastTop === 'I' &&
      !isRoman(number) &&
      parts.length === 1 &&
      parts[0] === 2
    );
  }

  /** Records a heading numbered `parts` (written `number`) as the latest one. */
  accept(parts: readonly number[], number = ''): void {
    // Sections are Arabic after all: the first one's `I.` was OCR's `1.`.
    if (this.readOne(parts, number)) this.romanSections = false;
    this.accepted++;
    this.last = [...parts];
    if (parts.length === 1 && number !== '') {
      this.romanSections ??= isRoman(number);
      this.lastTop = number;
    }
  }
}

/**
 * Follows appendices lettered after the body's sections: the first is `A` (or `A.1`, under a
 * missing `A`), then each comes next in sequence as numbered sections do.
 */
export class AppendixSequence {
  private readonly sequence = new HeadingSequence();
  private started = false;

  /** Would an appendix heading numbered `parts` (`A.1` -> [1, 1]) come next? */
  fits(parts: readonly number[]): boolean {
    if (this.started) return this.sequence.fits(parts);
    return parts[0] === 1 && (parts.length === 1 || (parts.length === 2 && parts[1] === 1));
  }

  accept(parts: readonly number[]): void {
    this.started = true;
    this.sequence.accept(parts);
  }
}

/** A page range can start mid-paper, but not at section 30. */
const MAX_FIRST_SECTION = 20;
