/**
 * A sheet a publisher's site puts after the paper when it is downloaded: Science's (HighWire's)
 * last page repeats the title and authors and lists `ARTICLE TOOLS`, `SUPPLEMENTARY MATERIALS`,
 * `REFERENCES  This article cites 63 articles, 11 of which you can access for free`,
 * `PERMISSIONS  http://www.sciencemag.org/help/reprints-and-permissions`, `Use of this article is
 * subject to the Terms of Service`. Read as the paper's last page, its `REFERENCES` became a heading
 * and its lines an entry of the reference list. Told, as `cover-page.ts` tells a cover sheet, by two
 * or more of its own lines on a short last page. Pure.
 */
import type { TextItem } from './text-item';

/** Lines only a download back sheet prints. */
const BACK_SHEET_LINES: readonly RegExp[] = [
  /\bARTICLE TOOLS\b/,
  /\bThis article cites \d+ articles?,/i,
  /\/help\/reprints-and-permissions\b/i,
  /\bUse of this article is subject to the Terms of Service\b/i,
  /\bThe title Science is a registered trademark of AAAS\b/,
];

/** More text than this (characters) is a page of the paper, whatever it prints. */
const MAX_SHEET_CHARS = 3000;

/** Is this page (the last of several) a download back sheet? */
export function isBackSheet(items: readonly TextItem[]): boolean {
  let text = '';
  for (const item of items) {
    text += `${item.str} `;
    if (text.length > MAX_SHEET_CHARS) return false;
  }
  text = text.replace(/\s+/g, ' ');
  let found = 0;
  for (const line of BACK_SHEET_LINES) if (line.test(text) && ++found >= 2) return true;
  return false;
}
