/**
 * Share codes: a set file packed to travel in a URL fragment (`#share=…`, never sent to a
 * server). `m1.` + base64url of [4-byte checksum][deflate-raw of the file's JSON]. The version
 * prefix lets a future format be told apart; the checksum (the first 4 bytes of the SHA-256 of the
 * compressed bytes) catches a link cut off or altered on the way, so it is refused with a message
 * instead of read wrong. Uses only `CompressionStream` and `crypto.subtle`, globals in browsers
 * and Node 20.
 */

import { quoted } from '../../paper/isolate';
import { mendShareCode } from './mend-share-code';

/** The code's version; a code of another version is refused with a message, never guessed at. */
export const SHARE_CODE_VERSION = 1;

/** Longest code decoded: far past what a browser keeps in a URL that people can share. */
export const MAX_SHARE_CODE_CHARS = 2_000_000;

/** Most bytes (UTF-8) a code may unpack to, so a tiny code cannot expand into gigabytes. */
export const MAX_SHARE_TEXT_BYTES = 32 * 1024 * 1024;

const CHECKSUM_BYTES = 4;
const PREFIX = /^m(\d{1,4})\./;

export type DecodedShareCode = { ok: true; text: string } | { ok: false; message: string };

/** Packs a set file (its JSON text, or the object) into a share code. */
export async function encodeShareCode(file: string | object): Promise<string> {
  const json = typeof file === 'string' ? file : JSON.stringify(file);
  const packed = (await pipe(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
  ))!;
  const sum = await checksum(packed);
  const bytes = new Uint8Array(CHECKSUM_BYTES + packed.length);
  bytes.set(sum);
  bytes.set(packed, CHECKSUM_BYTES);
  return `m${SHARE_CODE_VERSION}.${toBase64Url(bytes)}`;
}

/**
 * Unpacks a share code to the set file's text, or says why it cannot. Mended first: what a chat
 * app or mail program adds to a link on the way (mend-share-code.ts) is taken out.
 */
export async function decodeShareCode(code: string): Promise<DecodedShareCode> {
  const trimmed = mendShareCode(code).trim();
  if (trimmed.length > MAX_SHARE_CODE_CHARS)
    return fail(
      `This share link is too long (${trimmed.length.toLocaleString('en')} characters; at most ${MAX_SHARE_CODE_CHARS.toLocaleString('en')}). Share the set as a file instead (ask for the file if you were sent it).`,
    );
  // A link cut right after `#share=` (or a character or two later) is a share link cut off.
  if (trimmed === '')
    return fail(
      'This share link was cut off: nothing came after “#share=”. Ask for the link again and copy all of it, or ask for the file.',
    );
  const prefix = PREFIX.exec(trimmed);
  if (!prefix && !/^m\d{0,4}$/.test(trimmed))
    return fail(
      'This is not a Marginalia share link, or it was changed when copied: there are no annotations in it. Ask for the link again and copy all of it, or ask for the file.',
    );
  const version = prefix ? Number(prefix[1]) : SHARE_CODE_VERSION;
  if (version !== SHARE_CODE_VERSION)
    return fail(
      version > SHARE_CODE_VERSION
        ? 'This share link was made by a newer version of Marginalia. Reload the page to update the app, then open the link again; or ask for the file.'
        : 'This share link was made in a form Marginalia cannot read. Ask for the link again, or for the file.',
    );
  const start = prefix ? prefix[0].length : trimmed.length;
  const body = trimmed.slice(start);
  const bad = /[^A-Za-z0-9_-]/.exec(body);
  if (bad)
    return fail(
      `This share link was changed when copied: it has ${quoted(bad[0])} (character ${start + bad.index + 1}), which share links never have. Copy all of the link again, or ask for the file.`,
    );
  const bytes = fromBase64Url(body);
  const damaged = fail(
    'This share link is damaged: it was cut off or changed when copied. Ask for the link again and copy all of it, or ask for the file.',
  );
  if (!bytes || bytes.length <= CHECKSUM_BYTES) return damaged;
  const packed = bytes.subarray(CHECKSUM_BYTES);
  const sum = await checksum(packed);
  if (sum.some((b, i) => b !== bytes[i])) return damaged;
  try {
    const raw = await pipe(packed, new DecompressionStream('deflate-raw'), MAX_SHARE_TEXT_BYTES);
    if (raw === null)
      return fail(
        `This share link holds more than ${MAX_SHARE_TEXT_BYTES / 1024 / 1024} MB of annotations, more than Marginalia opens. Ask for a smaller set.`,
      );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return damaged;
  }
}

const fail = (message: string): DecodedShareCode => ({ ok: false, message });

async function checksum(bytes: Uint8Array): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return new Uint8Array(digest, 0, CHECKSUM_BYTES);
}

/** Runs bytes through a (de)compression stream; null when the output passes `limit` bytes. */
async function pipe(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null; // no base64 text has this length: a character is missing
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
