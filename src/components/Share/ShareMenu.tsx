/**
 * "Share & export" in the header: a disclosure button and a panel of plain buttons (Escape or a
 * click elsewhere closes it) to share a set, export and paste annotations. The panel's content
 * (ShareMenuPanel.tsx) loads the first time the menu opens: it is not on the first screen.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ShareController } from './share-actions';
import { useAppStore } from '../store-context';
import { lazyPart } from '../shared/lazy-part';
import './share.css';

// Offline or after an update the panel may not load: the menu says so, never the whole header.
const ShareMenuPanel = lazyPart(() => import('./ShareMenuPanel'), 'ShareMenuPanel', {
  what: 'The Share & export menu',
  fallback: <p className="share-menu__status">Loading…</p>,
});

export function ShareMenu({ share }: { share: ShareController }) {
  const [open, setOpen] = useState(false);
  // Once opened, the panel stays mounted (hidden when closed), keeping its set and status.
  const [everOpen, setEverOpen] = useState(false);
  if (open && !everOpen) setEverOpen(true);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const hasPaper = useAppStore((s) => s.paper !== null);
  /** Closes the panel with focus back on its button (a dialog opened from it returns there). */
  const close = () => {
    setOpen(false);
    root.current?.querySelector<HTMLButtonElement>('button')?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  return (
    <div
      className="share-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hasPaper}
        onClick={() => setOpen(!open)}
      >
        Share &amp; export <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        className="share-menu__panel"
        role="group"
        aria-label="Share & export"
        hidden={!open}
      >
        {everOpen ? <ShareMenuPanel share={share} onClose={close} /> : null}
      </div>
    </div>
  );
}
