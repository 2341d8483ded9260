/**
 * The annotations sidebar: a thin view over the store. Two tabs, the highlights in reading order
 * (with the colour legend, filters and counts) and the orphans; the cards edit annotations in
 * place, and every action is announced to screen readers through the store's live message.
 * Ctrl/Cmd+Z is handled page-wide (app/use-undo-shortcuts.ts); the Undo bar is the visible path.
 */
import { useCallback, useId, useRef, useState } from 'react';
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStore } from '../store-context';
import { selectAnchoredAnnotations, selectPaperOrphans } from '../../store/selectors';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationList } from './AnnotationList';
import { ColourLegend } from './ColourLegend';
import { LayersSection } from './LayersSection';
import { OrphanList } from './OrphanList';
import { SidebarTabs, type SidebarTab } from './SidebarTabs';
import { UndoBar } from './UndoBar';
import { useRevealActive } from './use-reveal-active';
import './sidebar.css';

export function Sidebar({ paper }: { paper: Paper }) {
  const [tab, setTab] = useState<SidebarTab>('annotations');
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const deletedIsBack = useAppStore((s) => (deleted ? deleted.id in s.annotations : false));
  const counts = {
    annotations: useAppStore((s) => selectAnchoredAnnotations(s).length),
    orphans: useAppStore((s) => selectPaperOrphans(s).length),
  };
  const base = useId();
  const tabId = useCallback((t: SidebarTab) => `${base}-tab-${t}`, [base]);
  const panelId = `${base}-panel`;
  const aside = useRef<HTMLElement>(null);
  useRevealActive(setTab);

  const onDeleted = useCallback((annotation: Annotation) => setDeleted(annotation), []);
  const onReattached = useCallback(() => {
    setTab('annotations');
    aside.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId('annotations'))}`)?.focus();
  }, [tabId]);

  return (
    <aside ref={aside} className="sidebar" aria-label="Annotations">
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
              <ColourLegend />
              <AnnotationFilters paper={paper} />
            </div>
            <AnnotationList paper={paper} onDeleted={onDeleted} />
          </>
        ) : (
          <OrphanList paper={paper} onDeleted={onDeleted} onReattached={onReattached} />
        )}
      </div>
      {deleted && !deletedIsBack ? (
        <UndoBar deleted={deleted} onDismiss={() => setDeleted(null)} />
      ) : null}
    </aside>
  );
}
