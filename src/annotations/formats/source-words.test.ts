import { describe, expect, it } from 'vitest';
import { foreign, ownWith } from './__fixtures__/bad-files';
import { parseAnnotationFile } from './parse-annotation-file';
import { FORMAT_VERSION, MG } from './vocab';

const message = (text: string, source: 'file' | 'link' | 'paste') => {
  const parsed = parseAnnotationFile(text, source);
  return parsed.ok ? '' : parsed.message;
};

const unplaceable = foreign({
  target: { source: 'https://x.org/a.pdf', selector: { type: 'FragmentSelector', value: 'p=2' } },
});
const newer = ownWith((f) => (f[MG.formatVersion] = FORMAT_VERSION + 1));
const damaged = '{"type": "AnnotationCollection", "items": [}';

describe('a refusal names where the annotations came from', () => {
  it('a share link is a link, never "the file" or "pick another file"', () => {
    for (const text of [unplaceable, newer, damaged]) {
      const said = message(text, 'link');
      expect(said, said).toMatch(/share link|the link/);
      expect(said, said).not.toMatch(/\bfile\b(?! instead)(?<!for the file)/);
    }
    expect(message(unplaceable, 'link')).toMatch(
      /^None of the share link's 1 annotation can be placed in a paper .* or ask for the link again, or for the file\.$/,
    );
    expect(message(newer, 'link')).toMatch(
      /^This share link was made by a newer Marginalia .* then open the link again\.$/,
    );
    expect(message(damaged, 'link')).toMatch(
      /^The annotations in this share link are damaged and cannot be read .* Ask for the link again, or for the file\.$/,
    );
  });

  it('pasted text is pasted text', () => {
    expect(message(unplaceable, 'paste')).toMatch(
      /^None of the pasted text's .* or paste another\.$/,
    );
    expect(message(newer, 'paste')).toMatch(
      /^The pasted text was made by a newer .* paste it again\.$/,
    );
    expect(message(damaged, 'paste')).toMatch(/^The pasted text is damaged JSON/);
  });

  it('a file is still a file', () => {
    expect(message(unplaceable, 'file')).toMatch(/^None of the file's .* or pick another file\.$/);
    expect(message(newer, 'file')).toMatch(/^This file was made by a newer .* import it again\.$/);
    expect(message(damaged, 'file')).toMatch(/^This JSON file is damaged/);
  });
});
