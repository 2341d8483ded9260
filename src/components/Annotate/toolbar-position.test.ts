import { describe, expect, it } from 'vitest';
import { clamp, placeToolbar, type Box } from './toolbar-position';

const line = (top: number, left: number, right: number): Box => ({
  top,
  bottom: top + 20,
  left,
  right,
});
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

describe('clamp', () => {
  it.each([
    [5, 0, 10, 5],
    [-3, 0, 10, 0],
    [12, 0, 10, 10],
    [4, 8, -374, 8],
  ])('keeps %d within [%d, %d] as %d (the minimum wins an empty range)', (v, min, max, out) => {
    expect(clamp(v, min, max)).toBe(out);
  });
});

describe('placeToolbar', () => {
  it('keeps the toolbar left of the sidebar beside the paper (1280 px: it reached over it)', () => {
    const at = placeToolbar({
      first: line(400, 556, 834),
      last: line(430, 276, 688),
      size: { width: 760, height: 44 },
      viewport: desktop,
      headerBottom: 57,
      sidebarLeft: 870,
    });
    expect(at).toEqual({ top: 348, left: 102 });
    expect(at.left + 760).toBeLessThanOrEqual(870 - 8);
  });

  it('puts the toolbar above the first line, at its left edge, when there is room', () => {
    const at = placeToolbar({
      first: line(400, 300, 900),
      last: line(420, 100, 500),
      size: { width: 600, height: 40 },
      viewport: desktop,
      headerBottom: 60,
    });
    expect(at).toEqual({ top: 352, left: 300 });
  });

  it('puts it below the last line when the first line is close under the header', () => {
    const at = placeToolbar({
      first: line(90, 300, 900),
      last: line(130, 100, 500),
      size: { width: 200, height: 40 },
      viewport: desktop,
      headerBottom: 60,
    });
    expect(at).toEqual({ top: 158, left: 400 });
  });

  it('keeps a toolbar that starts near the right edge inside the window', () => {
    const at = placeToolbar({
      first: line(400, 1200, 1270),
      last: line(400, 1200, 1270),
      size: { width: 600, height: 40 },
      viewport: desktop,
      headerBottom: 60,
    });
    expect(at.left + 600).toBeLessThanOrEqual(1280 - 8);
    expect(at.left).toBe(672);
  });

  it('keeps a toolbar whose selection ends at the left edge inside the window', () => {
    const at = placeToolbar({
      first: line(90, 20, 370),
      last: line(110, 20, 30),
      size: { width: 300, height: 80 },
      viewport: phone,
      headerBottom: 80,
    });
    expect(at.left).toBe(8);
  });

  it('on a phone places a toolbar as wide as the window minus its margins at the left margin', () => {
    const at = placeToolbar({
      first: line(600, 255, 370),
      last: line(660, 20, 90),
      size: { width: 374, height: 84 },
      viewport: phone,
      headerBottom: 90,
    });
    expect(at).toEqual({ top: 508, left: 8 });
  });

  it('keeps the toolbar on screen when the selection runs past both window edges', () => {
    const at = placeToolbar({
      first: line(-500, 20, 370),
      last: line(1500, 20, 370),
      size: { width: 374, height: 84 },
      viewport: phone,
      headerBottom: 90,
    });
    expect(at.top).toBeGreaterThanOrEqual(98);
    expect(at.top + 84).toBeLessThanOrEqual(844 - 8);
  });

  it('never puts the toolbar under the header, even when the window is too short for it', () => {
    const at = placeToolbar({
      first: line(100, 20, 100),
      last: line(100, 20, 100),
      size: { width: 200, height: 300 },
      viewport: { width: 390, height: 300 },
      headerBottom: 90,
    });
    expect(at.top).toBe(98);
  });
});
