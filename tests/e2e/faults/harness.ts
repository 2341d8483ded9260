/**
 * The fault-injection suite's harness: one Chromium for the suite and a fresh context per case;
 * a reader's stored state (three highlights, a renamed label, a set) recorded once and put into
 * localStorage before the app's first script; the checks every case makes (no blank screen, the
 * reader told, no script run, no CSP violation, the annotations before and after) and the one
 * table the suite prints: category | tried | handled | lost | blank screens.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { setupJourney } from '../support/fixtures';
import { BACKUP, ROOT, type SeededApp, type Snapshot } from '../support/seeded-page';
import { selectWithMouse } from '../support/select-text';
import { waitInPage } from '../support/wait-in-page';

export { annotationIds, ROOT, type Snapshot } from '../support/seeded-page';

/** The three claims of the sample paper the seeded reader highlighted. */
const SEED_CLAIMS = [
  'in line with the concept of "five-common" [8], which is discussed',
  'Only by establishing such an interactive mechanism',
  'The image of the party is one of the basic goals',
];

export interface Outcome {
  /** The main landmark shows something (never a blank page). */
  blank: boolean;
  /** Text of every visible alert, status and notice. */
  told: string[];
  /** A region's error boundary took its place ("… could not be shown"). */
  boundary: boolean;
  /** The window flag an injected payload sets. */
  ran: boolean;
  /** CSP violations seen by the page. */
  violations: string[];
  /** The page's visible text. */
  text: string;
}

interface Row {
  category: string;
  tried: number;
  handled: number;
  lost: number;
  blank: number;
}

const rows = new Map<string, Row>();

/** Records one case in the suite's table. */
export function record(
  category: string,
  result: { handled: boolean; lost: number; blank: boolean },
) {
  const row = rows.get(category) ?? { category, tried: 0, handled: 0, lost: 0, blank: 0 };
  row.tried += 1;
  row.handled += result.handled ? 1 : 0;
  row.lost += result.lost;
  row.blank += result.blank ? 1 : 0;
  rows.set(category, row);
}

/** The table, one line per category and a total. */
export function table(): string {
  const all = [...rows.values()];
  const total = all.reduce(
    (t, r) => ({
      category: 'total',
      tried: t.tried + r.tried,
      handled: t.handled + r.handled,
      lost: t.lost + r.lost,
      blank: t.blank + r.blank,
    }),
    { category: 'total', tried: 0, handled: 0, lost: 0, blank: 0 },
  );
  const line = (r: Row) =>
    `| ${r.category.padEnd(22)} | ${String(r.tried).padStart(5)} | ${String(r.handled).padStart(7)} | ${String(r.lost).padStart(4)} | ${String(r.blank).padStart(12)} |`;
  return [
    '| category               | tried | handled | lost | blank screens |',
    '| ---------------------- | ----- | ------- | ---- | ------------- |',
    ...all.map(line),
    line(total),
  ].join('\n');
}

/** Prints the table once the file's cases have run. */
export function printTableAfterAll(): void {
  afterAll(() => console.info(`\nFault injection (Chromium)\n${table()}\n`));
}

/** Watches for CSP violations and errors from the first script on. */
async function watch(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.effectiveDirective} refused ${e.blockedURI} ${e.sample}`.trim()),
    );
  });
}

/**
 * The seeded reader's stored state (recorded in the first call), and a fresh context whose
 * localStorage holds a snapshot before the app loads, the app open: what `withSeededPage` runs on.
 */
export type Faults = SeededApp;

export function setupFaults(): Faults {
  const journey = setupJourney();
  let seeded: Promise<Snapshot> | undefined;

  async function appReady(page: Page) {
    // The app has rendered something: a paper, an empty state or an error boundary.
    await page.locator('main, [role="alert"]').first().waitFor({ timeout: 20_000 });
    // The paper is parsed in a worker: wait until it is on screen (or refused), not "Opening…".
    await waitInPage(
      page,
      () => !/Opening the paper…|Reading “/.test(document.body.innerText),
      undefined,
      { timeout: 30_000 },
    ).catch(() => undefined);
    await page.waitForTimeout(500); // let start-up notices and anchoring settle
  }

  return {
    seed() {
      seeded ??= recordSeed();
      return seeded;
    },
    async open(snapshot, hash = '') {
      return openApp(snapshot, hash);
    },
  };

  async function recordSeed(): Promise<Snapshot> {
    const { page, context } = await journey.newPage({ width: 1400, height: 900 });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    for (const claim of SEED_CLAIMS) {
      await selectWithMouse(page, claim);
      await page.getByRole('button', { name: 'Highlight as claim' }).click();
      await page.keyboard.press('Escape');
    }
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await sidebar.getByRole('button', { name: 'Rename evidence' }).click();
    await sidebar.getByRole('textbox', { name: 'New name for evidence' }).fill('support');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800); // writes are coalesced for a moment
    const snapshot = await page.evaluate(() => ({ ...localStorage }) as Record<string, string>);
    await context.close();
    const count = Object.keys(snapshot).filter((k) => k.startsWith(`${ROOT}a:`)).length;
    if (count !== SEED_CLAIMS.length) throw new Error(`seeding made ${count} annotations`);
    return snapshot;
  }

  async function openApp(snapshot: Snapshot | undefined, hash: string) {
    const context = await journey.browser().newContext({ viewport: { width: 1280, height: 900 } });
    await watch(context);
    if (snapshot)
      await context.addInitScript((items: Snapshot) => {
        // Only before the app's first load: a reload must see what the app wrote.
        if (sessionStorage.getItem('faults:seeded')) return;
        sessionStorage.setItem('faults:seeded', '1');
        localStorage.clear();
        for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      }, snapshot);
    const page = await context.newPage();
    await page.goto(journey.url() + hash);
    await appReady(page);
    return { page, context };
  }
}

/**
 * What the reader sees once the sidebar has drawn (its "Loading 3 annotations…" line waits for the
 * paper's first screen and is progress, not something the reader is told; under load a case could
 * judge it before it went) and the lazy parts it fetched have come, and whether anything ran or was
 * refused by the CSP. A sidebar still loading after 10 s is judged as it stands: its line is then
 * counted as told.
 */
export async function outcome(page: Page): Promise<Outcome> {
  await page
    .waitForFunction(() => !document.querySelector('.app__sidebar-pending'), null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  // Parts shown only when something went wrong (the storage banner) load when they are needed:
  // their chunks are fetched, then drawn a frame later.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  return page.evaluate(() => {
    const visible = (e: Element) =>
      (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0;
    const main = document.querySelector('main');
    // What the reader is told: alerts, notices and status lines, but not the filters' running
    // count (always there) nor the screen-reader-only announcer.
    const told = Array.from(document.querySelectorAll('[role="alert"], [role="status"], .notice'))
      .filter((e) => !e.closest('.filters, [data-testid="announcer"]'))
      .filter(visible)
      .map((e) => (e as HTMLElement).innerText.trim())
      .filter(Boolean);
    const w = window as unknown as { __violations: string[]; __pwned?: unknown };
    const text = document.body.innerText;
    return {
      blank: !main || (main as HTMLElement).innerText.trim().length === 0,
      told,
      boundary: /could not be shown because of an error/.test(text),
      ran: w.__pwned !== undefined,
      violations: w.__violations,
      text,
    };
  });
}

/**
 * Which of `ids` the reader no longer has. With `shown` (their paper is on screen), each must be
 * highlighted in the page or kept in a backup key; with `stored` (another paper may be on
 * screen), each must still be stored under its key or kept in a backup key.
 */
export async function lostAnnotations(
  page: Page,
  ids: string[],
  where: 'shown' | 'stored' = 'shown',
): Promise<string[]> {
  const args = { ids, root: ROOT, backup: BACKUP, where };
  const missing = ({ ids, root, backup, where }: typeof args) => {
    const shown = new Set<string>();
    for (const e of document.querySelectorAll('[data-annotation-id]'))
      shown.add(e.getAttribute('data-annotation-id')!);
    for (const e of document.querySelectorAll('[data-annotation-ids]'))
      for (const id of e.getAttribute('data-annotation-ids')!.split(/\s+/)) shown.add(id);
    const backups = Object.keys(localStorage)
      .filter((k) => k.startsWith(backup))
      .map((k) => `${k}\n${localStorage.getItem(k)}`)
      .join('\n');
    const kept = (id: string) =>
      where === 'shown' ? shown.has(id) : localStorage.getItem(`${root}a:${id}`) !== null;
    return ids.filter((id) => !kept(id) && !backups.includes(id));
  };
  // The paper is parsed in a worker and anchored in slices: its highlights come a moment after
  // the page; a highlight still missing after that wait is counted lost.
  await waitInPage(page, missing, args, { until: (lost) => lost.length === 0 }).catch(
    () => undefined,
  );
  return page.evaluate(missing, args);
}
