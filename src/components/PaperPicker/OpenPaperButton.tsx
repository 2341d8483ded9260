/**
 * "Open paper…": a file picker for `.pdf`, `.txt` and `.md` papers. While a paper opens (a long
 * PDF takes a moment) a status beside it says so, with the page being read; the paper on screen stays readable meanwhile.
 */
import { useRef } from 'react';
import { useAppStore } from '../store-context';
import { useOpeningStatus } from './opening-status';

/** Papers, and annotation files (.json/.jsonld), which the app routes to the import preview. */
export const PAPER_FILE_ACCEPT =
  '.pdf,.txt,.md,.markdown,.text,.json,.jsonld,application/pdf,text/plain,text/markdown,application/json,application/ld+json';

/**
 * `onChoosing` is told when the picker opens, before a file is chosen: what reads the file can
 * ready itself while the reader chooses.
 */
export function OpenPaperButton({
  onFile,
  onChoosing,
}: {
  onFile: (file: File) => void;
  onChoosing?: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  // With no paper on screen the page itself says "Opening the paper…"; with one, this does.
  const opening = useAppStore((s) => s.paperLoading && s.paper !== null);
  const status = useOpeningStatus();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-busy={opening}
        onClick={() => {
          onChoosing?.();
          input.current?.click();
        }}
      >
        <span className="app__wide-only">Open paper…</span>
        <span className="app__narrow-only" aria-hidden="true">
          Open…
        </span>
      </button>
      <input
        ref={input}
        type="file"
        accept={PAPER_FILE_ACCEPT}
        // Hidden, so out of the accessibility tree (no name needed): the button above names it.
        hidden
        data-testid="paper-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <span role="status" className="app__opening">
        {opening ? status : ''}
      </span>
    </>
  );
}
