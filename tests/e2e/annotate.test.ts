/**
 * Journey: a student highlights a claim in §3, links it to the source it cites, writes a note,
 * and finds all of it again after a reload, once with the mouse and once by keyboard alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

/** Presses Tab until the focused element's text matches, as a keyboard user moves along the page. */
async function tabUntil(page: Page, name: RegExp) {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function expectClaimKept(page: Page, note: string) {
  const marks = page.locator('article mark[data-annotation-id]');
  await marks.first().waitFor();
  expect((await marks.allTextContents()).join('')).toBe(CLAIM);
  const card = page
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .first();
  expect(await card.textContent()).toContain(note);
  expect(await card.getByRole('list', { name: 'Linked sources' }).textContent()).toContain('[8]');
  // Source → claims: the reference entry lists the claim linked to it.
  const entry = page.locator('[role="doc-bibliography"] li').nth(7);
  expect(await entry.getByRole('list', { name: 'Claims linked to [8]' }).textContent()).toContain(
    'five-common',
  );
}

describe('annotating a claim', () => {
  it('with the mouse: highlight, link to [8] from the suggestion, note, and it survives a reload', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    await screenshot(page, 'selection-toolbar');
    await toolbar.getByRole('button', { name: 'Highlight as claim' }).click();

    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.waitFor();
    // [8] is cited inside the selected sentence: offered first and already ticked.
    const first = picker.getByRole('checkbox').first();
    const firstEntry = await first.evaluate((el) => el.closest('li')?.textContent ?? '');
    expect(firstEntry).toContain('[8]');
    expect(firstEntry).toContain('Zhang Shanshan');
    expect(await first.isChecked()).toBe(true);
    expect(await picker.getByRole('checkbox', { checked: true }).count()).toBe(1);
    // The entries' text starts at one place in every row, "[8]" or "[10]" beside it.
    const textLefts = await picker
      .locator('.link-picker__text')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(textLefts.length).toBeGreaterThan(9);
    expect(new Set(textLefts).size).toBe(1);
    // The filter box takes typing (the paper's selection must not keep it).
    await page.keyboard.type('zhang');
    expect(await picker.getByRole('checkbox').count()).toBe(2);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    await sidebar.getByRole('button', { name: 'Add note' }).click();
    await sidebar
      .getByRole('textbox', { name: 'Note' })
      .fill('The **five-common** idea comes from Zhang.');
    await sidebar.getByRole('button', { name: 'Done' }).click();
    // The note's Markdown renderer loads lazily: wait for it rather than read the plain text.
    const bold = sidebar.locator('strong', { hasText: 'five-common' });
    await bold.waitFor();
    expect(await bold.count()).toBe(1);
    await screenshot(page, 'annotated');

    await page.reload();
    await bold.waitFor();
    await expectClaimKept(page, 'five-common idea comes from Zhang');
    await context.close();
  });

  it('by keyboard alone: caret, Shift+arrows, toolbar, picker, note, reload', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    // To §3 from the table of contents, then word by word with Ctrl+Right to the claim.
    await tabUntil(page, /Seriously implement/);
    await page.keyboard.press('Enter');
    const textAfterCaret = () =>
      page.evaluate(() => {
        const sel = document.getSelection()!;
        if (!sel.focusNode) return '';
        const r = document.createRange();
        r.setStart(sel.focusNode, sel.focusOffset);
        r.setEndAfter(document.querySelector('article')!);
        return r.toString();
      });
    let presses = 0;
    while (!(await textAfterCaret()).trimStart().startsWith(CLAIM.slice(0, 20))) {
      expect(presses++, 'the caret never reached the claim').toBeLessThan(1500);
      await page.keyboard.press('Control+ArrowRight');
    }
    // Word moves stop at word ends: step over the space before the claim.
    while (/^\s/.test(await textAfterCaret())) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < CLAIM.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(CLAIM);
    await page.keyboard.press('Enter');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    expect(
      await toolbar
        .getByRole('button', { name: 'Highlight as claim' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // Tab goes back to the paper with the selection kept (the toolbar is drawn at the page's
    // end: Tab went on to the page's top), and Enter comes back to the toolbar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(CLAIM);
    await page.keyboard.press('Enter');
    expect(
      await toolbar
        .getByRole('button', { name: 'Highlight as claim' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // Along the toolbar to "Link to source", which highlights and opens the picker.
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Link to source');
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    // The card is active; Tab to its note button and write the note.
    await tabUntil(page, /^Add note$/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed without a mouse.');
    await page.keyboard.press('Control+Enter');
    expect(await page.getByTestId('announcer').textContent()).toBe('Note saved.');

    await page.reload();
    await expectClaimKept(page, 'Typed without a mouse.');
    await context.close();
  });

  it('by keyboard: Enter with the caret in a highlight opens its card and goes to it, as a click does', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('button', { name: 'Close' }).click();
    // The caret in the paper, moved by the arrow keys into the highlight's first word.
    await page.locator('article.paper').focus();
    await page.evaluate(() => {
      const mark = document.querySelector('article mark[data-annotation-id]')!;
      const caret = document.createRange();
      caret.setStart(mark.firstChild!, 0);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(caret);
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const toggle = sidebar.getByRole('button', { name: 'Close' });
    await toggle.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Close');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // From there the card's own buttons are a Tab away.
    await tabUntil(page, /^Add note$/);
    await context.close();
  });

  it('takes the highlight back when "Link to source" or "Note" from the toolbar is cancelled with nothing added', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    const marks = page.locator('article mark[data-annotation-id]');
    await selectWithMouse(page, CLAIM);
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Link to source' })
      .click();
    await page.getByRole('dialog', { name: 'Link to source' }).waitFor();
    expect(await marks.count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await marks.first().waitFor({ state: 'detached' });
    expect(await page.getByTestId('announcer').textContent()).toMatch(/highlight was removed/);

    await selectWithMouse(page, CLAIM);
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Note' })
      .click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor();
    await page.keyboard.press('Escape');
    await marks.first().waitFor({ state: 'detached' });
    await context.close();
  });

  it('undoes and redoes a highlight with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as evidence' }).click();
    const marks = page.locator('article mark[data-annotation-id]');
    await marks.first().waitFor();
    await page.keyboard.press('Control+z');
    await marks.first().waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await marks.first().waitFor();
    expect(await marks.first().getAttribute('class')).toContain('hl--green');
    await context.close();
  });

  it("shows a highlight made in one tab in another, and keeps both tabs' concurrent highlights", async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    const other = await context.newPage();
    await other.setViewportSize({ width: 1400, height: 900 });
    await other.goto(journey.url());
    await other.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    // The reader works in the tab in front; Chromium throttles timers in the one behind.
    await page.bringToFront();
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as question' }).click();
    await other.locator('article mark.hl--blue').first().waitFor({ timeout: 10_000 });
    expect(await other.locator('article mark.hl--blue').allTextContents()).toContain('[8]');

    // Both tabs annotate different passages, one after the other without reloading: both
    // highlights survive, in both tabs.
    await other.bringToFront();
    await selectWithMouse(other, 'Only by establishing such an interactive mechanism');
    await other.getByRole('button', { name: 'Highlight as evidence' }).click();
    await page.bringToFront();
    await page.locator('article mark.hl--green').first().waitFor({ timeout: 10_000 });
    await selectWithMouse(page, 'The mass trust mechanism means');
    await page.getByRole('button', { name: 'Highlight as important' }).click();
    for (const tab of [page, other]) {
      await tab.locator('article mark.hl--green').first().waitFor({ timeout: 10_000 });
      await tab.locator('article mark.hl--red').first().waitFor({ timeout: 10_000 });
    }
    await page.reload();
    await page.locator('article mark.hl--green').first().waitFor();
    expect(await page.locator('article mark.hl--red').count()).toBeGreaterThan(0);
    expect(await page.locator('article mark.hl--blue').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('tags from the toolbar by keyboard in the drawer: Escape closes the tag box, not the drawer, and Ctrl+Z takes the tag back', async () => {
    const { page, context } = await journey.newPage({ width: 768, height: 1000 });
    await openSample(page);
    // Before the first highlight the legend and filters are hidden (no region, no tab stop).
    const toggle = page.getByRole('button', { name: 'Annotations (0)' });
    await toggle.click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('region', { name: 'Layers' }).waitFor();
    expect(await sidebar.getByRole('region', { name: 'Colours' }).count()).toBe(0);
    expect(await sidebar.getByRole('searchbox').count()).toBe(0);
    await toggle.click();

    await selectWithMouse(page, CLAIM);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.getByRole('button', { name: 'Tags' }).focus();
    await page.keyboard.press('Enter');
    const box = sidebar.getByRole('combobox', { name: 'Add a tag' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('method');
    await page.keyboard.press('Enter');
    const chips = sidebar.locator('.card--active .chip');
    await expect.poll(() => chips.allTextContents()).toEqual(['#method×']);
    expect(await sidebar.getByRole('region', { name: 'Colours' }).isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    const addTag = sidebar.getByRole('button', { name: 'Add tag' });
    await expect.poll(() => addTag.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.app__sidebar').getAttribute('data-open')).toBe('true');
    await screenshot(page, 'tag-box-closed');

    await page.keyboard.press('Control+z');
    await expect.poll(() => chips.count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => chips.allTextContents()).toEqual(['#method×']);
    await context.close();
  });

  it('at 768 px wide, opens the annotations drawer over the paper when a highlight is made', async () => {
    const { page, context } = await journey.newPage({ width: 768, height: 1000 });
    await openSample(page);
    const toggle = page.getByRole('button', { name: 'Annotations (0)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Highlight as claim' }).click();
    const card = page
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem')
      .first();
    await card.waitFor();
    expect(await card.isVisible()).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Annotations (1)' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await screenshot(page, 'narrow-drawer');
    // Working in the link picker opened from the drawer keeps the drawer open.
    await card.getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.getByRole('checkbox').nth(1).click();
    expect(await page.locator('.app__sidebar').getAttribute('data-open')).toBe('true');
    await picker.getByRole('button', { name: 'Link' }).click();
    await picker.waitFor({ state: 'detached' });
    expect(await card.isVisible()).toBe(true);
    // The drawer closes with Escape, and with its × button.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Annotations (1)' }).click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close annotations' }).click();
    await expect.poll(() => card.isVisible()).toBe(false);
    await context.close();
  });
});
