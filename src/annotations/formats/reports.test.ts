import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_LABELS } from '../colours';
import { DEFAULT_SET } from '../types';
import {
  INSTRUCTOR_SET,
  SAMPLE_ANNOTATIONS,
  SAMPLE_PAPER,
  sampleAnnotation,
} from './__fixtures__/sample';
import { csvCell, toCsvReport } from './report-csv';
import { toMarkdownReport } from './report-markdown';

const NOW = Date.UTC(2026, 11, 4);

describe('csvCell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil.example")', '"\'=HYPERLINK(""http://evil.example"")"'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tleading tab', "'\tleading tab"],
    ['\rcarriage', '"\'\rcarriage"'],
    ['a=b', 'a=b'],
    ['<script>x</script>', '<script>x</script>'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsvReport', () => {
  const csv = toCsvReport({
    paper: SAMPLE_PAPER,
    annotations: SAMPLE_ANNOTATIONS,
    sets: [INSTRUCTOR_SET],
    colourLabels: DEFAULT_COLOUR_LABELS,
  });

  it('has a header and one row per annotation, lines ended by CRLF', () => {
    const records = csv.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    expect(records[0]).toBe(
      'id,section,quote,note,tags,colour,linked references,set,author,created,modified,start,end,page',
    );
    expect(records).toHaveLength(1 + SAMPLE_ANNOTATIONS.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises a note that is a formula and quotes it', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('names the section, the colour label, the set and its author, and the orphan as not found', () => {
    const row = csv
      .split('\r\n')
      .find((r) => r.startsWith('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a03'))!;
    expect(row).toMatch(
      /,important,.*,Seminar 3: what to look for,Dr\. Ana Souza,2026-11-02T09:30:00\.000Z/,
    );
    expect(csv).toMatch(/0a05,\(not found in the text\),/);
  });
});

describe('toCsvReport on a PDF', () => {
  it("gives each row the page of the PDF its passage is printed on (a text paper's cell is empty)", () => {
    const [first] = SAMPLE_ANNOTATIONS;
    const pdf = {
      ...SAMPLE_PAPER,
      format: 'pdf' as const,
      blocks: SAMPLE_PAPER.blocks.map((b) => ({
        ...b,
        page: 7,
        boxes: [{ page: 7, x: 72, y: 100, width: 450, height: 12 }],
      })),
    };
    const input = { annotations: [first!], sets: [], colourLabels: DEFAULT_COLOUR_LABELS };
    const row = (paper: typeof SAMPLE_PAPER) => toCsvReport({ paper, ...input }).split('\r\n')[1]!;
    expect(row(pdf)).toMatch(/,\d+,\d+,7$/);
    expect(row(SAMPLE_PAPER)).toMatch(/,\d+,\d+,$/);
  });
});

describe('toMarkdownReport', () => {
  const md = toMarkdownReport({ paper: SAMPLE_PAPER, annotations: SAMPLE_ANNOTATIONS, now: NOW });

  it('titles the report with the paper and says how many annotations', () => {
    expect(
      md.startsWith(`# Annotations on “${SAMPLE_PAPER.title}”\n\n_5 annotations, 2026-12-04._\n`),
    ).toBe(true);
  });

  it('names the file the paper was read from, under the count', () => {
    expect(md).toContain(
      '_5 annotations, 2026-12-04._\n\nFile: precise-poverty-alleviation-and-party-image.txt\n',
    );
  });

  it('says on which page of a PDF each passage is printed, the page a passage of a long paragraph is on', () => {
    const [first] = SAMPLE_ANNOTATIONS;
    const text = SAMPLE_PAPER.text;
    const at = text.indexOf(first!.target.quote.exact);
    const block = SAMPLE_PAPER.blocks.find((b) => b.start <= at && at < b.end)!;
    const line = (page: number) => ({ page, x: 72, y: 100, width: 450, height: 12 });
    // The paragraph is printed on four lines: two at the foot of page 3, two at the top of page 4.
    const pdf = {
      ...SAMPLE_PAPER,
      format: 'pdf' as const,
      fileName: 'poverty.pdf',
      blocks: SAMPLE_PAPER.blocks.map((b) =>
        b === block
          ? { ...b, page: 3, boxes: [line(3), line(3), line(4), line(4)] }
          : { ...b, page: 2, boxes: [line(2)] },
      ),
    };
    const late = text.indexOf(' ', block.start + ((block.end - block.start) * 7) / 8) + 1;
    const phrase = text.slice(late, text.indexOf(' ', late + 20));
    const later = sampleAnnotation('later', phrase, { colour: 'green' });
    const report = toMarkdownReport({ paper: pdf, annotations: [first!, later], now: NOW });
    expect(report).toContain('File: poverty.pdf');
    expect(report).toContain('**claim** · p. 3\n\n> The image of the party');
    expect(report).toContain(`**evidence** · p. 4\n\n> ${phrase}`);
    // A text paper has no pages: no page is said.
    expect(md).not.toMatch(/· p\. \d/);
  });

  it('says "1 annotation" for one', () => {
    const one = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: SAMPLE_ANNOTATIONS.slice(0, 1),
      now: NOW,
    });
    expect(one).toContain('\n_1 annotation, 2026-12-04._\n');
  });

  it('groups annotations under their sections in reading order, orphans last', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.at(-3)).toBe('## Not found in this version of the text');
    expect(headings.at(-2)).toBe('## Not linked to a source (highlights of any colour)');
    expect(headings.at(-1)).toBe('## References no annotation links to');
    expect(headings).toContain('## 1. Introduction');
  });

  it('gives quote, note, tags and each linked reference in full', () => {
    const ref = SAMPLE_PAPER.references[0]!;
    const full = SAMPLE_PAPER.text.slice(ref.start, ref.end).replace(/\s+/g, ' ').trim();
    expect(md).toContain('> The image of the party is one of the basic goals\n\nKey **claim**');
    expect(md).toContain('Tags: `claim`, `definition`');
    expect(md).toContain(`Sources:\n- ${full.replace(/[[\]*_`!~|\\]/g, '\\$&')}`);
  });

  it.each([
    [
      'an image, which would load from elsewhere',
      '![x](https://tracker.example/p.gif)',
      '!\\[x](https://tracker.example/p.gif)',
    ],
    ['a javascript: link', '[click](javascript:alert(1))', '[click\\](javascript:alert(1))'],
    ['a data: link definition', '[x]: data:text/html,hi', '\\[x\\]: data:text/html,hi'],
  ])('shows %s in a note as text', (_, note, shown) => {
    const [first] = SAMPLE_ANNOTATIONS;
    const report = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [{ ...first!, note }],
      now: NOW,
    });
    expect(report).toContain(shown);
  });

  it('keeps an https link and emphasis a reader wrote in a note', () => {
    const [first] = SAMPLE_ANNOTATIONS;
    const note = 'See **this** [source](https://example.org/a).';
    const report = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [{ ...first!, note }],
      now: NOW,
    });
    expect(report).toContain(note);
  });

  it('escapes Markdown in quotes, so a quoted link or image stays text', () => {
    const [first] = SAMPLE_ANNOTATIONS;
    const exact = '![a](https://x.example/i.png) and [b](javascript:x)';
    const a = { ...first!, target: { ...first!.target, quote: { ...first!.target.quote, exact } } };
    const report = toMarkdownReport({ paper: SAMPLE_PAPER, annotations: [a], now: NOW });
    expect(report).toContain('> \\!\\[a\\](https://x.example/i.png) and \\[b\\](javascript:x)');
  });

  it("says above each quote what the highlight is (its colour's label) and which set it comes from", () => {
    const report = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: SAMPLE_ANNOTATIONS.slice(0, 2),
      now: NOW,
      colourLabels: { ...DEFAULT_COLOUR_LABELS, green: 'data *point*' },
      sets: { [INSTRUCTOR_SET.id]: INSTRUCTOR_SET },
    });
    expect(report).toContain(
      '**claim** · from “Seminar 3: what to look for”\n\n> The image of the party is one',
    );
    expect(report).toContain('**data \\*point\\*** · from “Seminar 3: what to look for”');
  });

  it("names the legend's default meaning when given no labels, and no set when given no sets", () => {
    expect(md).toContain('**evidence**\n\n> precise poverty alleviation policy');
  });

  it('writes a plain & as itself, and as an entity only where it would begin one', () => {
    // Nature's and ACS's references join the last two authors with `&`: `&amp;` in every one of
    // them made the report hard to read as text. A `&` opening an entity is still escaped.
    const [first] = SAMPLE_ANNOTATIONS;
    const exact = 'Stockman, M. I. & Hommelhoff, P. wrote &copy; and &#169; for R&D';
    const a = {
      ...first!,
      note: 'Q&A: see &lt;b&gt; & more',
      target: { ...first!.target, quote: { ...first!.target.quote, exact } },
    };
    const report = toMarkdownReport({ paper: SAMPLE_PAPER, annotations: [a], now: NOW });
    expect(report).toContain(
      '> Stockman, M. I. & Hommelhoff, P. wrote &amp;copy; and &amp;#169; for R&D',
    );
    expect(report).toContain('Q&A: see &amp;lt;b&amp;gt; & more');
  });

  it('shows HTML people typed as text', () => {
    expect(md).toContain('&lt;b&gt;found by quote&lt;/b&gt;');
    expect(md).not.toContain('<b>');
  });

  it('lists every highlight with no link under the label the sidebar uses, and references no annotation links', () => {
    const unlinked = md.slice(
      md.indexOf('## Not linked to a source'),
      md.indexOf('## References no annotation links to'),
    );
    const expected = SAMPLE_ANNOTATIONS.filter((a) => a.refLabels.length === 0);
    expect(unlinked.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(expected.length);
    expect(unlinked).toContain('a sentence the author deleted from this version');
    const never = md.slice(md.indexOf('## References no annotation links to'));
    const linked = new Set(SAMPLE_ANNOTATIONS.flatMap((a) => a.refLabels));
    expect(never.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(
      SAMPLE_PAPER.references.filter((r) => !linked.has(r.label)).length,
    );
  });
});

describe('the reports’ "Not linked to a source" with two layers', () => {
  const exact = 'precise poverty alleviation policy';
  const own = sampleAnnotation('own-1', exact, { setId: DEFAULT_SET.id });
  const theirs = sampleAnnotation('theirs-1', exact);
  const sets = {
    [DEFAULT_SET.id]: DEFAULT_SET,
    [INSTRUCTOR_SET.id]: { ...INSTRUCTOR_SET, origin: 'imported' as const },
  };
  const unlinkedOf = (md: string) =>
    md
      .slice(md.indexOf('## Not linked to a source'), md.indexOf('## References no annotation'))
      .split('\n')
      .filter((l) => l.startsWith('- '));

  it('says whose each highlight is: the reader’s own set or the imported layer, by name', () => {
    const md = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [own, theirs],
      now: NOW,
      sets,
    });
    expect(unlinkedOf(md)).toEqual([
      expect.stringMatching(
        /^- “precise poverty alleviation policy”.* · from “My annotations” \(your own\)$/,
      ),
      expect.stringMatching(
        /^- “precise poverty alleviation policy”.* · from “Seminar 3: what to look for” \(imported\)$/,
      ),
    ]);
  });

  it('says on each entry whether its layer is the reader’s own or imported', () => {
    const md = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [own, theirs],
      now: NOW,
      sets,
    });
    expect(md).toContain('**claim** · from “My annotations” (your own)\n');
    expect(md).toContain('**claim** · from “Seminar 3: what to look for” (imported)\n');
  });

  it('says whose each is where the report has two layers though the unlinked are of one', () => {
    const linked = sampleAnnotation('own-2', exact, { setId: DEFAULT_SET.id, refLabels: ['1'] });
    const md = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [linked, theirs],
      now: NOW,
      sets,
    });
    expect(unlinkedOf(md)).toEqual([
      expect.stringMatching(/ · from “Seminar 3: what to look for” \(imported\)$/),
    ]);
  });

  it('says "another layer" for a set it does not know, never the set’s id', () => {
    const md = toMarkdownReport({
      paper: SAMPLE_PAPER,
      annotations: [own, theirs],
      now: NOW,
      sets: { [DEFAULT_SET.id]: DEFAULT_SET },
    });
    expect(unlinkedOf(md)[1]).toMatch(/ · from another layer$/);
    expect(md).toContain('**claim** · from another layer\n');
    expect(md).not.toContain(INSTRUCTOR_SET.id);
  });

  it('says no layer when every listed highlight is of one', () => {
    const md = toMarkdownReport({ paper: SAMPLE_PAPER, annotations: [theirs], now: NOW, sets });
    expect(unlinkedOf(md)).toHaveLength(1);
    expect(unlinkedOf(md)[0]).not.toContain(' · from ');
  });
});
