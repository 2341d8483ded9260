import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaperDrawn, isPaperDrawn } from './paper-drawn';

const drawPaper = (id: string, withBlock = true) => {
  const article = document.createElement('article');
  article.dataset.paperId = id;
  if (withBlock) article.innerHTML = '<p data-block-start="0">Reading is social.</p>';
  document.body.append(article);
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('isPaperDrawn', () => {
  it('is true once the paper’s own article holds a block, whatever its id’s characters', () => {
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('sha256:a"b', false);
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('another');
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(false);
    drawPaper('sha256:a"b');
    expect(isPaperDrawn(document, 'sha256:a"b')).toBe(true);
  });
});

describe('afterPaperDrawn', () => {
  it('waits until the paper is drawn, then for the frame that shows it', async () => {
    let resolved = false;
    const drawn = afterPaperDrawn('p1').then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(resolved).toBe(false);
    drawPaper('p1');
    await drawn;
    expect(resolved).toBe(true);
  });

  it('resolves after what the page queued while the frame that shows the paper was drawn', async () => {
    const order: string[] = [];
    const drawn = afterPaperDrawn('p1').then(() => order.push('the rest'));
    drawPaper('p1');
    // Queued in the same frame as the check that finds the paper (a test tool's probe, input).
    requestAnimationFrame(() => setTimeout(() => order.push('queued in the frame')));
    await drawn;
    expect(order).toEqual(['queued in the frame', 'the rest']);
  });

  it('gives up waiting after the longest wait (a view that failed draws nothing)', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void afterPaperDrawn('p1', document, 500).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });

  it('does not wait in a hidden tab, which paints nothing', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterPaperDrawn('p1', document, 60_000);
    vi.restoreAllMocks();
  });
});
