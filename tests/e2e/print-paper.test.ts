/**
 * Journey: a student prints the paper they are reading (Ctrl+P on the reading view). The page
 * printed is the paper with their highlights in colour: not the header's buttons, the folded
 * contents' button, the "Select text" hint or the sidebar (the report is the printout of notes).
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
    // A4 is some 800 px wide: the narrow layout's controls (Contents ▾, the hint) are there too.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'print-paper');
    for (const selector of [
      '.app__header',
      '.skip-link',
      '.app__toc',
      '.app__sidebar',
      '.app__hint',
    ]) {
      const shown = await page
        .locator(selector)
        .evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null));
      expect(shown, selector).toBe(false);
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // Browsers leave backgrounds out of a printout unless told: the highlight keeps its colour.
    expect(
      await mark.evaluate((el) => getComputedStyle(el).getPropertyValue('print-color-adjust')),
    ).toBe('exact');
    await context.close();
  });
});
