/**
 * Journey: a reader drags a paper from their files onto the page. While it is over the page a
 * short message says what dropping does, in a card of reading width in the middle (it ran from
 * one edge of the window to the other); dropped, the paper opens.
 */
import type { JSHandle, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';

const journey = setupJourney();
const PAPER =
  '# Dropped on the page\n\n## Notes\n\nA paper brought by dragging it from the files.\n';

/** A file drag as the browser hands it to the page: a DataTransfer holding `name`. */
const fileDrag = (page: Page, name: string, text: string): Promise<JSHandle<DataTransfer>> =>
  page.evaluateHandle(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t], n, { type: 'text/markdown' }));
      return data;
    },
    [name, text] as const,
  );

describe('dropping a paper on the page', () => {
  it('says what a drop does in a centred card of reading width, and opens the dropped paper', async () => {
    const { page, context } = await journey.newPage({ width: 1280, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    const dataTransfer = await fileDrag(page, 'dropped.md', PAPER);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    const message = page.locator('.drop-overlay p');
    await message.waitFor();
    await screenshot(page, 'drop-paper-over');
    const box = (await message.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(700);
    expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(4);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.getByRole('heading', { level: 1, name: 'Dropped on the page' }).waitFor();
    expect(await message.count()).toBe(0);
    await context.close();
  });
});
