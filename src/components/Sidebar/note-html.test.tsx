import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_LABELS } from '../../annotations/colours';
import {
  INSTRUCTOR_SET,
  SAMPLE_ANNOTATIONS,
  SAMPLE_PAPER,
} from '../../annotations/formats/__fixtures__/sample';
import { toHtmlReport } from '../../annotations/formats/report-html';
import { noteToHtml } from './note-html';

/** The elements the report's notes may hold, and the attributes each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  P: ['class'],
  EM: [],
  STRONG: [],
  CODE: [],
  PRE: [],
  BLOCKQUOTE: [],
  UL: [],
  OL: ['start'],
  LI: [],
  A: ['href'],
  BR: [],
  HR: [],
};

/** Every element and attribute of `html` read as a browser reads it, as `TAG` or `TAG@attr=value`. */
function parts(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return [...doc.body.querySelectorAll('*')].flatMap((el) => [
    el.tagName,
    ...[...el.attributes].map((a) => `${el.tagName}@${a.name}=${a.value}`),
  ]);
}

/** What a hostile note may try: run script, load something, or slip HTML past as Markdown. */
const HOSTILE = [
  '<script>alert(1)</script>',
  'before <script>alert(1)</script> after',
  '<img src=x onerror=alert(1)>',
  'inline <img src="http://evil.example/ping.png" onerror="alert(1)"> image',
  '<div onclick="alert(1)">\nraw HTML block\n</div>',
  '<iframe src="http://evil.example"></iframe>',
  '<style>body { display: none }</style>',
  '<a href="javascript:alert(1)">raw link</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](<javascript:alert(1)>)',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '[quote](http://a.example/"onmouseover="alert(1))',
  '[title](https://a.example "x\\" onmouseover=\\"alert(1)")',
  '![pixel](http://evil.example/ping.png)',
  '![pixel](http://evil.example/ping.png "t") and ![ref][img]\n\n[img]: http://evil.example/2.png',
  '<svg onload=alert(1)>',
  '`<script>` in code and\n\n```html\n<script>alert(1)</script>\n```',
  '<!-- comment --><?php echo 1; ?><![CDATA[x]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;',
];

describe('noteToHtml', () => {
  it('renders emphasis, strong text, lists and code as the sidebar does', () => {
    expect(
      noteToHtml('Key **claim**: is it _supported_?\n\n- look at [1]\n- compare with §2'),
    ).toBe(
      '<p>Key <strong>claim</strong>: is it <em>supported</em>?</p>\n<ul>\n<li>look at [1]</li>\n<li>compare with §2</li>\n</ul>',
    );
    expect(noteToHtml('3. three\n4. four')).toBe(
      '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>',
    );
    expect(noteToHtml('use `a < b` here')).toBe('<p>use <code>a &lt; b</code> here</p>');
    expect(noteToHtml('```js\nlet s = "<b>";\n```')).toBe(
      '<pre><code>let s = &quot;&lt;b&gt;&quot;;\n</code></pre>',
    );
    expect(noteToHtml('> as *they* say')).toBe(
      '<blockquote>\n<p>as <em>they</em> say</p>\n</blockquote>',
    );
    expect(noteToHtml('one  \ntwo\n\n---')).toBe('<p>one<br>\ntwo</p>\n<hr>');
  });

  it('makes a heading a bold paragraph, as the sidebar does, not a heading of the report', () => {
    expect(noteToHtml('# Why it matters')).toBe('<p class="note__heading">Why it matters</p>');
  });

  it('shows a link as its text and its URL, the URL a link only over http(s)', () => {
    expect(noteToHtml('[the data](https://example.org/d?a=1&b=2)')).toBe(
      '<p>the data (<a href="https://example.org/d?a=1&amp;b=2">https://example.org/d?a=1&amp;b=2</a>)</p>',
    );
    expect(noteToHtml('<https://example.org/x>')).toBe(
      '<p><a href="https://example.org/x">https://example.org/x</a></p>',
    );
    expect(noteToHtml('[see][1]\n\n[1]: https://example.org/r')).toBe(
      '<p>see (<a href="https://example.org/r">https://example.org/r</a>)</p>',
    );
    expect(noteToHtml('[mail](mailto:a@example.org) and [§2](#sec-2)')).toBe(
      '<p>mail (mailto:a@example.org) and §2 (#sec-2)</p>',
    );
  });

  it('shows raw HTML as the text it is', () => {
    expect(noteToHtml('No position stored: <b>found by quote</b> = "ok"')).toBe(
      '<p>No position stored: &lt;b&gt;found by quote&lt;/b&gt; = &quot;ok&quot;</p>',
    );
    expect(noteToHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops what an unsafe link points to and keeps its text', () => {
    expect(noteToHtml('[click](javascript:alert(1))')).toBe('<p>click</p>');
  });

  it('never makes an image, nor writes where one would be fetched from', () => {
    const html = noteToHtml('a ![pixel](http://evil.example/ping.png) b');
    expect(html).not.toContain('evil.example');
    expect(parts(html)).toEqual(['P']);
  });

  it.each(HOSTILE)('makes nothing that runs or loads of %j', (note) => {
    const html = noteToHtml(note);
    for (const part of parts(html)) {
      const [tag, attribute] = part.split('@') as [string, string | undefined];
      expect(ALLOWED[tag], `element ${tag}`).toBeDefined();
      if (attribute === undefined) continue;
      const [name, ...rest] = attribute.split('=');
      expect(ALLOWED[tag]).toContain(name);
      const value = rest.join('=');
      if (name === 'href') expect(value).toMatch(/^https?:\/\/[^\s<>"]+$/);
      if (name === 'class') expect(value).toBe('note__heading');
      if (name === 'start') expect(value).toMatch(/^\d+$/);
    }
    // Every `<` opens or closes one of the allowed tags; any other is text, escaped.
    expect(html).not.toMatch(/<(?!\/?(p|em|strong|code|pre|blockquote|ul|ol|li|a|br|hr)[\s>])/i);
  });
});

describe('toHtmlReport with the notes’ renderer', () => {
  const html = toHtmlReport({
    paper: SAMPLE_PAPER,
    annotations: SAMPLE_ANNOTATIONS,
    now: Date.UTC(2026, 11, 4),
    colourLabels: DEFAULT_COLOUR_LABELS,
    sets: { [INSTRUCTOR_SET.id]: INSTRUCTOR_SET },
    noteHtml: noteToHtml,
  });

  it('shows each note rendered, its HTML as text, and runs and loads nothing', () => {
    expect(html).toContain(
      '<div class="note" dir="auto">\n<p>Key <strong>claim</strong>: is it <em>supported</em>?</p>\n<ul>\n<li>look at [1]</li>\n<li>compare with §2</li>\n</ul>\n</div>',
    );
    expect(html).toContain(
      '<p>No position stored: &lt;b&gt;found by quote&lt;/b&gt; = &quot;ok&quot;, then, &quot;quoted&quot;</p>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|\son\w+=/i);
  });
});
