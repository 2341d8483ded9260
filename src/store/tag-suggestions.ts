/**
 * Tag suggestions: every tag used on any annotation, once ignoring case, spelled as first used.
 */
import { changedKeysOf, entryOf, forEachEntry } from '../annotations/shared-record';
import type { Annotation } from '../annotations/types';
import type { AppState } from './app-store';

/**
 * Every tag used on any annotation (any paper), once ignoring case, sorted: tag suggestions.
 * Gathered again only when some annotation's tags changed (an edited note keeps its tags array),
 * so typing a note does not walk every tag of every annotation.
 */
export const selectTagSuggestions: (s: AppState) => string[] = (() => {
  const NONE: readonly string[] = [];
  const tagsOf = (a: Annotation | undefined) => (a && a.tags.length > 0 ? a.tags : NONE);
  let seen: AppState['annotations'] | null = null;
  let last: string[] = [];
  return (s: AppState) => {
    const previous = seen;
    const annotations = (seen = s.annotations);
    if (
      previous &&
      changedKeysOf(previous, annotations).every(
        (id) => tagsOf(entryOf(previous, id)) === tagsOf(entryOf(annotations, id)),
      )
    )
      return last;
    // A tag is spelled as on the earliest annotation that has it.
    const byKey = new Map<string, { tag: string; created: number }>();
    forEachEntry(annotations, (_id, a) => {
      for (const tag of a.tags) {
        const had = byKey.get(tag.toLowerCase());
        if (!had || a.created < had.created)
          byKey.set(tag.toLowerCase(), { tag, created: a.created });
      }
    });
    return (last = [...byKey.values()].map((t) => t.tag).sort((x, y) => x.localeCompare(y)));
  };
})();
