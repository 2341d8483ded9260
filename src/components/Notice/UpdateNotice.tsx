/**
 * Says that a new version of Marginalia is installed (`io/offline-worker.ts`) and lets the reader
 * reload on it when it suits them; annotations are saved before the page goes.
 */
import { useAppStore } from '../store-context';
import { Notice } from './Notice';

export function UpdateNotice() {
  const update = useAppStore((s) => s.appUpdate);
  const request = useAppStore((s) => s.appUpdateRequested);
  const dismiss = useAppStore((s) => s.appUpdateDismissed);
  if (update !== 'ready' && update !== 'requested') return null;
  return (
    <Notice kind="info" onDismiss={dismiss}>
      <p>A new version of Marginalia is ready. Your annotations are kept when you reload.</p>
      <p className="notice__actions">
        <button
          type="button"
          className="button"
          onClick={request}
          disabled={update === 'requested'}
        >
          {update === 'requested' ? 'Reloading…' : 'Reload now'}
        </button>
      </p>
    </Notice>
  );
}
