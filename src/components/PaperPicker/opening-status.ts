/**
 * The status line while a paper opens: "Opening the paper…", or for a PDF the file and the page
 * being read ("Reading “survey.pdf”, page 12 of 300…"), from the progress the PDF loader reports
 * to the store.
 */
import { isolate } from '../../paper/isolate';
import type { PaperProgress } from '../../store/slices/papers-slice';
import { useAppStore } from '../store-context';

/**
 * `2,050`, as `toLocaleString('en-GB')` writes a page count, without Intl: its first use on a page
 * loads the locale's data, a task of 80–150 ms while a PDF opens (issue 9).
 */
export const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

/** The progress line while a PDF is read: "Reading “survey.pdf”, page 12 of 300…". */
export const describePdfProgress = ({ page, pages, fileName }: PaperProgress): string =>
  `Reading ${fileName ? `“${isolate(fileName)}”, ` : ''}page ${count(page)} of ${count(pages)}…`;

/** What to say while a paper opens. */
export function useOpeningStatus(): string {
  return useAppStore((s) =>
    s.paperProgress ? describePdfProgress(s.paperProgress) : 'Opening the paper…',
  );
}
