/**
 * Journey: a reader opens a long paper (the generated 1.6 MB text paper of issue 9, 3,200
 * paragraphs), which is drawn progressively: its first screen at once, the rest in short slices.
 * While the rest is still coming in, the contents and a citation marker reach blocks not drawn
 * yet; once it is all in, every block's text is in the page (what the browser's find searches); and
 * after a reload a card's quote takes the page to its highlight near the end on the first click.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatePaper } from '../../bench/fixtures/generate-paper';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { waitInPage } from './support/wait-in-page';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

/** The paper of issue 9's figures. */
const PAPER_BYTES = 1_590_000;
/** Drawing a 1.6 MB paper's slices on a loaded machine takes a while: waits are generous. */
const FILL_MS = 120_000;

const SOURCE = generatePaper({ format: 'text', blankLines: true }, PAPER_BYTES);
/** Words of the paper's last line (its last reference entry). */
const LAST_WORDS = SOURCE.trimEnd().split('\n').at(-1)!.trim().slice(-30);

function writePaper(): string {
  const file = path.join(tmpdir(), 'marginalia-long-paper-journey.txt');
  writeFileSync(file, SOURCE);
  return file;
}

async function openLongPaper(page: Page, file: string) {
  await page.goto(journey.url());
  await page.locator('article.paper .paragraph').first().waitFor();
  const title = await page.locator('#paper-title').textContent();
  await openOwnPaper(page, file);
  await waitInPage(
    page,
    (before) => document.querySelector('#paper-title')?.textContent !== before,
    title,
    { timeout: 60_000 },
  );
  await page.locator('article.paper .paragraph').first().waitFor();
}

/**
 * Waits until the whole paper is drawn: the article no longer busy and its last words in the page
 * (the paper's first blocks are shown, and drawn, before the rest of it is parsed).
 */
const filled = (page: Page) =>
  waitInPage(
    page,
    (last) => {
      const article = document.querySelector('article.paper');
      return !!article && !article.hasAttribute('aria-busy') && article.textContent!.includes(last);
    },
    LAST_WORDS,
    { timeout: FILL_MS },
  );

const isFocused = (element: Locator) => element.evaluate((el) => el === document.activeElement);
const inView = (element: Locator) =>
  element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });

describe('a long paper drawn progressively', () => {
  it('is reached everywhere by the contents and citations while it comes in, and is searchable once in', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openLongPaper(page, writePaper());
    const article = page.locator('article.paper');
    // The paper's opening screens come first; then the whole paper, drawn in slices (busy till
    // done). On a quick machine the slices may all be in before this looks: it goes on then.
    await waitInPage(
      page,
      () => document.querySelector('article.paper[aria-busy]') !== null,
      undefined,
      {
        timeout: 60_000,
      },
    ).catch(() => undefined);

    // The contents' last section, far past what is drawn yet.
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const last = toc.getByRole('link').last();
    const name = (await last.textContent())!.trim();
    await last.click();
    const heading = page.getByRole('heading', { name, exact: true });
    expect(await isFocused(heading)).toBe(true);
    // The page scrolls there smoothly (some 600,000 px): the heading is in view once it has.
    await expect.poll(() => inView(heading), { timeout: 10_000 }).toBe(true);

    // A citation marker on the first screen, to its entry in the reference list at the end.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const marker = article.locator('[role="doc-biblioref"]').first();
    const target = (await marker.getAttribute('href'))!.slice(1);
    await marker.click();
    expect(await isFocused(page.locator(`[id="${target}"]`))).toBe(true);

    // Once all is drawn, every block's text is in the page.
    await filled(page);
    const drawn = await article.evaluate((el) => el.textContent!);
    expect(drawn.length).toBeGreaterThan(PAPER_BYTES * 0.9);
    expect(drawn).toContain(LAST_WORDS);
    await context.close();
  });

  it('takes the page to a highlight near its end from the card, after a reload', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openLongPaper(page, writePaper());
    await filled(page);
    // A phrase of the last paragraph before the references.
    const phrase = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article.paper p.paragraph');
      const last = paragraphs[paragraphs.length - 1]!;
      last.scrollIntoView({ block: 'center', behavior: 'instant' });
      return last.textContent!.slice(0, 40).trim();
    });
    await selectWithMouse(page, phrase);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();
    await toolbar.waitFor({ state: 'detached' });

    await page.reload();
    await page.locator('article.paper .paragraph').first().waitFor();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const card = page
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem')
      .first();
    await card.getByRole('button', { name: phrase }).click();
    const mark = page.locator('article mark[data-annotation-id]').first();
    await expect.poll(() => inView(mark), { timeout: 10_000 }).toBe(true);
    expect(await isFocused(mark)).toBe(true);
    await context.close();
  });
});
