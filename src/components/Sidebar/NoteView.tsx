/**
 * A note shown on a card. Its Markdown renderer (react-markdown and its parser, ~35 kB gzipped) is
 * loaded lazily, so the first screen never downloads it, but before a note is shown where it can:
 * once the store holds a note (note-renderer.ts) and when the note editor opens. A note shown
 * after that is drawn at once. Until it has arrived the note's own text is shown as plain
 * paragraphs, each line on a line of its own (never a list's `- one - two` run together), in the
 * same container, so there is never a blank card and the card keeps roughly its final height. The
 * plain text is React text nodes: nothing in it runs as HTML or becomes a link. If the renderer
 * cannot load (offline after an update), the note stays plain text.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { AppStore } from '../../store/app-store';
import { preloadOnceNoted } from './note-renderer';

/** Paragraphs as Markdown sees them: separated by a blank line. */
const BLANK_LINE = /\n[ \t]*\n/;

/** The note as plain paragraphs, each of its lines kept, while its renderer loads. */
function PlainNote({ note }: { note: string }) {
  const paragraphs = note
    .trim()
    .split(BLANK_LINE)
    .filter((p) => p.trim());
  return paragraphs.map((text, i) => (
    <p key={i}>{text.split('\n').flatMap((line, j) => (j ? [<br key={j} />, line] : line))}</p>
  ));
}

type NoteRenderer = ComponentType<{ note: string }>;
let loading: Promise<{ default: NoteRenderer }> | undefined;
/** The renderer once loaded: a note shown after that is drawn at once, with no plain-text step. */
let Loaded: NoteRenderer | undefined;

/** Starts loading the renderer (once for the page); settles when it has loaded (or failed). */
export const preloadNoteRenderer = () =>
  (loading ??= import('./NoteMarkdown').then(
    (m) => ({ default: (Loaded = m.default) }),
    () => ({ default: (Loaded = PlainNote) }),
  ));

const NoteMarkdown = lazy(preloadNoteRenderer);

/** A card's note rendered from simple Markdown; nothing when the note is empty. */
export function NoteView({ note }: { note: string }) {
  if (!note.trim()) return null;
  return (
    <div className="note">
      {Loaded ? (
        <Loaded note={note} />
      ) : (
        <Suspense fallback={<PlainNote note={note} />}>
          <NoteMarkdown note={note} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * Starts loading the renderer once `store` holds an annotation with a note (the app does it from
 * its first render on); returns a function that stops watching.
 */
export const preloadNoteRendererOnceNoted = (store: AppStore) =>
  preloadOnceNoted(store, preloadNoteRenderer);
