/**
 * A highlight's tags: each a chip with a remove button, and a text box that adds a tag on Enter
 * or comma (Backspace in the empty box removes the last one), suggesting tags used elsewhere.
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
  const suggestions = useAppStore(suggesting ? selectTagSuggestions : noSuggestions);
  const unused = suggestions.filter((t) => !tags.some((u) => u.toLowerCase() === t.toLowerCase()));

  useEffect(() => {
    if (focusKey > 0) input.current?.focus();
  }, [focusKey]);

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
                input.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
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
          if (e.key === 'Enter' || e.key === ',') {
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
    </div>
  );
}
