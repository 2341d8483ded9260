/**
 * The import preview and the paste dialog, each loaded the first time it opens: neither is on
 * the first screen, and together with the share panel they are some 3 kB of the first load.
 * Offline (or after an update) a dialog that cannot load says so with "Try again" and "Close",
 * in view, and the rest of the page stays.
 */
import type { ShareController } from './share-actions';
import type { Papers } from './ImportDialog';
import { useAppStore } from '../store-context';
import { lazyPart } from '../shared/lazy-part';

const ImportDialog = lazyPart(() => import('./ImportDialog'), 'ImportDialog', {
  what: 'The import preview',
  floating: true,
});
const PasteDialog = lazyPart(() => import('./PasteDialog'), 'PasteDialog', {
  what: 'The paste box',
  floating: true,
});

/** The import preview, while an import is pending; it opens a paper picked or recent in it. */
export function LazyImportDialog(props: { onFile: (file: File) => void; papers: Papers }) {
  const pending = useAppStore((s) => s.pendingImport !== null);
  const cancel = useAppStore((s) => s.importCancelled);
  return pending ? <ImportDialog onDismiss={cancel} {...props} /> : null;
}

/** The paste dialog, while it is open. */
export function LazyPasteDialog({ share }: { share: ShareController }) {
  const open = useAppStore((s) => s.pasteOpen);
  const close = useAppStore((s) => s.pasteOpened);
  return open ? <PasteDialog share={share} onDismiss={() => close(false)} /> : null;
}
