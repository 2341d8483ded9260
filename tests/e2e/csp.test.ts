/**
 * Journey: the app works under its strict Content-Security-Policy. A reader opens the sample
 * paper, highlights and annotates a claim, and opens a PDF (pdf.js and its worker, and a Chinese
 * PDF whose font needs a CMap pdf.js fetches), and the
 * browser reports no violation of the policy along the way; an injected inline script is refused
 * (and reported), so the watch below is shown to see violations.
 *
 * Violations are caught three ways: `securitypolicyviolation` events recorded in the page from
 * before its first script; the same events in pdf.js's worker, where an init script cannot reach
 * (pdf.js catches a refused `eval` silently, so only the event tells), by putting a listener at the
 * top of the worker's script as it is served; and console errors that mention the Content
 * Security Policy (how Chromium reports what it refused).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { openOwnPaper } from './support/own-paper';

const ARXIV = resolve(import.meta.dirname, '../../../shared/papers/pdf/arxiv-0908.0054.pdf');
const haveArxiv = existsSync(ARXIV);
const ABSENT = '(skipped: ../shared/papers/pdf/arxiv-0908.0054.pdf is absent)';
if (!haveArxiv) console.warn(`The CSP journey's PDF step ${ABSENT}`);

const CJK = resolve(
  import.meta.dirname,
  '../../src/paper/pdf/__fixtures__/pdfs/cjk-predefined-cmap.pdf',
);

const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

const journey = setupJourney();

/** Prepended to pdf.js's worker script: turns its violations into console errors the test sees. */
const WORKER_WATCH = `self.addEventListener('securitypolicyviolation', (e) => console.error(
  'Content Security Policy violation in a worker: ' + e.effectiveDirective + ' refused ' + e.blockedURI));
`;

interface Watched {
  page: Page;
  /** How many times pdf.js's worker script was served with the watch in it. */
  workersWatched: () => number;
  /** Every violation seen so far, one line each. */
  violations: () => Promise<string[]>;
}

/** A fresh page whose CSP violations (page events and console reports) are all recorded. */
async function watchedPage(): Promise<Watched> {
  const { page } = await journey.newPage({ width: 1400, height: 900 });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} refused ${e.blockedURI} ${e.sample}`.trim());
    });
  });
  const consoleReports: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (/content security policy/i.test(message.text()))
      consoleReports.push(`console ${message.type()}: ${message.text()}`);
  };
  page.on('console', onConsole); // Chromium passes its workers' console messages to the page too
  let workersWatched = 0;
  // On the context: pdf.js's worker is started by the paper worker, out of the page's routes.
  await page.context().route(/\/pdf\.worker[^/]*\.mjs$/, async (route) => {
    try {
      const response = await route.fetch(); // the served script and headers, its CSP kept
      workersWatched++;
      await route.fulfill({ response, body: WORKER_WATCH + (await response.text()) });
    } catch (error) {
      // The journey ended with pdf.js's script still on its way (the app starts it early, as
      // "Open paper…" is pressed, to warm up the first PDF): nothing left to watch.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  const violations = async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
    ...consoleReports,
  ];
  return { page, violations, workersWatched: () => workersWatched };
}

/** Opens the app on the bundled paper; checks the policy is really sent and in the page. */
async function openSample(page: Page) {
  const response = await page.goto(journey.url());
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).not.toContain('unsafe');
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

describe('the strict Content-Security-Policy', () => {
  it('lets a reader open the sample paper, highlight a claim and write a note, with no violation', async () => {
    const { page, violations } = await watchedPage();
    await openSample(page);
    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('button', { name: 'Add note' }).click();
    await sidebar.getByRole('textbox', { name: 'Note' }).fill('Under a **strict** policy.');
    await sidebar.getByRole('button', { name: 'Done' }).click();
    await sidebar.locator('strong', { hasText: 'strict' }).waitFor();
    expect(await page.locator('article mark[data-annotation-id]').count()).toBeGreaterThan(0);
    await page.reload();
    await sidebar.locator('strong', { hasText: 'strict' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it.skipIf(!haveArxiv)(
    `lets pdf.js read a PDF in its worker, with no violation ${haveArxiv ? '' : ABSENT}`,
    async () => {
      const { page, violations, workersWatched } = await watchedPage();
      await openSample(page);
      await openOwnPaper(page, {
        name: 'arxiv-0908.0054.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(ARXIV),
      });
      await page
        .getByRole('heading', { level: 1, name: 'Ultra light bosonic dark matter and CMB' })
        .waitFor({ timeout: 30_000 });
      expect(workersWatched()).toBe(1);
      expect(await violations()).toEqual([]);
    },
  );

  it('lets pdf.js fetch a CMap from the app’s origin for a Chinese PDF, with no violation', async () => {
    const { page, violations } = await watchedPage();
    await openSample(page);
    await openOwnPaper(page, {
      name: 'chinese.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(CJK),
    });
    await page.getByRole('heading', { level: 1, name: 'Close reading in Chinese' }).waitFor();
    await page.getByText('细读是学者的古老习惯', { exact: false }).first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('refuses an inline script injected into the page, and the watch reports it', async () => {
    const { page, violations } = await watchedPage();
    await openSample(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.head.append(script);
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(violations)
      .toContainEqual(expect.stringMatching(/^script-src-elem refused inline/));
  });
});
