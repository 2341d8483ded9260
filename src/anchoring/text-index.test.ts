import { describe, expect, it } from 'vitest';

import {
  bucketOf,
  GRAM_LENGTH,
  gramHashes,
  indexText,
  toFoldedOffset,
  toOriginalEnd,
  toOriginalStart,
} from './text-index';

const TEXT =
  'Readers annotate papers.\n\nA parser re-\nwraps lines and the readers annotate again.';

describe('indexText', () => {
  it('lists every gram of the folded text in its bucket, in ascending order', () => {
    const index = indexText(TEXT);
    const hashes = gramHashes(index.folded);
    expect(hashes.length).toBe(index.folded.length - GRAM_LENGTH + 1);
    hashes.forEach((h, at) => {
      const b = bucketOf(index, h);
      const bucket = [
        ...index.positions.subarray(index.bucketStarts[b], index.bucketStarts[b + 1]),
      ];
      expect(bucket).toContain(at);
      expect(bucket).toEqual([...bucket].sort((x, y) => x - y));
    });
  });

  it('finds a repeated gram at each of its places', () => {
    const index = indexText(TEXT);
    const [h] = gramHashes('annotate');
    const b = bucketOf(index, h ?? 0);
    const hits = [...index.positions.subarray(index.bucketStarts[b], index.bucketStarts[b + 1])];
    const expected = [...index.folded.matchAll(/annotate/g)].map((m) => m.index);
    expect(hits.filter((p) => index.folded.startsWith('annotate', p))).toEqual(expected);
  });

  it('maps folded offsets back to the canonical text and a canonical offset forward', () => {
    const index = indexText(TEXT);
    const f = index.folded.indexOf('rewraps');
    expect(toOriginalStart(index, f)).toBe(TEXT.indexOf('re-\nwraps'));
    expect(toOriginalEnd(index, f + 'rewraps'.length)).toBe(TEXT.indexOf(' lines'));
    expect(toFoldedOffset(index, TEXT.indexOf('lines'))).toBe(index.folded.indexOf('lines'));
  });

  it('indexes an empty or tiny text without failing', () => {
    expect(indexText('').folded).toBe('');
    expect(indexText('short').positions.length).toBe(0);
  });
});
