/**
 * Journey: a reader highlights the authors' names under a paper's title (a byline, set small and
 * muted like footnotes and figure text) in each of the five colours; in the light and the dark
 * theme every highlight keeps WCAG AA contrast. The muted grey on a highlight's fill fell under
 * 4.5:1 (3.9 on purple in the light theme, 3.3 on yellow in the dark one).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setupJourney } from './support/fixtures';
import { openOwnPaper } from './support/own-paper';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();

const NOTES = [
  'Urban Heat Islands and Street Trees',
  '',
  'Maria Okafor and Daniel Lee',
  'Geography Department, Spring Term 2026',
  '',
  '',
  'Introduction',
  '',
  'Cities are warmer than the countryside around them, an effect known as the',
  'urban heat island. Street trees cool the air by shading and by evapotranspiration.',
  '',
].join('\n');

/** A word of the byline for each colour, so all five are on the page at once. */
const WORDS = [
  ['Maria', 'claim'],
  ['Okafor', 'evidence'],
  ['Daniel', 'question'],
  ['Geography', 'definition'],
  ['Department', 'important'],
] as const;

describe('highlights on muted text', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keep AA contrast on a byline in each colour (${theme})`, async () => {
      const context = await journey.browser().newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: theme,
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error));
      await page.goto(journey.url());
      await page.locator('[role="doc-bibliography"] li').first().waitFor();
      await openOwnPaper(
        page,
        { name: 'heat-islands.txt', buffer: Buffer.from(NOTES) },
        { title: 'Urban Heat Islands and Street Trees' },
      );
      await page.locator('article .block--byline').waitFor();
      const marks = page.locator('article .block--byline mark[data-annotation-id]');
      for (const [i, [word, colour]] of WORDS.entries()) {
        await selectWithMouse(page, word);
        await page.getByRole('button', { name: `Highlight as ${colour}` }).click();
        await marks.nth(i).waitFor();
        // Closed, so each shows its own fill (an open one is lit up through a gradient axe
        // cannot measure).
        await page.getByRole('button', { name: 'Close', exact: true }).click();
      }
      expect(await marks.count()).toBe(WORDS.length);
      await screenshot(page, `muted-byline-highlights-${theme}`);
      expect(await axeViolations(page, 'article')).toEqual([]);
      await context.close();
    });
  }
});
