/**
 * The import preview: what importing the file would do on the open paper before anything changes
 * (how many annotations, from whom, for which paper, how many anchor, duplicates, conflicts with
 * a choice), or the one sentence saying why the file cannot be imported (then only what the file
 * is, never what importing would do: "1 orphan kept" beside "cannot be imported" contradicted
 * itself). Confirm applies it;
 * Cancel or Escape leaves everything as it was. All text from the file is rendered as text.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { plannedLayers, type PlannedLayer } from '../../annotations/formats/apply-import';
import type { ImportPlan } from '../../annotations/formats/import-plan';
import type { ParsedAnnotationFile } from '../../annotations/formats/parsed-file';
import type { ImportSource } from '../../store/slices/import-slice';
import { ModalDialog } from '../shared/ModalDialog';
import { placeAfterDialog } from '../shared/place-after-dialog';
import { keptAcrossReload } from '../../io/waiting-import';
import { useAppStore, useAppStoreApi } from '../store-context';
import { plural } from '../../paper/plural';
import { PAPER_FILE_ACCEPT } from '../PaperPicker/OpenPaperButton';
import type { PaperId } from '../../paper/types';
import { shortTitle } from './short-title';

const FROM: Record<ImportSource, string> = {
  file: 'Import annotations from a file',
  paste: 'Import pasted annotations',
  link: 'Import annotations from a share link',
};

/** What brings an import too big to keep across a reload back, by where it came from. */
const AGAIN: Record<ImportSource, string> = {
  file: 'import the file again',
  paste: 'paste the annotations again',
  link: 'open the link again',
};

/** What the dialog asks of the app's papers (app/paper-controller.ts gives them). */
export interface Papers {
  /** Opens a recent paper. */
  openRecent: (id: PaperId) => unknown;
  /** Told when the picker opens, as OpenPaperButton's `onChoosing`: the reader readies itself. */
  warm: () => void;
}

/**
 * `onFile` opens a paper picked in the dialog: a share link opened before its paper (a
 * student's first visit) offers "Open paper…" beside the reason, the reader's next step; when
 * that paper is among the recent papers, `papers.openRecent` opens it in one step.
 */
export function ImportDialog({
  onFile,
  papers,
}: {
  onFile?: (file: File) => void;
  papers?: Papers;
}) {
  const pending = useAppStore((s) => s.pendingImport);
  const cancel = useAppStore((s) => s.importCancelled);
  const confirm = useAppStore((s) => s.importConfirmed);
  const paperTitle = useAppStore((s) => s.paper?.title ?? '');
  const sets = useAppStore((s) => s.annotationSets);
  const annotations = useAppStore((s) => s.annotations);
  // Waiting for its paper: null when not, else whether a reload keeps it (a small one).
  const waiting = useAppStore((s) => s.importWaiting && keptAcrossReload(s.importWaiting));
  // The paper the waiting import was made on, when this browser still holds it.
  const recent = useAppStore((s) => {
    const id = s.importWaiting?.paperId;
    return id && !s.missingPaperIds[id] ? (s.papers[id] ?? null) : null;
  });
  const store = useAppStoreApi();
  const [conflicts, setConflicts] = useState<'newer-wins' | 'keep-both'>('newer-wins');
  const cancelButton = useRef<HTMLButtonElement>(null);
  const paperInput = useRef<HTMLInputElement>(null);
  const paperButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  // Opened by a share link or a dropped file, nothing had focus to give it back to.
  const after = useRef<HTMLElement | null>(null);
  const placeAfter = useCallback(() => after.current, []);
  if (!pending) return null;
  const close = () => {
    after.current = placeAfterDialog(false);
    cancel();
  };
  const importNow = async () => {
    after.current = placeAfterDialog(true);
    await confirm(conflicts);
    // An error left by an earlier file (say, this one dropped where papers open) is stale now;
    // an info notice about the paper on screen and a storage warning still hold.
    if (store.getState().paperNotice?.kind === 'error') store.getState().paperNoticeDismissed();
  };
  const blocked = pending.kind === 'error' || pending.plan.refusal !== null;
  // A file whose every annotation is already here adds nothing: no "Import 0 annotations" button
  // that does nothing, only Close beside "Nothing new to add".
  const nothingNew =
    pending.kind === 'preview' && pending.plan.counts.new + pending.plan.counts.conflict === 0;
  const closeOnly = blocked || nothingNew;
  // Made on a paper not open here, and waiting for it: nothing went wrong, the reader has yet to
  // open that paper. Said as a step to take (not an alert), with the picker at hand.
  const awaitsPaper =
    pending.kind === 'preview' && pending.plan.refusal !== null && waiting !== null;
  return (
    <ModalDialog
      title={FROM[pending.source]}
      onClose={close}
      initialFocus={awaitsPaper && (onFile || (recent && papers)) ? paperButton : cancelButton}
      returnFocusTo={placeAfter}
      // Focus starts on the step (Open paper…): the reason, which names the paper, is read with it.
      describedBy={awaitsPaper ? reasonId : undefined}
    >
      {pending.name ? <p className="dialog__file">{pending.name}</p> : null}
      {pending.kind === 'error' ? (
        <p role="alert" className="dialog__error">
          {pending.message}
        </p>
      ) : (
        <Preview
          file={pending.file}
          plan={pending.plan}
          paperTitle={paperTitle}
          layers={plannedLayers({ sets, annotations }, pending.plan, {
            conflicts,
            origin: pending.origin,
            now: pending.at,
          })}
          awaitsPaper={awaitsPaper}
          reasonId={reasonId}
        />
      )}
      {awaitsPaper ? (
        // The refusal names the paper; opening it by any way (Open paper…, Recent papers) brings
        // this preview back, so the link need not be found and opened again. Only this tab keeps
        // it waiting (in its sessionStorage, across a reload when small: io/waiting-import.ts).
        <p className="dialog__note">
          When you open it in this tab (Open paper… or Recent papers), this import is offered again
          {waiting ? ', after a reload too.' : `. After a reload, ${AGAIN[pending.source]}.`}
        </p>
      ) : null}
      {pending.kind === 'preview' && pending.plan.counts.conflict > 0 && !blocked ? (
        <fieldset className="dialog__choice">
          <legend>
            {plural(pending.plan.counts.conflict, 'annotation')} you already have differ:
          </legend>
          <label>
            <input
              type="radio"
              name="conflicts"
              checked={conflicts === 'newer-wins'}
              onChange={() => setConflicts('newer-wins')}
            />{' '}
            Keep the newer version
          </label>
          <label>
            <input
              type="radio"
              name="conflicts"
              checked={conflicts === 'keep-both'}
              onChange={() => setConflicts('keep-both')}
            />{' '}
            Keep both
          </label>
        </fieldset>
      ) : null}
      <div className="dialog__actions">
        {awaitsPaper && recent && papers ? (
          <button
            type="button"
            className="button button--primary"
            ref={paperButton}
            onClick={() => {
              close();
              void papers.openRecent(recent.id);
            }}
          >
            Open “<bdi>{shortTitle(recent.title)}</bdi>”
          </button>
        ) : awaitsPaper && onFile ? (
          <>
            <button
              type="button"
              className="button button--primary"
              ref={paperButton}
              onClick={() => {
                papers?.warm();
                paperInput.current?.click();
              }}
            >
              Open paper…
            </button>
            <input
              ref={paperInput}
              type="file"
              accept={PAPER_FILE_ACCEPT}
              hidden
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // As OpenPaperButton's: the same file picked again is a change again.
                e.currentTarget.value = '';
                if (!file) return;
                close();
                onFile(file);
              }}
            />
          </>
        ) : null}
        {closeOnly ? null : (
          <button type="button" className="button button--primary" onClick={() => void importNow()}>
            Import{' '}
            {plural(
              pending.kind === 'preview'
                ? pending.plan.counts.new +
                    (conflicts === 'keep-both' ? pending.plan.counts.conflict : 0)
                : 0,
              'annotation',
            )}
          </button>
        )}
        <button type="button" className="button button--quiet" ref={cancelButton} onClick={close}>
          {closeOnly ? 'Close' : 'Cancel'}
        </button>
      </div>
    </ModalDialog>
  );
}

function Preview({
  file,
  plan,
  paperTitle,
  layers,
  awaitsPaper,
  reasonId,
}: {
  file: ParsedAnnotationFile;
  plan: ImportPlan;
  paperTitle: string;
  layers: PlannedLayer[];
  awaitsPaper: boolean;
  reasonId: string;
}) {
  const c = plan.counts;
  const nobody = 'someone who did not give a name';
  // A set of the file that names no author is nobody's: never its neighbour's (a student's
  // export holds their own unnamed set beside the layer they imported from their teacher).
  const unnamed = plan.creators.length > 0 && file.sets.some((s) => !s.author?.trim());
  const from = plan.creators.length
    ? `${plan.creators.join(', ')}${unnamed ? ` and ${nobody}` : ''}`
    : nobody;
  return (
    <>
      <dl className="dialog__facts">
        <dt>Annotations</dt>
        <dd>{file.annotations.length.toLocaleString('en')}</dd>
        <dt>From</dt>
        <dd>{from}</dd>
        <dt>Made on</dt>
        <dd>{file.paper.title ?? file.paper.source ?? 'a paper the file does not name'}</dd>
        {plan.refusal ? null : (
          <>
            <dt>Will anchor</dt>
            <dd>
              {/* Of the new ones: duplicates are skipped, conflicts are counted below. */}
              {c.new ? `${c.anchored} of ${c.new}` : 'none new'}
              {c.orphan ? ` (${plural(c.orphan, 'orphan')} kept, listed apart)` : ''}
            </dd>
            <dt>Duplicates</dt>
            <dd>{c.duplicate ? `${c.duplicate} already here, skipped` : 'none'}</dd>
            <dt>Conflicts</dt>
            <dd>{c.conflict ? `${c.conflict} differ from yours` : 'none'}</dd>
            {c.error ? (
              <>
                <dt>Not importable</dt>
                <dd>{c.error}</dd>
              </>
            ) : null}
          </>
        )}
      </dl>
      {plan.warning && !plan.refusal ? (
        <p role="note" className="dialog__warning">
          {plan.warning}
        </p>
      ) : null}
      {plan.refusal && awaitsPaper ? (
        <p id={reasonId} className="dialog__note">
          {plan.refusal}
        </p>
      ) : plan.refusal ? (
        <p role="alert" className="dialog__error">
          {plan.refusal}
        </p>
      ) : (
        <div className="dialog__note">
          {layers.map((layer) => (
            <p key={layer.name}>
              {layer.isNew ? 'Adds a new read-only layer, ' : 'Adds to your read-only layer '}
              <strong>
                “<bdi>{layer.name}</bdi>”
              </strong>
              {layer.isNew ? ': ' : ' '}
              {plural(layer.added, 'annotation')} from{' '}
              <bdi>{layer.author ?? (unnamed ? nobody : from)}</bdi>
              {layer.fileName && layer.fileName !== layer.name ? (
                <>
                  {' '}
                  (their set “<bdi>{layer.fileName}</bdi>”)
                </>
              ) : null}
              .
            </p>
          ))}
          <p>
            {layers.length > 1
              ? 'They sit beside your own annotations on '
              : layers.length
                ? 'It sits beside your own annotations on '
                : 'Nothing new to add to '}
            “<bdi>{paperTitle}</bdi>”
            {c.conflict
              ? '; yours change only as you choose below.'
              : layers.length
                ? ', which stay as they are.'
                : '; your own annotations stay as they are.'}
          </p>
        </div>
      )}
    </>
  );
}
