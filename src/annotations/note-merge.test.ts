import { mergeNoteText } from './note-merge';

describe('mergeNoteText', () => {
  it.each([
    // [what, base, local, remote, merged, conflict]
    [
      'keeps the local text when the other tab left the note as it was',
      'a b',
      'a b c',
      'a b',
      'a b c',
      false,
    ],
    [
      "takes the other tab's text when this tab left the note as it was",
      'a b',
      'a b',
      'a x b',
      'a x b',
      false,
    ],
    [
      'keeps edits at different places from both tabs',
      'one two three',
      'zero one two three',
      'one two three four',
      'zero one two three four',
      false,
    ],
    [
      'keeps both words typed at the end of the note by two tabs',
      'note:',
      'note: alpha',
      'note: beta',
      'note: alpha beta',
      false,
    ],
    [
      "keeps a word half typed in this tab beside the other tab's word",
      'x',
      'x alp',
      'x beta',
      'x alp beta',
      false,
    ],
    ['keeps one copy of the same change made in both tabs', 'a b', 'a c', 'a c', 'a c', false],
    [
      'keeps both rewrites of the same word and says they conflict',
      'the cat sat',
      'the dog sat',
      'the bird sat',
      'the bird dog sat',
      true,
    ],
    [
      'keeps the rewrite when the other tab deleted the same words',
      'the cat sat',
      'the sat',
      'the lion sat',
      'the lion sat',
      true,
    ],
    [
      'keeps line breaks and runs of spaces as typed',
      'a\n\nb',
      'a\n\nb  c',
      'z a\n\nb',
      'z a\n\nb  c',
      false,
    ],
    ['merges into an empty note from both tabs', '', 'mine', 'theirs', 'mine theirs', false],
    [
      'finishes the word this tab was typing before the word the other tab added',
      'x alp',
      'x alpha',
      'x alp beta',
      'x alpha beta',
      false,
    ],
    [
      'keeps once what both tabs typed alike after the same word',
      'first thoughts',
      'first thoughts. mine',
      'first thoughts. theirs',
      'first thoughts. mine theirs',
      false,
    ],
    [
      'keeps both words typed before the same word',
      'end',
      'one end',
      'two end',
      'one two end',
      false,
    ],
  ])('%s', (_what, base, local, remote, text, conflict) => {
    expect(mergeNoteText(base, local, remote)).toEqual({ text, conflict });
  });

  it('gives the same note in both tabs, whichever is local', () => {
    const base = 'Claim: X holds.';
    const a = 'Claim: X holds. Checked in [8].';
    const b = 'Claim: X mostly holds. See also [3].';
    expect(mergeNoteText(base, a, b).text).toBe(mergeNoteText(base, b, a).text);
  });

  it('loses no word of either side when both tabs type many words at once', () => {
    const base = 'start';
    const a = `${base} ${Array.from({ length: 10 }, (_, i) => `a${i}`).join(' ')}`;
    const b = `${base} ${Array.from({ length: 10 }, (_, i) => `b${i}`).join(' ')}`;
    const words = mergeNoteText(base, a, b).text.split(/\s+/);
    for (let i = 0; i < 10; i++) expect(words).toEqual(expect.arrayContaining([`a${i}`, `b${i}`]));
  });
});

describe('mergeNoteText on a long note', () => {
  const long = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ');

  it('merges typing at both ends of a 200,000-character note word by word', () => {
    const local = `${long} mine`;
    const remote = `theirs ${long}`;
    expect(mergeNoteText(long, local, remote)).toEqual({
      text: `theirs ${long} mine`,
      conflict: false,
    });
  });

  it('never splits a word shared at the edge of the changed stretch', () => {
    expect(mergeNoteText(`${long} the cat`, `${long} the cap`, `${long} the car`)).toEqual({
      text: `${long} the cap car`,
      conflict: true,
    });
  });

  it('keeps both versions, unmerged, of a stretch too long to diff that both tabs rewrote', () => {
    const words = (tag: string) => Array.from({ length: 1500 }, (_, i) => `${tag}${i}`).join(' ');
    const merged = mergeNoteText(
      `start ${words('o')} end`,
      `start ${words('a')} end`,
      `start ${words('b')} end`,
    );
    expect(merged).toEqual({ text: `start ${words('a')} ${words('b')} end`, conflict: true });
  });
});

describe('mergeNoteText before the word merge has loaded', () => {
  it('keeps both overlapping rewrites and says so (nothing lost), then merges word by word once loaded', async () => {
    vi.resetModules();
    const fresh = await import('./note-merge');
    const [base, local, remote] = ['the cat sat', 'the dog sat', 'the cow sat'];
    const before = fresh.mergeNoteText(base, local, remote);
    expect(before.conflict).toBe(true);
    expect(before.text).toContain('dog');
    expect(before.text).toContain('cow');
    await fresh.loadNoteMerge();
    expect(fresh.mergeNoteText(base, local, remote)).toEqual(mergeNoteText(base, local, remote));
  });
});
