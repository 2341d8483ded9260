import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoteView } from './NoteView';

/** Renders a note and waits until its lazily loaded Markdown renderer has replaced the plain text. */
async function renderMarkdown(note: string, rendered: () => Promise<unknown>) {
  const { container } = render(<NoteView note={note} />);
  await rendered();
  return container.querySelector('.note') as HTMLElement;
}

describe('NoteView', () => {
  it('shows the note as plain paragraphs at once, before its Markdown renderer has loaded', async () => {
    // A fresh module, so that no earlier test has loaded the renderer already.
    vi.resetModules();
    const { NoteView: FreshNoteView } = await import('./NoteView');
    const { container } = render(
      <FreshNoteView
        note={'**bold** first\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))'}
      />,
    );
    const note = container.querySelector('.note') as HTMLElement;
    const paragraphs = Array.from(note.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).toEqual([
      '**bold** first',
      '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
    ]);
    expect(note.querySelector('img, script, a, strong')).toBeNull();
  });

  it('keeps each line of the note on a line of its own before its renderer has loaded', async () => {
    vi.resetModules();
    const { NoteView: FreshNoteView } = await import('./NoteView');
    const { container } = render(<FreshNoteView note={'**Why** this?\n- one\n- two\n\nThen'} />);
    const paragraphs = Array.from(container.querySelectorAll('.note p'));
    expect(paragraphs.map((p) => p.textContent)).toEqual(['**Why** this?- one- two', 'Then']);
    // Each line break of the note is a line break on screen, not a space run into the line.
    const lines = paragraphs[0]!.innerHTML.split('<br>');
    expect(lines).toEqual(['**Why** this?', '- one', '- two']);
  });

  it('renders nothing for an empty note', () => {
    const { container } = render(<NoteView note={'  \n '} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders Markdown and never runs raw HTML', async () => {
    const note = await renderMarkdown(
      '**bold** and [a link](https://example.org)\n\n<img src=x onerror=alert(1)> <script>alert(1)</script>',
      () => screen.findByText('bold'),
    );
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    const link = screen.getByRole('link', { name: 'a link' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(note).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(note).toHaveTextContent('<script>alert(1)</script>');
    expect(note.querySelector('img, script')).toBeNull();
  });

  it('never renders a javascript: link (react-markdown keeps its default urlTransform)', async () => {
    const note = await renderMarkdown(
      '[x](javascript:alert(1)) [y](JavaScript:alert(2)) <javascript:alert(3)> [ok](https://example.org)',
      () => screen.findByRole('link', { name: 'ok' }),
    );
    const hrefs = Array.from(note.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((href) => /^\s*javascript:/i.test(href))).toBe(false);
    // The unsafe links show as plain text, not as links to nowhere.
    expect(screen.queryByRole('link', { name: 'x' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'y' })).toBeNull();
    expect(note).toHaveTextContent('x y');
    expect(screen.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://example.org');
  });

  it('shows headings as bold paragraphs, outside the page outline', async () => {
    const note = await renderMarkdown('# Big claim', () => screen.findByText('Big claim'));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(note.querySelector('p.note__heading')).toHaveTextContent('Big claim');
  });
});
