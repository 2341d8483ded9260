/**
 * Journey: a reader picks a PDF of more pages than the limit. They are asked first; "Cancel"
 * leaves the paper on screen as it was, "Open anyway" reads it with the page being read shown
 * ("Reading “long.pdf”, page 12 of 2,050…") while the paper on screen stays readable. (Reading all 2,050
 * generated pages takes minutes on a busy machine, so the journey watches the count rise and stops.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PDF_PAGES_WITHOUT_ASKING } from '../../src/paper/pdf/page-limit';
import { screenshot, setupJourney } from './support/fixtures';
import { manyPagesPdf } from './support/many-pages-pdf';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();
const PAGES = PDF_PAGES_WITHOUT_ASKING + 50;
const TITLE = 'A Very Long Report on Reading';
const PDF = { name: 'long.pdf', mimeType: 'application/pdf', buffer: manyPagesPdf(PAGES, TITLE) };
const plain = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

async function pickLongPdf(page: Page) {
  await openOwnPaper(page, PDF);
  const question = page.getByRole('status').filter({ hasText: 'reading it may take minutes' });
  await question.waitFor({ timeout: 30_000 });
  expect(plain(await question.textContent())).toContain(
    '“long.pdf” has 2,050 pages; reading it may take minutes.',
  );
  return question;
}

describe('a PDF of more pages than the limit', () => {
  it('is not read when the reader cancels: the paper on screen stays', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    const bibliography = page.locator('[role="doc-bibliography"] li');
    await bibliography.first().waitFor();
    const question = await pickLongPdf(page);
    await screenshot(page, 'long-pdf-question');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await bibliography.count()).toBe(11);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.app__opening').textContent()).toBe('');
    await context.close();
  });

  it('is read when the reader says so, the page being read shown as it goes', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    const openButton = page.getByRole('button', { name: /^Open paper/ });
    const idle = await openButton.boundingBox();
    const question = await pickLongPdf(page);
    await question.getByRole('button', { name: 'Open anyway' }).click();
    const status = page.locator('.app__opening');
    const pageRead = async () => {
      const match = /Reading “[^”]+”, page ([\d,]+) of 2,050…/.exec(
        (await status.textContent()) ?? '',
      );
      return match ? Number(match[1]!.replace(/,/g, '')) : 0;
    };
    await expect.poll(pageRead, { timeout: 60_000 }).toBeGreaterThan(0);
    // The status shows beside the header's buttons without moving them.
    expect(await openButton.boundingBox()).toEqual(idle);
    expect(await status.isVisible()).toBe(true);
    const first = await pageRead();
    await expect.poll(pageRead, { timeout: 120_000 }).toBeGreaterThan(first + 50);
    console.log(`progress went from page ${first} to page ${await pageRead()} of ${PAGES}`);
    await screenshot(page, 'long-pdf-progress');
    // The paper on screen stays readable meanwhile.
    expect(await page.locator('[role="doc-bibliography"] li').count()).toBe(11);
    await context.close();
  });
});
