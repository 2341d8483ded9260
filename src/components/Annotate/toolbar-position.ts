/**
 * Where the selection toolbar goes: pure box arithmetic, no DOM. Above the selection's first line
 * when it fits under the header, else below its last line, and always clamped inside the viewport
 * and left of the sidebar (a toolbar wider than that room is narrowed, its buttons wrapped into
 * rows, before it is measured here).
 */

/** A screen rectangle in CSS pixels (the fields of a DOMRect this needs). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ToolbarPlacement {
  /** The selection's first and last line boxes. */
  first: Box;
  last: Box;
  /** The toolbar's measured size. */
  size: { width: number; height: number };
  /** The window's inner size. */
  viewport: { width: number; height: number };
  /** The bottom edge of the sticky header: the toolbar never goes under it. */
  headerBottom: number;
  /** The left edge of the annotations sidebar beside the paper: the toolbar never covers it. */
  sidebarLeft?: number;
  /** Space between the toolbar and the selection, and between the toolbar and the window's edges. */
  gap?: number;
}

/** Keeps `value` within `[min, max]`; when the range is empty (`max < min`), `min` wins. */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * The toolbar's top-left corner: above the first line (starting at its left edge) when there is
 * room under the header, else below the last line (centred on its end), then clamped so the whole
 * toolbar stays inside the window, its left and top edges first when it cannot fit.
 */
export function placeToolbar(p: ToolbarPlacement): { top: number; left: number } {
  const gap = p.gap ?? 8;
  const { width, height } = p.size;
  const above = p.first.top - height - gap;
  const fitsAbove = above >= p.headerBottom + gap;
  const top = fitsAbove ? above : p.last.bottom + gap;
  const anchorX = fitsAbove ? p.first.left : p.last.right - width / 2;
  return {
    top: clamp(top, p.headerBottom + gap, p.viewport.height - height - gap),
    left: clamp(anchorX, gap, Math.min(p.viewport.width, p.sidebarLeft ?? Infinity) - width - gap),
  };
}
