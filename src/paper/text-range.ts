/**
 * Small helpers over `[start, end)` ranges of a paper's canonical text.
 */

/** Narrows `[start, end)` so it neither starts nor ends with white space; null if nothing is left. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
