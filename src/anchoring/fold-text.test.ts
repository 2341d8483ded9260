import { describe, expect, it } from 'vitest';

import { foldText, TextFolder } from './fold-text';

describe('foldText', () => {
  it.each([
    {
      name: 'collapses a run of whitespace and line breaks into one space',
      text: 'a  \n\t b',
      folded: 'a b',
    },
    { name: 'joins a word hyphenated at a line end', text: 'exam-\nple', folded: 'example' },
    { name: 'joins a word hyphenated before a space', text: 'exam- ple', folded: 'example' },
    {
      name: 'drops the hyphen of a compound so wrapped and unwrapped compounds agree',
      text: 'state-of-the-\nart',
      folded: 'stateoftheart',
    },
    {
      name: 'keeps a hyphen that is not between letters',
      text: '1990-2000 and - so',
      folded: '1990-2000 and - so',
    },
    {
      name: 'drops soft hyphens and zero-width spaces',
      text: 'hy\u00adphen\u200bated',
      folded: 'hyphenated',
    },
    {
      name: 'expands ligatures and straightens quotes',
      text: '\ufb01nd \u201cit\u2019s\u201d',
      folded: 'find "it\'s"',
    },
    {
      name: 'treats no-break and other Unicode spaces as whitespace',
      text: 'a\u00a0\u2009b',
      folded: 'a b',
    },
    { name: 'joins a hyphenated non-ASCII word', text: 'Stra-\nße', folded: 'Straße' },
    {
      name: 'drops accents, composed or combining, so both spellings fold alike (Ł and ß have none)',
      text: 'Schölkopf Scho\u0308lkopf Gödel Łódź',
      folded: 'Scholkopf Scholkopf Godel Łodz',
    },
  ])('$name', ({ text, folded }) => {
    expect(foldText(text).text).toBe(folded);
  });

  it('maps every folded character back to the original character it came from', () => {
    const text = 'The \ufb01nal exam-\nple  ends.';
    const { text: folded, toOriginal } = foldText(text);
    expect(folded).toBe('The final example ends.');
    const origin = (f: number) => text.charAt(toOriginal[f] ?? -1);
    expect([...folded].map((_, f) => origin(f)).join('')).toBe('The \ufb01\ufb01nal example ends.');
    expect(toOriginal[folded.indexOf('ple')]).toBe(text.indexOf('ple'));
  });

  it('folds in steps exactly as in one go', () => {
    const text = 'A long-\nish text with  spaces, \ufb01 ligatures and hy-\nphens. '.repeat(50);
    const folder = new TextFolder(text);
    while (!folder.step(7));
    const stepped = folder.result();
    const whole = foldText(text);
    expect(stepped.text).toBe(whole.text);
    expect([...stepped.toOriginal]).toEqual([...whole.toOriginal]);
  });
});
