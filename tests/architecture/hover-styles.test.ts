/**
 * Hovering is only paint. Every click of a real mouse first moves the pointer onto its target, and
 * a `:hover` rule that changes a property the browser lays out, or one that gives the hovered
 * element a layer of its own (`filter`, `transform`, ...), makes it lay the whole page out again
 * before the click: on the 1.6 MB paper, a layout pass from the document's root for each button
 * entered or left (issue 9: the Delete button's `filter: brightness()` did it on every delete).
 * Colours, backgrounds, outlines and text decoration repaint the element alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

/** The app's style sheets, by path under src/. */
function styleSheets(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Properties a `:hover` rule may set: they repaint the element, nothing more. */
const PAINT_ONLY = new Set([
  'background',
  'background-color',
  'border-color',
  'border-left-color',
  'color',
  'outline-color',
  'text-decoration',
  'text-decoration-color',
  'text-decoration-line',
  'text-decoration-style',
]);

/** Each rule whose selector has `:hover`, with the properties it sets. */
function hoverRules(css: string): { selector: string; properties: string[] }[] {
  const rules: { selector: string; properties: string[] }[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = match[1]!.trim();
    if (!selector.includes(':hover')) continue;
    const properties = match[2]!
      .split(';')
      .map((declaration) => declaration.split(':')[0]!.trim())
      .filter(Boolean);
    rules.push({ selector, properties });
  }
  return rules;
}

describe('the style sheets’ :hover rules', () => {
  it('are found with their properties', () => {
    expect(
      hoverRules('/* a:hover { filter: x } */ .a:hover, .b:hover { color: red; filter: none }'),
    ).toEqual([{ selector: '.a:hover, .b:hover', properties: ['color', 'filter'] }]);
  });

  it('change only what is painted, never layout or layers', () => {
    const sheets = styleSheets();
    expect(sheets.length).toBeGreaterThan(3);
    const offending = sheets.flatMap((file) =>
      hoverRules(readFileSync(file, 'utf8')).flatMap(({ selector, properties }) =>
        properties
          .filter((p) => !PAINT_ONLY.has(p))
          .map((p) => `${path.relative(src, file)}: ${selector} { ${p} }`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
