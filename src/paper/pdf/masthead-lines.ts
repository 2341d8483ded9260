/**
 * The line Elsevier prints under a journal's name in the masthead box on an article's first page
 * (`journal homepage: www.elsevier.com/locate/shpsc`, set letter by letter as `j o u r n a l h o m
 * e p a g e : w w w . e l s e v i e r . c o m / …`): the large lines over it are the journal's
 * name, however many words it runs to (`Studies in History and Philosophy of Biological and` /
 * `Biomedical Sciences`), not the article's title, which comes below. Pure.
 */
import { withoutLetterSpacing } from '../headings';

const HOMEPAGE = /\bjournal\s?homepage\s?:/i;

/** Is this the line naming a journal's home page under its name (`journal homepage: www…`)? */
export const isJournalHomepageLine = (text: string): boolean =>
  HOMEPAGE.test(withoutLetterSpacing(text.trim()));
