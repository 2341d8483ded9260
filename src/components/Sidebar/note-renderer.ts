/**
 * When to load a note's Markdown renderer (NoteMarkdown.tsx, react-markdown: ~35 kB gzipped, not
 * in the first load) before a note is shown, so a note appears rendered rather than first as its
 * raw `**` and `- ` markup: once the store holds an annotation with a note (a reload, an import,
 * another tab, the reader's first note). The note editor also loads it when it opens.
 */
import type { AppState, AppStore } from '../../store/app-store';
import { whenIdle } from '../../io/when-idle';
import { changedKeysOf, emptyRecord, entryOf } from '../../annotations/shared-record';

/** The longest the renderer's load waits for the page to be idle. */
const PRELOAD_WAIT_MS = 1000;

/**
 * Calls `preload` (when the page is next idle) once the store holds an annotation with a note (now, or after a later change);
 * returns a function that stops watching. A change looks only at the annotations it touched.
 */
export function preloadOnceNoted(store: AppStore, preload: () => unknown): () => void {
  const check = (s: AppState, before: AppState['annotations'] = emptyRecord()) => {
    if (!changedKeysOf(before, s.annotations).some((id) => entryOf(s.annotations, id)?.note))
      return;
    stop();
    // When the page is idle: a reload's first screen (notes in the store) is drawn first.
    whenIdle(() => void preload(), undefined, PRELOAD_WAIT_MS);
  };
  const stop = store.subscribe((s, before) => check(s, before.annotations));
  check(store.getState());
  return stop;
}
