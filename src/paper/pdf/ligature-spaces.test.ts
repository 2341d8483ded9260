import { column } from './__fixtures__/items';
import { layoutPdfText } from './layout-pdf-text';
import { joinLigatureSpaces } from './ligature-spaces';

describe('joinLigatureSpaces', () => {
  it('joins a word split after its ligature where the paper prints the whole word elsewhere', () => {
    // A typesetter writes a space glyph after a ligature and takes its width back with a kern:
    // pdf.js reads `Infl ammation`, a word the paper prints whole on another line.
    expect(
      joinLigatureSpaces([
        'Intestinal Infl ammation and the fl ow of blood',
        'Inflammation rose with the flow, and signifi cantly so; in-',
        'fl ammation and',
      ]),
    ).toEqual([
      'Intestinal Inflammation and the flow of blood',
      'Inflammation rose with the flow, and significantly so; in-',
      'flammation and',
    ]);
  });

  it('joins the pieces of a word no other line prints when neither piece is a word of the paper', () => {
    expect(joinLigatureSpaces(['a ben-', 'efi cial effect, and the benefi cial one'])).toEqual([
      'a ben-',
      'eficial effect, and the beneficial one',
    ]);
  });

  it('leaves words that end in ff, fi or fl and the word after them apart', () => {
    const lines = [
      'The staff were trained, then signed off the ward; staff recruited by Sanofi and',
      'Kirchhoff et al. ran a hi-fi rig. We set off at once and staffed the ward.',
    ];
    expect(joinLigatureSpaces(lines)).toEqual(lines);
  });

  it('joins the split word in the PDF layout’s text', () => {
    const page = column(
      [
        'Intestinal Infl ammation was measured in every animal of the study.',
        'Inflammation rose in each group that was given the drug.',
      ],
      { x: 54, top: 700, right: 400, size: 10 },
    );
    const text = layoutPdfText([page]);
    expect(text).toContain('Intestinal Inflammation was measured');
    expect(text).not.toContain('Infl ammation');
  });
});
