import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { pid } from '../../paper/__fixtures__/paper-ids';
import type { PaperMeta } from '../../store/slices/papers-slice';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { RecentPapers } from './RecentPapers';

const meta = (n: number): PaperMeta => ({
  id: pid(`paper-${n}`),
  title: `Paper ${n}`,
  fileName: `paper-${n}.md`,
  format: 'markdown',
  openedAt: 1_700_000_000_000 - n * 60_000,
});

/** The list as the app holds it: removing a paper drops it once the store has (a moment later). */
function Recent({
  start,
  currentId = null,
}: {
  start: PaperMeta[];
  currentId?: PaperMeta['id'] | null;
}) {
  const [papers, setPapers] = useState(start);
  return (
    <RecentPapers
      papers={papers}
      currentId={currentId}
      onOpen={() => {}}
      onForget={(id) =>
        void Promise.resolve().then(() => setPapers((ps) => ps.filter((p) => p.id !== id)))
      }
    />
  );
}

async function openList(count: number, currentId: PaperMeta['id'] | null = null) {
  renderWithStore(
    <Recent start={Array.from({ length: count }, (_, i) => meta(i + 1))} currentId={currentId} />,
  );
  fireEvent.click(screen.getByRole('button', { name: /Recent papers/ }));
  await screen.findByRole('list', { name: 'Recent papers' });
}

const remove = (title: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: `Remove “${title}” from recent papers` }));
    await Promise.resolve();
  });

describe('RecentPapers', () => {
  it('puts focus on the paper that takes a removed paper’s place, so the keyboard stays in the list', async () => {
    await openList(3);
    await remove('Paper 2');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Paper 3/ }));
  });

  it('puts focus on the paper before it when the last paper is removed', async () => {
    await openList(3);
    await remove('Paper 3');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Paper 2/ }));
  });

  it('offers no Remove for the paper on screen (it would stay shown but unlisted)', async () => {
    await openList(3, pid('paper-2'));
    expect(screen.queryByRole('button', { name: /Remove “Paper 2”/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Remove “Paper 1”/ })).toBeVisible();
  });
});
