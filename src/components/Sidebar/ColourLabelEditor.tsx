/**
 * The colour legend's rename box (ColourLegend): an inline text box for a colour's label, loaded
 * on first use. Enter or leaving it saves, Escape cancels.
 */
import { useRef, useState } from 'react';
import type { ColourId } from '../../annotations/colours';
import { useAppStoreApi } from '../store-context';
import { ColourBadge } from './ColourBadge';
import { isolate } from '../../paper/isolate';

interface EditorProps {
  colour: ColourId;
  label: string;
  onDone: () => void;
}

export default function ColourLabelEditor({ colour, label, onDone }: EditorProps) {
  const name = isolate(label);
  const store = useAppStoreApi();
  const [value, setValue] = useState(label);
  /** Enter and Escape end editing; the blur that follows must not save again. */
  const finished = useRef(false);
  const finish = (keep: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (keep) save();
    onDone();
  };
  const save = () => {
    const s = store.getState();
    s.colourLabelRenamed(colour, value);
    const saved = store.getState().colourLabels[colour];
    if (saved !== label) s.announced(`Renamed ${name} to ${isolate(saved)}.`);
  };
  return (
    <span className="legend__rename">
      <ColourBadge colour={colour} />
      <input
        className="text-input"
        aria-label={`New name for ${name}`}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            finish(false);
          }
        }}
      />
    </span>
  );
}
