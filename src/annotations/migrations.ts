/**
 * Migrations of the stored annotation shape, one function per step, each tested on its own. The
 * store's numbered steps (store/persisted-state.ts) call these for every stored annotation.
 *
 * v1 (the first version): all state in one localStorage key, each annotation as
 * ```
 * { id, paperId, color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple', note, tags,
 *   refs: string[] (reference labels), created, modified,
 *   target: { selector: [TextQuoteSelector, TextPositionSelector] } (W3C array form) }
 * ```
 * with no annotation sets and no editable colour labels.
 * v2: `Annotation` in ./types (colour ids of the current palette, `refLabels`, `setId`, the two
 * selectors under `target.position` / `target.quote`).
 */
import { DEFAULT_COLOUR, type ColourId } from './colours';
import { DEFAULT_SET_ID, asAnnotationId, type Annotation } from './types';
import { asPaperId } from '../paper/types';
import { isRecord, isStringList } from './json-guards';

/** v1 colour names and the v2 palette colour each became (v2 replaced pink by red). */
export const V1_COLOUR_NAMES: Record<string, ColourId> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  pink: 'red',
  purple: 'purple',
};

type Loose = Record<string, unknown>;

const isLoose: (v: unknown) => v is Loose = isRecord;

const strings = (v: unknown): string[] | null =>
  v === undefined ? [] : isStringList(v) ? v : null;

const findSelector = (selectors: unknown[], type: string): Loose | undefined =>
  selectors.find((s): s is Loose => isLoose(s) && s.type === type);

/**
 * Brings one v1 annotation to v2; `null` when it is too damaged to be an annotation (no id, no
 * paper, no quote). Unknown colour names fall back to the default colour.
 */
export function migrateAnnotationV1ToV2(raw: unknown): Annotation | null {
  if (!isLoose(raw) || typeof raw.id !== 'string' || typeof raw.paperId !== 'string') return null;
  const selectors =
    isLoose(raw.target) && Array.isArray(raw.target.selector) ? raw.target.selector : [];
  const quote = findSelector(selectors, 'TextQuoteSelector');
  const position = findSelector(selectors, 'TextPositionSelector');
  const tags = strings(raw.tags);
  const refLabels = strings(raw.refs);
  const created = typeof raw.created === 'number' ? raw.created : null;
  const modified = typeof raw.modified === 'number' ? raw.modified : created;
  if (
    !quote ||
    typeof quote.exact !== 'string' ||
    (position && !(Number.isInteger(position.start) && Number.isInteger(position.end))) ||
    !tags ||
    !refLabels ||
    created === null ||
    modified === null
  ) {
    return null;
  }
  return {
    id: asAnnotationId(raw.id),
    paperId: asPaperId(raw.paperId),
    setId: DEFAULT_SET_ID,
    colour: Object.hasOwn(V1_COLOUR_NAMES, String(raw.color))
      ? (V1_COLOUR_NAMES[String(raw.color)] as ColourId)
      : DEFAULT_COLOUR,
    note: typeof raw.note === 'string' ? raw.note : '',
    tags,
    refLabels,
    created,
    modified,
    target: {
      ...(position && {
        position: {
          type: 'TextPositionSelector',
          start: position.start as number,
          end: position.end as number,
        },
      }),
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
        suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
      },
    },
  };
}
