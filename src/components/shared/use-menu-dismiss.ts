/**
 * A small `<details>` menu (a layer's "⋯") closes the way other menus do: Escape closes it with
 * focus back on its summary, and a press anywhere outside it closes it. `<details>` alone does
 * neither, so an open menu stayed over the sidebar until its summary was pressed again.
 */
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

/** Wires `menu` (a `<details>`); spread the returned props on it. */
export function useMenuDismiss(menu: RefObject<HTMLDetailsElement | null>) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      const details = menu.current;
      if (details && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, menu]);
  return {
    onToggle: () => setOpen(menu.current?.open ?? false),
    onKeyDown: (e: KeyboardEvent<HTMLDetailsElement>) => {
      const details = e.currentTarget;
      if (e.key !== 'Escape' || !details.open) return;
      e.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    },
  };
}
