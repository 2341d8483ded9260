/**
 * Tells the reader when their annotations could not be saved or read, and offers a full export
 * right there, so nothing they wrote depends on the browser's storage alone. While stored
 * annotations could not be read, the export says it holds this tab's only; when part of them was
 * not loaded, Reload reads them again.
 */
import { useEffect, useRef } from 'react';
import type { ShareController } from '../Share/share-actions';
import { useAppStore } from '../store-context';
import { Notice } from '../Notice/Notice';

/** `share` exports the W3C files (one per paper), the same as "Share & export" makes. */
export function StorageBanner({ share }: { share: ShareController }) {
  const problem = useAppStore((s) => s.storageProblem);
  const dismiss = useAppStore((s) => s.storageProblemDismissed);
  const retry = useAppStore((s) => s.storedRestRetried);
  const reloadRef = useRef<HTMLButtonElement>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const retrying = useRef(false);
  // A Reload that read everything takes its button away: focus goes to the export beside it,
  // not to the page's start.
  useEffect(() => {
    if (!retrying.current) return;
    retrying.current = false;
    if (!reloadRef.current) exportRef.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const { kind } = problem;
  // Stored annotations this tab could not read (or show) are not in what it exports.
  const tabOnly = kind === 'unavailable' || kind === 'too-new';
  return (
    <Notice
      // A new kind is a new live region, so that screen readers announce it (a region whose role
      // changes from alert to status is often not read).
      key={kind}
      kind={kind === 'recovered' ? 'info' : kind === 'corrupt' ? 'warning' : 'error'}
      onDismiss={dismiss}
    >
      <p>{problem.message}</p>
      {tabOnly && (
        <p>The export holds what this tab shows, not the stored annotations it could not read.</p>
      )}
      <p>
        {kind === 'unavailable' && problem.retry && (
          <>
            <button
              ref={reloadRef}
              type="button"
              className="button"
              onClick={() => {
                retrying.current = true;
                retry();
              }}
            >
              Reload
            </button>{' '}
          </>
        )}
        <button
          ref={exportRef}
          type="button"
          className="button"
          onClick={() => void share.exportEverything()}
        >
          {tabOnly ? "Export this tab's annotations (JSON-LD)" : 'Export all annotations (JSON-LD)'}
        </button>
      </p>
    </Notice>
  );
}
