/**
 * The colour cue a new imported layer gets: the one its sender gave it unless another layer on
 * this paper already shows that cue (two instructors who both kept blue, or gave none, would be
 * two layers alike in the sidebar), then the first of the palette no layer here uses. A layer
 * already here keeps the colour the reader left it (an update of its set does not repaint it).
 */
import { COLOUR_IDS, type ColourId } from '../colours';
import type { AnnotationSet, SetId } from '../types';
import type { PaperId } from '../../paper/types';

type Cue = ColourId | 'none';

/** The cues shown by the layers of this paper now: the reader's own and its imported ones. */
export function cuesInUse(
  sets: Readonly<Record<SetId, AnnotationSet>>,
  paperId: PaperId | undefined,
): Set<Cue> {
  const cues = new Set<Cue>();
  for (const set of Object.values(sets))
    if (set.origin !== 'imported' || set.paperId === undefined || set.paperId === paperId)
      cues.add(set.colour ?? 'none');
  return cues;
}

/** The colour for a layer coming in (`undefined`: none); adds the cue it takes to `inUse`. */
export function importedLayerColour(
  incoming: AnnotationSet,
  here: AnnotationSet | undefined,
  inUse: Set<Cue>,
): ColourId | undefined {
  if (here) return here.colour;
  const wanted: Cue = incoming.colour ?? 'none';
  const free = inUse.has(wanted) ? COLOUR_IDS.find((c) => !inUse.has(c)) : undefined;
  const colour = free ?? incoming.colour;
  inUse.add(colour ?? 'none');
  return colour;
}
