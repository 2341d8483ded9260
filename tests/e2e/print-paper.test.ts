/**
 * Journey: a student prints the paper they are reading (Ctrl+P on the reading view). The page
 * printed is the paper with their highlights in colour: not the header's buttons, the folded
 * contents' button, the "Select text" hint, the sidebar (a column or an open drawer: the report
 * is the printout of notes) or a selection's toolbar or a citation's card over the paper.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

describe('printing the reading view', () => {
  it('prints the paper and its highlights in colour, none of the controls around it', async () => {
    const { page, context } = await journey.newPage({ width: 1280, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const mark = page.locator('article mark[data-annotation-id]').first();
    await mark.waitFor();
    // A selection's toolbar open over the paper when the reader prints.
    await selectWithMouse(page, 'which is discussed');
    await page.locator('.selection-toolbar').waitFor();
    /** Each of the controls around the paper is there and, printed, not shown (display: none). */
    const controls = [
      '.app__header',
      '.skip-link',
      '.app__toc',
      '.app__sidebar',
      '.selection-toolbar',
    ];
    const notPrinted = async (selectors: string[]) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of selectors) {
        const shown = await page
          .locator(selector)
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
        expect(shown.length, selector).toBeGreaterThan(0);
        expect(shown, selector).toEqual(shown.map(() => 'none'));
      }
      await page.emulateMedia({ media: 'screen' });
    };
    // Wide, the sidebar is a column beside the paper (offsetParent alone was no test of it).
    await notPrinted(controls);
    // A4 is some 800 px wide: the narrow layout's controls (Contents ▾) are there, and the
    // sidebar is a drawer, printed neither open nor closed. (The "Select text" hint is gone once
    // there is a highlight; styles.css hides it in print beside these.)
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 794, height: 1123 });
    // (Made on the wide page, the highlight may have opened the drawer already.)
    const toggle = page.locator('.app__sidebar-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.locator('.app__sidebar[data-open="true"]').waitFor({ state: 'attached' });
    await notPrinted(['.app__header', '.skip-link', '.app__toc', '.app__sidebar']);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'print-paper');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // Browsers leave backgrounds out of a printout unless told: the highlight keeps its colour.
    expect(
      await mark.evaluate((el) => getComputedStyle(el).getPropertyValue('print-color-adjust')),
    ).toBe('exact');
    await context.close();
  });
});
