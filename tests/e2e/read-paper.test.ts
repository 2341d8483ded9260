/**
 * Journey: a reader opens the app on the sample paper, follows its citations, and opens papers
 * of their own.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

type JourneyPage = Awaited<ReturnType<typeof journey.newPage>>['page'];

/** Opens the app on the sample paper, then a Markdown paper of the reader's own, as picked from disk. */
async function openOwnMarkdown(page: JourneyPage, name: string, text: string): Promise<void> {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').first().waitFor();
  await openOwnPaper(page, {
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
}

const MARKDOWN_PAPER = `# Reading Closely in the Browser

## Abstract
We study annotation [1].

## 1. Introduction
Close reading is old [2] and new [1, 2].

## References
1. Adler, M. How to Read a Book. 1940.
2. Smith, J. Annotations. Journal of Reading, 2019.
`;

/** Over WHOLE_PAPER_CHARS (30,000), as nearly every real paper is: drawn progressively. */
const REAL_LENGTH_PAPER = [
  '# A Paper of Real Length',
  '',
  ...Array.from({ length: 16 }, (_, s) => [
    `## ${s + 1}. Section ${s + 1}`,
    '',
    ...Array.from(
      { length: 6 },
      (_, p) =>
        `Paragraph ${p + 1} of section ${s + 1} cites [${((s + p) % 6) + 1}] and goes on about close reading, ` +
        'the claims a paper makes, and the sources it leans on for each of them. '.repeat(5),
    ),
    // A marker at the start of a line, where its focus ring reaches past the paragraph.
    'Section ' + (s + 1) + ' ends here, and so does its argument. As [5] put it, reading is slow.',
  ]).flat(),
  '## References',
  '',
  ...Array.from(
    { length: 6 },
    (_, i) => `${i + 1}. Author ${i + 1}, A. A study of reading ${i + 1}. Journal ${i + 1}, 2019.`,
  ),
].join('\n\n');

describe('reading the sample paper', () => {
  it('shows the paper with 11 references and 11 live citation markers', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    const bibliography = page.locator('[role="doc-bibliography"]');
    await bibliography.locator('li').first().waitFor();
    expect(await bibliography.locator('li').count()).toBe(11);
    expect(await page.locator('[role="doc-biblioref"]').count()).toBe(11);
    expect(await page.locator('article section h2').allTextContents()).toContain('1. Introduction');
    expect(await page.locator('article').textContent()).not.toContain('--1043--');
    await screenshot(page, 'first-screen');
    await context.close();
  });

  it('shows the full reference when the pointer rests on [8]', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    const marker = page.locator('[role="doc-biblioref"]', { hasText: '[8]' });
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.textContent()).toContain('Zhang Shanshan');
    expect(await card.textContent()).toContain('Playing Farmers');
    await screenshot(page, 'citation-card');
    await context.close();
  });

  it('shows the card to a keyboard user who tabs onto a marker', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-biblioref"]').first().focus();
    expect(await page.getByRole('tooltip').textContent()).toContain('Zhang Junxia');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await context.close();
  });

  it('brings entry 4 into view when [4] is clicked, and leads back from it', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-biblioref"]', { hasText: '[4]' }).click();
    const entry = page.locator('[role="doc-bibliography"] li').nth(3);
    await expect
      .poll(() =>
        entry.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await entry.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await entry.textContent()).toContain('Wang Chunguang');
    const back = entry.locator('[role="doc-backlink"]');
    expect(await back.textContent()).toBe('§2');
    await back.click();
    const marker = page.locator('[role="doc-biblioref"]', { hasText: '[4]' });
    await expect.poll(() => marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('keeps the entry a clicked marker led to marked once its flash is over, in a paper of ordinary length', async () => {
    // The flash often fades while the page is still scrolling there, and entries look alike
    // (four "Miklósi" in a row): the one the reader landed on stays marked while it holds focus.
    // A real paper is over WHOLE_PAPER_CHARS, so its reference list is drawn progressively, in a
    // box that clips what it paints: the mark (in the entry's left overhang) must still show.
    const { page, context } = await journey.newPage();
    await openOwnMarkdown(page, 'a-real-length-paper.md', REAL_LENGTH_PAPER);
    await page.getByRole('heading', { level: 1, name: 'A Paper of Real Length' }).waitFor();
    await page.locator('article.paper--long:not([aria-busy="true"])').waitFor();
    await page.locator('[role="doc-biblioref"]', { hasText: '[4]' }).first().click();
    const entry = page.locator('[role="doc-bibliography"] li').nth(3);
    await expect.poll(() => entry.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() => entry.evaluate((el) => el.classList.contains('flash')), { timeout: 5000 })
      .toBe(false);
    // The entry's left edge, as painted, with the entry focused and then not.
    const box = (await entry.boundingBox())!;
    const edge = () =>
      page.screenshot({ clip: { x: box.x, y: box.y + 4, width: 3, height: box.height - 8 } });
    const marked = await edge();
    await entry.evaluate((el) => (el as HTMLElement).blur());
    expect(marked.equals(await edge())).toBe(false);
    // Back with an entry's own link: the marker the reader came back to is outlined.
    await entry.locator('[role="doc-backlink"]').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('doc-biblioref');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe(
      'solid',
    );
    await context.close();
  });

  it('shows the whole focus ring of a marker at the start of a line, in a paper of ordinary length', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openOwnMarkdown(page, 'a-real-length-paper.md', REAL_LENGTH_PAPER);
    await page.getByRole('heading', { level: 1, name: 'A Paper of Real Length' }).waitFor();
    await page.locator('article.paper--long:not([aria-busy="true"])').waitFor();
    // Narrow the column until a marker [5] starts a line (its left edge at its paragraph's).
    const found = await page.evaluate(() => {
      for (let width = 700; width > 200; width -= 3) {
        document.querySelector<HTMLElement>('article.paper')!.style.width = `${width}px`;
        for (const marker of document.querySelectorAll<HTMLElement>('[role="doc-biblioref"]')) {
          if (marker.textContent !== '[5]') continue;
          const paragraph = marker.closest('[data-block-start]')!;
          const first = marker.getClientRects()[0]!;
          if (Math.abs(first.left - paragraph.getBoundingClientRect().left) < 1) {
            marker.id = 'line-start-marker';
            return true;
          }
        }
      }
      return false;
    });
    expect(found).toBe(true);
    const marker = page.locator('#line-start-marker');
    await marker.scrollIntoViewIfNeeded();
    // Focused from the keyboard (Tab from just before it): the ring is :focus-visible's.
    await marker.evaluate((el) => {
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      before.addEventListener('blur', () => before.remove(), { once: true });
    });
    await page.keyboard.press('Tab');
    const box = (await marker.boundingBox())!;
    // Left of the marker, where the ring (3px, 2px off) is drawn.
    const ring = () =>
      page.screenshot({ clip: { x: box.x - 5, y: box.y, width: 3, height: box.height } });
    const focused = await ring();
    await marker.evaluate((el) => el.blur());
    expect(focused.equals(await ring())).toBe(false);
    await context.close();
  });

  it("returns to the citation with the browser's Back button after following it", async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    const marker = page.locator('[role="doc-biblioref"]', { hasText: '[4]' });
    await marker.click();
    const entry = page.locator('[role="doc-bibliography"] li').nth(3);
    await expect.poll(() => entry.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.goBack();
    expect(page.url()).toBe(journey.url());
    await expect.poll(() => marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.goForward();
    await expect.poll(() => entry.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('puts focus on the paper with the skip link, where the keyboard selects text', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the paper',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('article.paper')))
      .toBe(true);
    await context.close();
  });

  it('jumps to a section from the table of contents', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const link = toc.getByRole('link', { name: /Make Great Efforts/ });
    await link.click();
    const heading = page.locator('h2', {
      hasText:
        'Make Great Efforts to Strengthen the Construction of Rural Grassroots Party Organizations',
    });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    // The contents mark the section the reader landed in.
    await expect.poll(() => link.getAttribute('aria-current'), { timeout: 5000 }).toBe('location');
    await context.close();
  });
});

describe('opening papers of your own', () => {
  it('opens a Markdown file, keeps it in the recent list across a reload, and switches back', async () => {
    const { page, context } = await journey.newPage();
    await openOwnMarkdown(page, 'reading-closely.md', MARKDOWN_PAPER);
    await page.getByRole('heading', { level: 1, name: 'Reading Closely in the Browser' }).waitFor();
    // `[1]`, `[2]`, and `[1, 2]` as one link per number.
    expect(await page.locator('[role="doc-biblioref"]').count()).toBe(4);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reading Closely in the Browser' }).waitFor();
    await page.getByRole('button', { name: /Recent papers/ }).click();
    const list = page.getByRole('list', { name: 'Recent papers' });
    await list.waitFor(); // the list loads on first open
    expect(await list.getByRole('listitem').count()).toBe(2);
    await screenshot(page, 'recent-papers');
    await list.getByRole('button', { name: /Precise poverty alleviation/i }).click();
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await context.close();
  });

  it('says why an empty file cannot be opened and keeps the paper on screen', async () => {
    const { page, context } = await journey.newPage();
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').first().waitFor();
    await openOwnPaper(page, {
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('empty.txt');
    expect(await page.locator('[role="doc-bibliography"] li').count()).toBe(11);
    await context.close();
  });
});
