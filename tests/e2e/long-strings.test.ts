/**
 * Journey: hostile lengths never break the layout. A paper whose text and reference hold a
 * 5,000-character unbroken string, a note and a tag made of one, and a file name of one with a
 * right-to-left override: every card, box and notice wraps them inside its own width, and the page
 * never scrolls sideways. Screenshots go to `.screenshots/long-strings-*.png` for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

/** 5,000 characters with no break opportunity (no space, hyphen or slash). */
const UNBROKEN = 'Unbroken'.repeat(625);
const PAPER = [
  'A paper with hostile lengths',
  '',
  '1. Introduction',
  'The claim rests on one sentence, as shown before [1].',
  '',
  `It goes on: ${UNBROKEN}.`,
  '',
  'References',
  `[1] Long Author: ${UNBROKEN}, Journal of Long Strings, 2024.`,
  '',
].join('\n');

/** Boxes that hold user or paper strings and must keep them inside their own width. */
const BOXES = [
  'article p',
  '[role="doc-bibliography"] li',
  '.card',
  '.chip',
  '.notice',
  '.card__quote',
  '.recent__item',
  '.citation-card',
  '.link-picker',
  '.link-picker__option',
].join(', ');

/** Every box wider inside than out (its text sticks out), and whether the page scrolls sideways. */
function overflows(page: Page) {
  return page.evaluate((selector) => {
    const sticking = Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map(
        (box) =>
          `${box.tagName.toLowerCase()}.${box.className}: ${box.scrollWidth}px in ${box.clientWidth}px`,
      );
    const pageScrolls = document.documentElement.scrollWidth > window.innerWidth;
    return { sticking, pageScrolls };
  }, BOXES);
}

describe('long unbroken strings', () => {
  it('wrap inside the paper, its reference, a note, a tag and a notice naming the file', async () => {
    const { page } = await journey.newPage({ width: 1280, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    await openOwnPaper(page, {
      name: 'hostile.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PAPER),
    });
    await page.getByRole('heading', { level: 1, name: 'A paper with hostile lengths' }).waitFor();
    await screenshot(page, 'long-strings-opened');

    await selectWithMouse(page, 'The claim rests on one sentence');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('button', { name: 'Add note' }).click();
    await sidebar.getByRole('textbox', { name: 'Note' }).fill(UNBROKEN);
    await sidebar.getByRole('button', { name: 'Add tag' }).click();
    await sidebar.getByRole('combobox', { name: 'Add a tag' }).fill(UNBROKEN.slice(0, 300));
    await page.keyboard.press('Enter');
    await sidebar.locator('.chip', { hasText: 'UnbrokenUnbroken' }).first().waitFor();
    await sidebar.getByRole('button', { name: 'Done' }).click();

    // The link picker lists the reference, and the citation's card shows it in full.
    await sidebar.getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.getByRole('checkbox').first().waitFor();
    await screenshot(page, 'long-strings-picker');
    expect(await overflows(page)).toEqual({ sticking: [], pageScrolls: false });
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    await page.locator('[role="doc-biblioref"]', { hasText: '[1]' }).hover();
    await page.getByRole('tooltip').waitFor();
    await screenshot(page, 'long-strings-citation-card');
    expect(await overflows(page)).toEqual({ sticking: [], pageScrolls: false });

    // A file Marginalia refuses, named by a long unbroken string with a right-to-left override.
    await openOwnPaper(page, {
      name: `\u202E${UNBROKEN.slice(0, 200)}.docx`,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK'),
    });
    await page.getByText(/is not a file Marginalia can read/).waitFor();

    await screenshot(page, 'long-strings-page');
    expect(await overflows(page)).toEqual({ sticking: [], pageScrolls: false });

    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await page
      .locator('[role="doc-bibliography"] li')
      .first()
      .evaluate((entry) => entry.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'long-strings-reference');
    expect(await overflows(page)).toEqual({ sticking: [], pageScrolls: false });
  });

  it('a citation of many authors wraps on a phone rather than widen the page', async () => {
    const { page } = await journey.newPage({ width: 390, height: 844 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    await openOwnPaper(page, {
      name: 'many-authors.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        [
          'Inequality and violence in small towns',
          '',
          '1. Introduction',
          'Recent work, such as Enamorado, López-Calva, Rodríguez-Castelán and Winkler (2016), finds that the link between inequality and violence changes where organised crime moves in.',
          '',
          'References',
          "Enamorado, T., López-Calva, L. F., Rodríguez-Castelán, C. and Winkler, H. 2016. Income inequality and violent crime: evidence from Mexico's drug war. Journal of Development Economics 120: 128-143.",
          '',
        ].join('\n'),
      ),
    });
    await page.getByRole('heading', { level: 1, name: 'Inequality and violence' }).waitFor();
    const marker = page.locator('[role="doc-biblioref"]', { hasText: 'Winkler (2016)' });
    await marker.waitFor();
    await screenshot(page, 'long-strings-phone-citation');
    expect(await overflows(page)).toEqual({ sticking: [], pageScrolls: false });
    const right = await marker.evaluate((a) =>
      Math.max(...Array.from(a.getClientRects(), (r) => r.right)),
    );
    expect(right).toBeLessThanOrEqual(390);
  });
});
