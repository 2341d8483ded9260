/**
 * A short stable fingerprint of a text (FNV-1a), for ids derived from content: the same file
 * imported twice yields the same ids. Not a security measure; the share code uses SHA-256.
 */

const fnv1a = (text: string, seed: number): string => {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

/** 8 hex digits (32 bits): enough to tell apart a few keys, not thousands of ids. */
export function fingerprint(text: string): string {
  return fnv1a(text, 0x811c9dc5);
}

/** 16 hex digits: two 32-bit FNV-1a passes from different seeds, for ids among many. */
export function fingerprint64(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}
