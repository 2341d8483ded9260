/**
 * Journey: a reader with 2,000 highlights on a long paper reloads. The reload reads its first
 * screen's highlights first (the hint the app keeps, io/annotation-storage-hint.ts) and the others
 * once that screen is painted: scrolled to the end at once, every highlight is there; a highlight
 * made the moment the paper shows is kept with all the others; and another tab's highlight made
 * while the reload comes in reaches it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatePaper } from '../../bench/fixtures/generate-paper';
import { storeWithHighlights } from '../../bench/fixtures/highlight-storage';
import { paperIdFromBytes } from '../../src/paper/paper-id';
import { parsePaper } from '../../src/paper/parse-paper';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { waitInPage } from './support/wait-in-page';

const journey = setupJourney();

const COUNT = 2000;
const FILE_NAME = 'reload-journey.txt';
const SOURCE = generatePaper({ format: 'text', blankLines: true }, 400_000);
/** Drawing a long paper's slices and anchoring thousands on a loaded machine takes a while. */
const FILL_MS = 120_000;

const HINT_KEY = 'marginalia:v2:hint';

/** How many different highlights are drawn in the paper. */
const drawnHighlights = (page: Page) =>
  page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll<HTMLElement>('article mark[data-annotation-id]')].map(
          (m) => m.dataset.annotationId,
        ),
      ).size,
  );

/** Waits until `n` different highlights are drawn (the whole paper drawn and anchored). */
const allDrawn = (page: Page, n: number) =>
  waitInPage(
    page,
    (count) =>
      new Set(
        [...document.querySelectorAll<HTMLElement>('article mark[data-annotation-id]')].map(
          (m) => m.dataset.annotationId,
        ),
      ).size === count,
    n,
    { timeout: FILL_MS },
  );

const storedAnnotations = (page: Page) =>
  page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith('marginalia:v2:a:')).length,
  );

async function withStoredHighlights(page: Page) {
  const id = await paperIdFromBytes(new TextEncoder().encode(SOURCE));
  const paper = parsePaper(SOURCE, { format: 'text', fileName: FILE_NAME, id });
  await storeWithHighlights(
    page,
    journey.url(),
    { source: SOURCE, paper, fileName: FILE_NAME },
    COUNT,
  );
  // The first open after that has no hint yet (everything is read at once); it writes one.
  await page.goto(journey.url());
  await page.locator('article mark[data-annotation-id]').first().waitFor({ timeout: FILL_MS });
  await waitInPage(page, (key) => localStorage.getItem(key) !== null, HINT_KEY, {
    timeout: 30_000,
  });
  return paper;
}

/**
 * A phrase of the paper's first long paragraph between its generated highlights (characters 5–35 and
 * 75–105 of each paragraph, bench/fixtures/highlight-storage.ts).
 */
const firstWords = (page: Page) =>
  page.evaluate(() => {
    const long = [...document.querySelectorAll('article.paper p.paragraph')].find(
      (p) => p.textContent!.length > 120,
    )!;
    return long.textContent!.slice(40, 66).trim();
  });

describe('a reload with thousands of highlights', () => {
  it('shows every highlight, also at the end scrolled to at once, and keeps one made straight away', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await withStoredHighlights(page);

    await page.reload();
    await page.locator('article mark[data-annotation-id]').first().waitFor({ timeout: FILL_MS });
    // Straight to the end, without a key or a click (which would read the rest at once).
    await page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
    await allDrawn(page, COUNT);
    expect(await page.locator('.app__sidebar-toggle').textContent()).toBe(`Annotations (${COUNT})`);

    // Reloaded again, a highlight is made as soon as the paper shows.
    await page.reload();
    await page.locator('article mark[data-annotation-id]').first().waitFor({ timeout: FILL_MS });
    await selectWithMouse(page, await firstWords(page));
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight as claim' })
      .click();
    await waitInPage(
      page,
      (n) => Object.keys(localStorage).filter((k) => k.startsWith('marginalia:v2:a:')).length === n,
      COUNT + 1,
      { timeout: 10_000 },
    );

    await page.reload();
    await page.locator('article mark[data-annotation-id]').first().waitFor({ timeout: FILL_MS });
    await allDrawn(page, COUNT + 1);
    expect(await storedAnnotations(page)).toBe(COUNT + 1);
    await context.close();
  });

  it("takes in another tab's highlight made while the reload comes in", async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await withStoredHighlights(page);
    const other = await context.newPage();
    await other.goto(journey.url());
    await other.locator('article mark[data-annotation-id]').first().waitFor({ timeout: FILL_MS });
    await selectWithMouse(other, await firstWords(other));

    const reloaded = page.reload();
    await other
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight as claim' })
      .click();
    await reloaded;
    await allDrawn(page, COUNT + 1);
    expect(await drawnHighlights(page)).toBe(COUNT + 1);
    await context.close();
  });
});
