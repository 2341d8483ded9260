/**
 * Journey: a student's first visit is the instructor's share link, made on a paper the student has
 * not opened yet (the sample is on screen). The preview says which paper to open, as a step and
 * not as an error, with "Open paper…" in the dialog; picking the paper there offers the import.
 * When this browser has that paper among its recent papers, the dialog opens it in one step.
 * And a link a chat app or mail program changed on the way (wrapped, a full stop after it) opens.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, setupJourney } from './support/fixtures';
import { openOwnPaper } from './support/own-paper';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const PAPER = {
  name: 'seminar-reading.md',
  buffer: Buffer.from(
    '# Reading for the seminar\n\n## Claims\n\nSmall classes raise attainment in the early years, ' +
      'and the gain lasts into secondary school.\n',
  ),
};
const CLAIM = 'Small classes raise attainment in the early years';

/** The instructor's share link of one claim on PAPER, as copied from the Share & export menu. */
async function instructorLink(): Promise<string> {
  const instructor = await journey.newPage();
  await instructor.page.goto(journey.url());
  await openOwnPaper(instructor.page, PAPER, { title: 'Reading for the seminar' });
  await selectWithMouse(instructor.page, CLAIM);
  await instructor.page.getByRole('button', { name: 'Highlight as claim' }).click();
  await instructor.page.locator('article mark[data-annotation-id]').first().waitFor();
  await instructor.page.getByRole('button', { name: /Share & export/ }).click();
  const menu = instructor.page.getByRole('group', { name: 'Share & export' });
  await menu.getByRole('button', { name: 'Copy share link' }).click();
  const box = menu.getByRole('textbox', { name: 'Share link' });
  await box.waitFor();
  const link = await box.inputValue();
  await instructor.context.close();
  return link;
}

describe('a share link opened before its paper', () => {
  it('says which paper to open, offers Open paper… in the preview, then the import', async () => {
    const link = await instructorLink();

    const { page, context } = await journey.newPage();
    await page.goto(link);
    const dialog = page.getByRole('dialog', { name: 'Import annotations from a share link' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Open paper…' }).waitFor();
    await screenshot(page, 'share-link-first-visit');
    // The reader has done nothing wrong: no alert, the paper to open named in the text.
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(await dialog.textContent()).toContain('Open that paper to import it.');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Open paper…' }).click(),
    ]);
    await chooser.setFiles({ ...PAPER, mimeType: 'text/markdown' });
    await page.getByRole('heading', { level: 1, name: 'Reading for the seminar' }).waitFor();
    // The paper it was made on is open: the same link's preview comes back, ready to import.
    await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
    await page.locator('article mark[data-annotation-id]').first().waitFor();
    expect(await page.locator('article mark[data-annotation-id]').allTextContents()).toEqual([
      CLAIM,
    ]);
    await context.close();
  });

  it('opens as sent when a chat app wrapped the link and a sentence ended it with a full stop', async () => {
    const link = await instructorLink();
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await openOwnPaper(page, PAPER, { title: 'Reading for the seminar' });
    // Wrapped in a mail: a line break in the middle (the address bar keeps it as %0A), then "."
    const at = link.indexOf('#share=') + 20;
    await page.goto(`${link.slice(0, at)}%0A${link.slice(at)}.`);
    const dialog = page.getByRole('dialog', { name: 'Import annotations from a share link' });
    await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
    await page.locator('article mark[data-annotation-id]').first().waitFor();
    expect(await page.locator('article mark[data-annotation-id]').allTextContents()).toEqual([
      CLAIM,
    ]);
    await context.close();
  });

  it('opens the paper from the recent papers in one step when this browser has it', async () => {
    const link = await instructorLink();
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    // Opened last week, the sample on screen today.
    await openOwnPaper(page, PAPER, { title: 'Reading for the seminar' });
    await page.getByRole('button', { name: /^Recent papers/ }).click();
    await page
      .getByRole('list', { name: 'Recent papers' })
      .getByRole('button', { name: /Precise poverty alleviation/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Precise poverty alleviation/ }).waitFor();
    await page.goto(link);
    const dialog = page.getByRole('dialog', { name: 'Import annotations from a share link' });
    await dialog.getByRole('button', { name: 'Open “Reading for the seminar”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reading for the seminar' }).waitFor();
    await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
    await page.locator('article mark[data-annotation-id]').first().waitFor();
    await context.close();
  });
});
