/**
 * Where the caret goes when the text under it changes from elsewhere (another tab's typing merged
 * into the note being edited): it stays beside the same characters of the reader's own text, so
 * the next keystroke lands where they were typing, not at the end of the note.
 */

/**
 * Maps an offset in `before` to `after`, which differs from it in one stretch (found as the
 * longest common start and end). Offsets before the stretch stay, offsets after it move with the
 * text, and an offset inside it goes to the stretch's end.
 */
export function keepCaret(before: string, after: string, offset: number): number {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < shortest - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  if (offset <= start) return offset;
  if (offset >= before.length - end) return offset + after.length - before.length;
  return after.length - end;
}
