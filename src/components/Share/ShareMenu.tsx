/**
 * "Share & export" in the header: export a set (W3C JSON-LD file named after the paper), copy a
 * set's share link (or, past the link's capacity, say so and offer the file), export all of the
 * paper's annotations, or only the filtered ones as JSON-LD, a Markdown report or CSV; and paste
 * annotations to import. A disclosure button and a panel of plain buttons (Escape closes it).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ShareController, ShareLinkResult } from './share-controller';
import {
  isFilterActive,
  selectPaperAnnotations,
  selectVisibleAnnotations,
} from '../../store/selectors';
import { asSetId, DEFAULT_SET_ID } from '../../annotations/types';
import { useAppStore } from '../store-context';
import { shareLinkMessage } from './share-messages';
import './share.css';

export function ShareMenu({ share }: { share: ShareController }) {
  const [open, setOpen] = useState(false);
  const [setId, setSetId] = useState(DEFAULT_SET_ID);
  const [link, setLink] = useState<ShareLinkResult | null>(null);
  const [status, setStatus] = useState('');
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const hasPaper = useAppStore((s) => s.paper !== null);
  const sets = useAppStore((s) => s.annotationSets);
  const all = useAppStore(selectPaperAnnotations).length;
  const shown = useAppStore(selectVisibleAnnotations).length;
  const isFiltered = useAppStore((s) => isFilterActive(s.annotationFilter));
  const openPaste = useAppStore((s) => s.pasteOpened);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const run = (exported: Promise<boolean>, what: string) =>
    void exported.then((ok) =>
      setStatus(ok ? '' : `Nothing to export: ${what} has no annotations on this paper.`),
    );

  return (
    <div
      className="share-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hasPaper}
        onClick={() => setOpen(!open)}
      >
        Share &amp; export <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        className="share-menu__panel"
        role="group"
        aria-label="Share & export"
        hidden={!open}
      >
        <h2 className="share-menu__heading">Share a set</h2>
        <label className="share-menu__row">
          <span>Set</span>
          <select
            className="text-input"
            value={setId}
            onChange={(e) => setSetId(asSetId(e.target.value))}
          >
            {Object.values(sets).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile({ kind: 'set', setId }, 'jsonld'), 'this set')}
        >
          Export set (file)
        </button>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => {
            setStatus('Making the link…');
            void share.copyShareLink(setId).then((r) => {
              setLink(r);
              setStatus(shareLinkMessage(r));
            });
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
            onClick={() => run(share.exportFile({ kind: 'set', setId }, 'jsonld'), 'this set')}
          >
            Export set as a file instead
          </button>
        ) : null}
        <h2 className="share-menu__heading">Export</h2>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile({ kind: 'paper' }, 'jsonld'), 'the paper')}
        >
          Export all annotations ({all}, JSON-LD)
        </button>
        <p className="share-menu__note">
          {isFiltered ? `Filtered: ${shown} shown` : 'No filter: all shown'}
        </p>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile('filtered', 'jsonld'), 'the filter')}
        >
          Export filtered as JSON-LD
        </button>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile('filtered', 'markdown'), 'the filter')}
        >
          Export filtered as Markdown report
        </button>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => run(share.exportFile('filtered', 'csv'), 'the filter')}
        >
          Export filtered as CSV
        </button>
        <h2 className="share-menu__heading">Import</h2>
        <button
          type="button"
          className="share-menu__item"
          onClick={() => {
            setOpen(false);
            openPaste(true);
          }}
        >
          Paste annotations…
        </button>
        <p role="status" className="share-menu__status">
          {status}
        </p>
      </div>
    </div>
  );
}
