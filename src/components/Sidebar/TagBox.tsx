/**
 * The text box of a highlight's tags (TagEditor), loaded once a reader first asks to tag: it adds
 * a tag on Enter or comma (Backspace when empty removes the last one; Escape drops what is typed,
 * then closes it) and suggests tags used
 * elsewhere, gathered once it is focused (the browser shows them only there), so an opened card
 * does not look through every annotation's tags.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../store-context';
import { selectTagSuggestions } from '../../store/selectors';
import { isolate } from '../../paper/isolate';
import { tagsTyped } from './tags-typed';

interface Props {
  tags: readonly string[];
  /** Changes when the box should take focus again (the toolbar's "Tags" asked for it). */
  focusKey: number;
  /** Saves the tags and says `message`. */
  save: (next: readonly string[], message: string) => void;
  remove: (tag: string) => void;
  /** Escape in the empty box: closes it (focus back on its "Add tag" button). */
  close: () => void;
  announce: (message: string) => void;
  /** What the reader typed while the box loaded (read once, as it opens). */
  early?: { current: string };
}

const NONE: string[] = [];
const noSuggestions = () => NONE;

export default function TagBox({ tags, focusKey, save, remove, close, announce, early }: Props) {
  const [draft, setDraft] = useState(() => early?.current ?? '');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [suggesting, setSuggesting] = useState(false);
  const suggestions = useAppStore(suggesting ? selectTagSuggestions : noSuggestions);
  const unused = suggestions.filter((t) => !tags.some((u) => u.toLowerCase() === t.toLowerCase()));

  // Focused as it opens (asked for), and again when the toolbar asks.
  // Before the page is painted: a key typed as it replaces the field it loaded in lands in it.
  useLayoutEffect(() => {
    const box = input.current;
    box?.focus();
    // After what was typed before the box loaded, not before it.
    box?.setSelectionRange(box.value.length, box.value.length);
  }, [focusKey]);

  /** Adds the tags typed (one, or several pasted with commas); repeats are skipped. */
  const add = (typed: string) => {
    const { next, fresh } = tagsTyped(tags, typed);
    if (fresh.length === 0) {
      if (typed.trim()) announce(`Already tagged ${isolate(typed.trim())}.`);
      return;
    }
    save(next, `Tag ${fresh.map(isolate).join(', ')} added.`);
  };

  return (
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
          if (e.key === 'Escape') {
            // Kept from the drawer (on a phone Escape would close the whole sidebar): a typed
            // tag is dropped first, the empty box then closes.
            e.preventDefault();
            e.stopPropagation();
            if (draft) setDraft('');
            else close();
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
  );
}
