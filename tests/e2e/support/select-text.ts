/**
 * Selects a phrase of the paper with the real mouse, as a person does: press at the phrase's
 * first character, drag to its last, release.
 */
import type { Page } from 'playwright-core';

/** Screen points of the left edge of the first and the right edge of the last character. */
async function phraseEnds(page: Page, phrase: string) {
  return page.evaluate(async (needle) => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('article [data-block-start]'));
    for (const block of blocks) {
      const text = block.textContent ?? '';
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const locate = (offset: number) => {
        let pos = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          if (offset < pos + len) return { node: n, offset: offset - pos };
          pos += len;
        }
        throw new Error('offset past the block');
      };
      const first = locate(at);
      walker.currentNode = block;
      const last = locate(at + needle.length - 1);
      const rectOf = (p: { node: Node; offset: number }) => {
        const r = document.createRange();
        r.setStart(p.node, p.offset);
        r.setEnd(p.node, p.offset + 1);
        return r.getBoundingClientRect();
      };
      // Paragraphs coming into view take their real height in the next frames (they are skipped
      // by layout until then): scroll again once they have, and measure where the text then is.
      const frames = () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (let i = 0; i < 3; i++) {
        block.scrollIntoView({ block: 'center' });
        await frames();
      }
      // On a busy machine the page may still be settling (paragraphs above taking their height
      // move the phrase): measure until two measurements a frame apart agree.
      let a = rectOf(first);
      let b = rectOf(last);
      for (let i = 0; i < 20; i++) {
        await frames();
        const a2 = rectOf(first);
        const b2 = rectOf(last);
        const same =
          a2.top === a.top && a2.left === a.left && b2.top === b.top && b2.right === b.right;
        a = a2;
        b = b2;
        if (same) break;
      }
      return {
        x1: a.left + 1,
        y1: a.top + a.height / 2,
        x2: b.right - 1,
        y2: b.top + b.height / 2,
      };
    }
    throw new Error(`phrase not found: ${needle}`);
  }, phrase);
}

export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const { x1, y1, x2, y2 } = await phraseEnds(page, phrase);
  await page.mouse.move(x1, y1);
  await page.mouse.down();
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 5 });
  await page.mouse.move(x2, y2, { steps: 5 });
  await page.mouse.up();
}
