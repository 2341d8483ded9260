/**
 * Journey: a reader opens PDF papers (a two-column arXiv paper and a two-column LaTeX sample) and
 * reads them as clean, linked text; a damaged PDF and a PDF with no text layer are refused with a
 * sentence, and the paper on screen stays open; a page whose fonts do not map to letters is left out
 * and named, and a PDF with no readable page opens nothing.
 *
 * The two real PDFs are read from `../shared/papers/pdf/` (not copied into the project); where
 * that folder is absent, their tests are skipped with the reason in their names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { pdfFile } from '../../src/paper/pdf/pdf-file';
import { openOwnPaper } from './support/own-paper';

const PDF_DIR = resolve(import.meta.dirname, '../../../shared/papers/pdf');
const ARXIV = resolve(PDF_DIR, 'arxiv-0908.0054.pdf');
const SAMPLE = resolve(PDF_DIR, 'bug1997343.pdf');
const JCAP = resolve(PDF_DIR, 'jcap-0807.3577.pdf');
const haveArxiv = existsSync(ARXIV);
const haveJcap = existsSync(JCAP);
const haveSample = existsSync(SAMPLE);
const ABSENT = '(skipped: ../shared/papers/pdf is absent)';
if (!haveArxiv || !haveSample)
  console.warn(`PDF journeys on the shared papers ${ABSENT} at ${PDF_DIR}`);

const journey = setupJourney();

/** Opens the app on the bundled paper and waits for it. */
async function openApp(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').first().waitFor();
}

/** Picks a PDF with the file input and returns how long it took until `title` showed. */
async function pickPdf(page: Page, name: string, buffer: Buffer, title: string): Promise<number> {
  const started = Date.now();
  await openOwnPaper(page, { name, buffer }, { title, timeout: 30_000 });
  return Date.now() - started;
}

/** The whole paper's text, once the reading view has rendered all of it (a long one comes in slices). */
const articleText = async (page: Page) => {
  await page.locator('article.paper:not([aria-busy="true"])').waitFor();
  // innerText leaves out what layout skips (paragraphs off screen, content-visibility: auto).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>(
      'article .paragraph, article .reference',
    ))
      el.style.contentVisibility = 'visible';
  });
  return page.locator('article').innerText();
};

/**
 * A valid one-page PDF with nothing but a drawn rectangle: what a scan looks like to a text reader
 * (a scan's page is an image; either way there is no text layer).
 */
function pdfWithoutText(): Buffer {
  const content = '0 0 1 rg 100 100 200 300 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  return Buffer.from(pdfFile(objects));
}

describe('opening a PDF paper', () => {
  it.skipIf(!haveJcap)(
    `reads jcap-0807.3577.pdf with its drop-cap masthead whole and no pdf.js warning in the console ${haveJcap ? '' : ABSENT}`,
    async () => {
      const { page, context } = await journey.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.text().startsWith('Warning:')) warnings.push(message.text());
      });
      await openApp(page);
      await pickPdf(
        page,
        'jcap-0807.3577.pdf',
        readFileSync(JCAP),
        'Apparent and average accelerations of the Universe',
      );
      await page
        .getByRole('heading', { name: /The Buchert scheme/ })
        .first()
        .waitFor();
      expect(await page.locator('article').textContent()).toContain(
        'Journal of Cosmology and Astroparticle Physics',
      );
      // pdf.js skips the paper's figures (only text is read) and must not log each one it skips.
      expect(warnings).toEqual([]);
      await context.close();
    },
  );

  it.skipIf(!haveArxiv)(
    `reads arxiv-0908.0054.pdf as linked text: title, two columns in order, 19 references ${haveArxiv ? '' : ABSENT}`,
    async () => {
      const { page, context } = await journey.newPage();
      await openApp(page);
      const ms = await pickPdf(
        page,
        'arxiv-0908.0054.pdf',
        readFileSync(ARXIV),
        'Ultra light bosonic dark matter and CMB',
      );
      console.info(`arxiv-0908.0054.pdf: opened in ${ms} ms`);

      const entries = page.locator('[role="doc-bibliography"] li');
      await entries.nth(18).waitFor();
      expect(await entries.count()).toBe(19);
      expect(await entries.nth(11).textContent()).toContain('Dodelson S. Modern Cosmology');
      const markers = page.locator('[role="doc-biblioref"]');
      expect(await markers.allTextContents()).toEqual(
        // Each number of a list is its own link (`[1, 2, 3, 4, 5]` is five).
        expect.arrayContaining(['[1', '2', '5]', '[6', '7]', '[8', '10]', '[12]', '[19]']),
      );
      expect(await page.locator('article section h2').allTextContents()).toEqual(
        expect.arrayContaining([
          'I. INTRODUCTION',
          'II. ULTRA LIGHT BOSONS AS DARK MATTER',
          'IV. CONCLUSIONS',
        ]),
      );

      const text = await articleText(page);
      // The margin stamp and the page numbers are gone; words hyphenated at line ends are whole again.
      expect(text).not.toMatch(/arXiv:0908\.0054v1|astro-ph\.CO\] 1 Aug/);
      expect(text).toContain('the Cosmic Microwave Background (CMB) spectrum');
      // A paragraph running from the left column into the right one, past a figure caption, stays one.
      expect(text).toMatch(
        /its phase-space distribution function is “freezed-out” and its temperature/,
      );
      // Accents TeX draws apart from their letters are back on them.
      expect(text).toContain('Departamento de Física');
      // AMS msam's relations, which pdf.js gives as `&` and `>`, read as drawn: the app's pdf.js
      // worker is the patched one that names the font with the text (pdf-worker-patch.ts).
      expect(text).toMatch(/at least a value of τ ≳ 0\.07/);
      expect(text).toMatch(/α ⩾ 10⁻²⁵/);
      await screenshot(page, 'pdf-arxiv-top');

      const list = markers.filter({ hasText: /^\[1$/ }).first();
      await list.scrollIntoViewIfNeeded();
      await list.hover();
      const card = page.getByRole('tooltip');
      await card.waitFor();
      expect(await card.textContent()).toContain('Hu W., Barkana');
      await screenshot(page, 'pdf-arxiv-citation-card');

      await markers.filter({ hasText: '[12]' }).click();
      const twelfth = entries.nth(11);
      await expect.poll(() => twelfth.evaluate((el) => el === document.activeElement)).toBe(true);
      await screenshot(page, 'pdf-arxiv-references');
      await context.close();
    },
  );

  it.skipIf(!haveArxiv)(
    `reopens a PDF after a reload from the kept text, without loading pdf.js ${haveArxiv ? '' : ABSENT}`,
    async () => {
      const { page, context } = await journey.newPage();
      await openApp(page);
      await pickPdf(
        page,
        'arxiv-0908.0054.pdf',
        readFileSync(ARXIV),
        'Ultra light bosonic dark matter and CMB',
      );
      const pdfRequests: string[] = [];
      page.on('request', (request) => {
        if (/pdf\.worker|\/pdf-[\w-]+\.js|extract-pdf-text/.test(request.url()))
          pdfRequests.push(request.url());
      });
      await page.reload();
      await page
        .getByRole('heading', { level: 1, name: 'Ultra light bosonic dark matter and CMB' })
        .waitFor();
      expect(await page.locator('[role="doc-bibliography"] li').count()).toBe(19);
      expect(pdfRequests).toEqual([]);
      await page.getByRole('button', { name: /Recent papers/ }).click();
      const recent = page.getByRole('list', { name: 'Recent papers' });
      await recent.waitFor(); // the list loads on first open
      expect(await recent.getByRole('listitem').count()).toBe(2);
      expect(await recent.textContent()).toContain('arxiv-0908.0054.pdf');
      await context.close();
    },
  );

  it.skipIf(!haveSample)(
    `reads bug1997343.pdf: 2 entries cited [2] and [1], no contents, margin note apart ${haveSample ? '' : ABSENT}`,
    async () => {
      const { page, context } = await journey.newPage();
      await openApp(page);
      const ms = await pickPdf(
        page,
        'bug1997343.pdf',
        readFileSync(SAMPLE),
        'A Two Column Example',
      );
      console.info(`bug1997343.pdf: opened in ${ms} ms`);
      const entries = page.locator('[role="doc-bibliography"] li');
      expect(await entries.count()).toBe(2);
      expect(await entries.nth(0).textContent()).toContain('Taco Hoekwater');
      expect(await page.locator('[role="doc-biblioref"]').allTextContents()).toEqual([
        '[2]',
        '[1]',
      ]);
      const text = await articleText(page);
      // Hyphens the PDF marks as soft (and pdf.js leaves out) still join their words.
      expect(text).toContain('in a LATEX document, including titles, sections');
      // The paper's own table of contents is left out: "Introduction" heads one section only.
      expect(await page.locator('article h2', { hasText: 'Introduction' }).count()).toBe(1);
      // The margin note does not break into the column beside it.
      expect(text).toContain('Larger figures such as Figure 1 are usually placed in a float');
      expect(text).toContain('Marginal notes are usually placed in the outer margin.');
      await screenshot(page, 'pdf-two-column-sample');
      await page.locator('[role="doc-biblioref"]', { hasText: '[2]' }).hover();
      expect(await page.getByRole('tooltip').textContent()).toContain('Don Knuth');
      await context.close();
    },
  );
});

const FIXTURE_PDFS = resolve(import.meta.dirname, '../../src/paper/pdf/__fixtures__/pdfs');
const ONE_BAD_PAGE_SAID =
  "Page 2 of “one-bad-page.pdf” could not be read: this PDF's fonts don't map to letters there; it needs OCR.";

/** Opens the app on a PDF whose page 2's fonts map to no letters; resolves with its notice, shown. */
async function openOneBadPage(page: Page) {
  await openApp(page);
  await pickPdf(
    page,
    'one-bad-page.pdf',
    readFileSync(resolve(FIXTURE_PDFS, 'unmapped-font-page.pdf')),
    'A paper with one unreadable page',
  );
  const status = page.getByRole('status').filter({ hasText: 'could not be read' });
  await status.waitFor();
  return status;
}

describe('a PDF that cannot be read', () => {
  it('says a damaged PDF cannot be read and keeps the paper on screen, saying it is opening meanwhile', async () => {
    const { page, context } = await journey.newPage();
    await openApp(page);
    // pdf.js arrives slowly here, so that the reader sees the paper is being opened.
    await page.route(/\/pdf-[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 600));
      await route.continue();
    });
    const truncated = haveArxiv
      ? readFileSync(ARXIV).subarray(0, 2048)
      : Buffer.from('%PDF-1.7 garbage');
    await openOwnPaper(page, {
      name: 'broken.pdf',
      mimeType: 'application/pdf',
      buffer: truncated,
    });
    const status = page.getByRole('status').filter({ hasText: 'Opening the paper…' });
    await status.waitFor();
    await screenshot(page, 'pdf-opening');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“broken.pdf” is damaged or incomplete');
    expect(await status.count()).toBe(0);
    expect(await page.locator('[role="doc-bibliography"] li').count()).toBe(11);
    await screenshot(page, 'pdf-damaged');
    await context.close();
  });

  it('says a PDF without a text layer needs one, and keeps the paper on screen', async () => {
    const { page, context } = await journey.newPage();
    await openApp(page);
    await openOwnPaper(page, {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: pdfWithoutText(),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      '“scan.pdf” has no text layer (it is scanned images)',
    );
    expect(await page.locator('[role="doc-bibliography"] li').count()).toBe(11);
    await context.close();
  });
  it('reads Chinese set in a font that needs one of pdf.js’s CMaps, fetched from the app’s own origin', async () => {
    const fixtures = resolve(import.meta.dirname, '../../src/paper/pdf/__fixtures__/pdfs');
    const { page, context } = await journey.newPage();
    const cmaps: string[] = [];
    // On the context: pdf.js's worker, started by the paper worker, fetches the CMap itself.
    context.on('request', (request) => {
      if (request.url().endsWith('.bcmap')) cmaps.push(request.url());
    });
    await openApp(page);
    expect(cmaps).toEqual([]); // never before a PDF needs one
    await pickPdf(
      page,
      'chinese.pdf',
      readFileSync(resolve(fixtures, 'cjk-predefined-cmap.pdf')),
      'Close reading in Chinese',
    );
    expect(await articleText(page)).toContain('细读是学者的古老习惯，他们书页的边缘可以为证。');
    const origin = new URL(journey.url()).origin;
    expect(cmaps.length).toBeGreaterThan(0);
    for (const url of cmaps) expect(url).toMatch(new RegExp(`^${origin}/cmaps/[\\w-]+\\.bcmap$`));
    await context.close();
  });

  it('leaves out a page whose fonts do not map to letters and says which, or opens nothing when no page reads', async () => {
    const { page, context } = await journey.newPage();
    const status = await openOneBadPage(page);
    expect(await status.textContent()).toContain(ONE_BAD_PAGE_SAID);
    expect(await articleText(page)).toContain('Close reading is an old habit of scholars');
    await openOwnPaper(page, {
      name: 'all-bad.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(resolve(FIXTURE_PDFS, 'unmapped-font-only.pdf')),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("this PDF's fonts don't map to letters");
    await page
      .getByRole('heading', { level: 1, name: 'A paper with one unreadable page' })
      .waitFor();
    await context.close();
  });

  it('says again which pages could not be read and why when the paper is reopened at a reload and from the recent list', async () => {
    const { page, context } = await journey.newPage();
    const status = await openOneBadPage(page);
    // Kept with the paper (its model is stored once parsed), then read back at the reload.
    await page.waitForTimeout(500);
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'A paper with one unreadable page' })
      .waitFor();
    await status.waitFor();
    expect(await status.textContent()).toContain(ONE_BAD_PAGE_SAID);
    // Another paper, then this one again from the recent list.
    const recent = async (name: RegExp) => {
      await page.getByRole('button', { name: /Recent papers/ }).click();
      const list = page.getByRole('list', { name: 'Recent papers' });
      await list.getByRole('button', { name }).click();
    };
    await recent(/Precise poverty alleviation/i);
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    await expect.poll(() => status.count()).toBe(0);
    await recent(/^A paper with one unreadable page/);
    await page
      .getByRole('heading', { level: 1, name: 'A paper with one unreadable page' })
      .waitFor();
    await status.waitFor();
    expect(await status.textContent()).toContain(ONE_BAD_PAGE_SAID);
    await context.close();
  });
});
