/**
 * The selection toolbar never covers the annotations sidebar beside the paper: at 1280 px a
 * selection starting at the right of a line put the toolbar (wider than the reading column) over
 * the sidebar; at 1000 px, where the column is narrower still, it wraps into rows left of it.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setupJourney } from './support/fixtures';
import { selectWithMouse } from './support/select-text';

const journey = setupJourney();
const PASSAGE =
  'The precise poverty alleviation policy is a major decision made by the Party Central Committee';

describe('the selection toolbar beside the sidebar', () => {
  it.each([
    [1280, 900],
    [1000, 800],
  ])('stays left of the sidebar and inside the window at %i px', async (width, height) => {
    const { page, context } = await journey.newPage({ width, height });
    await page.goto(journey.url());
    await page.locator('[role="doc-bibliography"] li').nth(10).waitFor();
    await selectWithMouse(page, PASSAGE);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    // Placed in the frame after it is drawn.
    await page.waitForFunction(() => {
      const r = document.querySelector('.selection-toolbar')!.getBoundingClientRect();
      return r.top > 0;
    });
    await screenshot(page, `toolbar-beside-sidebar-${width}`);
    const bar = (await toolbar.boundingBox())!;
    const sidebar = (await page.locator('.app__sidebar').boundingBox())!;
    expect(bar.x + bar.width).toBeLessThanOrEqual(sidebar.x);
    expect(bar.x).toBeGreaterThanOrEqual(0);
    // Every button still there and inside the window.
    for (const button of await toolbar.getByRole('button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(sidebar.x);
      expect(b.y).toBeGreaterThan(0);
    }
    await context.close();
  });
});
