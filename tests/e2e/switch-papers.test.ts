/**
 * Switching papers: a paper opened while the reader is deep in another one starts at its top,
 * and so does a recent paper switched back to (no reading position is kept per paper).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

const SHORT_PAPER = [
  '# A Short Paper on Margins',
  '',
  '## Introduction',
  '',
  ...Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} says something worth a margin note [1].\n`,
  ),
  '## References',
  '',
  '1. Doe, J. (2020). Notes in the margin. Journal of Reading, 1, 1-10.',
].join('\n');

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

describe('switching papers', () => {
  it('opens a new paper, and switches back to a recent one, at the top', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await page.evaluate(() => window.scrollTo({ top: 4000 }));
    await expect.poll(() => scrollY(page)).toBeGreaterThan(1000);

    const own = { name: 'margins.md', buffer: Buffer.from(SHORT_PAPER) };
    await openOwnPaper(page, own, { title: 'A Short Paper on Margins' });
    await expect.poll(() => scrollY(page)).toBe(0);

    await page.evaluate(() => window.scrollTo({ top: 600 }));
    await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
    await page.getByRole('button', { name: /Recent papers/ }).click();
    const list = page.getByRole('list', { name: 'Recent papers' });
    await list.getByRole('button', { name: /Precise poverty alleviation/i }).click();
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await expect.poll(() => scrollY(page)).toBe(0);
    await context.close();
  });
});
