/**
 * Journey: the browser drops the paper texts (site data cleared, storage evicted). On reload the
 * reader is told which paper is missing and asked for its file; its annotations wait untouched
 * (counted in storage before and after), and opening the same file brings them back anchored.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

const PAPER = `Trust in Close Reading

Abstract
Readers who mark a text remember its claims better than readers who do not.

1. Introduction
Close reading is the habit of scholars who mark every claim worth checking and come back to it.
`;
const FILE = { name: 'trust.txt', mimeType: 'text/plain', buffer: Buffer.from(PAPER) };
const OTHER = {
  name: 'other.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Another Paper\n\nNothing to do with trust, and never read before.\n'),
};
const CLAIM = 'mark every claim worth checking';

/** Annotations in localStorage (one key each), live or not: what the reader wrote. */
const storedAnnotations = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':v2:a:')).length);

/** Deletes the app's IndexedDB databases (sources, parsed models), as clearing site data does. */
const deletePaperTexts = (page: Page) =>
  page.evaluate(() =>
    Promise.all(
      ['marginalia', 'marginalia-models'].map(
        (name) =>
          new Promise<string>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve('deleted');
            // The open page holds a connection: the deletion completes as it unloads.
            request.onblocked = () => resolve('blocked');
          }),
      ),
    ).then((results) => results.join(', ')),
  );

async function readAndHighlight(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').first().waitFor();
  await openOwnPaper(page, FILE, { title: 'Trust in Close Reading' });
  await selectWithMouse(page, CLAIM);
  await page.getByRole('button', { name: 'Highlight as claim' }).click();
  const marks = page.locator('article mark[data-annotation-id]');
  await marks.first().waitFor();
  expect((await marks.allTextContents()).join('')).toBe(CLAIM);
  await page.waitForTimeout(600); // writes are coalesced for a moment
}

async function reloadWithoutTexts(page: Page) {
  console.log(`IndexedDB: ${await deletePaperTexts(page)}`);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'is no longer stored' });
  await notice.waitFor();
  return notice;
}

describe('when the paper texts are gone from the browser', () => {
  it('names the missing paper, keeps its annotations, and brings them back with its file', async () => {
    const { page, context } = await journey.newPage();
    await readAndHighlight(page);
    const before = await storedAnnotations(page);
    expect(before).toBe(1);

    const notice = await reloadWithoutTexts(page);
    expect(await notice.textContent()).toContain(
      'The text of “Trust in Close Reading” (trust.txt) is no longer stored in this browser. Its annotation is kept.',
    );
    // Nothing else stands in for it: not the sample paper, no paper at all.
    expect(await page.locator('article').count()).toBe(0);
    const during = await storedAnnotations(page);
    await page.getByRole('button', { name: /Recent papers/ }).click();
    expect(
      await page.getByRole('button', { name: /^Trust in Close Reading/ }).textContent(),
    ).toContain('Text missing: open its file again');
    await page.keyboard.press('Escape');
    await screenshot(page, 'missing-paper');

    await notice.getByLabel('Open file: choose the paper’s file').setInputFiles(FILE);
    const marks = page.locator('article mark[data-annotation-id]');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toBe(CLAIM);
    expect(await page.getByRole('alert').count()).toBe(0);
    const after = await storedAnnotations(page);
    console.log(
      `annotations stored: ${before} before, ${during} while missing, ${after} after; ` +
        `highlights on screen after reopening: ${await marks.count()}`,
    );
    expect([during, after]).toEqual([before, before]);
    await context.close();
  });

  it('opens another file as a paper of its own and says it was not the missing one', async () => {
    const { page, context } = await journey.newPage();
    await readAndHighlight(page);
    const before = await storedAnnotations(page);
    const notice = await reloadWithoutTexts(page);

    await notice.getByLabel('Open file: choose the paper’s file').setInputFiles(OTHER);
    await page.getByRole('heading', { level: 1, name: 'Another Paper' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'is not the missing paper' });
    expect((await status.textContent())!.replace(/[\u2068\u2069]/g, '')).toContain(
      '“other.txt” is not the missing paper “trust.txt”',
    );
    expect(await page.locator('article mark[data-annotation-id]').count()).toBe(0);
    expect(await storedAnnotations(page)).toBe(before);
    await context.close();
  });
});
