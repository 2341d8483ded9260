/**
 * Journey: a reader with highlights across the paper comes back to it, and goes from a card's
 * quote (or a claim listed under its source) to the highlight, on the first click, while the
 * sidebar keeps the open card in view; clicking a highlight in the paper opens its card without
 * moving the page away from where the reader clicked.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();

/** Three passages far apart: §1, §2 and §4 of the sample paper, in reading order. */
const FAR_APART = [
  'Resolutely Winning the Poverty',
  'implement the concept of sustainable development',
  'insisting on the problem-oriented',
];
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

/** A smooth scroll across the whole paper ends well within this. */
const SCROLL_SETTLES_MS = 4000;

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

async function highlightAsClaims(page: Page, phrases: readonly string[]) {
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  for (const phrase of phrases) {
    await selectWithMouse(page, phrase);
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();
    await toolbar.waitFor({ state: 'detached' });
  }
}

async function reloadAtTop(page: Page) {
  await page.reload();
  await page.locator('article mark[data-annotation-id]').first().waitFor();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

const markOf = (page: Page, phrase: string) =>
  page.locator('article mark', { hasText: phrase }).first();
const cards = (page: Page) =>
  page.getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem');

/** Where the element is in the window, and whether it is wholly inside it. */
const placeIn = (element: Locator) =>
  element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      top: Math.round(r.top),
      bottom: Math.round(r.bottom),
      inView: r.top >= 0 && r.bottom <= innerHeight,
    };
  });

/** Whether the element is wholly inside the visible part of the sidebar's scroll box. */
const inSidebarView = (element: Locator) =>
  element.evaluate((el) => {
    const box = el.closest('.app__sidebar')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= Math.max(box.top, 0) - 1 && r.bottom <= Math.min(box.bottom, innerHeight) + 1;
  });

const isFocused = (element: Locator) => element.evaluate((el) => el === document.activeElement);

async function expectScrolledTo(page: Page, mark: Locator) {
  await expect
    .poll(async () => (await placeIn(mark)).inView, { timeout: SCROLL_SETTLES_MS })
    .toBe(true);
  // Settled there, not passing through.
  await page.waitForTimeout(300);
  expect(await placeIn(mark)).toMatchObject({ inView: true });
  expect(await isFocused(mark)).toBe(true);
}

describe('going from a card to its highlight', () => {
  it("takes the page to the highlight on the first click of a card's quote after a reload", async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await highlightAsClaims(page, FAR_APART);
    await reloadAtTop(page);
    const mark = markOf(page, FAR_APART[2]!);
    expect(await placeIn(mark)).toMatchObject({ inView: false });

    const card = cards(page).nth(2);
    await card.getByRole('button', { name: FAR_APART[2] }).click();
    await expectScrolledTo(page, mark);
    // The card opened, and the sidebar (not the page) scrolled to keep it in view.
    expect(await card.getByRole('button', { name: 'Close' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await inSidebarView(card)).toBe(true);
    await screenshot(page, 'reveal-from-card');

    // And back up to the first one.
    await cards(page).nth(0).getByRole('button', { name: FAR_APART[0] }).click();
    await expectScrolledTo(page, markOf(page, FAR_APART[0]!));
    await context.close();
  });

  it('takes the page to a claim listed under its source, on the first click', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await highlightAsClaims(page, [FAR_APART[0]!, CLAIM, FAR_APART[2]!]);
    // Link the claim to [8], the source it cites (offered first and already ticked).
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await cards(page).nth(1).getByRole('button', { name: 'Open' }).click();
    await sidebar.getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    await reloadAtTop(page);
    const claims = page.getByRole('list', { name: 'Claims linked to [8]' });
    await claims.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const mark = markOf(page, 'five-common');
    expect(await placeIn(mark)).toMatchObject({ inView: false });
    await claims.getByRole('button').first().click();
    await expectScrolledTo(page, mark);
    expect(await inSidebarView(cards(page).nth(1))).toBe(true);
    await context.close();
  });

  it('opens the card of a highlight clicked in the paper without moving the page', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await highlightAsClaims(page, FAR_APART);
    await reloadAtTop(page);
    const mark = markOf(page, FAR_APART[2]!);
    await mark.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const scrolled = await page.evaluate(() => window.scrollY);

    // On its first line: a highlight that wraps has a bounding box wider than its text.
    const line = await mark.evaluate((el) => {
      const r = el.getClientRects()[0]!;
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    await page.mouse.click(line.x, line.y);
    const card = cards(page).nth(2);
    await card.getByRole('button', { name: 'Close' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await inSidebarView(card)).toBe(true);
    await context.close();
  });
});
