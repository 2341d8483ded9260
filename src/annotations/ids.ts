/**
 * Annotation ids: random UUIDs (version 4).
 */
import { asAnnotationId, type AnnotationId } from './types';

/** A new annotation id: a random UUID. */
export const newAnnotationId = (): AnnotationId => asAnnotationId(randomUuid());

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost); opened
 * from a LAN address over http the app falls back to `crypto.getRandomValues`, which is everywhere.
 */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
