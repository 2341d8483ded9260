/**
 * Fault injection, hostile files: papers (text, Markdown, PDF) that are empty, binary, too large,
 * damaged or strangely named, annotation files that are malformed, huge or cut, and share links
 * cut or altered on the way, each given to the app in Chromium by a reader who already has three
 * highlights. For each: the page shows, the reader is told when the file could not be used, a
 * paper that can be read opens, and the three highlights are all still stored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BAD_FILES, own } from '../../../src/annotations/formats/__fixtures__/bad-files';
import { encodeShareCode } from '../../../src/annotations/formats/share-code';
import { isolate } from '../../../src/paper/isolate';
import { lostAnnotations, outcome, record, type Faults } from './harness';
import { withSeededPage } from '../support/seeded-page';
import { waitInPage } from '../support/wait-in-page';
import { openOwnPaper } from '../support/own-paper';

const PDFS = resolve(import.meta.dirname, '../../../src/paper/pdf/__fixtures__/pdfs');
const pdf = (name: string) => readFileSync(resolve(PDFS, name));
const UNBROKEN = 'Unbroken'.repeat(625);
const RLO = '\u202E';

/** A PDF whose page tree lists itself as its own kid (pdf.js finds the loop). */
const CIRCULAR_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

/** What should come of a file: refused with a message (saying this), opened (with this title), or either. */
type Expect = { refused: true; says?: RegExp } | { opened: string } | { either: true };

interface PaperCase {
  name: string;
  bytes: Buffer;
  /** A file this large is made in the page (sending it over the wire takes half a minute). */
  madeInPage?: number;
  expect: Expect;
}

const text = (s: string) => Buffer.from(s, 'utf8');
const PAPER_FILES: Array<[string, PaperCase]> = [
  ['an empty text file', { name: 'empty.txt', bytes: Buffer.alloc(0), expect: { refused: true } }],
  [
    'a binary file named .txt',
    {
      name: 'photo.txt',
      bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
      expect: { refused: true },
    },
  ],
  [
    'a text with stray NUL bytes',
    {
      name: 'nul.txt',
      bytes: text(
        `Stray Nul Paper\n\n${'Some ordinary text of a paper. '.repeat(30)}\0 and one NUL.\n`,
      ),
      expect: { opened: 'Stray Nul Paper' },
    },
  ],
  [
    'a text file over the size limit',
    {
      name: 'huge.txt',
      bytes: Buffer.alloc(0),
      madeInPage: 21 * 1024 * 1024,
      expect: { refused: true },
    },
  ],
  [
    'a blank Markdown file',
    { name: 'blank.md', bytes: text('   \n\n\t\n'), expect: { refused: true } },
  ],
  [
    'a file holding only a BOM',
    { name: 'bom.txt', bytes: Buffer.from([0xef, 0xbb, 0xbf]), expect: { refused: true } },
  ],
  [
    'a Word file',
    { name: 'paper.docx', bytes: Buffer.from('PK\u0003\u0004 word'), expect: { refused: true } },
  ],
  [
    'an image by its extension',
    { name: 'figure.png', bytes: text('not really'), expect: { refused: true } },
  ],
  [
    'a broken PDF',
    {
      name: 'broken.pdf',
      bytes: text('%PDF-1.7\nthis is not a PDF at all'),
      expect: { refused: true, says: /is damaged or incomplete/ },
    },
  ],
  [
    'a PDF cut in half',
    {
      name: 'cut.pdf',
      bytes: pdf('paren-citations.pdf').subarray(0, 900),
      expect: { refused: true },
    },
  ],
  [
    'a PDF whose page tree loops',
    { name: 'loop.pdf', bytes: text(CIRCULAR_PDF), expect: { refused: true } },
  ],
  [
    'a PDF with no text layer',
    { name: 'scan.pdf', bytes: pdf('unmapped-font-only.pdf'), expect: { refused: true } },
  ],
  [
    'a PDF with one unreadable page',
    { name: 'page.pdf', bytes: pdf('unmapped-font-page.pdf'), expect: { either: true } },
  ],
  [
    'a text file named .pdf',
    {
      name: 'fake.pdf',
      bytes: text('Plain Words\n\nJust text.\n'),
      expect: { refused: true, says: /“fake\.pdf” is not a PDF/ },
    },
  ],
  [
    'a PDF named .txt',
    { name: 'real.txt', bytes: pdf('paren-citations.pdf'), expect: { either: true } },
  ],
  [
    'a text file named with a right-to-left override',
    {
      name: `${RLO}evil.txt`,
      bytes: text('Override Name Paper\n\nBody text here.\n'),
      expect: { opened: 'Override Name Paper' },
    },
  ],
  [
    'a refused file named with a right-to-left override',
    { name: `report${RLO}fdp.docx`, bytes: text('PK'), expect: { refused: true } },
  ],
  [
    'a Markdown file with 3,000 headings',
    {
      name: 'headings.md',
      bytes: text(
        `# Many Headings\n\n${Array.from({ length: 3000 }, (_, i) => `## H${i}\n\nText ${i}.`).join('\n\n')}\n`,
      ),
      expect: { either: true },
    },
  ],
  [
    'a reference of 5,000 unbroken characters',
    {
      name: 'long-ref.txt',
      bytes: text(
        `Long Reference Paper\n\n1. Introduction\nA claim [1].\n\nReferences\n[1] ${UNBROKEN}, 2024.\n`,
      ),
      expect: { opened: 'Long Reference Paper' },
    },
  ],
  [
    'a Windows-1252 text',
    {
      name: 'latin.txt',
      bytes: Buffer.from('Caf\xe9 Paper\n\nA \x93quoted\x94 claim.\n', 'latin1'),
      expect: { opened: 'Café Paper' },
    },
  ],
  [
    'a file with no extension',
    {
      name: 'README',
      bytes: text('No Extension Paper\n\nStill text.\n'),
      expect: { either: true },
    },
  ],
  [
    'a file name of 400 characters',
    {
      name: `${'n'.repeat(400)}.txt`,
      bytes: text('Long Name Paper\n\nText.\n'),
      expect: { opened: 'Long Name Paper' },
    },
  ],
];

/** The bad annotation files of the format's own table, a spread of them, given to Import. */
const IMPORT_NAMES = [
  'text that is not JSON',
  'a cut-off JSON file',
  'an empty file',
  'JSON null',
  'an object of another kind',
  'a file from a newer Marginalia',
];
const IMPORTS: Array<[string, string]> = [
  ...BAD_FILES.filter(([name]) => IMPORT_NAMES.includes(name)).map(
    ([name, make]): [string, string] => [name, make()],
  ),
  ['a JSON list of numbers', JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i))],
  [
    'an annotation file of 3 MB of one string',
    JSON.stringify({ type: 'AnnotationCollection', label: 'x'.repeat(3_000_000) }),
  ],
  ['a binary file', String.fromCharCode(...Array.from({ length: 2048 }, (_, i) => (i * 91) % 256))],
];

/** Waits until the app answered the file: a notice, an alert, a dialog, or a new title. */
async function answered(page: Page, before: string) {
  await waitInPage(
    page,
    (title) =>
      document.querySelector('.notice, [role="alert"], [role="dialog"]') !== null ||
      (document.querySelector('h1')?.textContent ?? '') !== title,
    before,
    { timeout: 20_000 },
  ).catch(() => {});
  await page.waitForTimeout(300);
}

const h1 = (page: Page) => page.locator('h1').first().innerText();

async function check(
  page: Page,
  ids: string[],
  expectation: Expect,
  opened: () => Promise<string>,
) {
  const o = await outcome(page);
  const lost = await lostAnnotations(page, ids, 'stored');
  const title = await opened();
  const ok =
    'refused' in expectation
      ? o.told.length > 0
      : 'opened' in expectation
        ? title === expectation.opened
        : o.told.length > 0 || title !== '';
  const handled = ok && !o.blank && !o.boundary && lost.length === 0 && o.violations.length === 0;
  return { o, lost, title, handled };
}

/** Registers the cases on the suite's one browser. */
export function hostileFileCases(faults: Faults): void {
  describe('hostile files', () => {
    it.concurrent.each(PAPER_FILES)('opens or refuses %s, losing nothing', async (what, file) => {
      await withSeededPage(faults, async ({ page, ids }) => {
        const before = await h1(page);
        if (file.madeInPage)
          await page.getByTestId('paper-file-input').evaluate(
            (input: HTMLInputElement, { name, size }) => {
              const files = new DataTransfer();
              files.items.add(new File([new Uint8Array(size).fill(97)], name));
              input.files = files.files;
              input.dispatchEvent(new Event('change', { bubbles: true }));
            },
            { name: file.name, size: file.madeInPage },
          );
        else
          await openOwnPaper(page, {
            name: file.name,
            mimeType: 'application/octet-stream',
            buffer: file.bytes,
          });
        await answered(page, before);
        const r = await check(page, ids, file.expect, () => h1(page));
        record('hostile files', { handled: r.handled, lost: r.lost.length, blank: r.o.blank });
        expect({
          what,
          blank: r.o.blank,
          boundary: r.o.boundary,
          lost: r.lost,
          told: r.o.told.map((t) => t.slice(0, 200)),
          title: r.title.slice(0, 60),
        }).toMatchObject({
          what,
          blank: false,
          boundary: false,
          lost: [],
        });
        expect(r.o.violations).toEqual([]);
        if ('refused' in file.expect) {
          expect(r.o.told.join(' ')).not.toBe('');
          expect(r.title).toBe(before); // the paper on screen stays
          if (file.expect.says) expect(r.o.told.join(' ')).toMatch(file.expect.says);
        }
        if ('opened' in file.expect) expect(r.title).toBe(file.expect.opened);
        if (file.name.includes(RLO) && 'refused' in file.expect) {
          // The override stays inside the name: the sentence after it reads left to right.
          const notice = r.o.told.find((t) => t.includes(file.name.slice(0, 6)))!;
          expect(notice).toContain(isolate(file.name));
          await expectReadsLeftToRight(page, 'is not a file Marginalia can read');
        }
        expect(r.o.text).not.toMatch(/\bundefined\b|\[object Object\]|NaN/);
      });
    });

    it.concurrent.each(IMPORTS)(
      'refuses an annotation import of %s, losing nothing',
      async (what, content) => {
        await withSeededPage(faults, async ({ page, ids }) => {
          const before = await h1(page);
          await page.getByTestId('annotation-file-input').setInputFiles({
            name: 'annotations.jsonld',
            mimeType: 'application/ld+json',
            buffer: Buffer.from(content, 'latin1'),
          });
          await answered(page, before);
          const r = await check(page, ids, { refused: true }, () => h1(page));
          record('hostile imports', { handled: r.handled, lost: r.lost.length, blank: r.o.blank });
          expect({ what, blank: r.o.blank, lost: r.lost, told: r.o.told.length > 0 }).toEqual({
            what,
            blank: false,
            lost: [],
            told: true,
          });
          expect(await lostAnnotations(page, ids, 'shown')).toEqual([]);
        });
      },
    );

    const SHARE_LINKS: Array<[string, (valid: string) => string]> = [
      ['a share link cut in half', (code) => code.slice(0, Math.floor(code.length / 2))],
      ['a share link with a character changed', (code) => `${code.slice(0, -4)}AAAA`],
      [
        'a share link with a stray character',
        (code) => `${code.slice(0, 10)}%E2%80%AE${code.slice(10)}`,
      ],
      ['a share link of an unknown version', (code) => code.replace(/^m1\./, 'm9.')],
      ['an empty share link', () => ''],
      ['a share link of 1.5 million characters', () => `m1.${'A'.repeat(1_500_000)}`],
    ];

    it.concurrent.each(SHARE_LINKS)('refuses %s, losing nothing', async (what, spoil) => {
      const code = spoil(await encodeShareCode(own()));
      await withSeededPage(
        faults,
        async ({ page, ids }) => {
          // The link is read once the paper is open, so the paper's title comes first: wait for
          // the notice itself.
          await waitInPage(
            page,
            () => document.querySelector('.notice, [role="alert"], [role="dialog"]') !== null,
            undefined,
            { timeout: 20_000 },
          ).catch(() => {});
          const r = await check(page, ids, { refused: true }, () => h1(page));
          record('cut share links', { handled: r.handled, lost: r.lost.length, blank: r.o.blank });
          expect({ what, blank: r.o.blank, lost: r.lost, told: r.o.told.length > 0 }).toEqual({
            what,
            blank: false,
            lost: [],
            told: true,
          });
        },
        { hash: `#share=${code}` },
      );
    });
  });

  /** The words of `phrase` in the notice are laid out left to right on screen. */
  async function expectReadsLeftToRight(page: Page, phrase: string) {
    const order = await page.evaluate((needle) => {
      const notice = Array.from(document.querySelectorAll('.notice')).find((n) =>
        n.textContent?.includes(needle),
      );
      if (!notice) return null;
      const walker = document.createTreeWalker(notice, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const xs = needle.split(' ').map((word, i, words) => {
          const start = at + words.slice(0, i).join(' ').length + (i ? 1 : 0);
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + word.length);
          return range.getBoundingClientRect().left;
        });
        return xs;
      }
      return null;
    }, phrase);
    expect(order).not.toBeNull();
    expect(order).toEqual([...order!].sort((a, b) => a - b));
  }
}
