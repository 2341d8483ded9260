/**
 * Source → claims: under a reference entry, the reader's highlights linked to it. Each opens its
 * card in the sidebar and brings its highlight into view, focused and flashed (as a card's quote
 * does), so keyboard users read on from the claim.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useAppStoreApi } from '../store-context';
import { referenceClaimsFeed } from '../../store/reference-claims-feed';
import { COLOUR_CUES } from '../shared/colour-cues';
import { openAndRevealHighlight } from '../Sidebar/reveal-highlight';
import { isolate } from '../../paper/isolate';
import { plural } from '../../paper/plural';

/** Longest quote shown in the list; the card shows the rest. */
const QUOTE_CHARS = 90;

export function LinkedClaims({ label }: { label: string }) {
  const store = useAppStoreApi();
  // Through the store's one feed for the whole list, not a subscription per entry (issue 9).
  const feed = referenceClaimsFeed(store);
  const subscribe = useCallback(
    (listener: () => void) => feed.subscribe(label, listener),
    [feed, label],
  );
  const get = () => feed.get(label);
  const { claims, labels } = useSyncExternalStore(subscribe, get, get);
  if (claims.length === 0) return null;
  return (
    <div className="linked-claims" data-ui>
      <p className="linked-claims__title">{plural(claims.length, 'linked claim')}</p>
      <ul className="linked-claims__list" aria-label={`Claims linked to [${isolate(label)}]`}>
        {claims.map((a) => {
          const quote = a.target.quote.exact;
          return (
            <li key={a.id}>
              <button
                type="button"
                className="linked-claims__claim"
                onClick={() => openAndRevealHighlight(store, a.id)}
              >
                <span
                  className={`linked-claims__cue hl-swatch hl-swatch--${a.colour}`}
                  aria-hidden="true"
                >
                  {COLOUR_CUES[a.colour].glyph}
                </span>
                <span className="visually-hidden">{labels[a.colour]}: </span>“
                {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}”
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
