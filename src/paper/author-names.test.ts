// splitAuthors: an entry's author list into one name per author.
import { splitAuthors } from './author-names';

describe('splitAuthors', () => {
  it('keeps a first author written surname first with a capitalised particle whole (De Marzo, Peter)', () => {
    expect(splitAuthors('De Marzo, Peter')).toEqual(['De Marzo, Peter']);
    expect(splitAuthors('De Marzo, Peter, Dimitri Vayanos, and Jeffrey Zwiebel')).toEqual([
      'De Marzo, Peter',
      'Dimitri Vayanos',
      'Jeffrey Zwiebel',
    ]);
  });

  // Full names written surname first (Chinese, Vietnamese) open with words that are particles
  // elsewhere: each is an author of its own (found by the session-23 review).
  it('keeps full names written surname first apart: Du Yilun, Li Shuang; Le Quoc, Mikolov Tomas', () => {
    expect(splitAuthors('Du Yilun, Li Shuang, Torralba Antonio')).toEqual([
      'Du Yilun',
      'Li Shuang',
      'Torralba Antonio',
    ]);
    expect(splitAuthors('Le Quoc, Mikolov Tomas')).toEqual(['Le Quoc', 'Mikolov Tomas']);
  });

  it('reads a given name after the first surname only after a comma, never after and', () => {
    expect(splitAuthors('Nest, Michael, François Grignon, and Emizet F. Kisangani')).toEqual([
      'Nest, Michael',
      'François Grignon',
      'Emizet F. Kisangani',
    ]);
    expect(splitAuthors('Wang and Kanwar')).toEqual(['Wang', 'Kanwar']);
  });
});
