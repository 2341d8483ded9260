/**
 * Journey: the browser's storage fails the reader (full, or holding damaged data). They are told,
 * keep everything they wrote, and can export it right there.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { fillLocalStorage } from './support/fill-storage';
import { selectWithMouse } from './support/select-text';
import { waitInPage } from './support/wait-in-page';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

describe('when storage fails', () => {
  it('says storage is full, keeps the highlight on screen, and offers an export of everything', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    // What the app saves on opening is saved first: its failing write's banner would move the page.
    await waitInPage(
      page,
      () => Object.keys(localStorage).some((key) => key.startsWith('marginalia:v2:m:papers:')),
      undefined,
    );
    await fillLocalStorage(page); // as years of other data would
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor({ timeout: 5000 });
    expect(await page.locator('article mark[data-annotation-id]').count()).toBeGreaterThan(0);
    await screenshot(page, 'storage-full');
    // The banner makes the sticky header taller: the contents and the sidebar, stuck under it
    // while the reader is down the paper, move down with it rather than slide behind it.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    const gapsUnderHeader = () =>
      page.evaluate(() => {
        const bottom = document.querySelector('.app__header')!.getBoundingClientRect().bottom;
        return ['.app__toc', '.app__sidebar'].map((box) =>
          Math.round(document.querySelector(box)!.getBoundingClientRect().top - bottom),
        );
      });
    await expect.poll(async () => (await gapsUnderHeader()).every((gap) => gap >= 0)).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Export all annotations (JSON-LD)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.annotations\.jsonld$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    // The same W3C Web Annotation collection "Share & export" makes.
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      type: string;
      first: { items: { target: { selector: { type: string; exact?: string }[] } }[] };
    };
    expect(file.type).toBe('AnnotationCollection');
    expect(file.first.items.map((a) => a.target.selector[0]!.exact)).toEqual([CLAIM]);
    await context.close();
  });

  it('keeps a damaged stored annotation aside, loads the rest, and says so', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    await selectWithMouse(page, 'Only by establishing such an interactive mechanism');
    await page.getByRole('button', { name: 'Highlight as evidence' }).click();
    // Writes are coalesced for a moment: wait until both highlights are stored.
    await waitInPage(
      page,
      () => Object.keys(localStorage).filter((key) => key.includes(':a:')).length === 2,
      undefined,
    );
    const damaged = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.includes(':a:'))!;
      localStorage.setItem(key, '{"this is not": json');
      return key;
    });
    await page.reload();
    const warning = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await warning.waitFor();
    // The paper (parsed in a worker) may come on screen just after the warning.
    await page.locator('article mark[data-annotation-id]').first().waitFor();
    const kept = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('marginalia:backup:') && k.includes(key))
          .map((k) => localStorage.getItem(k)),
      damaged,
    );
    expect(kept).toEqual(['{"this is not": json']);
    await context.close();
  });
});
