/**
 * A note's Markdown rendered with react-markdown: the renderer `NoteView` loads lazily (its own
 * chunk, ~35 kB gzipped, so the first screen does not pay for it). react-markdown builds React
 * elements and never
 * runs raw HTML: `<script>` or `<img onerror>` typed in a note shows as text. Its default
 * `urlTransform` empties `javascript:` and other unsafe URLs, so it is left in place (tested in
 * AnnotationCard.test.tsx). Links open in a new tab without access to this page; images are not
 * loaded (an imported note could otherwise ping a server); headings become bold paragraphs so
 * notes do not enter the page's outline.
 */
import Markdown, { type Components } from 'react-markdown';

const asParagraph: Components['h1'] = ({ children }) => <p className="note__heading">{children}</p>;

/** Headings as bold paragraphs (the report's notes show them so too, note-html.tsx). */
export const HEADINGS: Components = {
  h1: asParagraph,
  h2: asParagraph,
  h3: asParagraph,
  h4: asParagraph,
  h5: asParagraph,
  h6: asParagraph,
};

const COMPONENTS: Components = {
  // An unsafe URL arrives emptied by urlTransform: show its text, not a link to nowhere.
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  ...HEADINGS,
};

/** Elements a note may not contain; their text (if any) is kept. */
export const DISALLOWED = ['img'];

/** The note's Markdown as React elements (the caller supplies the `.note` container). */
export default function NoteMarkdown({ note }: { note: string }) {
  return (
    <Markdown components={COMPONENTS} disallowedElements={DISALLOWED} unwrapDisallowed>
      {note}
    </Markdown>
  );
}
