/**
 * Fault injection, hostile text: script payloads in every place a reader's or a paper's text
 * appears (a note, a tag, a colour label, a set's title, the author's name, a recent paper's
 * title, the paper's text as plain text and as Markdown, a file name, a reference's URL, imported
 * annotations, a share link), in Chromium. For each: no payload ran (the window flag it sets stays
 * unset), the CSP refused nothing (so nothing tried to run), no element carries an event handler
 * or a `javascript:` address, the payload is shown as text, and the three highlights are kept.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ownWith } from '../../../src/annotations/formats/__fixtures__/bad-files';
import { encodeShareCode } from '../../../src/annotations/formats/share-code';
import { lostAnnotations, outcome, record, ROOT, type Faults, type Snapshot } from './harness';
import { withSeededPage } from '../support/seeded-page';
import { waitInPage } from '../support/wait-in-page';
import { openOwnPaper } from '../support/own-paper';

/** Each payload sets `window.__pwned` if it ever runs. */
const P = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '<svg onload="window.__pwned=1"></svg>',
  iframe: '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  jsUrl: 'javascript:window.__pwned=1',
  mdLink: '[click me](javascript:window.__pwned=1)',
  mdImage: '![pic](x" onerror="window.__pwned=1)',
  details: '<details open ontoggle="window.__pwned=1">x</details>',
  template: "{{constructor.constructor('window.__pwned=1')()}}",
  mathml: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  object: '<object data="javascript:window.__pwned=1"></object>',
  meta: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
};

type Seed = (s: Snapshot, ids: string[]) => void;
const onFirst =
  (change: (a: Record<string, unknown>) => void): Seed =>
  (s, ids) => {
    const key = `${ROOT}a:${ids[0]}`;
    const a = JSON.parse(s[key]!) as Record<string, unknown>;
    change(a);
    s[key] = JSON.stringify(a);
  };
const note = (payload: string) => onFirst((a) => (a.n = `Note: ${payload}`));
const tag = (payload: string) => onFirst((a) => (a.g = [payload]));
const label =
  (payload: string): Seed =>
  (s) =>
    (s[`${ROOT}m:colourLabels:green`] = JSON.stringify(payload.slice(0, 40)));
const set =
  (fields: Record<string, unknown>): Seed =>
  (s, ids) => {
    const id = fields.id as string;
    s[`${ROOT}m:annotationSets:${id}`] = JSON.stringify({ created: 1, ...fields });
    if (id !== 'default') onFirst((a) => (a.s = id))(s, ids);
  };
const recentTitle =
  (payload: string): Seed =>
  (s) => {
    // Another paper read before (the open paper's own entry takes its title from the paper).
    const key = Object.keys(s).find((k) => k.startsWith(`${ROOT}m:papers:`))!;
    const id = `sha256:${'ab'.repeat(32)}`;
    const entry = { ...JSON.parse(s[key]!), id, title: payload, fileName: 'old.txt' };
    s[`${ROOT}m:papers:${id}`] = JSON.stringify({ ...entry, bundled: false, openedAt: 1 });
  };

/** [place, payload, stored before the app loads] */
const STORED: Array<[string, string, Seed]> = [
  ['a note (image)', P.img, note(P.img)],
  ['a note (script)', P.script, note(P.script)],
  ['a note (svg)', P.svg, note(P.svg)],
  ['a note (Markdown link)', P.mdLink, note(P.mdLink)],
  ['a note (Markdown image)', P.mdImage, note(P.mdImage)],
  ['a note (details)', P.details, note(P.details)],
  ['a note (MathML)', P.mathml, note(P.mathml)],
  ['a note (template)', P.template, note(P.template)],
  ['a tag (image)', P.img, tag(P.img)],
  ['a tag (iframe)', P.iframe, tag(P.iframe)],
  ['a tag (javascript: URL)', P.jsUrl, tag(P.jsUrl)],
  ['a colour label (image)', P.img, label(P.img)],
  ['a colour label (svg)', P.svg, label(P.svg)],
  ['a colour label (script)', P.script, label(P.script)],
  ['a set title (image)', P.img, set({ id: 'evil', name: P.img, origin: 'imported' })],
  ['a set title (object)', P.object, set({ id: 'evil', name: P.object, origin: 'imported' })],
  ['a set title (meta refresh)', P.meta, set({ id: 'evil', name: P.meta })],
  [
    'an author name (image)',
    P.img,
    set({ id: 'evil', name: 'Layer', author: P.img, origin: 'imported' }),
  ],
  [
    'an author name (script)',
    P.script,
    set({ id: 'evil', name: 'Layer', author: P.script, origin: 'imported' }),
  ],
  ['a recent paper title (image)', P.img, recentTitle(P.img)],
  ['a recent paper title (iframe)', P.iframe, recentTitle(P.iframe)],
];

/** The page holds no live markup a payload could have made. */
function liveMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const e of document.querySelectorAll(
      'iframe, object, embed, base, meta[http-equiv="refresh"], math, svg script',
    ))
      found.push(e.tagName.toLowerCase());
    for (const e of document.querySelectorAll('body *')) {
      for (const attr of e.getAttributeNames())
        if (/^on/i.test(attr)) found.push(`${e.tagName.toLowerCase()}[${attr}]`);
      for (const attr of ['href', 'src', 'data', 'action', 'formaction'])
        if (/^\s*javascript:/i.test(e.getAttribute(attr) ?? ''))
          found.push(`${e.tagName.toLowerCase()}[${attr}]`);
    }
    return found;
  });
}

/** Checks and records one case: nothing ran or was refused, the text shows, nothing lost. */
async function judge(
  page: Page,
  ids: string[],
  shown: string,
  where: 'shown' | 'stored' = 'shown',
) {
  // Where the text shows may come after the paper (the sidebar's lists wait for its first
  // screen): on a loaded machine, a fixed pause alone judged a colour label before it was drawn.
  await waitInPage(page, (text) => document.body.innerText.includes(text), shown).catch(
    () => undefined,
  );
  await page.waitForTimeout(300);
  const o = await outcome(page);
  const live = await liveMarkup(page);
  const lost = await lostAnnotations(page, ids, where);
  const visible = o.text.includes(shown);
  const handled =
    !o.ran &&
    o.violations.length === 0 &&
    live.length === 0 &&
    visible &&
    !o.blank &&
    lost.length === 0;
  record('injection payloads', { handled, lost: lost.length, blank: o.blank });
  expect({ ran: o.ran, violations: o.violations, live, blank: o.blank, lost }).toEqual({
    ran: false,
    violations: [],
    live: [],
    blank: false,
    lost: [],
  });
  expect(o.text, o.told.join(' | ')).toContain(shown);
}

/** Opens the recent papers list, where titles and file names show. */
async function openRecent(page: Page) {
  await page.getByRole('button', { name: /^Recent papers/ }).click();
  await page.getByRole('list', { name: 'Recent papers' }).waitFor();
}

/** Opens the sidebar card of the first highlight, where notes, tags and layers show. */
async function openFirstCard(page: Page) {
  const cards = page.getByRole('complementary', { name: 'Annotations' }).locator('article');
  if ((await cards.count()) > 0)
    await cards
      .first()
      .getByRole('button', { name: 'Open' })
      .click()
      .catch(() => {});
}

/** Registers the cases on the suite's one browser. */
export function injectionCases(faults: Faults): void {
  describe('script payloads where text appears', () => {
    it.concurrent.each(STORED)(
      'shows %s as text and runs nothing',
      async (place, payload, seedWith) => {
        await withSeededPage(
          faults,
          async ({ page, ids }) => {
            if (place.startsWith('a recent paper')) await openRecent(page);
            else await openFirstCard(page);
            // Markdown turns a link or image into its text; every other payload shows as written.
            const shown =
              payload === P.mdLink
                ? 'click me'
                : payload === P.mdImage
                  ? 'pic'
                  : payload.slice(0, 40).slice(0, 12);
            await judge(page, ids, shown);
          },
          { change: seedWith },
        );
      },
    );

    const PAPERS: Array<[string, string, string, string]> = [
      ['a text paper (image)', 'evil.txt', `Plain Evil Paper\n\nBody ${P.img} more.\n`, P.img],
      [
        'a text paper (script)',
        'evil2.txt',
        `Plain Evil Paper\n\nBody ${P.script} more.\n`,
        P.script,
      ],
      [
        'a Markdown paper (raw HTML)',
        'evil.md',
        // Lines of nothing but tags are a Markdown paper's images and containers (no text, left out);
        // the same tags inside a sentence are shown as they are written.
        `# Markdown Evil\n\n${P.img}\n\n${P.details}\n\nSee ${P.img} and ${P.details} inline.\n`,
        '<img',
      ],
      ['a Markdown paper (link)', 'evil2.md', `# Markdown Evil\n\nSee ${P.mdLink}.\n`, 'click me'],
      ['a Markdown paper (iframe)', 'evil3.md', `# Markdown Evil\n\n${P.iframe}\n`, '<iframe'],
      [
        'a reference URL',
        'refs.txt',
        `Reference Evil\n\n1. Intro\nA claim [1].\n\nReferences\n[1] Doe, J.: A title. ${P.jsUrl} and "><img src=x onerror="window.__pwned=1">, 2020.\n`,
        'javascript:',
      ],
      ['a file name (opened)', `${P.img}.txt`, 'Named Evil Paper\n\nBody.\n', P.img],
      ['a file name (refused)', `${P.svg}.docx`, 'PK', P.svg],
    ];

    it.concurrent.each(PAPERS)(
      'shows %s as text and runs nothing',
      async (_place, name, content, shown) => {
        await withSeededPage(faults, async ({ page, ids }) => {
          await openOwnPaper(page, { name, mimeType: 'text/plain', buffer: Buffer.from(content) });
          await waitInPage(
            page,
            () =>
              document.querySelector('.notice') !== null ||
              !/poverty/i.test(document.querySelector('h1')?.textContent ?? ''),
            undefined,
            { timeout: 20_000 },
          );
          if (name.endsWith('refs.txt'))
            await page.locator('[role="doc-biblioref"]').first().hover();
          if (_place === 'a file name (opened)') await openRecent(page);
          // A paper that opens shows its own text: the seeded highlights stay stored.
          await judge(page, ids, shown, 'stored');
        });
      },
    );

    const evilFile = () =>
      ownWith((file) => {
        for (const item of file.first.items)
          item.body = [
            { type: 'TextualBody', purpose: 'commenting', value: `Imported ${P.img}` },
            { type: 'TextualBody', purpose: 'tagging', value: P.svg.slice(0, 30) },
          ];
        for (const s of file['mg:sets'] ?? []) s.name = P.script;
      });

    it.concurrent('shows imported annotations as text and runs nothing', async () => {
      await withSeededPage(faults, async ({ page, ids }) => {
        await page.getByTestId('annotation-file-input').setInputFiles({
          name: `${P.img}.jsonld`,
          mimeType: 'application/ld+json',
          buffer: Buffer.from(evilFile()),
        });
        const dialog = page.getByRole('dialog');
        await dialog.waitFor({ timeout: 20_000 });
        await judge(page, ids, P.img.slice(0, 12));
        await dialog
          .getByRole('button', { name: /^Import/ })
          .first()
          .click();
        await openFirstCard(page);
        await judge(page, ids, 'Imported <img');
      });
    });

    it.concurrent('shows a share link’s annotations as text and runs nothing', async () => {
      const code = await encodeShareCode(JSON.parse(evilFile()) as object);
      await withSeededPage(
        faults,
        async ({ page, ids }) => {
          await page.getByRole('dialog').waitFor({ timeout: 20_000 });
          await judge(page, ids, P.script.slice(0, 12));
        },
        { hash: `#share=${code}` },
      );
    });
  });
}
