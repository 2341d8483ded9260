/**
 * How the rest of the app reaches parts of the paper the reading view has not rendered yet. The
 * view renders a long paper progressively (the first screen at once, the rest in short slices,
 * see `PaperView/use-progressive-limit.ts`); while it does, a jump, a highlight reveal or the
 * contents may ask for an element further on. `findRendered` renders more of the paper, at once,
 * until the element is there; `onRendered` tells the contents panel when more has appeared.
 */

/** Renders one more step of the paper synchronously; false when everything is rendered already. */
type RenderMore = () => boolean;

let renderMore: RenderMore | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the reading view's way to render more (one view at a time). Returns the function
 * that unregisters it.
 */
export function provideRenderMore(more: RenderMore): () => void {
  renderMore = more;
  return () => {
    if (renderMore === more) renderMore = null;
  };
}

/**
 * The element `find` finds in the page, rendering more of the paper (synchronously, step by step)
 * until it finds one or the whole paper is rendered; null when it is not in the paper. Call it
 * from an event handler, not while React renders.
 */
export function findRendered<T>(find: () => T | null): T | null {
  let found = find();
  while (found === null && renderMore?.()) found = find();
  return found;
}

/** Calls `listener` after each step that rendered more of the paper. Returns the unsubscribe. */
export function onRendered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Said by the reading view after it has rendered more of the paper. */
export function announceRendered(): void {
  for (const listener of listeners) listener();
}
