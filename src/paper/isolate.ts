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

/**
 * `text` wrapped so that its direction stays inside it. A PDI ends an isolate together with any
 * embedding or override opened inside it, so what the text leaves open cannot leak into the rest
 * of the sentence: isolates it opens are closed before ours, and a stray PDI of its own (which
 * would end our isolate early) is dropped.
 */
export function isolate(text: string): string {
  let open = 0;
  let inner = '';
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FIRST_STRONG_ISOLATE) open += 1;
    else if (char === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open -= 1;
    }
    inner += char;
  }
  return FIRST_STRONG_ISOLATE + inner + POP_DIRECTIONAL_ISOLATE.repeat(open + 1);
}

/** `text` without the isolates `isolate` added (for comparing or searching composed strings). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
