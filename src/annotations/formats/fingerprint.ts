/**
 * A short stable fingerprint of a text (FNV-1a, 32 bits), for ids derived from content: the same
 * file imported twice yields the same ids. Not a security measure; the share code uses SHA-256.
 */

/** 8 hex digits. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
