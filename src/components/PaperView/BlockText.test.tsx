import { describe, expect, it } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { fakePaperId } from '../../paper/__fixtures__/paper-ids';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { BlockText } from './BlockText';
import { describeRange } from '../../anchoring/selectors';
import { asSetId } from '../../annotations/types';
import { entryOf, putEntry } from '../../annotations/shared-record';
import { docOffset } from '../../paper/types';
import { createTestStore } from '../../store/__fixtures__/test-store';

const paper = parsePaper(
  [
    '1. Method',
    'Materials. We used twelve papers from four journals [1], read twice.',
    '    R> fit <- fitModel(list(data)) # [1]\n      summary(fit)',
    'Figure 1: How the fit behaves [1].',
    '¹ Supported by a grant for reading in margins.',
    'References',
    '[1] Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.',
  ].join('\n\n'),
  { format: 'text', fileName: 'x.txt', id: fakePaperId('0') },
);
const blockOf = (kind: string) => paper.blocks.find((b) => b.kind === kind)!;

describe('BlockText', () => {
  it('shows a code listing in a <pre> with its lines, and no citation link inside it', () => {
    const { container } = renderWithStore(<BlockText paper={paper} block={blockOf('code')} />);
    const pre = container.querySelector('pre');
    expect(pre?.textContent).toBe('R> fit <- fitModel(list(data)) # [1]\n  summary(fit)');
    expect(container.querySelector('[role="doc-biblioref"]')).toBeNull();
  });

  it('shows a run-in heading in bold at the start of its paragraph, the text unchanged', () => {
    const block = blockOf('paragraph');
    const { container } = renderWithStore(<BlockText paper={paper} block={block} />);
    expect(container.querySelector('strong')?.textContent).toBe('Materials.');
    expect(container.textContent).toBe(paper.text.slice(block.start, block.end));
    expect(container.querySelectorAll('[role="doc-biblioref"]')).toHaveLength(1);
  });

  it.each([
    ['caption', 'block--caption'],
    ['footnote', 'block--footnote'],
  ])('marks a %s with its own class', (kind, className) => {
    const { container } = renderWithStore(<BlockText paper={paper} block={blockOf(kind)} />);
    expect(container.firstElementChild?.classList.contains(className)).toBe(true);
  });
});

describe('BlockText: the byline and display equations', () => {
  const withMath = parsePaper(
    [
      'Margins of Old Books',
      'Jane Doe [1]\nDepartment of History, University of Oxford',
      '1. Method',
      'The score is',
      'S = α × n + β [1] (2)',
      'where n counts the notes [1].',
      'References',
      '[1] Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.',
    ].join('\n\n'),
    { format: 'text', fileName: 'x.txt', id: fakePaperId('0') },
  );
  const blockOfKind = (kind: string) => withMath.blocks.find((b) => b.kind === kind)!;

  it.each([
    ['byline', 'block--byline', 'Jane Doe [1]\nDepartment of History, University of Oxford'],
    ['equation', 'block--equation', 'S = α × n + β [1] (2)'],
  ])(
    'shows the %s with its own class, its lines kept and no link inside it',
    (kind, className, text) => {
      const { container } = renderWithStore(
        <BlockText paper={withMath} block={blockOfKind(kind)} />,
      );
      const element = container.firstElementChild;
      expect(element?.classList.contains(className)).toBe(true);
      expect(element?.textContent).toBe(text);
      expect(container.querySelector('[role="doc-biblioref"]')).toBeNull();
    },
  );
});

describe('BlockText: a table found in a PDF', () => {
  const withTable = parsePaper(
    [
      'Margins of Old Books',
      '1. Method',
      'We counted the notes in each book (Jackson, 2001).',
      ['Book Notes', 'Marginalia (Jackson, 2001) 412', 'Romantic Readers 97']
        .map((row) => `\u001E${row}`)
        .join('\n'),
      'Table 1: Notes per book.',
      'References',
      'Jackson, H. J., 2001. Marginalia: Readers Writing in Books. Yale University Press.',
    ].join('\n\n'),
    { format: 'pdf', fileName: 'x.pdf', id: fakePaperId('0') },
  );

  it('shows its rows one per line, set apart, its citations linked', () => {
    const block = withTable.blocks.find((b) => b.kind === 'table')!;
    const { container } = renderWithStore(<BlockText paper={withTable} block={block} />);
    const element = container.firstElementChild;
    expect(element?.classList.contains('block--table')).toBe(true);
    expect(element?.textContent).toBe(
      'Book Notes\nMarginalia (Jackson, 2001) 412\nRomantic Readers 97',
    );
    expect(container.querySelectorAll('[role="doc-biblioref"]')).toHaveLength(1);
  });
});

describe('BlockText: whose highlight it is', () => {
  it("draws an imported layer's highlight apart from the reader's own, and says so to a screen reader", () => {
    const store = createTestStore();
    const mine = 'twelve papers';
    const theirs = 'four journals';
    const layer = asSetId('week-3');
    store.setState({
      paper,
      annotationSets: {
        ...store.getState().annotationSets,
        [layer]: { id: layer, name: 'Week 3 — from Dr Lee', created: 0, origin: 'imported' },
      },
    });
    const ids = [mine, theirs].map((phrase) => {
      const start = paper.text.indexOf(phrase);
      const target = describeRange(paper.text, docOffset(start), docOffset(start + phrase.length));
      const id = store
        .getState()
        .annotationCreated({ paperId: paper.id, target, colour: 'yellow' });
      return { id, start, end: start + phrase.length };
    });
    // The second one is the imported layer's (as an import writes it: same colour, other set).
    const [, imported] = ids;
    const a = entryOf(store.getState().annotations, imported!.id)!;
    store.setState({
      annotations: putEntry(store.getState().annotations, a.id, { ...a, setId: layer }),
    });
    store
      .getState()
      .anchorsResolved(
        paper.id,
        Object.fromEntries(
          ids.map(({ id, start, end }) => [
            id,
            { status: 'exact' as const, start: docOffset(start), end: docOffset(end) },
          ]),
        ),
      );
    const { container } = renderWithStore(
      <BlockText paper={paper} block={blockOf('paragraph')} />,
      store,
    );
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual([mine, theirs]);
    expect(marks.map((m) => m.classList.contains('hl--imported'))).toEqual([false, true]);
    expect(marks.map((m) => m.getAttribute('aria-description'))).toEqual([
      'claim highlight',
      'claim highlight, imported (read-only)',
    ]);
  });
});
