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
    ['H<sub>2</sub>O and <em>so</em>', 'H₂O and so'],
    ['**bold** and __also__', 'bold and also'],
    ['***both***', 'both'],
    ['*em* and _em_ but snake_case', 'em and em but snake_case'],
    ['x_1 and 2*3*4', 'x_1 and 2*3*4'],
    ['~~gone~~ text and ~~12~~', 'gone text and 12'],
    ['the gate $p_i(x)$ and $x_i$ or $y_j$', 'the gate pᵢ(x) and xᵢ or yⱼ'],
    ['LaTeX’s own \\(\\alpha \\le 1\\) too', 'LaTeX’s own α ≤ 1 too'],
    ['$5 and $10 stay money', '$5 and $10 stay money'],
    ['a converter’s $\\approx$30% and $k = 1 $routing', 'a converter’s ≈30% and k = 1 routing'],
    ['problems<sup>3,4</sup> and <sup>5–7</sup>', 'problems³,⁴ and ⁵⁻⁷'],
    ['Pandoc’s cites^12^ and^3,4–6^ and H~2~O', 'Pandoc’s cites¹² and³,⁴⁻⁶ and H₂O'],
    ['MinerU’s lists $^{1,2}$ and ${ }^{3}$', 'MinerU’s lists ¹,² and ³'],
    ['a caret ^ and x^y^ stay', 'a caret ^ and x^y^ stay'],
    [
      'Discovery &amp; Data, a &lt; b &gt; c, &#8211; and &#x2014;&nbsp;x',
      'Discovery & Data, a < b > c, – and — x',
    ],
    [
      'a package &ndash; open &mdash; 5&nbsp;&deg;C &plusmn; 2, &alpha;&Omega; &hellip; &ldquo;q&rdquo; &lsquo;s&rsquo; 2&times;3 &minus;1 &le; x',
      'a package – open — 5 °C ± 2, αΩ … “q” ‘s’ 2×3 −1 ≤ x',
    ],
    ['AT&T, R&D and &unknown; stay', 'AT&T, R&D and &unknown; stay'],
    ['&lt;sup&gt;1&lt;/sup&gt; is text, not a tag', '<sup>1</sup> is text, not a tag'],
    // Private-use characters in the source read as the stripper's own placeholders.
    ['a \uE003 b', 'a _ b'],
    ['a \uE1000\uE101 b', 'a  b'],
  ])('reads %j as %j', (text, expected) => {
    expect(stripInlineMarkup(text)).toBe(expected);
  });
});
