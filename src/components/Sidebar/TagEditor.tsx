/**
 * A highlight's tags in its open card: each a chip with a remove button, and an "Add tag" button
 * that opens the text box (TagBox). The box is there only once asked for (the button, or the
 * toolbar's "Tags"), and stays while the card is open: a text field added to the page starts the
 * browser's form scan over the whole page (2-6 ms on a long paper, issue 9), which every new
 * highlight's card paid whether or not the reader meant to tag it. The box loads on first use,
 * as the reference picker does (it is not on the first screen; scripts/check-bundle.mjs).
 */
import { useRef, useState } from 'react';
import type { AnnotationId } from '../../annotations/types';
import { useAppStoreApi } from '../store-context';
import { isolate } from '../../paper/isolate';
import { lazyPart } from '../shared/lazy-part';
import { tagsTyped } from './tags-typed';
import { entryOf } from '../../annotations/shared-record';

// Offline (or after an update) its failure to load stays in the card, with Try again and Close.
const TagBox = lazyPart(() => import('./TagBox'), 'default', {
  what: 'The tag box',
});

interface Props {
  annotationId: AnnotationId;
  tags: readonly string[];
  /** Changes when the box should open and take focus (the toolbar's "Tags" button asked for it). */
  focusKey?: number;
}

export function TagEditor({ annotationId, tags, focusKey = 0 }: Props) {
  const store = useAppStoreApi();
  // Open while a request is newer than the last close: the toolbar's "Tags" (focusKey) after the
  // one Escape closed it on, or the Add tag button (-1).
  const [closedAt, setClosedAt] = useState(0);
  const open = focusKey > closedAt;
  const addButton = useRef<HTMLButtonElement | null>(null);
  /** What is typed before the box has loaded: the box starts from it. */
  const early = useRef('');
  const box = useRef<HTMLDivElement>(null);
  /** Set as Escape closes the box: focus then goes back to the button (not to the page body). */
  const refocus = useRef(false);
  const close = () => {
    early.current = '';
    refocus.current = true;
    setClosedAt(focusKey);
  };

  const save = (next: readonly string[], message: string) => {
    const s = store.getState();
    s.annotationEdited(annotationId, { tags: next });
    s.announced(message);
  };
  const remove = (tag: string) =>
    save(
      tags.filter((t) => t !== tag),
      `Tag ${isolate(tag)} removed.`,
    );

  return (
    <div className="tag-editor" ref={box}>
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
                (box.current?.querySelector('input') ?? addButton.current)?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <TagBox
          tags={tags}
          focusKey={focusKey}
          early={early}
          // Until the box has loaded (the first time), a plain field takes the keys typed at once.
          loading={
            <input
              className="text-input tag-editor__input"
              aria-label="Add a tag"
              placeholder="Add a tag (Enter)"
              autoFocus
              onChange={(e) => {
                early.current = e.target.value;
              }}
              onKeyDown={(e) => {
                // Enter or a comma adds the tag typed, as the box will (its code not loaded yet).
                if (e.key !== 'Enter' && e.key !== ',') return;
                e.preventDefault();
                const field = e.currentTarget;
                const now = entryOf(store.getState().annotations, annotationId)?.tags ?? tags;
                const { next, fresh } = tagsTyped(now, field.value);
                if (fresh.length > 0) save(next, `Tag ${fresh.map(isolate).join(', ')} added.`);
                field.value = '';
                early.current = '';
              }}
            />
          }
          save={save}
          remove={remove}
          close={close}
          onDismiss={close}
          announce={(message) => store.getState().announced(message)}
        />
      ) : (
        <button
          type="button"
          className="button button--quiet button--small"
          ref={(button) => {
            addButton.current = button;
            if (button && refocus.current) button.focus();
            refocus.current = false;
          }}
          onClick={() => setClosedAt(-1)}
        >
          Add tag
        </button>
      )}
    </div>
  );
}
