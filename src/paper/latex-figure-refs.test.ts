import { describe, expect, it } from 'vitest';
import { resolveFigureRefs } from './latex-figure-refs';
import { parseMarkdownBlocks } from './markdown-blocks';

const PAPER = [
  '# Summary',
  '',
  'The sample is lit from many angles (see Figure \\ref{setup}a), and the maps (Figure \\ref{maps}b-c) follow; see Eq. \\ref{eq:one}.',
  '',
  '![(a) The set-up. (b) A profile.\\label{setup}](figure_.pdf){width=100%}',
  '',
  '![Maps made by the software.  \\label{maps}](figure2.pdf){width=90%}',
].join('\n');

describe('resolveFigureRefs', () => {
  it('numbers references to figures by their images’ order and takes the labels out', () => {
    const out = resolveFigureRefs(PAPER);
    expect(out).toContain('(see Figure 1a), and the maps (Figure 2b-c) follow');
    expect(out).toContain('![(a) The set-up. (b) A profile.](figure_.pdf)');
    expect(out).toContain('![Maps made by the software.](figure2.pdf)');
  });

  it('leaves a reference to a label no image carries', () => {
    expect(resolveFigureRefs(PAPER)).toContain('see Eq. \\ref{eq:one}.');
  });

  it('leaves a text without labels as it is', () => {
    expect(resolveFigureRefs('See Figure \\ref{x}.')).toBe('See Figure \\ref{x}.');
  });

  it('gives a JOSS paper’s text without `\\ref{…}` to its figures', () => {
    const text = parseMarkdownBlocks(PAPER)
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('see Figure 1a');
    expect(text).not.toContain('\\ref{setup}');
    expect(text).not.toContain('\\label');
  });
});
