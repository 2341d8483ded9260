/**
 * Ctrl/Cmd+V of annotation JSON anywhere on the page (not in a text field) opens the import
 * preview, as if the file had been picked. Other pastes are left alone.
 */
import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';

/** Whether pasted text looks like a JSON document (an object or an array). */
export const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

export function usePasteImport(store: AppStore): void {
  useEffect(() => {
    const paste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeJson(text) || !store.getState().paper) return;
      e.preventDefault();
      void store.getState().importRequested(text, 'paste');
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, [store]);
}
