/**
 * Lets the reader drop a paper file anywhere on the page; while a file is dragged over the window
 * an overlay says what will happen.
 */
import { useEffect, useState } from 'react';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** `onChoosing` is told when a file is first dragged over the window, before it is dropped. */
export function DropZone({
  onFile,
  onChoosing,
}: {
  onFile: (file: File) => void;
  onChoosing?: () => void;
}) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (depth++ === 0) onChoosing?.();
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onChoosing]);
  return dragging ? (
    <div className="drop-overlay" role="status">
      <p>
        Drop a PDF, text or Markdown paper (.pdf, .txt, .md) to open it, or an annotation file
        (.json, .jsonld) to import it
      </p>
    </div>
  ) : null;
}
