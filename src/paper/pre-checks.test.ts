import { describe, expect, it } from 'vitest';
import { CAPTION, CJK_CAPTION, opensCaptionWord } from './aside-blocks';
import { ARABIC_HEADING, ROMAN_HEADING, romanToInt, splitSectionNumber } from './headings';
import { MARKERS, matchEntryMarker } from './reference-entries';
import { LIST_ITEM, opensListItem } from './text-blocks';
import { GLUED_NOTE_START, isNoteMark } from './text-segments';

/**
 * Hot line tests ask a line's first code unit before running their regexes (most lines open with
 * a word). The first units are copied from the regexes by hand, so each pre-check (in the function
 * that runs it) is held to its regexes here: every line of the examples, its first code unit swapped for each code unit of the
 * Basic Multilingual Plane, that the regexes match must pass the pre-check. A character a regex
 * gains at its start (a new bullet, a new caption word) fails this until its pre-check has it too.
 */
interface PreCheck {
  name: string;
  /** What the regexes alone say of the line. */
  regexes: (line: string) => boolean;
  /** What the pre-check says of it (true: the regexes are asked). */
  admits: (line: string) => boolean;
  /** Lines the regexes match, one at least for each way they may open. */
  examples: string[];
}

const first = (check: (unit: number) => boolean) => (line: string) => check(line.charCodeAt(0));

/** A Roman section number as `splitSectionNumber` takes one: well formed, a dot after it alone. */
function romanHeading(line: string): boolean {
  const roman = ROMAN_HEADING.exec(line);
  if (roman === null) return false;
  const parts = (roman[1] ?? '').split('.').map(romanToInt);
  return parts.every((v) => v !== null) && (parts.length > 1 || roman[0].includes('.'));
}

const PRE_CHECKS: PreCheck[] = [
  {
    name: 'a list item (text-blocks opensListItem)',
    regexes: (line) => LIST_ITEM.test(line),
    admits: opensListItem,
    examples: ['1. Item', '12) Item', '- item', '• item', '* item', '– item'],
  },
  {
    name: 'a caption (aside-blocks opensCaptionWord)',
    regexes: (line) => CAPTION.test(line) || CJK_CAPTION.test(line),
    admits: first(opensCaptionWord),
    examples: [
      'Figure 3: A plot',
      'Fig. 2. A plot',
      'FIG. 1. A plot',
      'FIGURE 2. A plot',
      'Table 4 – Results',
      'TABLE IV. Results',
      'Listing 1: Code',
      'Scheme 2. Synthesis',
      'Chart 1: Sales',
      'Figure 3 | A plot',
      'Extended Data Figure 3 | A plot',
      'Supplementary Table 2. Data',
      '图 3 结构示意图',
      '圖 3 結構圖',
      '図 2：構成',
      '表1 试验结果',
      '그림 1. 구조',
      '표 1. 결과',
    ],
  },
  {
    name: 'a glued note (text-segments isNoteMark)',
    regexes: (line) => GLUED_NOTE_START.test(line),
    admits: first(isNoteMark),
    examples: [
      '*Work done at X',
      '∗Corresponding author',
      '†Also at Y',
      '‡Equal contribution',
      '§Now at Z',
      '¶Present address',
      '¹Department of X',
      '²https://example.org',
      '¹²Institute of Y',
      '⁰Zero',
    ],
  },
  {
    name: 'a reference entry marker (reference-entries matchEntryMarker)',
    regexes: (line) => MARKERS.some(([, pattern]) => pattern.test(line)),
    admits: (line) => matchEntryMarker(line) !== null,
    examples: [
      '[12] S. Drake, Title',
      '[ 12 ] S. Drake, Title',
      '12. Smith J, Title',
      '3) Smith J, Title',
      '(7) Johnson, A. L.',
      '(7) (a) Johnson, A. L.',
    ],
  },
  {
    name: 'a section number (headings splitSectionNumber)',
    regexes: (line) => ARABIC_HEADING.test(line) || romanHeading(line),
    admits: (line) => splitSectionNumber(line) !== null,
    examples: [
      '2.1 Lists',
      '12 Lists',
      '§2 Lists',
      '§ 2 Lists',
      '(2) Methods',
      'IV. RESULTS',
      'V.I Results',
      'XII. Conclusions',
      'L. Fifty',
      'XC. Ninety',
    ],
  },
];

/** Every code unit of the Basic Multilingual Plane but the surrogates. */
const UNITS = Array.from({ length: 0x10000 }, (_, u) => u).filter((u) => u < 0xd800 || u > 0xdfff);

describe('first-unit pre-checks', () => {
  for (const check of PRE_CHECKS) {
    it(`admit every line their regexes match: ${check.name}`, () => {
      for (const example of check.examples) expect(check.regexes(example), example).toBe(true);
      const missed = new Set<string>();
      for (const example of check.examples) {
        const tail = example.slice(1);
        for (const unit of UNITS) {
          const line = String.fromCharCode(unit) + tail;
          if (check.regexes(line) && !check.admits(line)) missed.add(line);
        }
      }
      expect([...missed]).toEqual([]);
      // Some 60,000 lines an example: a second or so each check, more on a busy machine.
    }, 30_000);
  }
});
