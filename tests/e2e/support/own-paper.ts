/**
 * Opening a paper of one's own, as a reader does: "Open paper…" (the app's file input) given a
 * file, by path or as a name and bytes (its type then follows from its name's extension, as a
 * browser's file picker gives it). With `title`, it waits until that title heads the page.
 */
import type { Page } from 'playwright-core';

/** A file handed to the picker: its name, its bytes and, unless its name says it, its type. */
export interface OwnFile {
  name: string;
  buffer: Buffer;
  mimeType?: string;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown',
  txt: 'text/plain',
  json: 'application/json',
  jsonld: 'application/ld+json',
};

const typeOf = (name: string) =>
  TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';

export interface OpenOwnOptions {
  /** The paper's title, waited for as the page's level-1 heading. */
  title?: string | RegExp;
  /** How long to wait for the title (Playwright's default when absent). */
  timeout?: number;
}

/** Picks `file` with "Open paper…"; with `title`, resolves once the paper's title is shown. */
export async function openOwnPaper(
  page: Page,
  file: OwnFile | string,
  { title, timeout }: OpenOwnOptions = {},
): Promise<void> {
  const picked = typeof file === 'string' ? file : { mimeType: typeOf(file.name), ...file };
  await page.getByTestId('paper-file-input').setInputFiles(picked);
  if (title === undefined) return;
  await page
    .getByRole('heading', { level: 1, name: title })
    .waitFor(timeout === undefined ? {} : { timeout });
}
