/**
 * A polite live region that reads out what the last action did ("Highlighted as claim", "Undone:
 * delete"), so every action is announced to screen-reader users.
 */
import { useAppStore } from '../store-context';

export function Announcer() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="announcer"
    >
      {/* A new key per message makes a repeated sentence be read again. */}
      {announcement ? <span key={announcement.id}>{announcement.text}</span> : null}
    </div>
  );
}
