/**
 * How often each of a few words stands whole in a paper's lines, counted in one scan of the text
 * for all of them (lower case; letters only, which need no escaping in the pattern): the evidence
 * the rejoining of split words goes on (`ligature-spaces.ts`, `kerned-words.ts`). A word stands
 * whole where no letter (nor digit, with `digitsJoin`) touches it on either side.
 */
export function wholeWordCounts(
  lines: readonly string[],
  wanted: ReadonlySet<string>,
  digitsJoin = false,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted.size === 0) return counts;
  // Longest first, so that the alternation takes a whole word before a piece of it.
  const words = [...wanted].sort((a, b) => b.length - a.length);
  const edge = digitsJoin ? '[\\p{L}\\d]' : '\\p{L}';
  const pattern = new RegExp(`(?<!${edge})(?:${words.join('|')})(?!${edge})`, 'giu');
  for (const text of lines)
    for (const match of text.matchAll(pattern)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  return counts;
}
