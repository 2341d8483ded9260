/**
 * Bidi isolation for a reader's or a paper's string placed inside one of our sentences (a file
 * name in a notice, a tag in an announcement, a title in an aria-label). Without it a name holding
 * a right-to-left override (U+202E) or Arabic/Hebrew letters reorders the words around it. Unicode's
 * First Strong Isolate (U+2068) … Pop Directional Isolate (U+2069) work in plain strings, where
 * `<bdi>` cannot reach (aria names, `title`, announcements, thrown messages); in JSX prefer `<bdi>`.
 */

/** First Strong Isolate: the isolated text takes the direction of its first strong letter. */
export const FIRST_STRONG_ISOLATE = '\u2068';
/** Pop Directional Isolate: ends the isolate (and any embedding or override left open inside it). */
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

// Overrides/embeddings (U+202A–U+202E) and isolates (U+2066–U+2069) left open inside the string.
const UNCLOSED_FORMATTING = /[\u202A-\u202E\u2066-\u2068]/g;
const CLOSERS = /[\u202C\u2069]/g;

/**
 * `text` wrapped so that its direction stays inside it. Formatting characters it leaves open are
 * closed before the end, so nothing leaks into the rest of the sentence (a PDI closes an isolate,
 * and embeddings/overrides opened inside an isolate end with it).
 */
export function isolate(text: string): string {
  const opened = text.match(UNCLOSED_FORMATTING)?.length ?? 0;
  const closed = text.match(CLOSERS)?.length ?? 0;
  const missing = Math.max(0, opened - closed);
  return (
    FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE.repeat(missing) + POP_DIRECTIONAL_ISOLATE
  );
}

/** `text` without the isolates `isolate` added (for comparing or searching composed strings). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
