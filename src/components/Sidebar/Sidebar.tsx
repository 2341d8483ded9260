/**
 * The annotations sidebar: a thin view over the store. Two tabs, the highlights in reading order
 * (with the colour legend, filters and counts) and the orphans; the cards edit annotations in
 * place, and every action is announced to screen readers through the store's live message.
 * Ctrl/Cmd+Z is handled page-wide (app/use-undo-shortcuts.ts); the Undo bar is the visible path.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStore } from '../store-context';
import { selectAnchoredAnnotations, selectPaperOrphans } from '../../store/selectors';
import { lazyPart } from '../shared/lazy-part';
import { AnnotationList } from './AnnotationList';
import { LayersSection } from './LayersSection';
import { SidebarTabs, type SidebarTab } from './SidebarTabs';
import { useRevealActive } from './use-reveal-active';
import { hasEntry } from '../../annotations/shared-record';
import { preloadCardParts } from './AnnotationCard';
import './sidebar.css';

// Not on the first screen: the colour legend and the filters show from the first highlight on,
// the Undo bar after a delete, an opened card's editing parts (AnnotationCard.tsx) once asked
// for, the Orphans tab when a highlight cannot be placed. Each loads beside the first screen (the
// effect below), so it is there, drawn at once, when first shown; offline (or after an update) a failed
// load stays where the part would be (lazyPart). Keeps the first load in its budget (issue 9).
const SidebarTools = lazyPart(() => import('./SidebarTools'), 'SidebarTools', {
  what: 'The legend and filters',
});
const UndoBar = lazyPart(() => import('./UndoBar'), 'UndoBar', { what: 'The Undo bar' });
// The Orphans tab, shown only when some highlight could not be placed, and its cards.
const OrphanList = lazyPart(() => import('./OrphanList'), 'OrphanList', {
  what: 'The orphaned highlights',
});
/** The orphans' cards, loaded once their list is. */
const preloadOrphanCard = () => import('./OrphanList').then((m) => m.OrphanCard.preload());

/** Loads the sidebar's parts that are not on the first screen (its first render does it). */
export const preloadSidebarParts = () =>
  Promise.all([
    SidebarTools.preload(),
    UndoBar.preload(),
    OrphanList.preload().then(preloadOrphanCard),
    preloadCardParts(),
  ]);

export function Sidebar({ paper }: { paper: Paper }) {
  const [tab, setTab] = useState<SidebarTab>('annotations');
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const deletedIsBack = useAppStore((s) => (deleted ? hasEntry(s.annotations, deleted.id) : false));
  const counts = {
    annotations: useAppStore((s) => selectAnchoredAnnotations(s).length),
    orphans: useAppStore((s) => selectPaperOrphans(s).length),
  };
  const base = useId();
  const tabId = useCallback((t: SidebarTab) => `${base}-tab-${t}`, [base]);
  const panelId = `${base}-panel`;
  const aside = useRef<HTMLElement>(null);
  useRevealActive(setTab);
  useEffect(() => void preloadSidebarParts(), []);

  const onDeleted = useCallback((annotation: Annotation) => setDeleted(annotation), []);
  const onReattached = useCallback(() => {
    setTab('annotations');
    aside.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId('annotations'))}`)?.focus();
  }, [tabId]);

  return (
    <aside ref={aside} id="annotations" className="sidebar" aria-label="Annotations">
      <SidebarTabs
        selected={tab}
        counts={counts}
        tabId={tabId}
        panelId={panelId}
        onSelect={setTab}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className="sidebar__panel">
        {tab === 'annotations' ? (
          <>
            <LayersSection paperId={paper.id} />
            {/* Shown from the first highlight on, but there before it, hidden: the first
                highlight's click then mounts neither, and adds no text field (the search box)
                to the page, which would start the browser's form scan over the whole paper. */}
            <div className="sidebar__tools" hidden={counts.annotations === 0}>
              <SidebarTools paper={paper} />
            </div>
            <AnnotationList paper={paper} onDeleted={onDeleted} />
          </>
        ) : (
          <OrphanList paper={paper} onDeleted={onDeleted} onReattached={onReattached} />
        )}
      </div>
      {deleted && !deletedIsBack ? (
        // One bar per deleted highlight: a second delete while it shows gives focus to Undo again.
        <UndoBar key={deleted.id} deleted={deleted} onDismiss={() => setDeleted(null)} />
      ) : null}
    </aside>
  );
}
