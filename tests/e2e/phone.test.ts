/**
 * Journey: a reader on a phone (390×844, and the narrowest 320 px) opens the sample, finds every
 * header action on screen with no sideways scroll, selects a claim in §3, taps a colour in the
 * selection toolbar (which fits the window), and opens the annotations drawer to see the card.
 * The table of contents is folded above the paper, so the paper's title is on the first screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setupJourney } from './support/fixtures';
import { manyPagesPdf } from './support/many-pages-pdf';
import { selectWithMouse } from './support/select-text';
import { PDF_PAGES_WITHOUT_ASKING } from '../../src/paper/pdf/page-limit';
import { openOwnPaper } from './support/own-paper';
import { own } from '../../src/annotations/formats/__fixtures__/bad-files';

const journey = setupJourney();
/** A real PDF with display equations wider than a phone's column (shared, not copied here). */
const EQUATIONS = resolve(
  import.meta.dirname,
  '../../../shared/papers/pdf/bicriteria-scheduling.pdf',
);
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

async function openOnPhone(width: number, height: number) {
  const context = await journey
    .browser()
    .newContext({ viewport: { width, height }, hasTouch: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
  return { context, page };
}

/** How far the page reaches past the window's right edge (0: no sideways scroll). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The element's box, and whether it lies wholly inside the window. */
async function inViewport(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`missing ${sel}`);
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  }, selector);
}

describe('reading on a phone', () => {
  it('at 390 px: no sideways scroll, header and menus on screen, a tapped colour highlights, the drawer opens', async () => {
    const { page, context } = await openOnPhone(390, 844);
    expect(await overflow(page)).toBe(0);
    for (const name of [
      /^Open paper…$/,
      /^Import/,
      /^Share/,
      /^Recent papers \(1\)$/,
      /^Annotations \(/,
    ]) {
      const button = page.locator('.app__header').getByRole('button', { name }).first();
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    // The header keeps to two rows.
    const header = await page.locator('.app__header').boundingBox();
    expect(header!.height).toBeLessThan(100);
    expect(await axeViolations(page, '.app__header')).toEqual([]);

    await page.getByRole('button', { name: /^Share/ }).click();
    expect(await inViewport(page, '.share-menu__panel')).toBe(true);
    expect(await overflow(page)).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Recent/ }).click();
    await page.locator('.recent__panel').waitFor(); // the list loads on first open
    expect(await inViewport(page, '.recent__panel')).toBe(true);
    expect(await overflow(page)).toBe(0);
    await page.keyboard.press('Escape');

    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    expect(await inViewport(page, '.selection-toolbar')).toBe(true);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'phone-selection-toolbar');
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).tap();
    const marks = page.locator('article mark[data-annotation-id]');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toBe(CLAIM);

    // A new highlight opens the drawer; closing it leaves its toggle on screen to open it again.
    const drawer = page.getByRole('complementary', { name: 'Annotations' });
    await page.getByRole('button', { name: 'Close annotations' }).click();
    const toggle = page.getByRole('button', { name: 'Annotations (1)' });
    await toggle.tap();
    const card = drawer
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem');
    await card.first().waitFor();
    expect(await card.first().textContent()).toContain('five-common');
    expect(await inViewport(page, '.app__sidebar-toggle')).toBe(true);
    await context.close();
  });

  it("at 390 px: the link picker's keyboard hint is shown with a mouse, not on a touch phone", async () => {
    for (const hasTouch of [true, false]) {
      const context = await journey
        .browser()
        .newContext({ viewport: { width: 390, height: 844 }, hasTouch });
      const page = await context.newPage();
      await page.goto(journey.url());
      await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
      await selectWithMouse(page, CLAIM);
      await page
        .getByRole('toolbar', { name: 'Annotate the selection' })
        .getByRole('button', { name: 'Link to source' })
        .click();
      const picker = page.getByRole('dialog', { name: 'Link to source' });
      await picker.getByRole('searchbox').waitFor();
      const hint = picker.getByText(/Space ticks/);
      expect(await hint.count()).toBe(1);
      expect(await hint.isVisible()).toBe(!hasTouch);
      await context.close();
    }
  });

  it('at 390 px: an import done opens the drawer on what arrived, focus on its Annotations tab', async () => {
    const { page, context } = await openOnPhone(390, 844);
    const toggle = page.locator('.app__sidebar-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('annotation-file-input').setInputFiles({
      name: 'seminar.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify(own())),
    });
    const preview = page.getByRole('dialog', { name: 'Import annotations from a file' });
    await preview.getByRole('button', { name: /^Import \d+ annotations$/ }).click();
    await preview.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('role') === 'tab',
      undefined,
      { timeout: 5000 },
    );
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await inViewport(page, '.app__sidebar [role="tab"]')).toBe(true);
    const cards = page
      .locator('.app__sidebar')
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await context.close();
  });

  it("at 390×600: as the drawer scrolls, its × never covers another control (a colour's ✎, the card's Close)", async () => {
    // A short window (a phone on its side, or with its keyboard up), so the drawer scrolls far.
    const { page, context } = await openOnPhone(390, 600);
    await selectWithMouse(page, CLAIM);
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight as claim' })
      .tap();
    const drawer = page.getByRole('complementary', { name: 'Annotations' });
    await drawer.getByRole('button', { name: 'Delete highlight' }).waitFor();
    // Every scroll position of the drawer, a few pixels apart: which controls lie under the ×
    // (those that pass under the bar it sits in, at the drawer's top, are out of reach anyway).
    const covered = await page.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('.app__sidebar')!;
      const close = box.querySelector('.app__sidebar-close')!;
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const hits = new Set<string>();
      for (let top = 0; top <= box.scrollHeight - box.clientHeight; top += 8) {
        box.scrollTop = top;
        await frame();
        const bar = box.querySelector('.tabs')!.getBoundingClientRect();
        for (const control of box.querySelectorAll<HTMLElement>('aside button, aside input')) {
          const r = control.getBoundingClientRect();
          if (r.width === 0 || r.top < bar.bottom || r.bottom > box.getBoundingClientRect().bottom)
            continue;
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (at && close.contains(at))
            hits.add(control.getAttribute('aria-label') ?? control.textContent ?? '');
        }
      }
      return [...hits];
    });
    expect(covered).toEqual([]);
    await context.close();
  });

  it("at 390 px: the drawer's contents take its whole width, and a long tag's filter chip keeps its count on one line", async () => {
    const { page, context } = await openOnPhone(390, 844);
    await selectWithMouse(page, CLAIM);
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight as claim' })
      .tap();
    const drawer = page.getByRole('complementary', { name: 'Annotations' });
    await drawer.getByRole('button', { name: 'Add tag' }).tap();
    const box = drawer.getByRole('combobox', { name: 'Add a tag' });
    await box.waitFor();
    await box.fill('a-tag-long-enough-to-wrap-over-two-lines-of-the-drawer-on-a-phone');
    await box.press('Enter');
    const chip = drawer.getByRole('group', { name: 'Tags' }).getByRole('button').first();
    await chip.waitFor();
    // The × in the drawer's corner sits beside the tabs only: the sidebar below is as wide as
    // the drawer's inside, not narrowed by the button's width all the way down.
    const widths = await page.evaluate(() => {
      const outer = document.querySelector('.app__sidebar')!;
      const inner = document.querySelector('aside.sidebar')!.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(outer).paddingRight);
      return { right: inner.right, room: outer.getBoundingClientRect().right - pad };
    });
    expect(widths.right).toBeGreaterThan(widths.room - 2);
    // The tag wraps inside its chip; what follows the name, its count "(1)", lies on one line.
    const countLines = await chip.evaluate((button) => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('bdi') || !n.textContent?.trim()) continue;
        if (n.textContent.trim() === '#') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
      }
      // Lines, counting tops less than a few pixels apart as one.
      return tops.sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - all[i - 1]! > 4)
        .length;
    });
    expect(await chip.textContent()).toMatch(/\(1\)$/);
    expect(countLines).toBe(1);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'phone-long-tag');
    await context.close();
  });

  it('at 390 px: how to highlight is said on the reading view, above the paper and clear of its text, until the first highlight', async () => {
    const { page, context } = await openOnPhone(390, 844);
    const hint = page.getByText('Select text to highlight it.', { exact: true });
    const drawer = page.getByRole('complementary', { name: 'Annotations' });
    const shown = page.locator('.app__body').getByText('Select text to highlight it.');
    await expect.poll(() => shown.filter({ visible: true }).count()).toBe(1);
    const box = (await shown.filter({ visible: true }).boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
    expect(await drawer.getByText('Select text', { exact: false }).first().isVisible()).toBe(false);
    // Above the paper's title, not over it.
    const title = (await page.locator('h1').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(title.y);
    expect(await inViewport(page, 'h1')).toBe(true);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'phone-highlight-hint');
    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).tap();
    await page.locator('article mark[data-annotation-id]').first().waitFor();
    await expect.poll(() => hint.filter({ visible: true }).count()).toBe(0);
    await context.close();
  });

  it('at 390 px: the paper starts on the first screen; the contents unfold from their button and jump', async () => {
    const { page, context } = await openOnPhone(390, 844);
    expect(await inViewport(page, 'h1')).toBe(true);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    expect(await toc.getByRole('link').first().isVisible()).toBe(false);
    await toc.getByRole('button', { name: /^Contents \(\d+\)/ }).tap();
    const link = toc.getByRole('link', { name: /Make Great Efforts/ });
    await link.tap();
    const heading = page.locator('h2', { hasText: 'Make Great Efforts to Strengthen' });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await overflow(page)).toBe(0);
    await context.close();
  });

  it.skipIf(!existsSync(EQUATIONS))(
    "at 390 px: a PDF's display equation wider than the column wraps, so no part of the paper scrolls sideways where the keyboard cannot reach (axe: scrollable-region-focusable)",
    async () => {
      const { page, context } = await openOnPhone(390, 844);
      await openOwnPaper(page, {
        name: 'bicriteria-scheduling.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(EQUATIONS),
      });
      await page.locator('article .block--equation').first().waitFor({ timeout: 60_000 });
      await page.locator('article.paper:not([aria-busy="true"])').waitFor();
      const equations = page.locator('article .block--equation');
      expect(await equations.count()).toBeGreaterThan(0);
      const scrolling = await equations.evaluateAll((all) =>
        all.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      );
      expect(scrolling).toEqual([]);
      expect(await axeViolations(page, 'article')).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await context.close();
    },
  );

  it('at 390 px: the header keeps its height while a PDF opens, its progress shown on screen', async () => {
    const { page, context } = await openOnPhone(390, 844);
    const headerHeight = async () => (await page.locator('.app__header').boundingBox())!.height;
    const idle = await headerHeight();
    const pdf = manyPagesPdf(PDF_PAGES_WITHOUT_ASKING + 50, 'A Long Report');
    await openOwnPaper(page, {
      name: 'long.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByRole('button', { name: 'Open anyway' }).tap();
    const status = page.locator('.app__opening');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/Reading “long\.pdf”, page/);
    expect(await inViewport(page, '.app__opening')).toBe(true);
    expect(await headerHeight()).toBe(idle);
    expect(await overflow(page)).toBe(0);
    await context.close();
  });

  it('at 320 px: no sideways scroll, and the toolbar and the drawer toggle stay on screen', async () => {
    const { page, context } = await openOnPhone(320, 640);
    expect(await overflow(page)).toBe(0);
    expect(await inViewport(page, '.app__sidebar-toggle')).toBe(true);
    await selectWithMouse(page, CLAIM);
    await page.getByRole('toolbar', { name: 'Annotate the selection' }).waitFor();
    expect(await inViewport(page, '.selection-toolbar')).toBe(true);
    expect(await overflow(page)).toBe(0);
    await context.close();
  });
});
