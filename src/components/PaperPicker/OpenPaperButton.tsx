/**
 * "Open paper…": a file picker for `.txt` and `.md` papers.
 */
import { useRef } from 'react';

export const PAPER_FILE_ACCEPT = '.txt,.md,.markdown,.text,text/plain,text/markdown';

export function OpenPaperButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open paper…
      </button>
      <input
        ref={input}
        type="file"
        accept={PAPER_FILE_ACCEPT}
        hidden
        aria-label="Open a paper file"
        data-testid="paper-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
