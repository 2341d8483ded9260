import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hyp, own } from '../../annotations/formats/__fixtures__/bad-files';
import { asAnnotationId, asSetId, DEFAULT_SET_ID } from '../../annotations/types';
import {
  INSTRUCTOR_SET,
  SAMPLE_ANNOTATIONS,
  SAMPLE_PAPER,
} from '../../annotations/formats/__fixtures__/sample';
import { toW3CCollection } from '../../annotations/formats/w3c-export';
import { parsePaper } from '../../paper/parse-paper';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { ImportDialog } from './ImportDialog';
import { LazyPasteDialog } from './LazyDialogs';
import { ShareMenu } from './ShareMenu';
import type { ShareController } from './share-actions';
import { keysOf } from '../../annotations/shared-record';

/** Opens "Else", a paper the sample's annotations are not on, as the paper on screen. */
function openElse(store: ReturnType<typeof createTestStore>) {
  const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
    format: 'markdown',
    fileName: 'else.md',
    id: pid('else'),
  });
  store.getState().paperOpened(other, {
    id: other.id,
    title: other.title,
    fileName: 'else.md',
    format: 'markdown',
  });
  return other;
}

function storeOnSample() {
  const store = createTestStore();
  store.getState().paperOpened(SAMPLE_PAPER, {
    id: SAMPLE_PAPER.id,
    title: SAMPLE_PAPER.title,
    fileName: SAMPLE_PAPER.fileName,
    format: 'text',
  });
  return store;
}

const fakeShare = (): ShareController => ({
  exportFile: vi.fn(async () => true),
  exportEverything: vi.fn(async () => 1),
  copyShareLink: vi.fn(async () => ({ kind: 'too-long' as const, length: 48_210, count: 260 })),
  importFile: vi.fn(async () => {}),
  importShareCode: vi.fn(async () => {}),
});

describe('ShareMenu', () => {
  it('opens from a visible button and exports the paper, a set, the report and CSV of everything', async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    renderWithStore(<ShareMenu share={share} />, storeOnSample());
    const button = screen.getByRole('button', { name: /Share & export/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const menu = screen.getByRole('group', { name: 'Share & export' });
    // The panel's content loads the first time the menu opens.
    await user.click(await within(menu).findByRole('button', { name: /Export all annotations/ }));
    await user.click(within(menu).getByRole('button', { name: 'Export set (file)' }));
    await user.click(within(menu).getByRole('button', { name: 'Export report (Markdown)' }));
    await user.click(within(menu).getByRole('button', { name: 'Export all as CSV' }));
    await user.click(
      within(menu).getByRole('button', { name: 'Export report to read or print (HTML)' }),
    );
    expect(share.exportFile).toHaveBeenNthCalledWith(1, { kind: 'paper' }, 'jsonld');
    expect(share.exportFile).toHaveBeenNthCalledWith(
      2,
      { kind: 'set', setId: 'default' },
      'jsonld',
    );
    expect(share.exportFile).toHaveBeenNthCalledWith(3, { kind: 'paper' }, 'markdown');
    expect(share.exportFile).toHaveBeenNthCalledWith(4, { kind: 'paper' }, 'csv');
    expect(share.exportFile).toHaveBeenNthCalledWith(5, { kind: 'paper' }, 'html');
    // Each export says it is done, in the menu's status line (read out by screen readers).
    expect(within(menu).getByRole('status')).toHaveTextContent(
      "Exported: the file is in your browser's downloads.",
    );
    // With no filter on there is nothing "filtered" to offer.
    expect(within(menu).queryByRole('button', { name: /filtered/ })).toBeNull();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('says in words why an export or a link found nothing, and what to do about it', async () => {
    const user = userEvent.setup();
    const share = {
      ...fakeShare(),
      exportFile: vi.fn(async () => false),
      copyShareLink: vi.fn(async () => ({ kind: 'empty' as const })),
    };
    const store = storeOnSample();
    renderWithStore(<ShareMenu share={share} />, store);
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    const status = async () => (await screen.findByRole('status')).textContent;
    await user.click(await screen.findByRole('button', { name: 'Export report (Markdown)' }));
    expect(await status()).toBe(
      'Nothing to export: this paper has no annotations yet. Select a passage in the paper to highlight it, then export.',
    );
    // The set new highlights go to: highlighting fills it.
    const fillActive =
      'this set has no annotations on this paper yet. Select a passage in the paper to highlight it: it goes to this set.';
    await user.click(screen.getByRole('button', { name: 'Export set (file)' }));
    expect(await status()).toBe(`Nothing to export: ${fillActive}`);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await waitFor(async () => expect(await status()).toBe(`Nothing to share: ${fillActive}`));
    // Another set: highlighting would not fill it, so the reader is told where that is chosen.
    act(() => {
      store.getState().setCreated({ name: 'Week 3' });
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set' }), 'default');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await waitFor(async () =>
      expect(await status()).toBe(
        'Nothing to share: this set has no annotations on this paper yet. Pick another set above, or choose this one under Layers, “New highlights go to”, and highlight.',
      ),
    );
    act(() => store.getState().annotationFilterChanged({ colours: ['yellow'] }));
    await user.click(screen.getByRole('button', { name: 'Export filtered report (Markdown)' }));
    expect(await status()).toBe(
      'Nothing to export: no annotation matches the filter. Change or clear the filter in the sidebar.',
    );
  });

  it('offers the filtered exports only while a filter is on', async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    const store = storeOnSample();
    renderWithStore(<ShareMenu share={share} />, store);
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    await screen.findByRole('button', { name: 'Export report (Markdown)' });
    act(() => store.getState().annotationFilterChanged({ colours: ['yellow'] }));
    await user.click(screen.getByRole('button', { name: 'Export filtered report (Markdown)' }));
    expect(share.exportFile).toHaveBeenCalledWith('filtered', 'markdown');
    await user.click(screen.getByRole('button', { name: 'Export filtered report (HTML)' }));
    expect(share.exportFile).toHaveBeenCalledWith('filtered', 'html');
  });

  it('shares the set new highlights go to, says which, and follows it when it changes', async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    const store = storeOnSample();
    renderWithStore(<ShareMenu share={share} />, store);
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    const select = await screen.findByRole('combobox', { name: 'Set' });
    expect(screen.getByText(/^Shares/)).toHaveTextContent('Shares My annotations: 0 annotations');
    let week3 = '';
    act(() => {
      week3 = store.getState().setCreated({ name: 'Week 3: key claims' });
    });
    expect(select).toHaveValue(week3);
    expect(screen.getByText(/^Shares/)).toHaveTextContent('Shares Week 3: key claims');
    await user.click(screen.getByRole('button', { name: 'Export set (file)' }));
    expect(share.exportFile).toHaveBeenLastCalledWith({ kind: 'set', setId: week3 }, 'jsonld');
    // A set picked by hand holds until new highlights go elsewhere.
    await user.selectOptions(select, 'default');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(share.copyShareLink).toHaveBeenLastCalledWith('default');
    act(() => store.getState().activeSetChosen(asSetId(week3)));
    expect(select).toHaveValue('default');
    act(() => store.getState().activeSetChosen(DEFAULT_SET_ID));
    act(() => store.getState().activeSetChosen(asSetId(week3)));
    expect(select).toHaveValue(week3);
  });

  it('names each set by its name alone in the picker, and says in the note which one new highlights go to', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    act(() => {
      store.getState().setCreated({ name: 'Week 3: key claims' });
    });
    renderWithStore(<ShareMenu share={fakeShare()} />, store);
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    const select = await screen.findByRole('combobox', { name: 'Set' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['My annotations', 'Week 3: key claims']);
    expect(screen.getByText(/^Shares/)).toHaveTextContent(
      'Shares Week 3: key claims: 0 annotations on this paper. New highlights go to this set.',
    );
    await user.selectOptions(select, 'default');
    expect(screen.getByText(/^Shares/)).not.toHaveTextContent('New highlights');
  });

  it("shares an imported layer by link, says whose it is, and lists only this paper's sets", async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    const store = storeOnSample();
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    await act(() => store.getState().importConfirmed('newer-wins'));
    const layer = Object.values(store.getState().annotationSets).find(
      (s) => s.origin === 'imported',
    )!;
    // A layer imported on another paper has nothing to share here: it is not offered.
    act(() =>
      store.setState((s) => ({
        annotationSets: {
          ...s.annotationSets,
          [asSetId('other')]: {
            id: asSetId('other'),
            name: 'Notes on another paper',
            created: 1,
            origin: 'imported',
            paperId: pid('another-paper'),
          },
        },
      })),
    );
    renderWithStore(<ShareMenu share={share} />, store);
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    const select = await screen.findByRole('combobox', { name: 'Set' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['My annotations', layer.name]);
    await user.selectOptions(select, layer.id);
    const n = own().first.items.length;
    expect(screen.getByText(/^Shares/)).toHaveTextContent(
      `Shares ${layer.name}: ${n} annotations on this paper. A layer you imported (read-only): sharing it passes Dr. Ana Souza’s annotations on under their name.`,
    );
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(share.copyShareLink).toHaveBeenLastCalledWith(layer.id);
    // Another paper opened under the open menu: the layer is not offered there, nor shared.
    const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
      format: 'markdown',
      fileName: 'else.md',
      id: pid('sha256:else'),
    });
    act(() =>
      store.getState().paperOpened(other, {
        id: other.id,
        title: other.title,
        fileName: 'else.md',
        format: 'markdown',
      }),
    );
    expect(select).toHaveValue(DEFAULT_SET_ID);
    expect(screen.getByText(/^Shares/)).toHaveTextContent('Shares My annotations: 0 annotations');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(share.copyShareLink).toHaveBeenLastCalledWith(DEFAULT_SET_ID);
  });

  it('says when a set is too big for a link and offers the file instead', async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    renderWithStore(<ShareMenu share={share} />, storeOnSample());
    await user.click(screen.getByRole('button', { name: /Share & export/ }));
    await user.click(await screen.findByRole('button', { name: 'Copy share link' }));
    expect(await screen.findByText(/too long to share safely/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export set as a file instead' }));
    expect(share.exportFile).toHaveBeenCalledWith({ kind: 'set', setId: 'default' }, 'jsonld');
  });
});

describe('PasteDialog', () => {
  it('opens from the menu with focus in its text box, and Escape gives focus back to the menu button', async () => {
    const user = userEvent.setup();
    const share = fakeShare();
    renderWithStore(
      <>
        <ShareMenu share={share} />
        <LazyPasteDialog share={share} />
      </>,
      storeOnSample(),
    );
    const menuButton = screen.getByRole('button', { name: /Share & export/ });
    await user.click(menuButton);
    await user.click(await screen.findByRole('button', { name: 'Paste annotations…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste annotations' });
    await waitFor(() => expect(within(dialog).getByRole('textbox')).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(menuButton).toHaveFocus();
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('ImportDialog', () => {
  it('previews a file (how many, from whom, which paper, how many anchor) and imports on confirm', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    await act(() =>
      store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld'),
    );
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    const n = own().first.items.length;
    expect(dialog).toHaveTextContent(`Annotations${n}`);
    expect(dialog).toHaveTextContent('FromDr. Ana Souza');
    expect(dialog).toHaveTextContent(`Made on${SAMPLE_PAPER.title}`);
    expect(dialog).toHaveTextContent(/Will anchor\d+ of 5/);
    expect(keysOf(store.getState().annotations)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(keysOf(store.getState().annotations).length).toBeGreaterThan(0);
  });

  it('an import done clears an earlier, now stale error about a file, not an info notice or a storage warning', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    // The annotation file was first dropped on the page, where papers open, and refused there.
    store.getState().paperFailed('“seminar.jsonld” is not a file Marginalia can read.');
    store.getState().storageProblemReported({ kind: 'quota', message: 'Browser storage is full.' });
    const storage = store.getState().storageProblem;
    expect(storage).not.toBeNull();
    await act(() =>
      store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld'),
    );
    // Cancel is no success: the error stays.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().paperNotice?.kind).toBe('error');
    await act(() =>
      store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld'),
    );
    await user.click(screen.getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().paperNotice).toBeNull();
    expect(store.getState().storageProblem).toBe(storage);

    // An info notice about the paper on screen still holds after an import.
    store.getState().paperOpenedWithNotice('Page 3 of “x.pdf” could not be read.');
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'paste', ''));
    const dialog = screen.getByRole('dialog');
    const button = within(dialog).queryByRole('button', { name: /^Import \d+ annotations$/ });
    if (button) await user.click(button);
    else await user.click(within(dialog).getByRole('button', { name: /Close|Cancel/ }));
    expect(store.getState().paperNotice?.kind).toBe('info');
  });

  it('says which new read-only layer the annotations make, and the layer gets that name', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a share link' });
    const n = own().first.items.length;
    expect(dialog).toHaveTextContent(
      new RegExp(`Adds a new read-only layer, “(.+)”: ${n} annotations from Dr\\. Ana Souza`),
    );
    expect(dialog).toHaveTextContent(/beside your own annotations on .+, which stay as they are\./);
    // The sender's set name is not shown as if it were where the annotations go ("Set: …").
    expect(within(dialog).queryByText('Set')).toBeNull();
    const named = within(dialog).getByText((_, el) => el?.tagName === 'STRONG').textContent!;
    await user.click(within(dialog).getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const layers = Object.values(store.getState().annotationSets);
    expect(layers.filter((l) => `“${l.name}”` === named)).toEqual([
      expect.objectContaining({ origin: 'imported' }),
    ]);
  });

  it('gives Import the look of the one main action, Cancel a quiet one (both were filled blue)', async () => {
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    await act(() =>
      store.getState().importRequested(JSON.stringify(own()), 'file', 'seminar.jsonld'),
    );
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    const primary = dialog.querySelectorAll('.button:not(.button--quiet)');
    expect(Array.from(primary, (b) => b.textContent)).toEqual([
      expect.stringMatching(/^Import \d+ annotations$/),
    ]);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveClass('button--quiet');
  });

  it('shows a refused file as text with Close only, and Cancel leaves the store as it was', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    const before = store.getState().annotations;
    await act(() => store.getState().importRequested('<img src=x onerror=alert(1)>', 'paste'));
    const dialog = screen.getByRole('dialog', { name: 'Import pasted annotations' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /^This is not an annotation file: it is not JSON/,
    );
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Import/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().annotations).toBe(before);
  });

  it('refusing a file made on another paper, says only why: no orphans "kept", no anchoring figures', async () => {
    const store = createTestStore();
    openElse(store);
    renderWithStore(<ImportDialog />, store);
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'file', 'a.jsonld'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    // Waiting for that paper (offered again when it opens): the reason is a step, not an alert.
    expect(
      within(dialog).getByText(
        /^None of the 5 annotations in this file could be found in “Else”: .* Open that paper to import them\.$/,
      ),
    ).toBeVisible();
    expect(dialog).toHaveTextContent(`Made on${SAMPLE_PAPER.title}`);
    expect(dialog).not.toHaveTextContent(/kept|Will anchor|Duplicates|Conflicts/);
    expect(within(dialog).queryByRole('note')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
  });

  it('a file too big to keep across a reload, waiting for its paper, says to import the file again (not "open the link")', async () => {
    const store = createTestStore();
    openElse(store);
    renderWithStore(<ImportDialog />, store);
    // Past what this tab keeps in its sessionStorage (io/waiting-import.ts): trailing spaces.
    const big = `${JSON.stringify(own())}${' '.repeat(200_001)}`;
    await act(() => store.getState().importRequested(big, 'file', 'a.jsonld'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    expect(dialog).toHaveTextContent(
      /this import is offered again\. After a reload, import the file again\./,
    );
    expect(dialog).not.toHaveTextContent(/link/);
  });

  it('a share link refused as it is read says "share link", not "file" (the store passes where it came from)', async () => {
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    await act(() => store.getState().importRequested('{"items": [}', 'link'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a share link' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /^The annotations in this share link are damaged and cannot be read/,
    );
  });

  it('a share link made on another paper is offered again, as a preview, once that paper is opened', async () => {
    const user = userEvent.setup();
    const store = createTestStore();
    const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
      format: 'markdown',
      fileName: 'else.md',
      id: pid('else'),
    });
    const meta = (p: typeof other, format: 'markdown' | 'text') => ({
      id: p.id,
      title: p.title,
      fileName: p.fileName,
      format,
    });
    store.getState().paperOpened(other, meta(other, 'markdown'));
    renderWithStore(<ImportDialog />, store);
    // A friend's link opens in a browser that has another paper on screen (a fresh one: the sample).
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    const refused = screen.getByRole('dialog', { name: 'Import annotations from a share link' });
    // Only this tab keeps it waiting, a small one across a reload too (io/waiting-import.ts).
    expect(refused).toHaveTextContent(
      /When you open it in this tab \(Open paper… or Recent papers\), this import is offered again, after a reload too\./,
    );
    await user.click(within(refused).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    // The reader opens the paper the link was made on (Open paper… or Recent papers).
    await act(async () => store.getState().paperOpened(SAMPLE_PAPER, meta(SAMPLE_PAPER, 'text')));
    const dialog = await screen.findByRole('dialog', {
      name: 'Import annotations from a share link',
    });
    await user.click(within(dialog).getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(keysOf(store.getState().annotations).length).toBe(own().first.items.length);

    // Offered once: opening the paper again later asks nothing more.
    await act(async () => store.getState().paperOpened(other, meta(other, 'markdown')));
    await act(async () => store.getState().paperOpened(SAMPLE_PAPER, meta(SAMPLE_PAPER, 'text')));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a share link opened before its paper is no error: it says what to open and opens it from the dialog', async () => {
    const user = userEvent.setup();
    const store = createTestStore();
    openElse(store);
    const opened = vi.fn();
    const choosing = vi.fn();
    renderWithStore(
      <ImportDialog onFile={opened} papers={{ openRecent: vi.fn(), warm: choosing }} />,
      store,
    );
    // A student's first visit: the instructor's link, with the sample (here "Else") on screen.
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a share link' });
    // Nothing went wrong: the reader has not opened the paper yet. No alert, the reason as text.
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog).toHaveTextContent(/could be found in “Else”/);
    // The next step is one button away, the picker, in the dialog, and has the focus (Enter).
    const picker = within(dialog).getByRole('button', { name: 'Open paper…' });
    await waitFor(() => expect(picker).toHaveFocus());
    // Focus is on the button, not the reason: the dialog is described by it, so a screen reader
    // says which paper to open as the dialog opens.
    expect(dialog).toHaveAccessibleDescription(/could be found in “Else”.* Open that paper/);
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    const click = vi.spyOn(input, 'click');
    expect(choosing).not.toHaveBeenCalled();
    await user.click(picker);
    expect(click).toHaveBeenCalled();
    // As at the header's Open paper…: what reads the paper readies itself while the reader picks.
    expect(choosing).toHaveBeenCalledTimes(1);
    const paper = new File(['x'], 'paper.pdf', { type: 'application/pdf' });
    await user.upload(input, paper);
    expect(opened).toHaveBeenCalledWith(paper);
    // Emptied, as OpenPaperButton's: the same file picked again is a change again.
    expect(input.value).toBe('');
    // The dialog gives way to the opening paper; the import waits for it, offered when it opens.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().importWaiting).not.toBeNull();
  });

  it('a share link whose paper is among the recent papers opens that paper from the dialog', async () => {
    const user = userEvent.setup();
    const store = createTestStore();
    const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
      format: 'markdown',
      fileName: 'else.md',
      id: pid('else'),
    });
    // The student opened the seminar's paper yesterday; another is on screen today.
    // Its title as stored, long (a subtitle too): the button holds it cut at a word (shortTitle).
    const long = `${SAMPLE_PAPER.title}: evidence from a survey of rural households`;
    store.getState().paperOpened(SAMPLE_PAPER, {
      id: SAMPLE_PAPER.id,
      title: long,
      fileName: 'seminar.txt',
      format: 'text',
    });
    store.getState().paperOpened(other, {
      id: other.id,
      title: other.title,
      fileName: 'else.md',
      format: 'markdown',
    });
    const openRecent = vi.fn();
    renderWithStore(
      <ImportDialog onFile={vi.fn()} papers={{ openRecent, warm: vi.fn() }} />,
      store,
    );
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a share link' });
    const open = within(dialog).getByRole('button', {
      name: `Open “${SAMPLE_PAPER.title}: evidence from a…”`,
    });
    await waitFor(() => expect(open).toHaveFocus());
    await user.click(open);
    expect(openRecent).toHaveBeenCalledWith(SAMPLE_PAPER.id);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().importWaiting).not.toBeNull();
  });

  it('a file that cannot be placed and waits for nothing stays an alert, with no Open paper…', async () => {
    const store = createTestStore();
    openElse(store);
    renderWithStore(<ImportDialog onFile={vi.fn()} />, store);
    // A preview refused (none of its annotations is found here) from a file that names no paper
    // id (a Hypothesis export): there is no paper to wait for, so the refusal is an alert.
    await act(() => store.getState().importRequested(hyp(), 'file', 'x.json'));
    expect(store.getState().pendingImport).toMatchObject({ kind: 'preview' });
    expect(store.getState().importWaiting).toBeNull();
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/could not be found in “Else”/);
    expect(dialog).not.toHaveAccessibleDescription(/found in/);
    expect(within(dialog).queryByRole('button', { name: 'Open paper…' })).toBeNull();
  });

  it('a waiting share link on a long paper is planned on the whole paper, not on its first screens', async () => {
    const store = createTestStore();
    const other = parsePaper('# Else\n\nA paper about something else entirely.\n', {
      format: 'markdown',
      fileName: 'else.md',
      id: pid('else'),
    });
    const meta = { id: other.id, title: other.title, fileName: 'else.md', format: 'markdown' };
    store.getState().paperOpened(other, meta as never);
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    store.getState().importCancelled();
    // A long paper opens twice: its first screens (a prefix of its text), then the whole.
    const cut = 600;
    const opening = {
      ...SAMPLE_PAPER,
      text: SAMPLE_PAPER.text.slice(0, cut),
      blocks: SAMPLE_PAPER.blocks.filter((b) => b.end <= cut),
    };
    const sampleMeta = { ...meta, id: SAMPLE_PAPER.id, title: SAMPLE_PAPER.title };
    await act(async () => store.getState().paperOpened(opening, sampleMeta as never));
    await act(async () => store.getState().paperOpened(SAMPLE_PAPER, sampleMeta as never));
    await waitFor(() => expect(store.getState().pendingImport?.kind).toBe('preview'));
    const pending = store.getState().pendingImport;
    if (pending?.kind !== 'preview') return;
    // As the file planned on the whole paper from the start (its fixture keeps one orphan).
    const whole = storeOnSample();
    await whole.getState().importRequested(JSON.stringify(own()), 'link');
    const expected = whole.getState().pendingImport;
    expect(pending.plan.refusal).toBeNull();
    expect(expected?.kind === 'preview' && expected.plan.counts).toEqual(pending.plan.counts);
  });

  it('offers only Close when every annotation in the file is already here (no "Import 0 annotations")', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    const file = JSON.stringify(own());
    await act(() => store.getState().importRequested(file, 'file', 'seminar.jsonld'));
    await user.click(screen.getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const imported = store.getState().annotations;

    await act(() => store.getState().importRequested(file, 'file', 'seminar.jsonld'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    expect(dialog).toHaveTextContent(/Nothing new to add to/);
    // Nothing here fails to anchor: there is nothing new to place, not "0 of 5".
    expect(dialog).toHaveTextContent('Will anchornone new');
    expect(dialog).toHaveTextContent(/Duplicates\d+ already here, skipped/);
    expect(within(dialog).queryByRole('button', { name: /^Import/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().annotations).toBe(imported);
  });

  it("never names a set's sender as the author of another set in the file that gives no name (a student's export holding their teacher's layer)", async () => {
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    // The student's own set (no name given) beside the layer they imported from Dr. Ana Souza.
    const mine = {
      id: asSetId('set-student'),
      name: 'My annotations',
      created: Date.UTC(2026, 10, 3),
    };
    const theirs = SAMPLE_ANNOTATIONS.slice(0, 2).map((a, i) => ({
      ...a,
      id: asAnnotationId(`7b2d2c63-4a1f-4d66-8e66-3f2f9e1d1b0${i}`),
      setId: mine.id,
      colour: 'blue' as const,
    }));
    const file = toW3CCollection({
      paper: SAMPLE_PAPER,
      annotations: [...SAMPLE_ANNOTATIONS.slice(0, 3), ...theirs],
      sets: [INSTRUCTOR_SET, mine],
      id: '1f8fad5b-d9cb-469f-a165-70867728950f',
      now: Date.UTC(2026, 11, 4),
    });
    await act(() =>
      store.getState().importRequested(JSON.stringify(file), 'file', 'student.jsonld'),
    );
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    const layers = within(dialog)
      .getAllByText(/^Adds a new read-only layer/)
      .map((p) => p.textContent);
    expect(layers).toEqual([
      expect.stringMatching(/: 3 annotations from Dr\. Ana Souza/),
      expect.stringMatching(/: 2 annotations from someone who did not give a name/),
    ]);
    expect(dialog).toHaveTextContent('FromDr. Ana Souza and someone who did not give a name');
  });

  it('opened by a share link (focus on nothing), leaves focus on the new annotations after Import and on the paper after Cancel, not on the page', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    // The two places the app offers beside the dialog: the paper, and the sidebar's selected tab.
    const page = (
      <>
        <article className="paper" tabIndex={0}>
          The paper
        </article>
        <aside className="sidebar">
          <button type="button" role="tab" aria-selected="true">
            Annotations
          </button>
        </aside>
        <ImportDialog />
      </>
    );
    renderWithStore(page, store);
    const file = JSON.stringify(own());
    expect(document.activeElement).toBe(document.body);
    await act(() => store.getState().importRequested(file, 'link'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('article.paper'));

    (document.activeElement as HTMLElement).blur();
    await act(() => store.getState().importRequested(file, 'link'));
    await user.click(screen.getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Annotations' }));
  });

  it('after Import with the Orphans tab open, selects and focuses the Annotations tab, where the new annotations are', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    const selectAnnotations = vi.fn();
    renderWithStore(
      <>
        <article className="paper" tabIndex={0}>
          The paper
        </article>
        <aside className="sidebar">
          <button type="button" role="tab" aria-selected="false" onClick={selectAnnotations}>
            Annotations
          </button>
          <button type="button" role="tab" aria-selected="true">
            Orphans
          </button>
        </aside>
        <ImportDialog />
      </>,
      store,
    );
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'link'));
    await user.click(screen.getByRole('button', { name: /^Import \d+ annotations$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(selectAnnotations).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Annotations' }));
  });

  it('starts on Cancel and closes on Escape without importing', async () => {
    const user = userEvent.setup();
    const store = storeOnSample();
    renderWithStore(<ImportDialog />, store);
    await act(() => store.getState().importRequested(JSON.stringify(own()), 'file', 'a.jsonld'));
    const dialog = screen.getByRole('dialog', { name: 'Import annotations from a file' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().pendingImport).toBeNull();
    expect(keysOf(store.getState().annotations)).toHaveLength(0);
  });
});
