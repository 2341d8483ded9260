/**
 * "Paste annotations…": a text box for an annotation file's JSON (a W3C or Hypothesis export) or
 * a share link; "Preview" reads it into the same import preview as a file.
 */
import { useRef, useState } from 'react';
import { shareCodeFromHash } from '../../io/share-link';
import { ModalDialog } from '../shared/ModalDialog';
import { useAppStore } from '../store-context';
import type { ShareController } from './share-actions';

export function PasteDialog({ share }: { share: ShareController }) {
  const open = useAppStore((s) => s.pasteOpen);
  const close = useAppStore((s) => s.pasteOpened);
  const request = useAppStore((s) => s.importRequested);
  const [text, setText] = useState('');
  const textBox = useRef<HTMLTextAreaElement>(null);
  if (!open) return null;
  const preview = () => {
    const hash = text.trim().replace(/^[^#]*/, '');
    const code = shareCodeFromHash(hash);
    if (code) void share.importShareCode(code);
    else request(text, 'paste');
    setText('');
  };
  return (
    <ModalDialog title="Paste annotations" onClose={() => close(false)} initialFocus={textBox}>
      <label className="dialog__paste">
        <span>Annotation file (JSON) or share link</span>
        <textarea
          className="text-input"
          rows={8}
          ref={textBox}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!text.trim()}
          onClick={preview}
        >
          Preview import
        </button>
        <button type="button" className="button button--quiet" onClick={() => close(false)}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
