import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const styles = readFileSync(path.resolve(__dirname, 'styles.css'), 'utf8');

/** The declarations of the rule whose selector list ends with `selector`. */
function ruleOf(selector: string): string {
  const start = styles.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThan(-1);
  return styles.slice(start, styles.indexOf('}', start));
}

describe("the header's menus on a narrow screen", () => {
  it('reach down to the foot of the window as a phone shows it (100dvh after 100vh)', () => {
    const heights = [
      ...ruleOf('.app__header .share-menu__panel').matchAll(/max-height:([^;]+);/g),
    ].map((m) => m[1]!.trim());
    // 100vh first, for browsers without dvh; then the height left beside a phone's address bar.
    expect(heights).toEqual([
      expect.stringMatching(/^calc\(100vh /),
      expect.stringMatching(/^calc\(100dvh /),
    ]);
  });
});
