/**
 * At 200% zoom a 1280×900 window is 640×450 CSS pixels: the sticky header took two rows there
 * (about 80 of 450 px). It keeps to one row, every action still on it, named in full. Its Share
 * & export menu uses the height below it (it stopped at 70% of the window, a third of its items
 * cut off above 90 px of empty page).
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';

const journey = setupJourney();

describe('the header at 200% zoom', () => {
  it.each([
    [640, 450],
    [720, 450],
  ])('keeps to one row at %i px, every action on it', async (width, height) => {
    const context = await journey
      .browser()
      .newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await screenshot(page, `zoom-header-${width}`);
    const header = page.locator('.app__header');
    const brand = (await header.locator('.app__brand').boundingBox())!;
    for (const name of [
      /^Open paper…$/,
      /^Import annotations…$/,
      /^Share & export/,
      /^Recent papers \(1\)$/,
      /^Annotations \(/,
    ]) {
      const box = (await header.getByRole('button', { name }).first().boundingBox())!;
      expect(box.x + box.width, String(name)).toBeLessThanOrEqual(width);
      // On the brand's row.
      expect(Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(8);
    }
    expect((await header.boundingBox())!.height).toBeLessThan(56);
    await context.close();
  });

  it('opens Share & export down to the foot of the window, its items scrolled within', async () => {
    const context = await journey
      .browser()
      .newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await page.getByRole('button', { name: /^Share & export/ }).click();
    const menu = page.getByRole('group', { name: 'Share & export' });
    await menu.getByRole('button', { name: 'Paste annotations…' }).waitFor({ state: 'attached' });
    const fit = await page.locator('.share-menu__panel').evaluate((panel) => ({
      bottom: panel.getBoundingClientRect().bottom,
      cut: panel.scrollHeight > panel.clientHeight,
    }));
    expect(fit.bottom).toBeLessThanOrEqual(450);
    // What does not fit scrolls inside the panel, which reaches the foot of the window.
    if (fit.cut) expect(fit.bottom).toBeGreaterThan(450 - 16);
    await screenshot(page, 'zoom-share-menu');
    await context.close();
  });
});
