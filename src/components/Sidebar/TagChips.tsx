/**
 * A highlight's tags as read-only chips (`#method`), as closed cards and orphans show them; the
 * open card edits them with TagEditor instead.
 */

/** Renders nothing when there are no tags. */
export function TagChips({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="chip-row" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="chip">
          #<bdi>{tag}</bdi>
        </li>
      ))}
    </ul>
  );
}
