/**
 * A note's Markdown as HTML for the readable report (annotations/formats/report-html.ts), parsed
 * as the sidebar parses it: the same react-markdown, its `urlTransform` emptying `javascript:` and
 * other unsafe URLs, raw HTML shown as the text it is, images left out, headings as bold
 * paragraphs. The React elements it makes are written out by the small serializer below, which
 * writes only the tags it knows (every other element stands for its text) and no attribute but a
 * list's `start`, a heading's class and an http(s) link's `href`; every text is escaped. So an
 * imported note can neither run nor load anything in the report.
 *
 * A printed page cannot be clicked: a link is shown as its text and its URL, `text
 * (https://…)`, the URL a link when it is http(s).
 *
 * Loaded with the first HTML report only (app/share-export.ts). It imports the sidebar's renderer
 * (NoteMarkdown.tsx) for its settings, so react-markdown stays in that one lazy chunk, shared.
 */
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { DISALLOWED, HEADINGS } from './NoteMarkdown';
import { escapeHtml as esc } from '../../annotations/formats/escape-html';

const HTTP_URL = /^https?:\/\/[^\s<>"]+$/i;

const COMPONENTS: Components = {
  // An unsafe URL arrives emptied by urlTransform: its text only.
  a: ({ href, children }) => {
    if (!href) return <>{children}</>;
    const url = HTTP_URL.test(href) ? <a href={href}>{href}</a> : href;
    // An autolink (`<https://…>`) is its URL already.
    return children === href ? (
      url
    ) : (
      <>
        {children} ({url})
      </>
    );
  },
  ...HEADINGS,
};

/** The elements written as themselves; any other element is written as its content. */
const TAGS = new Set([
  'p',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'br',
  'hr',
]);
const EMPTY_TAGS = new Set(['br', 'hr']);

interface Props {
  children?: ReactNode;
  href?: unknown;
  start?: unknown;
  className?: unknown;
}

function attributes(tag: string, props: Props): string {
  if (tag === 'a' && typeof props.href === 'string' && HTTP_URL.test(props.href))
    return ` href="${esc(props.href)}"`;
  if (tag === 'ol' && Number.isSafeInteger(props.start)) return ` start="${String(props.start)}"`;
  if (tag === 'p' && props.className === 'note__heading') return ' class="note__heading"';
  return '';
}

/** React elements made of plain tags and function components, written as HTML. */
function toHtml(node: ReactNode): string {
  if (typeof node === 'string') return esc(node);
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (!isValidElement(node)) return '';
  const { type, props } = node as ReactElement<Props>;
  if (typeof type === 'function') return toHtml((type as (p: Props) => ReactNode)(props));
  const inner = toHtml(props.children);
  if (typeof type !== 'string' || !TAGS.has(type)) return inner;
  const open = `<${type}${attributes(type, props)}>`;
  return EMPTY_TAGS.has(type) ? open : `${open}${inner}</${type}>`;
}

/** The note's Markdown as HTML to put in the report's `.note` container. */
export function noteToHtml(note: string): string {
  return toHtml(
    <Markdown components={COMPONENTS} disallowedElements={DISALLOWED} unwrapDisallowed>
      {note}
    </Markdown>,
  );
}
