/**
 * What the Annotations tab shows above the cards from the first highlight on: the colour legend
 * and the filters. Not on the first screen (a paper opens with none shown), so it loads beside it
 * (Sidebar.tsx preloads it) and is drawn at once when the first highlight comes.
 */
import type { Paper } from '../../paper/types';
import { AnnotationFilters } from './AnnotationFilters';
import { ColourLegend } from './ColourLegend';

export function SidebarTools({ paper }: { paper: Paper }) {
  return (
    <>
      <ColourLegend />
      <AnnotationFilters paper={paper} />
    </>
  );
}
