/**
 * A layer's colour cue as a class name (`layer-cue--blue`, or `--none`): classes, not inline
 * styles, so the strict CSP holds. The colours are sidebar.css's.
 */
import type { AnnotationSet } from '../../annotations/types';

/**
 * The class names of a layer's colour cue. An imported layer's cue has a dashed dark outline,
 * the reader's own a thin pale one: told apart by outline, not by colour (with no colour both
 * were the same pale dot).
 */
export const layerCueClass = (layer: AnnotationSet): string =>
  `layer-cue layer-cue--${layer.colour ?? 'none'}${layer.origin === 'imported' ? ' layer-cue--imported' : ''}`;
