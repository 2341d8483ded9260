/**
 * Journey: a paper opened here is kept parsed (its model, in IndexedDB, written by the paper
 * worker once the parse ends); a reload right after it is kept reopens it from that model with no
 * parse, and the model is read and checked off the page (the stored-model reader's worker): the
 * page never loads the model's schema. The whole paper comes back, its last reference included.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePaper } from '../../bench/fixtures/generate-paper';
import { setupJourney } from './support/fixtures';
import { waitInPage } from './support/wait-in-page';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

/** Long enough to be opened progressively and to come back from the reader in several parts. */
const SOURCE = generatePaper({ format: 'text', blankLines: true }, 400_000);
const TITLE = SOURCE.split('\n')[0]!;
/** Words of the paper's last line (its last reference entry). */
const LAST_WORDS = SOURCE.trimEnd().split('\n').at(-1)!.trim().slice(-30);

/** Whether the models' database holds a record (checked without creating the database). */
const modelKept = () =>
  new Promise<boolean>((done) => {
    void indexedDB.databases().then((dbs) => {
      if (!dbs.some((db) => db.name === 'marginalia-models')) return done(false);
      const open = indexedDB.open('marginalia-models');
      open.onerror = () => done(false);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('paper-models')) {
          db.close();
          return done(false);
        }
        const count = db.transaction('paper-models').objectStore('paper-models').count();
        count.onsuccess = () => {
          db.close();
          done(count.result > 0);
        };
        count.onerror = () => done(false);
      };
    });
  });

describe('a paper reopened from its kept model', () => {
  it('comes back whole at a reload with no parse, its model read off the page', async () => {
    const { page, context } = await journey.newPage({ width: 1280, height: 900 });
    const file = path.join(tmpdir(), 'marginalia-kept-model-journey.txt');
    writeFileSync(file, SOURCE);
    await page.goto(journey.url());
    await page.locator('article.paper .paragraph').first().waitFor();
    await openOwnPaper(page, file);
    await waitInPage(page, (title) => document.title.startsWith(title), TITLE, {
      timeout: 60_000,
    });
    // The model is written once the whole paper is parsed; then the page is left at once.
    await waitInPage(page, modelKept, undefined, { timeout: 60_000 });

    await page.reload();
    await waitInPage(page, (title) => document.title.startsWith(title), TITLE, {
      timeout: 60_000,
    });
    const last = await waitInPage(
      page,
      (words) => {
        const article = document.querySelector('article.paper');
        if (!article || article.hasAttribute('aria-busy')) return null;
        return article.textContent!.includes(words) ? words : null;
      },
      LAST_WORDS,
      { timeout: 60_000 },
    );
    expect(last).toBe(LAST_WORDS);
    const opened = await page.evaluate(() => ({
      marks: performance
        .getEntriesByType('mark')
        .map((m) => m.name)
        .filter((name) => name.startsWith('open:')),
      schemaOnPage: performance
        .getEntriesByType('resource')
        .some((r) => r.name.includes('paper-model-schema')),
    }));
    expect(opened).toEqual({ marks: ['open:stored'], schemaOnPage: false });
    await context.close();
  });
});
