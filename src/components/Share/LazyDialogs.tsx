/**
 * The import preview and the paste dialog, each loaded the first time it opens: neither is on
 * the first screen, and together with the share panel they are some 3 kB of the first load.
 */
import { lazy, Suspense } from 'react';
import type { ShareController } from './share-actions';
import { useAppStore } from '../store-context';

const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
const PasteDialog = lazy(() => import('./PasteDialog').then((m) => ({ default: m.PasteDialog })));

/** The import preview, while an import is pending. */
export function LazyImportDialog() {
  const pending = useAppStore((s) => s.pendingImport !== null);
  return pending ? (
    <Suspense fallback={null}>
      <ImportDialog />
    </Suspense>
  ) : null;
}

/** The paste dialog, while it is open. */
export function LazyPasteDialog({ share }: { share: ShareController }) {
  const open = useAppStore((s) => s.pasteOpen);
  return open ? (
    <Suspense fallback={null}>
      <PasteDialog share={share} />
    </Suspense>
  ) : null;
}
