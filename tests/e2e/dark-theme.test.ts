/**
 * Journey: a reader whose system is set to dark highlights a claim that cites a source; every
 * part of the paper, the citation link inside the highlight included, keeps WCAG AA contrast.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

describe('the dark theme', () => {
  it('keeps AA contrast on a citation link inside each colour of highlight', async () => {
    const context = await journey.browser().newContext({
      viewport: { width: 1400, height: 900 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    const marks = page.locator('article mark[data-annotation-id]');
    for (const colour of ['claim', 'evidence', 'question', 'definition', 'important']) {
      await selectWithMouse(page, CLAIM);
      await page.getByRole('button', { name: `Highlight as ${colour}` }).click();
      await marks.first().waitFor();
      // Closed, so the highlight shows its own colour (an open card's one is lit up, which axe
      // cannot measure through the gradient that lights it).
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      expect(await axeViolations(page, 'article')).toEqual([]);
      if (colour === 'claim') await screenshot(page, 'dark-claim-citation');
      await page.keyboard.press('Control+z');
      await marks.first().waitFor({ state: 'detached' });
    }
    await context.close();
  });
});
