/**
 * Journey: a reader opens a paper whose sections are numbered in Roman numerals (I, II, III, VII,
 * as many conference papers print them). In the table of contents the section titles of one level
 * start at one place, whatever the width of their numbers, as in a printed contents page.
 */
import { describe, expect, it } from 'vitest';
import { setupJourney } from './support/fixtures';
import { openOwnPaper } from './support/own-paper';

const journey = setupJourney();

const PAPER = [
  '# Roman Headings',
  ...['I. Introduction', 'II. Related work', 'III. The model', 'VII. Conclusion'].flatMap(
    (heading) => [`## ${heading}`, `Text under ${heading}.`],
  ),
].join('\n\n');

describe('table of contents numbers', () => {
  it('starts the titles of one level at one place beside numbers of different widths', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await openOwnPaper(page, {
      name: 'roman.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(PAPER),
    });
    await page.getByRole('heading', { name: 'Roman Headings' }).waitFor();
    const lefts = await page.locator('.toc__item--level1 a').evaluateAll((links) =>
      links.map((a) => {
        const title = document.createRange();
        title.selectNodeContents(a.lastChild!);
        return [a.textContent, Math.round(title.getClientRects()[0]!.left)] as const;
      }),
    );
    expect(lefts.map(([text]) => text)).toEqual([
      'IIntroduction',
      'IIRelated work',
      'IIIThe model',
      'VIIConclusion',
    ]);
    expect(new Set(lefts.map(([, left]) => left)).size, JSON.stringify(lefts)).toBe(1);
    await context.close();
  });
});
