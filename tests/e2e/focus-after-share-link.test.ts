/**
 * Journey: a student opens an instructor's share link in a fresh tab, where nothing had focus.
 * Closing the import preview leaves keyboard focus somewhere useful, not on the page itself:
 * on the new annotations (the sidebar's tab) after Import, on a phone too (the drawer opens on
 * what arrived), and on the paper after a damaged link's Close.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? 'the page' : `${el?.tagName} ${el?.textContent?.slice(0, 20)}`;
  });

/** A share link holding one highlight, made as an instructor makes it. */
async function shareLink(): Promise<string> {
  const { page, context } = await journey.newPage({ width: 1400, height: 900 });
  await openSample(page);
  await selectWithMouse(page, CLAIM);
  await page.getByRole('button', { name: 'Highlight as claim' }).click();
  await page.getByRole('button', { name: /Share & export/ }).click();
  const menu = page.getByRole('group', { name: 'Share & export' });
  await menu.getByRole('button', { name: 'Copy share link' }).click();
  const box = menu.getByRole('textbox', { name: 'Share link' });
  await box.waitFor();
  const link = await box.inputValue();
  await context.close();
  return link;
}

describe('focus after a share link', () => {
  it('is on the new annotations after Import, on a phone too, and on the paper after Close', async () => {
    const link = await shareLink();
    for (const [viewport, after] of [
      [{ width: 1400, height: 900 }, /^BUTTON Annotations \(1\)/],
      [{ width: 390, height: 844 }, /^BUTTON Annotations \(1\)/],
    ] as const) {
      const { page, context } = await journey.newPage(viewport);
      await openSample(page);
      await page.goto(link.slice(0, 120));
      const damaged = page.getByRole('dialog', { name: /from a share link/ });
      await damaged.getByRole('button', { name: 'Close' }).click();
      await damaged.waitFor({ state: 'detached' });
      expect(await focused(page)).toMatch(/^ARTICLE /);

      await page.reload();
      await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
      await page.goto(link);
      const dialog = page.getByRole('dialog', { name: /from a share link/ });
      await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
      await dialog.waitFor({ state: 'detached' });
      // On a phone focus enters the drawer once it is shown, a frame or more after the dialog
      // went (SidebarDrawer's slide-in): asked again until then, as a reader would see it land.
      await expect.poll(() => focused(page)).toMatch(after);
      await context.close();
    }
  });
});
