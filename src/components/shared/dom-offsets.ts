/**
 * Maps between DOM selections in the reading view and offsets of the paper's canonical text.
 *
 * Every rendered block is an element with `data-block-start` whose text content equals its slice
 * of the canonical text; anything else inside it (UI chrome) carries `data-ui` and is skipped.
 * So a DOM point's canonical offset is its block's start plus the length of the text before it.
 */

import { trimRange } from '../../paper/text-range';

const BLOCK_SELECTOR = '[data-block-start]';

function isUiText(node: Node, block: Element): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (el.hasAttribute('data-ui')) return true;
  }
  return false;
}

function textNodes(block: Element): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!isUiText(n, block)) nodes.push(n as Text);
  return nodes;
}

function blockOf(node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(BLOCK_SELECTOR) ?? null;
}

/** The canonical offset of a DOM point inside a block, or null when it is outside any block. */
export function offsetOfPoint(node: Node, offset: number): number | null {
  const block = blockOf(node);
  if (!block) return null;
  const start = Number(block.getAttribute('data-block-start'));
  let before = 0;
  if (node.nodeType === Node.TEXT_NODE) {
    for (const t of textNodes(block)) {
      if (t === node) return start + before + offset;
      before += t.data.length;
    }
    return null;
  }
  // An element point: count the text of the children before `offset`.
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  for (const t of textNodes(block))
    if (range.intersectsNode(t) && range.comparePoint(t, t.data.length) <= 0)
      before += t.data.length;
  return start + before;
}

/** The canonical `[start, end)` of a DOM range, or null when it does not start and end in the paper. */
export function offsetsOfRange(range: Range): { start: number; end: number } | null {
  const a = firstBlockPoint(range, 'start');
  const b = firstBlockPoint(range, 'end');
  if (!a || !b) return null;
  const start = offsetOfPoint(a.node, a.offset);
  const end = offsetOfPoint(b.node, b.offset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The passage a reader selected, as canonical `[start, end)` trimmed of the white space at its
 * edges (`text` is the paper's canonical text): what a highlight or a re-attached orphan covers.
 * Null when the range is not in the paper or holds only white space.
 */
export function selectedOffsets(range: Range, text: string): { start: number; end: number } | null {
  const offsets = offsetsOfRange(range);
  return offsets && trimRange(text, offsets.start, offsets.end);
}

/**
 * A range's boundary moved into the nearest block when it sits between blocks (a triple click or
 * a drag that ends in the margin puts it on the section element).
 */
function firstBlockPoint(
  range: Range,
  which: 'start' | 'end',
): { node: Node; offset: number } | null {
  const node = which === 'start' ? range.startContainer : range.endContainer;
  const offset = which === 'start' ? range.startOffset : range.endOffset;
  if (blockOf(node)) return { node, offset };
  const root =
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement;
  if (!root) return null;
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR)).filter((b) =>
    range.intersectsNode(b),
  );
  const block = which === 'start' ? blocks[0] : blocks.at(-1);
  if (!block) return null;
  if (which === 'start') return { node: block, offset: 0 };
  return { node: block, offset: block.childNodes.length };
}

/** A DOM range over canonical `[start, end)`, for restoring a selection or placing a toolbar. */
export function rangeOfOffsets(root: ParentNode, start: number, end: number): Range | null {
  const point = (at: number, isEnd: boolean): { node: Text; offset: number } | null => {
    for (const block of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
      let pos = Number(block.getAttribute('data-block-start'));
      for (const t of textNodes(block)) {
        const len = t.data.length;
        if (at < pos + len || (isEnd && at === pos + len))
          return { node: t, offset: Math.max(0, at - pos) };
        pos += len;
      }
    }
    return null;
  };
  const a = point(start, false);
  const b = point(end, true);
  if (!a || !b) return null;
  const range = (root instanceof Document ? root : (root as Node).ownerDocument!).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Canonical offsets of the blocks visible in the viewport; the paper's opening when none are drawn. */
export function visibleTextRange(
  root: ParentNode = document,
  fallbackChars = 6000,
): { start: number; end: number } {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR));
  const onScreen = blocks.filter((b) => {
    const r = b.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  if (onScreen.length === 0) return { start: 0, end: fallbackChars };
  const start = Number(onScreen[0]!.getAttribute('data-block-start'));
  const last = onScreen[onScreen.length - 1]!;
  return {
    start,
    end: Number(last.getAttribute('data-block-start')) + (last.textContent?.length ?? 0),
  };
}
