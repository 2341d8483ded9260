/**
 * Journey: one reader, two tabs of the app (two pages of one browser context, one localStorage).
 * Both type into the same note, a moment apart, and every word either typed is kept in both tabs
 * and after a reload; one tab recolours while the other types; and a reload while storage is full
 * asks before leaving, so the unsaved highlight is not lost.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { fillLocalStorage } from './support/fill-storage';
import { selectWithMouse } from './support/select-text';
import { waitInPage } from './support/wait-in-page';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';
/** Edits each tab types, and the pause between one tab's edit and the other's. */
const EDITS_PER_TAB = 10;
const BETWEEN_EDITS_MS = 150;

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

/**
 * Waits until the app has saved what it saves on opening (the sample paper in the recent list), so
 * that storage filled next fails only the reader's own change, not that write (whose banner would
 * move the page under the mouse).
 */
const startupSaved = (page: Page) =>
  waitInPage(
    page,
    () => Object.keys(localStorage).some((key) => key.startsWith('marginalia:v2:m:papers:')),
    undefined,
  );

const sidebarOf = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
const noteBox = (page: Page) => sidebarOf(page).getByRole('textbox', { name: 'Note' });
const cardText = (page: Page) =>
  sidebarOf(page)
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .first()
    .textContent();

/** Tab A highlights the claim; tab B opens the app after it is saved and opens the same card. */
async function twoTabsOnOneHighlight(context: BrowserContext) {
  const a = await context.newPage();
  await openSample(a);
  await selectWithMouse(a, CLAIM);
  await a.getByRole('button', { name: 'Highlight as claim' }).click();
  await a.evaluate(() => new Promise((done) => setTimeout(done, 1500))); // saved (≤ 1 s)
  const b = await context.newPage();
  await openSample(b);
  await sidebarOf(b).getByRole('button', { name: 'Open' }).first().click();
  return { a, b };
}

/** Waits until `read` gives the same value in both tabs for a second (both have settled). */
async function settled(a: Page, b: Page, read: (page: Page) => Promise<string | null>) {
  let last = '';
  let steadySince = Date.now();
  for (const end = Date.now() + 15_000; Date.now() < end;) {
    const [x, y] = [await read(a), await read(b)];
    const now = `${x}\u0000${y}`;
    if (now !== last) [last, steadySince] = [now, Date.now()];
    else if (x === y && Date.now() - steadySince > 1000) return x ?? '';
    await a.waitForTimeout(100);
  }
  return last;
}

/** How many of `words` are in `text`, as whole words. */
const countKept = (words: string[], text: string) => {
  const present = new Set(text.split(/\s+/));
  return words.filter((w) => present.has(w)).length;
};

describe('two tabs of the app on the same note', () => {
  it('keeps every word both tabs type into the same note, in both tabs and after a reload', async () => {
    const context = await journey.browser().newContext({ viewport: { width: 1400, height: 900 } });
    const { a, b } = await twoTabsOnOneHighlight(context);
    await sidebarOf(a).getByRole('button', { name: 'Add note' }).click();
    await sidebarOf(b).getByRole('button', { name: 'Add note' }).click();
    await noteBox(a).waitFor();
    await noteBox(b).waitFor();

    const typed: string[] = [];
    for (let i = 0; i < EDITS_PER_TAB; i++) {
      for (const [page, word] of [
        [a, `alpha${i}`],
        [b, `bravo${i}`],
      ] as const) {
        await page.keyboard.type(` ${word}`);
        typed.push(word);
        await page.waitForTimeout(BETWEEN_EDITS_MS);
      }
    }
    const note = await settled(a, b, (page) => noteBox(page).inputValue());
    const keptOpen = countKept(typed, note);

    await a.reload();
    await openSample(a);
    await sidebarOf(a).getByRole('button', { name: 'Open' }).first().click();
    await sidebarOf(a).getByRole('button', { name: 'Edit note' }).click();
    const reloaded = await noteBox(a).inputValue();
    const keptReloaded = countKept(typed, reloaded);
    console.log(
      `two tabs typing ${BETWEEN_EDITS_MS} ms apart: edits typed ${typed.length}, ` +
        `kept ${keptOpen} in both open editors (lost ${typed.length - keptOpen}), ` +
        `kept ${keptReloaded} after a reload (lost ${typed.length - keptReloaded})`,
    );
    if (keptOpen < typed.length) console.log(`note: ${note}`);
    expect(keptOpen).toBe(typed.length);
    expect(keptReloaded).toBe(typed.length);
    await context.close();
  });

  it('keeps a colour picked in one tab and a note typed in the other', async () => {
    const context = await journey.browser().newContext({ viewport: { width: 1400, height: 900 } });
    const { a, b } = await twoTabsOnOneHighlight(context);
    await sidebarOf(b).getByRole('button', { name: 'Add note' }).click();
    await noteBox(b).waitFor();
    await b.keyboard.type('typed in B');
    await sidebarOf(a).getByRole('radio', { name: 'important' }).check();
    await b.keyboard.type(' while A recoloured');

    const colourOf = (page: Page) =>
      page.locator('article mark[data-annotation-id]').first().getAttribute('class');
    expect(await settled(a, b, colourOf)).toMatch(/hl--red/);
    await expect.poll(() => cardText(a)).toContain('typed in B while A recoloured');
    expect(await noteBox(b).inputValue()).toBe('typed in B while A recoloured');
    await a.reload();
    await openSample(a);
    expect(await colourOf(a)).toMatch(/hl--red/);
    expect(await cardText(a)).toContain('typed in B while A recoloured');
    await context.close();
  });
});

describe('a reload while storage is full', () => {
  it('asks before leaving; staying keeps the unsaved highlight on screen and exportable', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await startupSaved(page);
    await fillLocalStorage(page);
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    expect(
      (await page.locator('article mark[data-annotation-id]').allTextContents()).join(''),
    ).toBe(CLAIM);
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor({ timeout: 5000 });

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss(); // "Stay on page"
    });
    // Dismissed, the reload never happens, so its promise may never settle.
    void page.reload({ timeout: 5000 }).catch(() => undefined);
    await page.waitForEvent('dialog', { timeout: 5000 }).catch(() => undefined);
    expect(dialogs).toEqual(['beforeunload']);

    expect(await page.locator('article mark[data-annotation-id]').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Export all annotations (JSON-LD)' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      first: { items: { target: { selector: { exact?: string }[] } }[] };
    };
    expect(file.first.items.map((item) => item.target.selector[0]!.exact)).toEqual([CLAIM]);
    await context.close();
  });
});
