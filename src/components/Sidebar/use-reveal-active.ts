/**
 * When an annotation becomes active (its highlight was clicked in the paper, it was just created,
 * or the toolbar asked to open its card), the sidebar shows it: it switches to the tab that lists
 * it and, if the filters hide it, clears them (once, when it becomes active, so a filter chosen
 * afterwards is respected).
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store-context';
import {
  selectAnchoredAnnotations,
  selectPaperOrphans,
  selectVisibleAnnotations,
} from '../../store/selectors';
import type { AppState } from '../../store/app-store';
import type { SidebarTab } from './SidebarTabs';

type Whereabouts = 'orphans' | 'visible' | 'hidden' | null;

const whereIs = (s: AppState, id: string | null): Whereabouts => {
  if (id === null) return null;
  if (selectPaperOrphans(s).some((a) => a.id === id)) return 'orphans';
  if (!selectAnchoredAnnotations(s).some((a) => a.id === id)) return null;
  return selectVisibleAnnotations(s).some((a) => a.id === id) ? 'visible' : 'hidden';
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
