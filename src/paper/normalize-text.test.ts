import { describe, expect, it } from 'vitest';
import { normalizeSource, splitSourceLines } from './normalize-text';

describe('normalizeSource', () => {
  it.each([
    ['a byte-order mark is dropped', '\uFEFFTitle', 'Title'],
    ['CRLF and CR line endings become newlines', 'a\r\nb\rc', 'a\nb\nc'],
    ['no-break and thin spaces read as spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['zero-width characters vanish', 'para\u200Bgraph', 'paragraph'],
    ['Kangxi radicals read as the ideographs they stand for', '⼀⽅⾯', '一方面'],
    ['a CJK radical supplement with a mapping reads as its ideograph', '\u2EF3', '龟'],
    ['a radical supplement without a mapping stays as it is', '\u2E80', '\u2E80'],
    ['ordinary ideographs are untouched', '研究方法', '研究方法'],
    [
      "a final sigma opening a word is a small capitals run's lost capital Σ",
      'Στην Ελλαδα ςημερα και (ςτο)',
      'Στην Ελλαδα Σημερα και (Στο)',
    ],
    ['a final sigma ending a word, or a numeral (ς΄), stays', 'της πόλης ς΄', 'της πόλης ς΄'],
    // review32: the repair is for Greek words; a variable ς (`\\varsigma`) in a Latin text is no Σ.
    [
      'a variable ς in a text that is not Greek stays',
      'where ςmax is the largest stress and ςi the stress of mode i',
      'where ςmax is the largest stress and ςi the stress of mode i',
    ],
  ])('%s', (_, source, expected) => {
    expect(normalizeSource(source)).toBe(expected);
  });

  it('keeps the length of a text whose radicals were mapped (offsets do not move)', () => {
    const source = '本文⼀⽅⾯研究';
    expect(normalizeSource(source)).toHaveLength(source.length);
  });
});

describe('splitSourceLines: running heads and feet between form feeds', () => {
  const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  /** Each page's own text: no line of it recurs on another page. */
  const body = (p: number) => {
    const word = WORDS[p - 1] ?? 'omega';
    return [
      `The ${word} study goes on in a sentence that is long enough to be running text here,`,
      `and ${word} results end the paragraph.`,
    ].join('\n');
  };
  /** Pages as `pdftotext` writes them: a head, the page's text, a foot, then a form feed. */
  function pages(n: number, head: (p: number) => string, foot: (p: number) => string): string {
    return Array.from(
      { length: n },
      (_, i) => `${head(i + 1)}\n\n${body(i + 1)}\n\n${foot(i + 1)}\n`,
    ).join('\f');
  }
  const texts = (source: string) =>
    splitSourceLines(source)
      .map((l) => l.text)
      .filter((t) => t !== '');

  it('drops a head and a foot printed on every page, their page numbers changing', () => {
    const source = pages(
      6,
      (p) => (p % 2 === 0 ? `Bai et al. Medicine (2021) 100:${p}` : `www.md-journal.com ${p}`),
      (p) => `JAMA Netw Open. 2019;2(3):e190355. doi:10.1001/jamanetworkopen.2019.0355 page ${p}`,
    );
    expect(texts(source)).toEqual([1, 2, 3, 4, 5, 6].flatMap((p) => body(p).split('\n')));
  });

  it("keeps the paper's title on its first page when the title is the running head after it", () => {
    const title = 'Computational Rationalization: The Inverse Equilibrium Problem';
    const source = pages(
      5,
      (p) => (p === 1 ? `${title}\nKevin Waugh` : title),
      (p) => `${p}`,
    );
    const read = texts(source);
    expect(read.slice(0, 2)).toEqual([title, 'Kevin Waugh']);
    expect(read.filter((t) => t === title)).toHaveLength(1);
  });

  it('drops a masthead with numbers at the top of the first page too, as on the pages after it', () => {
    const source = pages(
      5,
      (p) => `IEEE TRANSACTIONS ON MULTIMEDIA, VOL. 9, NO. ${p}, 2007`,
      () => 'A foot',
    );
    expect(texts(source).some((t) => t.startsWith('IEEE'))).toBe(false);
  });

  it('keeps them when there are too few pages to tell, and keeps a float label at a page top', () => {
    const two = pages(
      2,
      () => 'Running head of the paper',
      () => 'A foot',
    );
    expect(texts(two)).toContain('Running head of the paper');
    const tables = pages(
      4,
      (p) => `Table ${p}`,
      () => 'A note under every page',
    );
    expect(texts(tables)).toContain('Table 3');
    expect(texts(tables)).not.toContain('A note under every page');
  });

  it('drops a running head read out of place inside its page, once seen at the edge of pages', () => {
    const head = 'Zhou M. et al.';
    /** A longer page, so that a line in its middle is at no edge. */
    const long = (p: number) => [body(p), body(p + 10), body(p + 20), body(p + 30)];
    // The head at the top of three of twelve pages (too few on their own to tell it is running),
    // and read in the middle of two pages more after a blank line, as `pdftotext` reads a head set
    // beside a figure or above a page's first reference.
    const source = Array.from({ length: 12 }, (_, i) => {
      const p = i + 1;
      const [a, b, c, d] = long(p);
      if (p === 3 || p === 5 || p === 7) return `${head}\n\n${a}\n${b}\n${c}\n${d}\n`;
      if (p === 9 || p === 11) return `${a}\n${b}\n\n${head}\n${c}\n${d}\n`;
      return `${a}\n${b}\n${c}\n${d}\n`;
    }).join('\f');
    expect(texts(source)).not.toContain(head);
    // Without the pages where it was read out of place it is too rare to be a running head; and a
    // line that only recurs inside pages, never at their edges, is text.
    const rare = source
      .split('\f')
      .map((page) => (page.includes(`\n\n${head}`) ? page.replace(`\n${head}`, '') : page))
      .join('\f');
    expect(texts(rare)).toContain(head);
    const inside = Array.from({ length: 12 }, (_, i) => {
      const [a, b, c, d] = long(i + 1);
      return i % 2 === 0 ? `${a}\n${b}\n\n${head}\n${c}\n${d}\n` : `${a}\n${b}\n${c}\n${d}\n`;
    }).join('\f');
    expect(texts(inside).filter((t) => t === head)).toHaveLength(6);
  });
});

describe('splitSourceLines: page furniture', () => {
  it("drops arXiv's margin stamp wherever a text copied from a preprint puts it", () => {
    const source =
      'Title of a Preprint\n\nThe text goes on.\narXiv:1804.07821v1 [cs.CV] 20 Apr 2018\nAnd ends.\n';
    const texts = splitSourceLines(source).map((l) => l.text);
    expect(texts).not.toContain('arXiv:1804.07821v1 [cs.CV] 20 Apr 2018');
    expect(texts).toContain('And ends.');
    // Cited in a sentence, an arXiv identifier is text.
    const cited = splitSourceLines('See arXiv:1804.07821v1 [cs.CV] 20 Apr 2018 for more.\n');
    expect(cited[0]?.text).toBe('See arXiv:1804.07821v1 [cs.CV] 20 Apr 2018 for more.');
  });
});

describe('splitSourceLines: page numbers in a text copied from a PDF', () => {
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `Line ${i} of the running text of the paper goes on here.`);
  it('drops the numbers of consecutive pages, each alone after a page’s last line (pdftotext)', () => {
    const source = [
      ...prose(20),
      '696',
      '',
      ...prose(20),
      '697',
      '',
      ...prose(20),
      '698',
      '',
      ...prose(40),
      '700',
      '',
      'The end.',
    ].join('\n');
    const texts = splitSourceLines(source).map((l) => l.text);
    expect(texts.filter((t) => /^\d+$/.test(t))).toEqual([]);
    expect(texts).toContain('The end.');
  });

  it('keeps numbers alone on their lines that count no run of pages (two far apart)', () => {
    const source = [...prose(20), '12', '', ...prose(20), '13', '', 'The end.'].join('\n');
    const texts = splitSourceLines(source).map((l) => l.text);
    expect(texts.filter((t) => /^\d+$/.test(t))).toEqual(['12', '13']);
  });
});

describe('splitSourceLines: numbers of a chart between blank lines', () => {
  it('keeps a chart’s labels, though they count up a page apart', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of the text.`);
    const source = [
      ...prose(20),
      'CT7',
      '12',
      '',
      ...prose(30),
      '1 2',
      '14',
      '',
      ...prose(20),
      '19 20',
      '15',
      '',
      'The end.',
    ].join('\n');
    const texts = splitSourceLines(source).map((l) => l.text);
    expect(texts.filter((t) => /^\d+$/.test(t))).toEqual(['12', '14', '15']);
  });
});
