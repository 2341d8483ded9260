/**
 * The one remembered text index (text-index.ts builds it), kept apart from the index code so
 * that forgetting it, when a paper closes, does not load the anchoring search with the first
 * screen.
 */
import type { TextIndex } from './text-index';

let lastIndex: TextIndex | undefined;

/** The remembered index if it was built for `text`. */
export function recallTextIndex(text: string): TextIndex | undefined {
  return lastIndex?.text === text ? lastIndex : undefined;
}

/** Makes `index` the one `getTextIndex` returns for its text (after building it in steps). */
export function rememberTextIndex(index: TextIndex): void {
  lastIndex = index;
}

/** Drops the remembered index (some 15 bytes per character of text), e.g. when a paper is closed. */
export function forgetTextIndex(): void {
  lastIndex = undefined;
}
