/**
 * "Import annotations…": a file picker for annotation files (our W3C JSON-LD export, any W3C
 * annotations, a Hypothesis export), read into the import preview.
 */
import { useRef } from 'react';
import type { ShareController } from './share-actions';

export const ANNOTATION_FILE_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

export function ImportButton({ share, disabled }: { share: ShareController; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        <span className="app__wide-only">Import annotations…</span>
        <span className="app__narrow-only" aria-hidden="true">
          Import…
        </span>
      </button>
      <input
        ref={input}
        type="file"
        accept={ANNOTATION_FILE_ACCEPT}
        // Hidden, so out of the accessibility tree (no name needed): the button above names it.
        hidden
        data-testid="annotation-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void share.importFile(file);
        }}
      />
    </>
  );
}
