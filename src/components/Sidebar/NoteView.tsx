/**
 * A note shown on a card. Its Markdown renderer (react-markdown and its parser, ~35 kB gzipped) is
 * loaded lazily the first time a note is shown, so the first screen never downloads it. Until it
 * has arrived the note's own text is shown as plain paragraphs in the same container, so there is
 * never a blank card and the card keeps roughly its final height. The plain text is React text
 * nodes: nothing in it runs as HTML or becomes a link.
 */
import { lazy, Suspense } from 'react';

const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

/** Paragraphs as Markdown sees them: separated by a blank line. */
const BLANK_LINE = /\n[ \t]*\n/;

/** The note as plain paragraphs while its renderer loads. */
function PlainNote({ note }: { note: string }) {
  const paragraphs = note
    .trim()
    .split(BLANK_LINE)
    .filter((p) => p.trim());
  return paragraphs.map((text, i) => <p key={i}>{text}</p>);
}

/** A card's note rendered from simple Markdown; nothing when the note is empty. */
export function NoteView({ note }: { note: string }) {
  if (!note.trim()) return null;
  return (
    <div className="note">
      <Suspense fallback={<PlainNote note={note} />}>
        <NoteMarkdown note={note} />
      </Suspense>
    </div>
  );
}
