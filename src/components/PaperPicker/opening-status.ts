/**
 * The status line while a paper opens: "Opening the paper…", or for a PDF the page being read
 * ("Reading page 12 of 300…"), from the progress the PDF loader reports to the store.
 */
import { describePdfProgress } from '../../paper/pdf/page-limit';
import { useAppStore } from '../store-context';

/** What to say while a paper opens. */
export function useOpeningStatus(): string {
  return useAppStore((s) =>
    s.paperProgress
      ? describePdfProgress(s.paperProgress.page, s.paperProgress.pages)
      : 'Opening the paper…',
  );
}
