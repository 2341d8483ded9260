/**
 * The browser boundary for share links: the `#share=<code>` fragment of the page's URL (never
 * sent to a server), read on load and on hashchange and cleared once read, and the clipboard the
 * link is copied to. The code itself is made and checked by annotations/formats/share-code.ts.
 */

const PREFIX = '#share=';

/** The share code in `hash` (`location.hash`), or null when there is none. */
export function shareCodeFromHash(hash: string): string | null {
  return hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : null;
}

/** The page's URL with `code` as its share fragment. */
export function shareUrl(code: string, href = window.location.href): string {
  const url = new URL(href);
  url.hash = `share=${code}`;
  return url.toString();
}

/** Removes the share fragment from the address bar without reloading or adding history. */
export function clearShareHash(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  history.replaceState(history.state, '', url.toString().replace(/#$/, ''));
}

/**
 * Calls `onCode` with the share code in the URL now and whenever the fragment changes to one,
 * clearing it after; returns a function that stops listening.
 */
export function watchShareLinks(onCode: (code: string) => void): () => void {
  const check = () => {
    const code = shareCodeFromHash(window.location.hash);
    if (code === null) return;
    clearShareHash();
    onCode(code);
  };
  check();
  window.addEventListener('hashchange', check);
  return () => window.removeEventListener('hashchange', check);
}

/** Puts `text` on the clipboard; false when the browser refuses (the caller shows it instead). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    console.warn('Could not copy to the clipboard', error);
    return false;
  }
}

/** Reads a picked or dropped file as text (annotation files are UTF-8 JSON). */
export async function readFileText(file: File): Promise<string> {
  return await file.text();
}

/** Whether a file name says it is an annotation file (JSON / JSON-LD) rather than a paper. */
export const isAnnotationFileName = (name: string): boolean => /\.(jsonld|json)$/i.test(name);
