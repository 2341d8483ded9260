/**
 * The sidebar's two tabs, "Annotations (n)" and "Orphans (m)", with the WAI-ARIA tabs pattern:
 * one tab stop, arrow keys (and Home/End) move between tabs and select them.
 */
import { useRef, type KeyboardEvent } from 'react';

export type SidebarTab = 'annotations' | 'orphans';

const TABS: readonly SidebarTab[] = ['annotations', 'orphans'];
const TITLES: Record<SidebarTab, string> = { annotations: 'Annotations', orphans: 'Orphans' };

interface Props {
  selected: SidebarTab;
  counts: Record<SidebarTab, number>;
  /** Element ids: `tabId(tab)` for each tab, `panelId` for the panel they control. */
  tabId: (tab: SidebarTab) => string;
  panelId: string;
  onSelect: (tab: SidebarTab) => void;
}

export function SidebarTabs({ selected, counts, tabId, panelId, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.indexOf(selected);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    const tab = TABS[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(tab))}`)?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label="Annotation lists"
      className="tabs"
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab === selected}
          aria-controls={panelId}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {TITLES[tab]} ({counts[tab]})
        </button>
      ))}
    </div>
  );
}
