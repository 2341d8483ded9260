/**
 * Journeys of issue 7: an instructor shares a set by link and a student imports it beside their
 * own highlights; a reader exports a set with every feature and imports it in a fresh browser;
 * a reviewer filters highlights not linked to a source and exports JSON-LD, Markdown and CSV, then the whole report.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { openOwnPaper } from './support/own-paper';
import { axeViolations } from './support/axe';

const journey = setupJourney();
const CLAIM = 'in line with the concept of "five-common" [8], which is discussed';
const EVIDENCE = 'Only by establishing such an interactive mechanism';
const VALIDATOR = resolve(import.meta.dirname, '../../../shared/w3c-annotation-tests/validate.mjs');

async function openSample(page: Page) {
  await page.goto(journey.url());
  await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
}

async function highlight(page: Page, phrase: string, as: string) {
  await selectWithMouse(page, phrase);
  await page.getByRole('button', { name: `Highlight as ${as}` }).click();
  await page.locator('article mark[data-annotation-id]').first().waitFor();
}

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
const shareMenu = async (page: Page) => {
  await page.getByRole('button', { name: /Share & export/ }).click();
  return page.getByRole('group', { name: 'Share & export' });
};

async function download(page: Page, button: string) {
  const menu = await shareMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: button }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8');
  await page.keyboard.press('Escape');
  return { name: file.suggestedFilename(), text };
}

describe('sharing a set', () => {
  it('classroom: the instructor copies a share link, the student previews, imports, copies one, reloads', async () => {
    const instructor = await journey.newPage({ width: 1400, height: 900 });
    await openSample(instructor.page);
    await highlight(instructor.page, EVIDENCE, 'evidence');
    // The instructor makes a set (giving their name) and highlights again: that goes to the new set.
    const layers = sidebar(instructor.page).getByRole('region', { name: 'Layers' });
    await layers.getByRole('button', { name: 'New set…' }).click();
    await layers.getByRole('textbox', { name: 'Set title' }).fill('Week 3: key claims');
    await layers.getByRole('textbox', { name: 'Your name (asked once)' }).fill('Dr Lee');
    await layers.getByRole('button', { name: 'Create' }).click();
    await highlight(instructor.page, CLAIM, 'claim');
    const menu = await shareMenu(instructor.page);
    // The menu shares the set new highlights go to, and says so.
    const chosen = menu.getByRole('combobox', { name: 'Set' });
    expect(await chosen.locator('option:checked').textContent()).toContain('Week 3: key claims');
    expect(await menu.textContent()).toContain('Shares Week 3: key claims: 1 annotation');
    await screenshot(instructor.page, 'share-menu');
    await menu.getByRole('button', { name: 'Copy share link' }).click();
    const box = menu.getByRole('textbox', { name: 'Share link' });
    await box.waitFor();
    const link = await box.inputValue();
    expect(link).toMatch(/#share=m1\./);
    await instructor.context.close();

    const student = await journey.newPage({ width: 1400, height: 900 });
    await openSample(student.page);
    await highlight(student.page, EVIDENCE, 'evidence');
    await student.page.goto(link);
    const dialog = student.page.getByRole('dialog', { name: /from a share link/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Week 3: key claims');
    expect(await dialog.textContent()).toContain('Dr Lee');
    // It says what will happen: a new read-only layer, named as it will be, beside the student's own.
    expect(await dialog.textContent()).toContain(
      'Adds a new read-only layer, “Week 3: key claims — from Dr Lee”: 1 annotation from Dr Lee (their set “Week 3: key claims”).',
    );
    await screenshot(student.page, 'import-preview');
    expect(student.page.url()).not.toContain('#share=');
    await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
    await dialog.waitFor({ state: 'detached' });

    const side = sidebar(student.page);
    const studentLayers = side.getByRole('region', { name: 'Layers' });
    // Named after its sender, never after a set the student has.
    expect(await studentLayers.textContent()).toContain(
      'Week 3: key claims — from Dr Lee (read-only)',
    );
    expect(await studentLayers.textContent()).not.toContain('My annotations (read-only)');
    expect(await student.page.locator('article mark[data-annotation-id]').count()).toBeGreaterThan(
      1,
    );
    // Dr Lee's claim is drawn apart from the student's own evidence, and the layers say how.
    const marks = student.page.locator('article mark[data-annotation-id]');
    expect(await marks.filter({ hasText: 'five-common' }).first().getAttribute('class')).toContain(
      'hl--imported',
    );
    expect(
      await marks.filter({ hasText: 'Only by establishing' }).getAttribute('class'),
    ).not.toContain('hl--imported');
    expect(await studentLayers.getByRole('note').textContent()).toBe(
      'In the text: your own · imported (read-only)',
    );
    // The key's samples and the striped highlights keep AA contrast (axe: color-contrast).
    expect(await axeViolations(student.page, 'body')).toEqual([]);
    await screenshot(student.page, 'layers');
    await side.getByRole('button', { name: 'Copy to my annotations' }).click();
    expect(await studentLayers.textContent()).toMatch(/My annotations · 2/);

    await student.page.reload();
    await student.page.locator('article mark[data-annotation-id]').first().waitFor();
    const after = sidebar(student.page).getByRole('region', { name: 'Layers' });
    expect(await after.textContent()).toMatch(/My annotations · 2/);
    expect(await after.textContent()).toMatch(/Week 3: key claims — from Dr Lee \(read-only\) · 1/);

    // The student passes the imported layer on by link: the menu says it is theirs to pass on,
    // and a classmate's preview names Dr Lee, not the student.
    const passOn = await shareMenu(student.page);
    await passOn
      .getByRole('combobox', { name: 'Set' })
      .selectOption({ label: 'Week 3: key claims — from Dr Lee' });
    expect(await passOn.textContent()).toContain(
      'A layer you imported (read-only): sharing it passes Dr Lee’s annotations on under their name.',
    );
    await passOn.getByRole('button', { name: 'Copy share link' }).click();
    const passed = passOn.getByRole('textbox', { name: 'Share link' });
    await passed.waitFor();
    const passedLink = await passed.inputValue();
    await student.context.close();

    const classmate = await journey.newPage({ width: 1400, height: 900 });
    await openSample(classmate.page);
    await classmate.page.goto(passedLink);
    const fromStudent = classmate.page.getByRole('dialog', { name: /from a share link/ });
    await fromStudent.waitFor();
    expect(await fromStudent.textContent()).toContain(
      'Adds a new read-only layer, “Week 3: key claims — from Dr Lee”: 1 annotation from Dr Lee.',
    );
    await classmate.context.close();
  });

  it('round trip: a set with colours, a Markdown note, tags, links and an orphan comes back the same in a fresh browser', async () => {
    const reader = await journey.newPage({ width: 1400, height: 900 });
    await openSample(reader.page);
    await highlight(reader.page, CLAIM, 'claim');
    const side = sidebar(reader.page);
    await side.getByRole('button', { name: 'Add note' }).click();
    await side.getByRole('textbox', { name: 'Note' }).fill('The **five-common** idea.');
    await side.getByRole('button', { name: 'Done' }).click();
    await side.getByRole('button', { name: 'Add tag' }).click();
    const tags = side.getByRole('combobox', { name: 'Add a tag' });
    await tags.fill('five-common');
    await tags.press('Enter');
    await tags.fill('<b>policy</b>');
    await tags.press('Enter');
    await side.getByRole('button', { name: 'Link to source' }).click();
    const picker = reader.page.getByRole('dialog', { name: 'Link to source' });
    await picker.getByRole('checkbox').nth(1).check();
    await reader.page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await highlight(reader.page, EVIDENCE, 'evidence');
    const exported = await download(reader.page, 'Export set (file)');
    expect(exported.name).toMatch(/\.my-annotations\.jsonld$/);
    await reader.context.close();
    // An orphan travels too: a highlight made on an earlier version of the text, whose passage this
    // one no longer has, is imported, kept and exported again as it was.
    const file = JSON.parse(exported.text) as {
      total: number;
      first: { items: Record<string, unknown>[] };
    };
    const orphan = structuredClone(file.first.items[0]!);
    orphan.id = 'urn:uuid:0b5e55ed-0000-4000-8000-000000000001';
    orphan.target = {
      type: 'SpecificResource',
      source: (orphan.target as { source: string }).source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'a sentence that an earlier version of this paper had',
          prefix: 'Once there was ',
          suffix: ', and then it was edited away.',
        },
        { type: 'TextPositionSelector', start: 2000, end: 2052 },
      ],
    };
    file.first.items.push(orphan);
    file.total += 1;
    const withOrphan = JSON.stringify(file);

    const fresh = await journey.newPage({ width: 1400, height: 900 });
    await openSample(fresh.page);
    // "Open paper…" recognises an annotation file and routes it to the import preview.
    await openOwnPaper(fresh.page, {
      name: exported.name,
      mimeType: 'application/ld+json',
      buffer: Buffer.from(withOrphan),
    });
    const dialog = fresh.page.getByRole('dialog', { name: /from a file/ });
    await dialog.getByRole('button', { name: 'Import 3 annotations' }).waitFor();
    expect(await dialog.textContent()).toMatch(/Will anchor\s*2 of 3/);
    await dialog.getByRole('button', { name: 'Import 3 annotations' }).click();
    await fresh.page.getByRole('tab', { name: 'Orphans (1)' }).waitFor();
    const again = await download(fresh.page, 'Export all annotations (3, JSON-LD)');
    const pick = (text: string) =>
      (JSON.parse(text) as { first: { items: Record<string, unknown>[] } }).first.items
        .map((a) => ({ id: a.id, body: a.body, colour: a['mg:colour'], target: a.target }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id))); // exports list in reading order
    const before = pick(withOrphan);
    expect(pick(again.text)).toEqual(before);
    expect(JSON.stringify(pick(again.text))).toContain('an earlier version of this paper');
    const claim = before.find((a) => JSON.stringify(a.target).includes('five-common'))!;
    const first = JSON.stringify(claim.body);
    expect(first).toContain('five-common');
    expect(first).toContain('<b>policy</b>');
    expect(
      (claim.body as { purpose: string }[]).filter((b) => b.purpose === 'linking'),
    ).toHaveLength(2);
    await fresh.context.close();
  });

  it('reviewer: filters highlights not linked to a source and exports JSON-LD, Markdown and CSV', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await highlight(page, CLAIM, 'claim');
    await highlight(page, EVIDENCE, 'evidence');
    await sidebar(page)
      .getByRole('button', { name: /Not linked to a source/ })
      .click();
    const jsonld = await download(page, 'Export filtered as JSON-LD');
    const markdown = await download(page, 'Export filtered report (Markdown)');
    const csv = await download(page, 'Export filtered as CSV');
    expect(jsonld.name).toMatch(/\.filtered\.jsonld$/);
    // "Not linked to a source" is every highlight with no source (issue 3): both, whatever their colour.
    expect(JSON.parse(jsonld.text).total).toBe(2);
    expect(markdown.text).toContain('**claim** · from “My annotations”');
    expect(markdown.text).toContain(EVIDENCE.slice(0, 20));
    expect(csv.text.split('\r\n')[0]).toContain('quote');
    expect(csv.text).toContain(EVIDENCE);
    await sidebar(page)
      .getByRole('button', { name: /Not linked to a source/ })
      .click();
    // With no filter on, the report covers everything and says what each highlight is.
    const report = await download(page, 'Export report (Markdown)');
    expect(report.name).toMatch(/\.report\.md$/);
    expect(report.text).toContain('**evidence** · from “My annotations”');
    const unlinked = report.text.slice(report.text.indexOf('## Not linked to a source'));
    expect(unlinked).toContain('five-common');
    expect(unlinked).toContain(EVIDENCE.slice(0, 20));
    if (!existsSync(VALIDATOR)) {
      console.warn(`SKIPPED: W3C validation (${VALIDATOR} not found)`);
    } else {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const path = resolve(mkdtempSync(resolve(tmpdir(), 'mg-')), 'filtered.jsonld');
      writeFileSync(path, jsonld.text);
      const out = execFileSync('node', [VALIDATOR, '--quiet', path], {
        encoding: 'utf8',
        // The suite's own dependencies (ajv) come from our node_modules.
        env: { ...process.env, NODE_PATH: resolve(import.meta.dirname, '../../node_modules') },
      });
      expect(out).toMatch(/2 passed, 0 failed/);
    }
    await context.close();
  });

  it('reviewer: the report to read or print opens in the browser as a page, its quotes, notes (their Markdown rendered) and sources shown, and prints', async () => {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await openSample(page);
    await highlight(page, CLAIM, 'claim');
    await sidebar(page).getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.getByRole('searchbox').waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await sidebar(page).getByRole('button', { name: 'Add note' }).click();
    await sidebar(page)
      .getByRole('textbox', { name: 'Note' })
      .fill('See <b>Zhang</b> & **this**: [the data](https://example.org/d)');
    await sidebar(page).getByRole('button', { name: 'Done' }).click();
    const report = await download(page, 'Export report to read or print (HTML)');
    expect(report.name).toMatch(/\.report\.html$/);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = resolve(mkdtempSync(resolve(tmpdir(), 'mg-')), report.name);
    writeFileSync(path, report.text);
    const view = await context.newPage();
    const problems: string[] = [];
    view.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    view.on('pageerror', (e) => problems.push(e.message));
    await view.goto(`file://${path}`);
    expect(await view.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Annotations on “Precise poverty alleviation and party image”',
    );
    expect(await view.getByRole('heading', { level: 2 }).allTextContents()).toContain(
      '3. Seriously implement the precise poverty alleviation policy',
    );
    expect(await view.locator('blockquote').first().textContent()).toBe(CLAIM);
    // The note's Markdown rendered as the sidebar shows it, a link as its text and URL; the HTML
    // typed in it is text, never markup.
    const note = view.locator('.note').first();
    expect((await note.textContent())?.trim()).toBe(
      'See <b>Zhang</b> & this: the data (https://example.org/d)',
    );
    expect(await note.locator('strong').textContent()).toBe('this');
    expect(await note.locator('a').getAttribute('href')).toBe('https://example.org/d');
    expect(await note.locator('b').count()).toBe(0);
    expect(await view.locator('article li').first().textContent()).toContain('Zhang Shanshan');
    await screenshot(view, 'report-html');
    const pdf = await view.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await context.close();
  });
});
