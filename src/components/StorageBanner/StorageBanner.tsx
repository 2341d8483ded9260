/**
 * Tells the reader when their annotations could not be saved or read, and offers a full export
 * right there, so nothing they wrote depends on the browser's storage alone.
 */
import { toAnnotationsBackup } from '../../annotations/backup';
import { downloadText } from '../../io/download';
import type { AppStore } from '../../store/app-store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { Notice } from '../Notice/Notice';

export function exportAnnotationsBackup(store: AppStore): void {
  const s = store.getState();
  const backup = toAnnotationsBackup(s.annotations, s.annotationSets, s.colourLabels, Date.now());
  const day = backup.exported.slice(0, 10);
  downloadText(`marginalia-annotations-${day}.json`, JSON.stringify(backup, null, 2));
}

export function StorageBanner() {
  const store = useAppStoreApi();
  const problem = useAppStore((s) => s.storageProblem);
  const dismiss = useAppStore((s) => s.storageProblemDismissed);
  if (!problem) return null;
  return (
    <Notice kind={problem.kind === 'corrupt' ? 'warning' : 'error'} onDismiss={dismiss}>
      <p>{problem.message}</p>
      <p>
        <button type="button" className="button" onClick={() => exportAnnotationsBackup(store)}>
          Export all annotations (JSON)
        </button>
      </p>
    </Notice>
  );
}
