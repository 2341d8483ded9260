/**
 * Journey: while a paper opens, the spinner beside "Open paper…" stays still for the first half
 * second (most papers are open by then) and then turns in 8 ticks a turn. A smoothly turning one
 * had the compositor draw a frame every 16 ms on the cores that read the PDF (issue 9).
 */
import { describe, expect, it } from 'vitest';
import { PDF_PAGES_WITHOUT_ASKING } from '../../src/paper/pdf/page-limit';
import { setupJourney } from './support/fixtures';
import { manyPagesPdf } from './support/many-pages-pdf';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();
const PDF = {
  name: 'long.pdf',
  mimeType: 'application/pdf',
  // As long as is read without asking: read for minutes, the spinner is watched for two seconds.
  buffer: manyPagesPdf(PDF_PAGES_WITHOUT_ASKING, 'A Very Long Report on Reading'),
};

/**
 * In the page: the spinner's rotation sampled every 10 ms from its animation's start for `ms` of
 * the animation's time (at most `ms` + 10 s of the page's), with the animation's time. A timer, not
 * animation frames: a page given no frames (a busy machine) still gives an answer.
 */
const SAMPLE_SPINNER = (ms: number) =>
  new Promise<{ at: number; transform: string }[]>((resolve) => {
    const status = document.querySelector('.app__opening')!;
    const samples: { at: number; transform: string }[] = [];
    const giveUp = performance.now() + ms + 10_000;
    const timer = setInterval(() => {
      const spin = document
        .getAnimations()
        .find((a) => (a as CSSAnimation).animationName === 'spin');
      const at = Number(spin?.currentTime ?? -1);
      if (at >= 0) samples.push({ at, transform: getComputedStyle(status, '::before').transform });
      if (at >= ms || performance.now() > giveUp) {
        clearInterval(timer);
        resolve(samples);
      }
    }, 10);
  });

describe('the spinner while a paper opens', () => {
  it('stays still for half a second, then turns in 8 ticks a turn', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    // Watched from before the file is picked: the spinner starts with the open.
    const sampling = page.evaluate(SAMPLE_SPINNER, 2000);
    await openOwnPaper(page, PDF);
    const samples = await sampling;
    const early = samples.filter((s) => s.at < 450);
    const later = samples.filter((s) => s.at >= 550);
    expect(early.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect(new Set(early.map((s) => s.transform))).toEqual(new Set(['none']));
    const angles = new Set(later.map((s) => s.transform));
    expect(angles.size).toBeGreaterThan(1);
    expect(angles.size).toBeLessThanOrEqual(8);
    await context.close();
  });
});
