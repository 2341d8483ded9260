/**
 * A paper's id: `sha256:<hex>` of its source file's bytes, so the same file opened twice (or by
 * a colleague) is the same paper, whatever the parser version. Uses Web Crypto (`crypto.subtle`),
 * available in browsers (secure contexts) and in Node 20.
 */
import { asPaperId, type PaperId } from './types';

/** Computes `sha256:<64 hex>` of the bytes. */
export async function paperIdFromBytes(bytes: ArrayBuffer | Uint8Array): Promise<PaperId> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error('Web Crypto is unavailable: paper ids need crypto.subtle (a secure context).');
  // Copy a view into its own ArrayBuffer: digest() takes no SharedArrayBuffer-backed views.
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes.slice(0));
  const digest = await subtle.digest('SHA-256', data);
  return asPaperId(`sha256:${toHex(new Uint8Array(digest))}`);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Is this string a paper id (`sha256:` and 64 lowercase hex digits)? */
export function isPaperId(value: string): value is PaperId {
  return /^sha256:[0-9a-f]{64}$/.test(value);
}
