import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutIsolates } from '../paper/isolate';
import { createTestStore } from '../store/__fixtures__/test-store';
import { createShareController } from './share-controller';

afterEach(() => vi.restoreAllMocks());

/** What the import preview says after importing `file` with `importRequested` failing so. */
async function refusalOf(file: File, failure: unknown) {
  const store = createTestStore();
  store.setState({ importRequested: () => Promise.reject(failure) });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await createShareController(store).importFile(file);
  const pending = store.getState().pendingImport;
  expect(pending?.kind).toBe('error');
  return withoutIsolates(pending?.kind === 'error' ? pending.message : '');
}

describe('importing an annotation file that fails', () => {
  it('says a part of the app could not be loaded, not that the file moved, when a lazy part failed', async () => {
    const said = await refusalOf(
      new File(['{}'], 'seminar.jsonld'),
      new TypeError('Failed to fetch dynamically imported module: http://x/assets/formats-1a2b.js'),
    );
    expect(said).not.toMatch(/moved/);
    expect(said).toMatch(
      /^“seminar\.jsonld” was not opened: part of Marginalia could not be loaded/,
    );
  });

  it('says the file may have moved when it could not be read', async () => {
    const said = await refusalOf(
      new File(['{}'], 'seminar.jsonld'),
      new DOMException('The file could not be read', 'NotReadableError'),
    );
    expect(said).toMatch(/^“seminar\.jsonld” could not be read \(it may have moved/);
  });
});

describe('opening a share link a chat app changed', () => {
  it('reads a link wrapped over two lines and ended with a full stop, as sent', async () => {
    const { encodeShareCode } = await import('../annotations/formats/share-code');
    const code = await encodeShareCode({ hello: 'a set file' });
    const store = createTestStore();
    const requested = vi.fn(async () => {});
    const refused = vi.fn();
    store.setState({ importRequested: requested, importRefused: refused });
    await createShareController(store).importShareCode(`${code.slice(0, 12)}%0A${code.slice(12)}.`);
    expect(refused).not.toHaveBeenCalled();
    expect(requested).toHaveBeenCalledWith('{"hello":"a set file"}', 'link');
  });
});
