import { stripInlineMarkup } from './inline-markup';

describe('stripInlineMarkup', () => {
  it.each([
    ['plain text, no markup at all', 'plain text, no markup at all'],
    ['a \\*literal\\* star', 'a *literal* star'],
    ['code `x * y` here', 'code x * y here'],
    ['`a` `b` \\` c', 'a b ` c'],
    ['![alt text](img.png) after', 'alt text after'],
    ['see [the site](http://x.org "t") now', 'see the site now'],
    ['cited [[4]](#ref-4) here', 'cited [4] here'],
    ['cited [1, 2](#r) here', 'cited [1, 2] here'],
    ['a bare [4] stays', 'a bare [4] stays'],
    ['<https://example.org> link', 'https://example.org link'],
    ['H<sub>2</sub>O and <em>so</em>', 'H2O and so'],
    ['**bold** and __also__', 'bold and also'],
    ['***both***', 'both'],
    ['*em* and _em_ but snake_case', 'em and em but snake_case'],
    ['x_1 and 2*3*4', 'x_1 and 2*3*4'],
    ['~~gone~~ text', 'gone text'],
    // Private-use characters in the source read as the stripper's own placeholders.
    ['a \uE003 b', 'a _ b'],
    ['a \uE1000\uE101 b', 'a  b'],
  ])('reads %j as %j', (text, expected) => {
    expect(stripInlineMarkup(text)).toBe(expected);
  });
});
