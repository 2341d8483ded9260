/**
 * One place to start the served app and a fresh browser for a journey file, and to take
 * screenshots into `.screenshots/` (gitignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { serveApp, type ServedApp } from './serve';

export interface Journey {
  url: () => string;
  browser: () => Browser;
  /** A fresh context (its own localStorage and IndexedDB) and page, at 1280×900 unless told. */
  newPage: (viewport?: {
    width: number;
    height: number;
  }) => Promise<{ context: BrowserContext; page: Page }>;
}

export function setupJourney(): Journey {
  let app: ServedApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await serveApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    url: () => app!.url,
    browser: () => browser!,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await browser!.newContext({ viewport });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error));
      return { context, page };
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = resolve(import.meta.dirname, '../../../.screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: false });
}
