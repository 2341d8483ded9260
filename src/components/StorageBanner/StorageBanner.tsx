/**
 * Tells the reader when their annotations could not be saved or read, and offers a full export
 * right there, so nothing they wrote depends on the browser's storage alone.
 */
import type { ShareController } from '../Share/share-actions';
import { useAppStore } from '../store-context';
import { Notice } from '../Notice/Notice';

/** `share` exports the W3C files (one per paper), the same as "Share & export" makes. */
export function StorageBanner({ share }: { share: ShareController }) {
  const problem = useAppStore((s) => s.storageProblem);
  const dismiss = useAppStore((s) => s.storageProblemDismissed);
  if (!problem) return null;
  return (
    <Notice kind={problem.kind === 'corrupt' ? 'warning' : 'error'} onDismiss={dismiss}>
      <p>{problem.message}</p>
      <p>
        <button type="button" className="button" onClick={() => void share.exportEverything()}>
          Export all annotations (JSON-LD)
        </button>
      </p>
    </Notice>
  );
}
