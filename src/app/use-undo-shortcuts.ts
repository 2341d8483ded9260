/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes the last annotation change, anywhere
 * but in a text field, where the keys keep their usual meaning for the text being typed.
 */
import { useEffect } from 'react';
import type { HistoryStep } from '../annotations/history';
import type { AppStore } from '../store/app-store';

const ACTION_WORDS: Record<HistoryStep['action'], string> = {
  create: 'highlight',
  edit: 'edit',
  link: 'link to source',
  unlink: 'unlink from source',
  delete: 'delete',
  restore: 'restore',
  reattach: 're-attach',
};

/** An edit by what it changed: the reader changed one thing at a time, the note, tags or colour. */
function stepWords(step: HistoryStep): string {
  const { before: b, after: a } = step;
  if (step.action !== 'edit' || !b || !a) return ACTION_WORDS[step.action];
  if (b.note !== a.note) return 'note edit';
  if (b.tags.join('\n') !== a.tags.join('\n')) return 'tag change';
  return b.colour !== a.colour ? 'colour change' : 'edit';
}

const isTextField = (el: Element | null) =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit'].includes(el.type)) ||
  (el instanceof HTMLElement && el.isContentEditable);

export function useUndoShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      const s = store.getState();
      const step = redo ? s.annotationHistory.future.at(-1) : s.annotationHistory.past.at(-1);
      if (!step) return s.announced(redo ? 'Nothing to redo.' : 'Nothing to undo.');
      if (redo) s.redo();
      else s.undo();
      s.announced(`${redo ? 'Redone' : 'Undone'}: ${stepWords(step)}.`);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
