/**
 * Offline after the page loaded (or after an update replaced the app's files): the parts loaded
 * when first opened cannot load. The part says so and offers "Try again"; the header, the paper
 * and the way out (Open paper…, Export) stay on screen, and once the connection is back the part
 * opens.
 */
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();

describe('offline after loading', () => {
  it('the Share & export menu that cannot load says so in the menu, keeps the header, and opens on Try again', async () => {
    const { context, page } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();

    await context.setOffline(true);
    await page.getByRole('button', { name: /Share & export/ }).click();
    const menu = page.getByRole('group', { name: 'Share & export' });
    const failure = menu.getByRole('alert');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('The Share & export menu could not be loaded');
    expect(await page.getByRole('button', { name: /Open paper/ }).isVisible()).toBe(true);
    expect(await page.getByRole('alert', { name: /the header failed/ }).count()).toBe(0);

    await context.setOffline(false);
    await menu.getByRole('button', { name: 'Try again' }).click();
    await menu.getByRole('button', { name: 'Export set (file)' }).waitFor();
    expect(await menu.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('an annotation file picked offline: the preview that cannot load says so over the page, Close gives up, the paper stays', async () => {
    const { context, page } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();

    await context.setOffline(true);
    await page.getByTestId('annotation-file-input').setInputFiles({
      name: 'week-3.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld' })),
    });
    const failure = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await failure.waitFor();
    expect(await failure.innerText()).toContain('The import preview could not be loaded');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await failure.getByRole('button', { name: 'Close' }).click();
    await failure.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /Open paper/ }).isVisible()).toBe(true);
    await context.close();
  });

  it("a highlight's tag box that cannot load says so in its card, the sidebar stays, and Close goes back to Add tag", async () => {
    const { context, page } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await selectWithMouse(
      page,
      'in line with the concept of "five-common" [8], which is discussed',
    );
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const card = page.locator('.card--active');
    await card.waitFor();

    await context.setOffline(true);
    await card.getByRole('button', { name: 'Add tag' }).click();
    const failure = card.getByRole('alert');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('The tag box could not be loaded');
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    expect(await sidebar.getByRole('region', { name: 'Colours' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert', { name: /the sidebar failed/ }).count()).toBe(0);

    // Close gives up on the box: focus back on its button, not lost to the page.
    await failure.getByRole('button', { name: 'Close' }).click();
    const addTag = card.getByRole('button', { name: 'Add tag' });
    await expect.poll(() => addTag.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
