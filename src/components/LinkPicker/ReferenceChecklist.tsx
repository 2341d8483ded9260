/**
 * The picker's list of references as checkboxes: label, the entry as printed, and "cited here"
 * on the ones the highlight's sentence cites.
 */
import { citedLabel } from '../../paper/reference-names';
import type { ReferenceOption } from './reference-options';

interface Props {
  options: readonly ReferenceOption[];
  ticked: readonly string[];
  onToggle: (label: string) => void;
}

export function ReferenceChecklist({ options, ticked, onToggle }: Props) {
  if (options.length === 0) return null;
  return (
    <ul className="link-picker__list" aria-label="References">
      {options.map(({ ref, suggested, text }) => (
        <li
          key={ref.id}
          className={`link-picker__item${suggested ? ' link-picker__item--cited' : ''}`}
        >
          <label className="link-picker__option">
            <input
              type="checkbox"
              value={ref.label}
              checked={ticked.includes(ref.label)}
              onChange={() => onToggle(ref.label)}
            />
            <span className="link-picker__label">{citedLabel(ref.label)}</span>
            <span className="link-picker__text">{text}</span>
            {suggested ? <span className="badge">cited here</span> : null}
          </label>
        </li>
      ))}
    </ul>
  );
}
