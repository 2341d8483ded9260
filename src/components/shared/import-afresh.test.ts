import { describe, expect, it, vi } from 'vitest';
import { freshModuleUrl, importAfresh } from './import-afresh';

const BASE = 'https://marginalia.example/app/';
const chromium = (url: string) =>
  new TypeError(`Failed to fetch dynamically imported module: ${url}`);

describe('freshModuleUrl', () => {
  it('names the file Chromium could not fetch, under a new address of the same origin', () => {
    const url = freshModuleUrl(chromium(`${BASE}assets/ShareMenuPanel-aq1.js`), BASE, 42);
    expect(url).toBe(`${BASE}assets/ShareMenuPanel-aq1.js?retry=42`);
  });

  it("reads Firefox's wording too, and replaces an earlier retry's query", () => {
    const error = new TypeError(
      `error loading dynamically imported module: ${BASE}assets/X.js?retry=1`,
    );
    expect(freshModuleUrl(error, BASE, 2)).toBe(`${BASE}assets/X.js?retry=2`);
  });

  it('gives nothing when the error names no file, or a file of another origin', () => {
    expect(freshModuleUrl(new TypeError('Importing a module script failed.'), BASE, 1)).toBeNull();
    expect(freshModuleUrl(chromium('https://evil.example/x.js'), BASE, 1)).toBeNull();
    expect(freshModuleUrl('not an error', BASE, 1)).toBeNull();
  });
});

describe('importAfresh', () => {
  it('loads as before when the load works', async () => {
    const importer = vi.fn();
    expect(await importAfresh(() => Promise.resolve('module'), importer)).toBe('module');
    expect(importer).not.toHaveBeenCalled();
  });

  it('fetches the named file again under a new address when the load fails at once', async () => {
    const failed = `${location.origin}/assets/Panel-1.js`;
    const importer = vi.fn((url: string) => Promise.resolve({ url }));
    const m = await importAfresh(() => Promise.reject(chromium(failed)), importer);
    expect(importer).toHaveBeenCalledOnce();
    expect((m as { url: string }).url).toMatch(new RegExp(`^${failed}\\?retry=\\d+$`));
  });

  it('gives the failure as it was when it names no file to fetch again', async () => {
    const error = new TypeError('Importing a module script failed.');
    await expect(importAfresh(() => Promise.reject(error), vi.fn())).rejects.toBe(error);
  });
});
