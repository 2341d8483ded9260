// A very long note (pasted, never typed) is edited without the browser's spell checker, which
// would re-check all of it on every key; an ordinary note keeps it.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aid } from '../../annotations/__fixtures__/annotations';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { NoteEditor, SPELLCHECK_MAX_CHARS } from './NoteEditor';

describe('NoteEditor with a long note', () => {
  it.each([
    ['a short note', 'Check the sample size.', 'true'],
    ['a note at the limit', 'x'.repeat(SPELLCHECK_MAX_CHARS), 'true'],
    ['a note past the limit', 'x'.repeat(SPELLCHECK_MAX_CHARS + 1), 'false'],
    ['a 200,000-character note', 'x'.repeat(200_000), 'false'],
  ])('sets spellcheck for %s', (_what, note, spellcheck) => {
    renderWithStore(<NoteEditor annotationId={aid('a')} note={note} onClose={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('spellcheck', spellcheck);
  });
});
