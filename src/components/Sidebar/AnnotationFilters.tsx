/**
 * The sidebar's filters besides colour (which lives in the legend): free text, "Not linked to a
 * source" (highlights of any colour with no linked source: the label says what it counts), tags and linked references, each with how
 * many highlights it matches, a summary of what is shown, and a button to clear them all.
 */
import { useId, useRef } from 'react';
import type { Paper } from '../../paper/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import {
  isFilterActive,
  selectAnchoredAnnotations,
  selectAnchoredCounts,
  selectUnlinkedClaimCount,
  selectVisibleAnnotations,
  type AnnotationFilter,
} from '../../store/selectors';
import { referenceChipName } from '../../paper/reference-names';

/** Adds `value` to a filter list, or removes it when present. */
const toggled = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export function AnnotationFilters({ paper }: { paper: Paper }) {
  const store = useAppStoreApi();
  const changeFilter = (patch: Partial<AnnotationFilter>) =>
    store.getState().annotationFilterChanged(patch);
  const filter = useAppStore((s) => s.annotationFilter);
  const counts = useAppStore(selectAnchoredCounts);
  const unlinked = useAppStore(selectUnlinkedClaimCount);
  const shown = useAppStore((s) => selectVisibleAnnotations(s).length);
  const total = useAppStore((s) => selectAnchoredAnnotations(s).length);
  const active = isFilterActive(filter);
  const headingId = useId();
  const tags = Object.entries(counts.byTag).sort(([a], [b]) => a.localeCompare(b));
  const refs = Object.entries(counts.byReference).sort(([a], [b]) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );

  const search = useRef<HTMLInputElement>(null);
  const clear = () => {
    const s = store.getState();
    s.annotationFilterCleared();
    // The count (a live region) says how many are shown now.
    s.announced('Filters cleared.');
    // The button goes away with the filters; focus moves to the search box rather than the page.
    search.current?.focus();
  };

  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar__heading">
        Filter
      </h2>
      <input
        ref={search}
        type="search"
        className="text-input filters__search"
        aria-label="Search quotes, notes and tags"
        placeholder="Search quotes, notes, tags"
        value={filter.text}
        onChange={(e) => changeFilter({ text: e.target.value })}
      />
      {/* At none it would filter to nothing: shown only while it is on, to be turned off. */}
      {unlinked || filter.unlinkedClaimsOnly ? (
        <div className="chip-row">
          <button
            type="button"
            className="chip chip--toggle"
            aria-pressed={filter.unlinkedClaimsOnly}
            title="Highlights of any colour with no linked source"
            onClick={() => {
              changeFilter({ unlinkedClaimsOnly: !filter.unlinkedClaimsOnly });
              // Turned off at none, it goes: focus to the search box rather than the page.
              if (!unlinked) search.current?.focus();
            }}
          >
            Not linked to a source ({unlinked})
          </button>
        </div>
      ) : null}
      {tags.length > 0 ? (
        <div className="chip-row" role="group" aria-label="Tags">
          {tags.map(([tag, n]) => (
            <button
              key={tag}
              type="button"
              className="chip chip--toggle"
              aria-pressed={filter.tags.some((t) => t.toLowerCase() === tag.toLowerCase())}
              onClick={() => changeFilter({ tags: toggled(filter.tags, tag) })}
            >
              #<bdi>{tag}</bdi> ({n})
            </button>
          ))}
        </div>
      ) : null}
      {refs.length > 0 ? (
        <div className="chip-row" role="group" aria-label="Linked sources">
          {refs.map(([label, n]) => (
            <button
              key={label}
              type="button"
              className="chip chip--toggle"
              aria-pressed={filter.refLabels.includes(label)}
              onClick={() => changeFilter({ refLabels: toggled(filter.refLabels, label) })}
            >
              <bdi>{referenceChipName(paper, label)}</bdi> ({n})
            </button>
          ))}
        </div>
      ) : null}
      <p className="filters__summary">
        {/* A polite live region, in the page from the start so only changes are read out: the
            count as the reader types a search or toggles a filter. */}
        <span role="status">
          {active
            ? `Showing ${shown} of ${total}`
            : total === 1
              ? '1 annotation'
              : `${total} annotations`}
        </span>
        {active ? (
          <button type="button" className="link-button" onClick={clear}>
            Clear filters
          </button>
        ) : null}
      </p>
    </section>
  );
}
