/**
 * The tags a reader typed (one, or several with commas), added to `tags`: trimmed, inner spaces
 * made one, and those already there (in any case) or typed twice skipped. `fresh` are the new ones.
 */
export function tagsTyped(
  tags: readonly string[],
  typed: string,
): { next: readonly string[]; fresh: string[] } {
  const fresh: string[] = [];
  for (const raw of typed.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const known = [...tags, ...fresh].some((t) => t.toLowerCase() === tag.toLowerCase());
    if (tag && !known) fresh.push(tag);
  }
  return { next: [...tags, ...fresh], fresh };
}
