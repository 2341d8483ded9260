/**
 * Journey: a keyboard reader reaches the annotations sidebar beside the paper and moves through it.
 * A skip link takes them there from the top of the page (past every link of the paper). Every
 * control there shows its whole focus ring: the sidebar scrolls on its own, so whatever its box
 * does not hold is cut off, and the text boxes and the legend's rows run from one edge of it to
 * the other.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();

/** How far the focused control's ring reaches past the sidebar's visible box, in px (0: none). */
const ringOverflow = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.closest('.app__sidebar')!.getBoundingClientRect();
    const style = getComputedStyle(el);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const r = el.getBoundingClientRect();
    return Math.max(0, box.left - (r.left - ring), r.right + ring - box.right);
  });

async function focusByKeyboard(page: Page, control: Locator) {
  // Focus before it, then Tab: the ring of :focus-visible is the keyboard's.
  await control.evaluate((el) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    before.addEventListener('blur', () => before.remove(), { once: true });
  });
  await page.keyboard.press('Tab');
}

describe('focus rings in the sidebar', () => {
  it('shows the whole ring of the search box, a legend row and the rename box', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await selectWithMouse(page, 'It is the driving force');
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });

    await focusByKeyboard(page, sidebar.getByRole('searchbox'));
    expect(await ringOverflow(page)).toBe(0);
    await focusByKeyboard(page, sidebar.locator('.legend__toggle').first());
    expect(await ringOverflow(page)).toBe(0);
    await sidebar.getByRole('button', { name: /^Rename claim/ }).press('Enter');
    await sidebar.getByRole('textbox', { name: 'New name for claim' }).waitFor();
    expect(await ringOverflow(page)).toBe(0);
    await screenshot(page, 'focus-ring-rename');
    await context.close();
  });

  it('reaches the annotations from the top of the page with a skip link, beside the paper only', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const link = page.getByRole('link', { name: 'Skip to the annotations' });
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'skip-to-annotations');
    await page.keyboard.press('Enter');
    const tab = page.getByRole('tab', { name: /^Annotations/ });
    expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);

    // Where the annotations are a drawer, the header's Annotations button is the way: no link.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await link.isVisible()).toBe(false);
    await context.close();
  });
});
