/**
 * A highlight's tags: each a chip with a remove button, and an "Add tag" button that opens a text
 * box, which adds a tag on Enter or comma (Backspace in the empty box removes the last one;
 * Escape in it closes it, focus back on the button), suggesting tags used elsewhere.
 * The box is there only once asked for (the button, or the toolbar's "Tags"): a text field added
 * to the page starts the browser's form scan over the whole page (3-6 ms on a long paper, issue
 * 9), which every new highlight's card paid whether or not the reader meant to tag it.
 * The suggestions are gathered once the box is focused (the browser shows them only there): an
 * opened card, such as a new highlight's, does not look through every annotation's tags.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AnnotationId } from '../../annotations/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { selectTagSuggestions } from '../../store/selectors';
import { isolate } from '../../paper/isolate';

interface Props {
  annotationId: AnnotationId;
  tags: readonly string[];
  /** Changes when the box should take focus (the toolbar's "Tags" button asked for it). */
  focusKey?: number;
}

const NONE: string[] = [];
const noSuggestions = () => NONE;

export function TagEditor({ annotationId, tags, focusKey = 0 }: Props) {
  const store = useAppStoreApi();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [suggesting, setSuggesting] = useState(false);
  // Opened with the button, or by the toolbar's "Tags" (a new focusKey), and focused then.
  const [open, setOpen] = useState(focusKey > 0);
  const [seenKey, setSeenKey] = useState(focusKey);
  if (focusKey !== seenKey) {
    setSeenKey(focusKey);
    if (focusKey > 0) setOpen(true);
  }
  const addButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the reader opened or closed the box. */
  const focusNext = useRef<'box' | 'button' | null>(null);
  const suggestions = useAppStore(suggesting ? selectTagSuggestions : noSuggestions);
  const unused = suggestions.filter((t) => !tags.some((u) => u.toLowerCase() === t.toLowerCase()));

  useEffect(() => {
    if (focusKey > 0) input.current?.focus();
  }, [focusKey]);
  // After Escape, focus goes back to the button that opens the box (as the note editor's does).
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'box') input.current?.focus();
    else if (next === 'button') addButton.current?.focus();
  }, [open]);

  const save = (next: readonly string[], message: string) => {
    const s = store.getState();
    s.annotationEdited(annotationId, { tags: next });
    s.announced(message);
  };
  /** Adds the tags typed (one, or several pasted with commas); repeats are skipped. */
  const add = (typed: string) => {
    const fresh: string[] = [];
    for (const raw of typed.split(',')) {
      const tag = raw.trim().replace(/\s+/g, ' ');
      const known = [...tags, ...fresh].some((t) => t.toLowerCase() === tag.toLowerCase());
      if (tag && !known) fresh.push(tag);
    }
    if (fresh.length === 0) {
      if (typed.trim()) store.getState().announced(`Already tagged ${isolate(typed.trim())}.`);
      return;
    }
    save([...tags, ...fresh], `Tag ${fresh.map(isolate).join(', ')} added.`);
  };
  const remove = (tag: string) =>
    save(
      tags.filter((t) => t !== tag),
      `Tag ${isolate(tag)} removed.`,
    );

  return (
    <div className="tag-editor">
      <ul className="chip-row" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            #<bdi>{tag}</bdi>
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove tag ${isolate(tag)}`}
              onClick={() => {
                remove(tag);
                (input.current ?? addButton.current)?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <>
          <input
            ref={input}
            className="text-input tag-editor__input"
            aria-label="Add a tag"
            placeholder="Add a tag (Enter)"
            list={listId}
            value={draft}
            onFocus={() => setSuggesting(true)}
            onChange={(e) => {
              // A comma typed where keydown cannot see it (some touch keyboards), or pasted.
              const value = e.target.value;
              const cut = value.lastIndexOf(',');
              if (cut >= 0) add(value.slice(0, cut));
              setDraft(cut >= 0 ? value.slice(cut + 1) : value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && draft === '') {
                e.preventDefault();
                focusNext.current = 'button';
                setOpen(false);
              } else if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault();
                add(draft);
                setDraft('');
              } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
                e.preventDefault();
                remove(tags[tags.length - 1]!);
              }
            }}
          />
          <datalist id={listId}>
            {unused.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </>
      ) : (
        <button
          type="button"
          ref={addButton}
          className="button button--quiet button--small"
          onClick={() => {
            focusNext.current = 'box';
            setOpen(true);
          }}
        >
          Add tag
        </button>
      )}
    </div>
  );
}
