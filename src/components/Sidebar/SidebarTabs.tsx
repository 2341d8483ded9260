/**
 * The sidebar's tabs, "Annotations (n)" and "Orphans (m)", with the WAI-ARIA tabs pattern: one
 * tab stop, arrow keys (and Home/End) move between tabs and select them. "Orphans" shows only
 * while there are some (or it is open, so it does not vanish under the reader), and says on
 * hover what it holds: a new reader has no use for an empty tab named in the trade's word.
 */
import { useRef, type KeyboardEvent } from 'react';

export type SidebarTab = 'annotations' | 'orphans';

const TABS: readonly SidebarTab[] = ['annotations', 'orphans'];
const TITLES: Record<SidebarTab, string> = { annotations: 'Annotations', orphans: 'Orphans' };
const HINTS: Record<SidebarTab, string | undefined> = {
  annotations: undefined,
  orphans: 'Highlights whose text could not be found in this version of the paper',
};

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
  const tabs = TABS.filter((t) => t !== 'orphans' || counts.orphans > 0 || selected === t);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.indexOf(selected);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
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
      {tabs.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab === selected}
          aria-controls={panelId}
          tabIndex={tab === selected ? 0 : -1}
          title={HINTS[tab]}
          onClick={() => onSelect(tab)}
        >
          {TITLES[tab]} ({counts[tab]})
        </button>
      ))}
    </div>
  );
}
