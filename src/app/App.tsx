/**
 * The application layout: a header to open and switch papers, a banner for messages, the table of
 * contents beside the paper, and the paper itself. The store comes from `<StoreProvider>` and the
 * paper controller from start-app.ts (the composition root, see main.tsx).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../components/store-context';
import { selectRecentPapers } from '../store/paper-selectors';
import { AnnotatablePaper } from '../components/Annotate/AnnotatablePaper';
import { visibleTextRange } from '../components/shared/dom-offsets';
import { Announcer } from '../components/Announcer/Announcer';
import { lazyPart } from '../components/shared/lazy-part';
import { Sidebar } from '../components/Sidebar/Sidebar';
import { preloadNoteRendererOnceNoted } from '../components/Sidebar/NoteView';
import { TableOfContents } from '../components/Toc/TableOfContents';
import { restoreReadingPositions } from '../components/shared/reading-jumps';
import { OpenPaperButton } from '../components/PaperPicker/OpenPaperButton';
import { DropZone } from '../components/PaperPicker/DropZone';
import { RecentPapers } from '../components/PaperPicker/RecentPapers';
import { Notice } from '../components/Notice/Notice';
import { useOpeningStatus } from '../components/PaperPicker/opening-status';
import { ImportButton } from '../components/Share/ImportButton';
import { LazyImportDialog, LazyPasteDialog } from '../components/Share/LazyDialogs';
import { ShareMenu } from '../components/Share/ShareMenu';
import type { ShareController } from '../components/Share/share-actions';
import { isAnnotationFileName } from '../io/share-link';
import { importShareLinks } from './browser-wiring';
import { RegionBoundary } from '../components/shared/RegionBoundary';
import { startAnchoring } from './anchor-controller';
import { startNewPapersAtTop } from './new-paper-at-top';
import type { PaperController } from './paper-controller';
import { SidebarDrawer } from './SidebarDrawer';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { useHeaderHeight } from './use-header-height';

// Rarely shown (a missing paper, an unfinished open, a very long PDF): loaded when it is needed.
const PaperQuestion = lazy(() =>
  import('../components/PaperPicker/PaperQuestion').then((m) => ({ default: m.PaperQuestion })),
);
// Shown when a new version of the app waits (io/offline-worker.ts).
const LazyUpdateNotice = lazy(() =>
  import('../components/Notice/UpdateNotice').then((m) => ({ default: m.UpdateNotice })),
);

// Shown only when the annotations could not be saved or read (store `storageProblem`).
const StorageBanner = lazyPart(
  () => import('../components/StorageBanner/StorageBanner'),
  'StorageBanner',
  { what: 'The storage notice' },
);

/**
 * The empty page's status line. A component of its own: a PDF's progress ("Reading “a.pdf”, page
 * 12 of 300…") changes it every few pages, and only it re-renders, not the whole app.
 */
function EmptyPageStatus({ loading }: { loading: boolean }) {
  const opening = useOpeningStatus();
  return <p role="status">{loading ? opening : 'Open a paper to start reading.'}</p>;
}

export function App({
  papers: paperController,
  share,
}: {
  papers: PaperController;
  share: ShareController;
}) {
  const store = useAppStoreApi();
  const paper = useAppStore((s) => s.paper);
  const loading = useAppStore((s) => s.paperLoading);
  const notice = useAppStore((s) => s.paperNotice);
  const papers = useAppStore((s) => s.papers);
  const currentId = useAppStore((s) => s.currentPaperId);
  const missing = useAppStore((s) => s.missingPaperIds);
  const asked = useAppStore((s) => s.paperQuestion !== null);
  const dismissNotice = useAppStore((s) => s.paperNoticeDismissed);
  const appUpdate = useAppStore((s) => s.appUpdate);
  const storageTrouble = useAppStore((s) => s.storageProblem !== null);
  const recent = useMemo(() => selectRecentPapers(papers), [papers]);
  // An annotation file picked with "Open paper…" or dropped goes to the import preview.
  const openFile = useCallback(
    (file: File) =>
      void (isAnnotationFileName(file.name)
        ? share.importFile(file)
        : paperController.openFile(file)),
    [paperController, share],
  );
  const [toggleHost, setToggleHost] = useState<HTMLElement | null>(null);
  const header = useRef<HTMLElement>(null);

  useUndoShortcuts(store);
  useHeaderHeight(header);
  // The storage notice loads beside the first screen, not with the first load: when storage
  // fails later (full, or gone with the network) it is shown at once, with nothing to fetch.
  useEffect(() => void StorageBanner.preload(), []);
  useEffect(() => {
    // Waiting for the paper to be drawn (paper-drawn.ts) is first needed once the first screen's
    // highlights are anchored: it loads beside the first screen.
    const drawn = import('./paper-drawn');
    drawn.catch(() => undefined);
    return startAnchoring(
      store,
      () => visibleTextRange(),
      // If it cannot load (offline after an update), the rest are anchored without waiting.
      (paper) =>
        drawn.then(
          ({ afterPaperDrawn }) => afterPaperDrawn(paper.id),
          () => undefined,
        ),
    );
  }, [store]);
  // A note is shown rendered, not first as raw Markdown: its renderer loads once there is one,
  // after the first screen is drawn (a reload with notes paints as fast as one without).
  useEffect(() => {
    const lifetime = new AbortController();
    let stop = () => {};
    void import('./paper-drawn')
      .then(({ afterFirstScreenDrawn }) => afterFirstScreenDrawn(store, document, lifetime.signal))
      .catch(() => undefined)
      .then(() => {
        if (!lifetime.signal.aborted) stop = preloadNoteRendererOnceNoted(store);
      });
    return () => {
      lifetime.abort();
      stop();
    };
  }, [store]);
  useEffect(() => restoreReadingPositions(() => store.getState().currentPaperId), [store]);
  useEffect(() => startNewPapersAtTop(store, () => window.scrollTo({ top: 0 })), [store]);
  useEffect(() => {
    const lifetime = new AbortController();
    // A share link is read once the paper it is previewed against is open.
    importShareLinks(paperController.restore(), share, lifetime.signal);
    return () => lifetime.abort();
  }, [paperController, share]);
  useEffect(() => {
    document.title = paper ? `${paper.title} · Marginalia` : 'Marginalia';
  }, [paper]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#paper-title"
        onClick={(e) => {
          // Focus goes to the paper itself (it selects text by keyboard and says how), not to
          // the page: following the title's link left focus on <body>, past the paper's start.
          const article = document.getElementById('paper-title')?.closest<HTMLElement>('article');
          if (!article) return;
          e.preventDefault();
          article.focus({ preventScroll: true });
          window.scrollTo({ top: 0 });
        }}
      >
        Skip to the paper
      </a>
      {paper ? (
        // Beside the paper, the annotations come after every link in it (each citation, each
        // "Back to where it is cited"): hundreds of Tab presses away in a long paper. Where they
        // are a drawer (narrow screens) the header's "Annotations" button is this way, and this
        // link is hidden (styles.css). Without the sidebar's tabs (its region failed) the link
        // still goes to the sidebar (`#annotations`).
        <a
          className="skip-link skip-link--annotations"
          href="#annotations"
          onClick={(e) => {
            const tab = document.querySelector<HTMLElement>('.sidebar [aria-selected="true"]');
            if (!tab) return;
            e.preventDefault();
            tab.focus();
          }}
        >
          Skip to the annotations
        </a>
      ) : null}
      <header className="app__header" ref={header}>
        <RegionBoundary what="the header">
          <div className="app__bar">
            <p className="app__brand">Marginalia</p>
            <div className="app__actions" ref={setToggleHost}>
              <OpenPaperButton onFile={openFile} onChoosing={paperController.warm} />
              <ImportButton share={share} disabled={!paper} />
              <ShareMenu share={share} />
              <RecentPapers
                papers={recent}
                currentId={currentId}
                missing={missing}
                onOpen={paperController.openRecent}
                onForget={(id) => void paperController.forget(id)}
              />
            </div>
          </div>
          {/* Messages stay in view under the header, however far down the paper the reader is. */}
          <div className="app__notices">
            {asked ? (
              <Suspense fallback={null}>
                <PaperQuestion
                  onOpenFile={(file, expecting) =>
                    void paperController.openFile(file, { expecting })
                  }
                  onOpenRecent={paperController.openRecent}
                  onOpenSample={paperController.openSample}
                  onAnswerLongPdf={paperController.answerLongPdf}
                />
              </Suspense>
            ) : null}
            {notice ? (
              <Notice kind={notice.kind} onDismiss={dismissNotice}>
                {notice.message}
              </Notice>
            ) : null}
            {storageTrouble ? <StorageBanner share={share} /> : null}
            {appUpdate === 'ready' || appUpdate === 'requested' ? (
              <Suspense fallback={null}>
                <LazyUpdateNotice />
              </Suspense>
            ) : null}
          </div>
        </RegionBoundary>
      </header>
      <DropZone onFile={openFile} onChoosing={paperController.warm} />
      <LazyImportDialog onFile={openFile} papers={paperController} />
      <LazyPasteDialog share={share} />
      <Announcer />
      <div
        className={paper ? 'app__body app__body--with-sidebar' : 'app__body'}
        aria-busy={loading}
      >
        {paper ? (
          <>
            <div className="app__toc">
              <RegionBoundary what="the table of contents">
                <TableOfContents paper={paper} />
              </RegionBoundary>
            </div>
            <main className="app__main">
              <RegionBoundary key={paper.id} what="the paper">
                <AnnotatablePaper paper={paper} />
              </RegionBoundary>
            </main>
            <SidebarDrawer toggleHost={toggleHost}>
              <RegionBoundary key={paper.id} what="the sidebar">
                <Sidebar paper={paper} />
              </RegionBoundary>
            </SidebarDrawer>
          </>
        ) : (
          <main className="app__main app__main--empty">
            <EmptyPageStatus loading={loading} />
          </main>
        )}
      </div>
    </div>
  );
}
