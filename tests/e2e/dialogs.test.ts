/**
 * The import, paste and link-to-source dialogs from the keyboard: each is a modal dialog named by
 * its heading with no WCAG A/AA violation (axe-core), focus starts inside and stays there on Tab,
 * Escape closes it, and focus goes back to the button the reader started from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

/** What has focus: its role or tag and its accessible text, enough to tell the controls apart. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const at = document.activeElement as HTMLElement | null;
    return at ? `${at.tagName.toLowerCase()} ${at.textContent?.trim() ?? ''}`.trim() : 'none';
  });

describe('import and paste dialogs', () => {
  it('paste then preview: each dialog traps focus, has no axe violation, and Escape returns focus to the menu button', async () => {
    const { page } = await journey.newPage();
    await openSample(page);
    const menuButton = page.getByRole('button', { name: /Share & export/ });
    await menuButton.click();
    await page.getByRole('button', { name: 'Paste annotations…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste annotations' });
    await paste.waitFor();
    expect(await paste.getAttribute('aria-modal')).toBe('true');
    expect(await focused(page)).toBe('textarea');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    // Empty text: Preview is disabled, so Tab goes textarea → Cancel → textarea.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Cancel');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('textarea');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button Cancel');
    await page.keyboard.press('Escape');
    await paste.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button Share & export/);

    // Pasted text that is not an annotation file: the preview says why, Close only.
    await menuButton.click();
    await page.getByRole('button', { name: 'Paste annotations…' }).click();
    await paste.getByRole('textbox').fill('not an annotation file');
    await paste.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByRole('dialog', { name: 'Import pasted annotations' });
    await preview.waitFor();
    await preview.getByRole('alert').waitFor();
    expect(await focused(page)).toBe('button Close');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Close');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button Share & export/);
  });

  it('an annotation file opens its preview as a modal dialog with no axe violation, and Escape imports nothing', async () => {
    const { page } = await journey.newPage();
    await openSample(page);
    await page.getByTestId('annotation-file-input').setInputFiles({
      name: 'empty.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld' })),
    });
    const preview = page.getByRole('dialog', { name: 'Import annotations from a file' });
    await preview.waitFor();
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    expect(await page.locator('article mark[data-annotation-id]').count()).toBe(0);
  });
});

describe('the link-to-source dialog', () => {
  it('traps focus, has no axe violation, and Escape or a click outside closes it, focus back on the card’s button', async () => {
    const { page } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await selectWithMouse(
      page,
      'in line with the concept of "five-common" [8], which is discussed',
    );
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight as claim' })
      .click();
    const opener = page
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('button', { name: 'Link to source' });
    await opener.click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.waitFor();
    expect(await picker.getAttribute('aria-modal')).toBe('true');
    expect(await focused(page)).toBe('input');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button Link');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Link to source');

    await opener.click();
    await picker.waitFor();
    await page.mouse.click(5, 5);
    await picker.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Link to source');
  });
});
