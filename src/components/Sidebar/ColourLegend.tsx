/**
 * The colour legend: each colour with its glyph, its label and how many highlights use it. A
 * colour is also a filter toggle, and its label (the colour's meaning) can be renamed in place.
 */
import { memo, useId, useState } from 'react';
import { COLOUR_IDS, type ColourId } from '../../annotations/colours';
import { useAppStore, useAppStoreApi } from '../store-context';
import { selectAnchoredCounts } from '../../store/selectors';
import { ColourBadge } from './ColourBadge';
import { isolate } from '../../paper/isolate';
import { lazyPart } from '../shared/lazy-part';

/** The rename box loads on first use (not on the first screen; scripts/check-bundle.mjs). */
const LabelEditor = lazyPart(() => import('./ColourLabelEditor'), 'default', {
  what: 'The rename box',
});

export function ColourLegend() {
  const labels = useAppStore((s) => s.colourLabels);
  const counts = useAppStore(selectAnchoredCounts);
  const selected = useAppStore((s) => s.annotationFilter.colours);
  const headingId = useId();
  return (
    <section className="legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar__heading">
        Colours
      </h2>
      <ul className="legend__list">
        {COLOUR_IDS.map((colour) => (
          <LegendRow
            key={colour}
            colour={colour}
            label={labels[colour]}
            count={counts.byColour[colour]}
            pressed={selected.includes(colour)}
          />
        ))}
      </ul>
    </section>
  );
}

interface RowProps {
  colour: ColourId;
  label: string;
  count: number;
  pressed: boolean;
}

/**
 * One colour's row. Memoised (its props are plain values): adding, recolouring or deleting a
 * highlight changes one or two colours' counts, and only those rows render again (issue 9).
 */
const LegendRow = memo(function LegendRow({ colour, label, count, pressed }: RowProps) {
  const name = isolate(label);
  const store = useAppStoreApi();
  const [renaming, setRenaming] = useState(false);
  /** After renaming, focus goes back to the rename button (the text box is gone). */
  const [returnFocus, setReturnFocus] = useState(false);
  const done = () => {
    setRenaming(false);
    setReturnFocus(true);
  };
  const toggle = () => {
    const s = store.getState();
    const colours = s.annotationFilter.colours;
    s.annotationFilterChanged({
      colours: pressed ? colours.filter((c) => c !== colour) : [...colours, colour],
    });
    s.announced(pressed ? `Showing all colours again.` : `Showing ${name} highlights.`);
  };
  return (
    <li className="legend__row">
      {renaming ? (
        <LabelEditor colour={colour} label={label} onDone={done} onDismiss={done} />
      ) : (
        <>
          <button
            type="button"
            className="legend__toggle"
            aria-pressed={pressed}
            onClick={toggle}
            title={pressed ? `Stop filtering by ${name}` : `Show only ${name}`}
          >
            <ColourBadge colour={colour} label={label} />{' '}
            <span className="legend__count">({count})</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Rename ${name}`}
            title={`Rename ${name}`}
            autoFocus={returnFocus}
            onClick={() => setRenaming(true)}
          >
            <span aria-hidden="true">✎</span>
          </button>
        </>
      )}
    </li>
  );
});
