/**
 * Changing a highlight's colour (its meaning): a group of radio buttons, each a colour with its
 * glyph and label, so arrow keys move between them as in any radio group.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import { COLOUR_IDS, type ColourId } from '../../annotations/colours';
import type { AnnotationId } from '../../annotations/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { ColourBadge } from './ColourBadge';
import { isolate } from '../../paper/isolate';
import { batchUpdates } from '../../store/batch';

interface Props {
  annotationId: AnnotationId;
  colour: ColourId;
}

export function ColourPicker({ annotationId, colour }: Props) {
  const store = useAppStoreApi();
  const labels = useAppStore((s) => s.colourLabels);
  const name = useId();
  // The group's name is put on the elements, not given to React as a prop: after every change of
  // a radio with a `name` prop, React looks for the rest of its group in the whole document
  // (`querySelectorAll('input[name=…]')` from the root, restoreStateOfTarget in react-dom), a pass
  // over the 35,000 elements of a long paper (issue 9). The browser groups them all the same.
  // Put back after every render and after each change: React clears the name of each radio it
  // updates (updateInput takes it off while it sets `type` and `checked`, and a radio with no
  // `name` prop is left with none), once in the render and once more for the clicked radio after
  // its change event (restoreStateOfTarget), which left the group split after a change of colour.
  const group = useRef<HTMLFieldSetElement>(null);
  const regroup = () => {
    for (const input of group.current?.querySelectorAll('input') ?? [])
      if (input.name !== name) input.name = name;
  };
  useLayoutEffect(regroup);
  // The recolour and its announcement reach the views as one change (store/batch.ts).
  const change = (next: ColourId) => {
    batchUpdates(store, () => {
      const s = store.getState();
      s.annotationEdited(annotationId, { colour: next });
      s.announced(`Marked as ${isolate(labels[next])}.`);
    });
    queueMicrotask(regroup);
  };
  return (
    <fieldset ref={group} className="colour-picker">
      <legend className="colour-picker__legend">Colour</legend>
      {COLOUR_IDS.map((id) => (
        <label key={id} className="colour-picker__option">
          <input type="radio" value={id} checked={id === colour} onChange={() => change(id)} />
          <ColourBadge colour={id} label={labels[id]} />
        </label>
      ))}
    </fieldset>
  );
}
