/**
 * The one pluraliser: counts of things in sentences a reader sees ("1 annotation", "12,000
 * annotations"). It lives on the lowest floor because every floor above counts things: import
 * summaries, reports, store announcements, dialogs.
 */

/**
 * `n` followed by `noun`, in the plural unless `n` is 1, the number grouped by thousands:
 * `plural(1, 'annotation')` is `1 annotation`, `plural(12000, 'annotation')` is
 * `12,000 annotations`. Give `nouns` where adding "s" is wrong (`plural(2, 'copy', 'copies')`).
 */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  // Grouped by hand: the first use of Intl on a page loads the locale's data, some 10 ms of a
  // reload's first screen when the sidebar says "Loading 5,000 annotations…" (a count is whole).
  return `${String(n).replace(/\B(?=(\d{3})+$)/g, ',')} ${n === 1 ? noun : nouns}`;
}
