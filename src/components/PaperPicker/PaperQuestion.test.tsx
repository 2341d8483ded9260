import { fireEvent, screen } from '@testing-library/react';
import { makeTarget, PAPER_A, PAPER_B } from '../../annotations/__fixtures__/annotations';
import { withoutIsolates } from '../../paper/isolate';
import { parsePaper } from '../../paper/parse-paper';
import { createTestStore } from '../../store/__fixtures__/test-store';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { OpenPaperButton } from './OpenPaperButton';
import { PaperQuestion, type PaperQuestionActions } from './PaperQuestion';
import { RecentPapers } from './RecentPapers';

const trust = parsePaper('# Notes on Trust\n\nReading is social.\n', {
  format: 'markdown',
  fileName: 'trust.md',
  id: PAPER_A,
});

function actions(): PaperQuestionActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    onOpenFile: vi.fn(),
    onOpenRecent: vi.fn(),
    onOpenSample: vi.fn(),
    onAnswerLongPdf: vi.fn(),
  };
}

/** A store where trust.md was read and annotated twice, then its text went missing. */
function missingStore() {
  const store = createTestStore();
  const meta = { id: PAPER_A, title: trust.title, fileName: 'trust.md', format: trust.format };
  store.getState().paperOpened(trust, meta);
  store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
  store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
  store.setState({ paper: null });
  store.getState().paperMissing(PAPER_A);
  return store;
}

describe('PaperQuestion', () => {
  it('names the missing paper, says its annotations are kept, and asks for its file', () => {
    const act = actions();
    renderWithStore(<PaperQuestion {...act} />, missingStore());
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(
      'The text of “Notes on Trust” (trust.md) is no longer stored in this browser. Its 2 annotations are kept. Open its file again to keep reading.',
    );
    const file = new File(['# Notes on Trust'], 'trust.md');
    fireEvent.change(screen.getByLabelText('Open file: choose the paper’s file'), {
      target: { files: [file] },
    });
    expect(act.onOpenFile).toHaveBeenCalledWith(file, PAPER_A);
    fireEvent.click(screen.getByRole('button', { name: 'Open the sample paper' }));
    expect(act.onOpenSample).toHaveBeenCalled();
  });

  it('offers to open again a recent paper that did not finish opening, or the sample', () => {
    const act = actions();
    const store = missingStore();
    store.getState().paperAsked({ kind: 'unfinished', paperId: PAPER_A, fileName: 'trust.md' });
    renderWithStore(<PaperQuestion {...act} />, store);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Last time, trust.md did not finish opening',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open it again' }));
    expect(act.onOpenRecent).toHaveBeenCalledWith(PAPER_A);
  });

  it('asks for the file again when the unfinished paper never reached the recent list', () => {
    const act = actions();
    const store = createTestStore();
    store.getState().paperAsked({ kind: 'unfinished', paperId: PAPER_B, fileName: 'huge.pdf' });
    renderWithStore(<PaperQuestion {...act} />, store);
    expect(screen.getByRole('button', { name: 'Open it again…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open it again' })).toBeNull();
  });

  it.each([
    ['Open anyway', true],
    ['Cancel', false],
  ])('asks before reading a very long PDF and passes on “%s”', (button, open) => {
    const act = actions();
    const store = createTestStore();
    store.getState().paperAsked({ kind: 'many-pages', fileName: 'big.pdf', pages: 30_000 });
    renderWithStore(<PaperQuestion {...act} />, store);
    expect(withoutIsolates(screen.getByRole('status').textContent!)).toContain(
      '“big.pdf” has 30,000 pages; reading it may take minutes.',
    );
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(act.onAnswerLongPdf).toHaveBeenCalledWith(open);
  });

  it('shows nothing when there is nothing to ask', () => {
    const { container } = renderWithStore(<PaperQuestion {...actions()} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('RecentPapers', () => {
  it('marks a paper whose text is missing', async () => {
    const store = missingStore();
    const papers = Object.values(store.getState().papers);
    renderWithStore(
      <RecentPapers
        papers={papers}
        currentId={PAPER_A}
        missing={{ [PAPER_A]: true }}
        onOpen={() => {}}
        onForget={() => {}}
      />,
      store,
    );
    fireEvent.click(screen.getByRole('button', { name: /Recent papers/ }));
    expect(await screen.findByRole('button', { name: /^Notes on Trust/ })).toHaveTextContent(
      'Text missing: open its file again',
    );
  });
});

describe('OpenPaperButton', () => {
  it('says which page of which PDF is being read', () => {
    const store = createTestStore();
    store.getState().paperOpened(trust, {
      id: PAPER_A,
      title: trust.title,
      fileName: 'trust.md',
      format: 'markdown',
    });
    store.getState().paperLoadStarted();
    store.getState().paperProgressed({ page: 12, pages: 300, fileName: 'survey.pdf' });
    renderWithStore(<OpenPaperButton onFile={() => {}} />, store);
    expect(screen.getByRole('status')).toHaveTextContent('Reading “survey.pdf”, page 12 of 300…');
  });
});
