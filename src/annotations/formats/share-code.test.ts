import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_SET, SAMPLE_ANNOTATIONS, SAMPLE_PAPER } from './__fixtures__/sample';
import { saysWhatToDo } from './__fixtures__/next-step';
import { parseAnnotationFile } from './parse-annotation-file';
import { MAX_SHARE_CODE_CHARS, decodeShareCode, encodeShareCode } from './share-code';
import { toW3CCollection } from './w3c-export';

const collection = toW3CCollection({
  paper: SAMPLE_PAPER,
  annotations: SAMPLE_ANNOTATIONS,
  sets: [INSTRUCTOR_SET],
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  now: Date.UTC(2026, 11, 4),
});
const code = await encodeShareCode(collection);

/** The code with the character at `i` replaced by another base64url character. */
const flip = (c: string, i: number) =>
  `${c.slice(0, i)}${c[i] === 'A' ? 'B' : 'A'}${c.slice(i + 1)}`;

describe('encodeShareCode', () => {
  it('writes a versioned, URL-safe code much shorter than the file', () => {
    expect(code).toMatch(/^m1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(JSON.stringify(collection).length / 2);
  });

  it('round-trips the set file exactly, and the file reads back whole', async () => {
    const decoded = await decodeShareCode(code);
    expect(decoded).toEqual({ ok: true, text: JSON.stringify(collection) });
    const parsed = decoded.ok && parseAnnotationFile(decoded.text);
    expect(parsed && parsed.ok && parsed.file.annotations).toHaveLength(SAMPLE_ANNOTATIONS.length);
  });
});

describe('decodeShareCode refuses a bad code with a clear message', () => {
  const damaged = /^This share link is damaged: it was cut off or changed when copied/;
  it.each<[string, () => string, RegExp]>([
    ['cut off near the end', () => code.slice(0, -7), damaged],
    ['cut off to one character past a group of four', () => code.slice(0, 3 + 4 * 20 + 1), damaged],
    ['cut off to the prefix', () => 'm1.', damaged],
    ['cut off inside the prefix', () => 'm1', damaged],
    ['cut off one character after “#share=”', () => 'm', damaged],
    ['altered in the checksum', () => flip(code, 4), damaged],
    ['altered in the middle', () => flip(code, Math.floor(code.length / 2)), damaged],
    ['altered in the last character', () => flip(code, code.length - 1), damaged],
    [
      'with a character base64url never has',
      () => `${code.slice(0, 40)}%${code.slice(41)}`,
      /changed when copied: it has “%” \(character 41\), which share links never have/,
    ],
    [
      'with a character no app adds inside',
      () => `${code.slice(0, 20)}*${code.slice(20)}`,
      /it has “\*” \(character 21\)/,
    ],
    [
      'standard base64 instead of base64url',
      () => code.replace(/_/g, '/').replace(/-/g, '+') + '/',
      /it has “[/+]”/,
    ],
    [
      'oversized',
      () => `m1.${'A'.repeat(MAX_SHARE_CODE_CHARS)}`,
      /too long \(2,000,003 characters; at most 2,000,000\)\. Share the set as a file instead/,
    ],
    [
      'from a newer app',
      () => code.replace(/^m1\./, 'm2.'),
      /made by a newer version of Marginalia\. Reload the page/,
    ],
    ['not a share code at all', () => 'https://example.org/', /not a Marginalia share link/],
    [
      'cut right after “#share=”',
      () => '',
      /^This share link was cut off: nothing came after “#share=”\. Ask for the link again and copy all of it/,
    ],
    [
      'from an unknown older format',
      () => code.replace(/^m1\./, 'm0.'),
      /a form Marginalia cannot/,
    ],
  ])('%s', async (_, input, message) => {
    const decoded = await decodeShareCode(input());
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.message).toMatch(message);
    // What happened, then what to do about it, in the reader's words: never the format's insides.
    expect(saysWhatToDo(decoded.message), decoded.message).toBe(true);
    expect(decoded.message).not.toMatch(/m\d\.|format|base64|checksum|position|unpack/i);
  });

  it('refuses a valid code that unpacks past the size limit (a compression bomb)', async () => {
    const bomb = await encodeShareCode(' '.repeat(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200_000);
    const decoded = await decodeShareCode(bomb);
    expect(decoded).toEqual({
      ok: false,
      message:
        'This share link holds more than 32 MB of annotations, more than Marginalia opens. Ask for a smaller set.',
    });
  }, 30_000);
});
