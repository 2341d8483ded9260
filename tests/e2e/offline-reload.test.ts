/**
 * Journey: a student opens Marginalia once online, then loses the network. A reload still opens
 * the app on the sample paper with their highlight, the parts of the app loaded only on demand
 * (Share & export, pdf.js for a PDF) still come, and the app's files come from its offline worker;
 * a Chinese PDF read once online (its font needs pdf.js's CMaps) reads offline too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';
const PDF = resolve(
  import.meta.dirname,
  '../../src/paper/pdf/__fixtures__/pdfs/paren-citations.pdf',
);

const CJK = resolve(
  import.meta.dirname,
  '../../src/paper/pdf/__fixtures__/pdfs/cjk-predefined-cmap.pdf',
);

const openPdf = (page: Page, name: string, buffer: Buffer) =>
  openOwnPaper(page, { name, mimeType: 'application/pdf', buffer });

const references = (page: Page) => page.locator('[role="doc-bibliography"] li');

describe('offline', () => {
  it('reopens the app, its highlight and its lazy parts with no network once it has loaded', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await references(page).nth(10).waitFor();
    // The offline worker is registered after the first screen and keeps every file of the build.
    const active = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state === 'activating')
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      return worker.state;
    });
    expect(active).toBe('activated');

    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();
    await page.locator('article mark[data-annotation-id]').first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await references(page).nth(10).waitFor();
    const marks = page.locator('article mark[data-annotation-id]');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toBe(CLAIM);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await screenshot(page, 'offline-reload');

    // A part of the app loaded only on demand comes from the offline worker too.
    await page.getByRole('button', { name: /Share & export/ }).click();
    await page.getByRole('button', { name: 'Export report (Markdown)' }).waitFor();
    await page.keyboard.press('Escape');

    // And pdf.js, for a PDF opened offline: in its own worker, which the paper worker starts.
    const workers: string[] = [];
    const warnings: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => warnings.push(message.text())); // workers' messages too
    await openOwnPaper(page, {
      name: 'paren-citations.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(PDF),
    });
    await page.locator('article h1').filter({ hasNotText: 'Precise' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(workers.filter((url) => /\/pdf\.worker[^/]*\.mjs$/.test(url))).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('worker cannot start'))).toEqual([]);

    // A Chinese PDF whose font needs pdf.js's CMaps, read once online, reads again offline (another
    // copy of it, so it is read anew): pdf.js's worker gets its CMaps from the offline worker.
    await context.setOffline(false);
    await openPdf(page, 'chinese.pdf', readFileSync(CJK));
    await page.getByText('细读是学者的古老习惯', { exact: false }).first().waitFor();
    await context.setOffline(true);
    // Kept by the offline worker: the CMaps this PDF needed (pdf.js's worker fetched them).
    const kept = () =>
      page.evaluate(async () =>
        (await (await caches.open('pdf-cmaps')).keys()).map((request) => request.url),
      );
    await expect
      .poll(async () => (await kept()).some((url) => url.endsWith('/cmaps/UniGB-UCS2-H.bcmap')))
      .toBe(true);
    const cmaps: { url: string; status: number }[] = [];
    context.on('response', (response) => {
      if (response.url().endsWith('.bcmap'))
        cmaps.push({ url: response.url(), status: response.status() });
    });
    const copy = Buffer.concat([readFileSync(CJK), Buffer.from('% another copy\n')]);
    await openPdf(page, 'chinese-copy.pdf', copy);
    await expect.poll(() => cmaps.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByText('细读是学者的古老习惯', { exact: false }).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(cmaps.filter((c) => c.status !== 200)).toEqual([]);
    await context.close();
  });
});
