import { describe, expect, it } from 'vitest';
import { isAnnotationFileName, shareCodeFromHash, shareUrl } from './share-link';

describe('share links', () => {
  it.each([
    ['#share=m1.abc-_', 'm1.abc-_'],
    ['#share=', ''],
    ['#section-3', null],
    ['', null],
  ])('reads the code in %j as %j', (hash, code) => {
    expect(shareCodeFromHash(hash)).toBe(code);
  });

  it('puts the code in the fragment, replacing any other, never in the query', () => {
    const url = shareUrl('m1.xyz', 'https://example.org/app/?p=1#ref-8');
    expect(url).toBe('https://example.org/app/?p=1#share=m1.xyz');
  });

  it.each([
    ['notes.jsonld', true],
    ['Export.JSON', true],
    ['paper.pdf', false],
    ['json.txt', false],
  ])('knows %s is an annotation file: %s', (name, yes) => {
    expect(isAnnotationFileName(name)).toBe(yes);
  });
});
