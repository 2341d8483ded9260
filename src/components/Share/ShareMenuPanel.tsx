/**
 * The "Share & export" menu's panel: share a set (a W3C JSON-LD file named after the paper, or a
 * share link; past the link's capacity it says so and offers the file), export all of the paper's
 * annotations (JSON-LD, the report as a page to read or print or as Markdown, CSV) and, while a
 * filter is on, only the filtered ones, and paste annotations to import. Loaded the first time the menu opens (ShareMenu.tsx), since it
 * is not on the first screen. The set it shares is the one new highlights go to, unless the reader
 * picks another here; when new highlights start going elsewhere, it follows them.
 */
import { useState } from 'react';
import type { ShareController, ShareLinkResult } from './share-actions';
import {
  isFilterActive,
  selectPaperAnnotations,
  selectVisibleAnnotations,
} from '../../store/selectors';
import { asSetId, type AnnotationSet, type SetId } from '../../annotations/types';
import { useAppStore } from '../store-context';
import { shareLinkMessage } from './share-messages';
import { plural } from '../../paper/plural';

/** When the part of the app that exports could not be loaded (offline before it was kept). */
const NOT_LOADED = 'Exporting could not be loaded (are you offline?). Nothing was lost; try again.';

interface Props {
  share: ShareController;
  /** Closes the menu (before the paste dialog opens). */
  onClose: () => void;
}

/** Said once an export is done: nothing else on the page changes, and a download bar may not show. */
const DONE = "Exported: the file is in your browser's downloads.";

/** Why an export found nothing, by what was exported, and what fills it. */
const EMPTY = {
  /** The set new highlights go to: highlighting fills it. */
  activeSet:
    'this set has no annotations on this paper yet. Select a passage in the paper to highlight it: it goes to this set.',
  /** Another set: highlighting would fill the active one, so say where that is chosen. */
  set: 'this set has no annotations on this paper yet. Pick another set above, or choose this one under Layers, “New highlights go to”, and highlight.',
  paper:
    'this paper has no annotations yet. Select a passage in the paper to highlight it, then export.',
  filtered: 'no annotation matches the filter. Change or clear the filter in the sidebar.',
};

export function ShareMenuPanel({ share, onClose }: Props) {
  const active = useAppStore((s) => s.activeSetId);
  // A set picked here holds until new highlights start going elsewhere; then the menu follows.
  const [picked, setPicked] = useState<SetId | null>(null);
  const [seenActive, setSeenActive] = useState(active);
  if (active !== seenActive) {
    setSeenActive(active);
    setPicked(null);
  }
  const sets = useAppStore((s) => s.annotationSets);
  const paperId = useAppStore((s) => s.currentPaperId);
  const onPaper = useAppStore(selectPaperAnnotations);
  // How many of this paper's annotations each set has (at each render: the panel is open only
  // briefly). Counted here, not with the sidebar's selectLayerCounts: importing that, isOwnSet or
  // useMemo into this lazy part made the first load export them, 19 bytes more on a full load.
  const counts = new Map<string, number>();
  for (const a of onPaper) counts.set(a.setId, (counts.get(a.setId) ?? 0) + 1);
  // Offered as Layers lists them: a layer imported on another paper has nothing to share here.
  const offered = Object.values(sets).filter(
    (s) => s.origin !== 'imported' || counts.has(s.id) || s.paperId === paperId,
  );
  // A picked set no longer offered (deleted, or the paper changed under the menu) gives way.
  const setId = offered.some((s) => s.id === picked) ? picked! : active;
  const shared: AnnotationSet | undefined = sets[setId];
  const sharedName = shared?.name ?? 'My annotations';
  const sharedCount = counts.get(setId) ?? 0;
  const emptySet = setId === active ? EMPTY.activeSet : EMPTY.set;
  const [link, setLink] = useState<ShareLinkResult | null>(null);
  const [status, setStatus] = useState('');
  const all = onPaper.length;
  const shown = useAppStore(selectVisibleAnnotations).length;
  const isFiltered = useAppStore((s) => isFilterActive(s.annotationFilter));
  const openPaste = useAppStore((s) => s.pasteOpened);

  /** Runs an export and says it is done (or, from `empty`, why there was nothing to export). */
  const run = (exported: Promise<boolean>, empty: string) =>
    void exported.then(
      (ok) => setStatus(ok ? DONE : `Nothing to export: ${empty}`),
      () => setStatus(NOT_LOADED),
    );

  return (
    <>
      <h2 className="share-menu__heading">Share a set</h2>
      <label className="share-menu__row">
        <span>Set</span>
        <select
          className="text-input"
          value={setId}
          onChange={(e) => setPicked(asSetId(e.target.value))}
        >
          {offered.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <p className="share-menu__note">
        Shares <bdi>{sharedName}</bdi>: {plural(sharedCount, 'annotation')} on this paper.
        {/* Said here, not in the option: a long note there cut the set's name off. */}
        {setId === active ? ' New highlights go to this set.' : ''}
        {shared?.origin === 'imported' ? importedNote(shared.author) : ''}
      </p>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => run(share.exportFile({ kind: 'set', setId }, 'jsonld'), emptySet)}
      >
        Export set (file)
      </button>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => {
          setStatus('Making the link…');
          void share.copyShareLink(setId).then(
            (r) => {
              setLink(r);
              setStatus(shareLinkMessage(r, emptySet));
            },
            () => setStatus(NOT_LOADED),
          );
        }}
      >
        Copy share link
      </button>
      {link?.kind === 'shown' || link?.kind === 'copied' ? (
        <input
          className="text-input share-menu__link"
          readOnly
          aria-label="Share link"
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
      {link?.kind === 'too-long' ? (
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile({ kind: 'set', setId }, 'jsonld'), emptySet)}
        >
          Export set as a file instead
        </button>
      ) : null}
      <h2 className="share-menu__heading">Export</h2>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => run(share.exportFile({ kind: 'paper' }, 'jsonld'), EMPTY.paper)}
      >
        Export all annotations ({all}, JSON-LD)
      </button>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => run(share.exportFile({ kind: 'paper' }, 'html'), EMPTY.paper)}
      >
        Export report to read or print (HTML)
      </button>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => run(share.exportFile({ kind: 'paper' }, 'markdown'), EMPTY.paper)}
      >
        Export report (Markdown)
      </button>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => run(share.exportFile({ kind: 'paper' }, 'csv'), EMPTY.paper)}
      >
        Export all as CSV
      </button>
      {isFiltered ? (
        <>
          <p className="share-menu__note">Filtered: {shown} shown</p>
          <button
            type="button"
            className="share-menu__item"
            onClick={() => run(share.exportFile('filtered', 'jsonld'), EMPTY.filtered)}
          >
            Export filtered as JSON-LD
          </button>
          <button
            type="button"
            className="share-menu__item"
            onClick={() => run(share.exportFile('filtered', 'html'), EMPTY.filtered)}
          >
            Export filtered report (HTML)
          </button>
          <button
            type="button"
            className="share-menu__item"
            onClick={() => run(share.exportFile('filtered', 'markdown'), EMPTY.filtered)}
          >
            Export filtered report (Markdown)
          </button>
          <button
            type="button"
            className="share-menu__item"
            onClick={() => run(share.exportFile('filtered', 'csv'), EMPTY.filtered)}
          >
            Export filtered as CSV
          </button>
        </>
      ) : null}
      <h2 className="share-menu__heading">Import</h2>
      <button
        type="button"
        className="share-menu__item"
        onClick={() => {
          onClose();
          openPaste(true);
        }}
      >
        Paste annotations…
      </button>
      <p role="status" className="share-menu__status">
        {status}
      </p>
    </>
  );
}

/**
 * Said when the set shared is a layer the reader imported: it may be shared on, and it goes as
 * the sender's (their name travels with it), not as the reader's own.
 */
function importedNote(author: string | undefined) {
  const whose = author ? (
    <>
      <bdi>{author}</bdi>’s annotations
    </>
  ) : (
    'it'
  );
  return <> A layer you imported (read-only): sharing it passes {whose} on under their name.</>;
}
