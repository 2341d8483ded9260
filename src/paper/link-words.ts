/**
 * The link words a publisher's web page sets after each reference entry (`Article CAS PubMed
 * Google Scholar` at Springer Nature, `[DOI] [PMC free article] [PubMed] [Google Scholar]` at PMC,
 * `PubMed Abstract | CrossRef Full Text | Google Scholar` at Frontiers, `View PDF View article` at
 * ScienceDirect): buttons, not the work cited. A text or Markdown copy of such a page keeps them at
 * each entry's end, where they are cut off. A PDF prints its own entries, so it is left alone.
 */

/** One link word or button, in brackets or not, or a separator between them (`|`, empty `[]`). */
const LINK_WORD =
  /(?:\[\s*\]|\||\[?(?:Article|CAS|PubMed(?:\sCentral)?|PubMed\sAbstract|PMC\sfree\sarticle|PMC|Google\sScholar|Cross\s?Ref|Crossref|Web\sof\sScience|Scopus|View\sin\sScopus|MathSciNet|zbMATH|View\sPDF|View\sarticle|Full\sText|Free\sFull\sText|MEDLINE|Medline|ISI|DOI|Abstract|Link|OpenURL)\]?)\s*$/u;
/** The words that make a run of them link words: a title may end with `Article` or `Abstract`. */
const SURE_LINK_WORD =
  /CAS|PubMed|PMC|Google\sScholar|Cross\s?Ref|Crossref|Web\sof\sScience|Scopus|MathSciNet|zbMATH|View\s(?:PDF|article)|MEDLINE|Medline|OpenURL/u;
/** How an entry ends before its links: a period, a number, a closing bracket. */
const ENTRY_END = /[.\d)\]]$/;
/** How many link words an entry may end with: more is no run of buttons. */
const MAX_LINK_WORDS = 12;

/** An entry's text without the run of link words at its end (the text as it is without one). */
export function withoutLinkWords(entry: string): string {
  let end = entry.trimEnd().length;
  let sure = false;
  let symbolsOnly = true;
  for (let n = 0; n < MAX_LINK_WORDS; n++) {
    const head = entry.slice(0, end);
    const match = LINK_WORD.exec(head);
    // A word of the entry's own (`in Science`, `PMCID`) is no link word: one must stand apart.
    if (match === null || /\p{Ll}/u.test(head.charAt(match.index - 1))) break;
    sure ||= SURE_LINK_WORD.test(match[0]);
    symbolsOnly &&= /^[\s[\]|]*$/.test(match[0]);
    end = head.slice(0, match.index).trimEnd().length;
  }
  // The entry before the run ends as entries do (`… 600–604 (2017).`, `pp. 192-199`), not mid-phrase (`In Scopus`).
  const kept = entry.slice(0, end);
  return (sure || symbolsOnly) && ENTRY_END.test(kept) ? kept : entry;
}
