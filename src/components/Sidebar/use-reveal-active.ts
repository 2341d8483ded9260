/**
 * When an annotation becomes active (its highlight was clicked in the paper, it was just created,
 * or the toolbar asked to open its card), the sidebar shows it: it switches to the tab that lists
 * it and, if the filters hide it, clears them (once, when it becomes active, so a filter chosen
 * afterwards is respected).
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store-context';
import {
  filterAnnotations,
  isFilterActive,
  isOrphan,
  selectCurrentAnchors,
} from '../../store/selectors';
import type { AnnotationId } from '../../annotations/types';
import type { AppState } from '../../store/app-store';
import type { SidebarTab } from './SidebarTabs';
import { entryOf } from '../../annotations/shared-record';

type Whereabouts = 'orphans' | 'visible' | 'hidden' | null;

/**
 * Which list holds annotation `id`, told from its own record (not by searching the lists: this
 * runs on every change to the store while a card is open, a keystroke in its note included).
 */
const whereIs = (s: AppState, id: string | null): Whereabouts => {
  if (id === null) return null;
  const a = entryOf(s.annotations, id as AnnotationId);
  if (!a || a.paperId !== s.currentPaperId || s.annotationSets[a.setId]?.hidden) return null;
  if (isOrphan(a, selectCurrentAnchors(s))) return 'orphans';
  const filter = s.annotationFilter;
  return !isFilterActive(filter) || filterAnnotations([a], filter).length > 0
    ? 'visible'
    : 'hidden';
};

export function useRevealActive(onTab: (tab: SidebarTab) => void): void {
  const store = useAppStoreApi();
  const target = useAppStore((s) => s.cardIntent?.annotationId ?? s.activeAnnotationId);
  const where = useAppStore((s) => whereIs(s, target));
  // Switch tabs while rendering (React's "adjust state on a change" pattern), once per target.
  const [revealed, setRevealed] = useState<string | null>(null);
  if (target !== revealed && (where !== null || target === null)) {
    setRevealed(target);
    if (where !== null) onTab(where === 'orphans' ? 'orphans' : 'annotations');
  }
  const clearedFor = useRef<string | null>(null);
  useEffect(() => {
    if (where === 'hidden' && clearedFor.current !== target) {
      const s = store.getState();
      s.annotationFilterCleared();
      s.announced('Filters cleared to show the selected highlight.');
    }
    clearedFor.current = target;
  }, [where, target, store]);
}
