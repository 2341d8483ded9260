/**
 * A cover sheet a publisher or an archive puts before the paper when it is downloaded: Taylor &
 * Francis's (`To cite this article:`, `Submit your article to this journal`, `Article views: 141`),
 * JSTOR's (`Stable URL:`, `JSTOR is a not-for-profit service`), SAGE's (`Additional services and
 * information for … can be found at:`), Cambridge's (`For additional services for …: Click
 * here`), ResearchGate's (`See discussions, stats, and author profiles for this publication`), AIP
 * Publishing's (`Cite as: J. Chem. Phys. 146, 094104 (2017); https://doi.org/…`, `Submitted: … .
 * Accepted: … . Published Online: …`, `ARTICLES YOU MAY BE INTERESTED IN`), a repository's (EKT's:
 * `To cite this article:`, `Downloaded at 05/04/2017 16:04:59`). It
 * repeats the title and the authors, but it is not the paper: the paper starts on the next page.
 *
 * Told by what these sheets print: two or more of their own lines on a short first page.
 */
import { isBackSheet } from './back-sheet';
import type { TextItem } from './text-item';

/** Lines only a download cover sheet prints (one each, whatever its publisher). */
const COVER_LINES: readonly RegExp[] = [
  /\bTo cite this article:/i,
  /\bTo link to this article:/i,
  /\bSubmit your article to this journal\b/i,
  /\bArticle views: \d/i,
  /\bView related articles\b/i,
  /\bView Crossmark data\b/i,
  /\bCiting articles: \d/i,
  /\bFull Terms & Conditions of access and use can be found at\b/i,
  /\bJSTOR is a not-for-profit service\b/i,
  /\bYour use of the JSTOR archive indicates\b/i,
  /\bStable URL: ?http/i,
  /\bAdditional services and information for .{1,200} can be found at:/i,
  /\bEmail Alerts: ?(?:http|Click here)/i,
  /\bSubscriptions: ?(?:http|Click here)/i,
  /\bReprints: ?(?:http|Click here)/i,
  /\bFor additional services for .{1,200}: ?Click here/i,
  /\bTerms of use ?: ?Click here/i,
  /\bSee discussions, stats, and author profiles for this publication at\b/i,
  /\bSome of the authors of this publication are also working on these related projects\b/i,
  /\bAll content following this page was uploaded by\b/i,
  /\bCite as: .{1,200}; https?:\/\/doi\.org\//i,
  /\bSubmitted: .{1,40} Accepted: .{1,40} Published Online: /i,
  /\bARTICLES YOU MAY BE INTERESTED IN\b/,
  // A repository's stamp of when the file was downloaded (EKT's e-Publishing: `Downloaded at
  // 05/04/2017 16:04:59`), with the time: a journal's every-page `Downloaded from …` has none.
  /\bDownloaded at \d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}/i,
];

/** More text than this (characters) is a page of the paper, whatever it prints. */
const MAX_COVER_CHARS = 3000;

/** Is this page (the first of several) a download cover sheet? */
export function isCoverPage(items: readonly TextItem[]): boolean {
  let text = '';
  for (const item of items) {
    text += `${item.str} `;
    if (text.length > MAX_COVER_CHARS) return false;
  }
  text = text.replace(/\s+/g, ' ');
  let found = 0;
  for (const line of COVER_LINES) if (line.test(text) && ++found >= 2) return true;
  return false;
}

/**
 * The pages with a download cover sheet's text left out (its page kept, empty, so that page
 * numbers stay true): the paper's title, byline and abstract are read from the next page.
 */
export function withoutCoverPage<T extends readonly TextItem[]>(pages: readonly T[]): (T | [])[] {
  const first = pages[0];
  const last = pages[pages.length - 1];
  // A back sheet (`back-sheet.ts`) is left out the same way, its page kept empty.
  const back = pages.length > 1 && last !== undefined && isBackSheet(last);
  const kept: (T | [])[] = back ? [...pages.slice(0, -1), []] : [...pages];
  if (pages.length < 2 || first === undefined || !isCoverPage(first)) return kept;
  return [[], ...kept.slice(1)];
}
