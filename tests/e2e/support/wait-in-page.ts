/**
 * Waiting for a condition in the page under the app's Content-Security-Policy. Playwright's
 * `page.waitForFunction` polls by compiling its predicate in the page (`new Function`), which the
 * app's `script-src 'self'` forbids: it fails at once whenever the condition is not already true,
 * so a caller that catches its error never waits at all. Here the test polls instead, each check
 * one `page.evaluate` (run through the DevTools protocol, which the policy does not govern).
 */
import type { Page } from 'playwright-core';

/** Time between two checks: short beside the waits it serves (a paint, a parse, a notice). */
const POLL_MS = 50;

export interface WaitOptions<R> {
  /** Longest wait in ms. */
  timeout?: number;
  /** Whether a value `check` returned is the one waited for (in the test); truthy by default. */
  until?: (value: R) => boolean;
}

/**
 * Resolves to the first value of `check(arg)`, run in the page every `POLL_MS`, that `until`
 * accepts; rejects when `timeout` ms pass first. A check that throws (the page navigating) is
 * tried again.
 */
export async function waitInPage<A, R>(
  page: Page,
  check: (arg: A) => R,
  arg: A,
  { timeout = 10_000, until = Boolean }: WaitOptions<Awaited<R>> = {},
): Promise<Awaited<R>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const checked = await page.evaluate(check as (arg: unknown) => R, arg as unknown).then(
      (value) => ({ value: value as Awaited<R> }),
      () => null,
    );
    if (checked && until(checked.value)) return checked.value;
    if (Date.now() >= deadline) throw new Error(`waitInPage: not there after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
