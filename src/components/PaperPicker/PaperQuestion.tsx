/**
 * The notice for a question about opening a paper (`PaperQuestion` in the store): a paper whose
 * text is missing (asks for its file, matched by id), a paper whose last open never finished
 * (asks before trying again), and a very long PDF (asks before reading it). Names are `<bdi>`s.
 */
import { useRef } from 'react';
import { describeLongPdf } from '../../paper/pdf/page-limit';
import type { PaperId } from '../../paper/types';
import { countPaperAnnotations } from '../../store/paper-selectors';
import type { PaperQuestion as Question } from '../../store/slices/papers-slice';
import { Notice } from '../Notice/Notice';
import { useAppStore } from '../store-context';

/** Paper files only: an annotation file is no answer to "open the paper's file again". */
const PAPER_ONLY_ACCEPT = '.pdf,.txt,.md,.markdown,.text,application/pdf,text/plain,text/markdown';

export interface PaperQuestionActions {
  /** A file picked in the notice; `expecting` is the missing paper it should be. */
  onOpenFile: (file: File, expecting?: PaperId) => void;
  onOpenRecent: (id: PaperId) => void;
  onOpenSample: () => void;
  onAnswerLongPdf: (open: boolean) => void;
}

export function PaperQuestion(actions: PaperQuestionActions) {
  const question = useAppStore((s) => s.paperQuestion);
  if (!question) return null;
  switch (question.kind) {
    case 'missing':
      return <MissingPaper question={question} {...actions} />;
    case 'unfinished':
      return <UnfinishedOpen question={question} {...actions} />;
    case 'many-pages':
      return (
        <Notice kind="info">
          <p>{describeLongPdf(question.fileName, question.pages)}</p>
          <p className="notice__actions">
            <button type="button" className="button" onClick={() => actions.onAnswerLongPdf(true)}>
              Open anyway
            </button>
            <button type="button" className="button" onClick={() => actions.onAnswerLongPdf(false)}>
              Cancel
            </button>
          </p>
        </Notice>
      );
  }
}

type Props<K extends Question['kind']> = PaperQuestionActions & {
  question: Extract<Question, { kind: K }>;
};

function MissingPaper({ question, onOpenFile, onOpenSample }: Props<'missing'>) {
  const count = useAppStore((s) => countPaperAnnotations(s.annotations, question.paperId));
  const kept =
    count === 0 ? null : `Its ${count === 1 ? 'annotation is' : `${count} annotations are`} kept.`;
  return (
    <Notice kind="warning">
      <p>
        The text of “<bdi>{question.title}</bdi>” (<bdi>{question.fileName}</bdi>) is no longer
        stored in this browser. {kept} Open its file again to keep reading.
      </p>
      <p className="notice__actions">
        <FileButton label="Open file…" onFile={(file) => onOpenFile(file, question.paperId)} />
        <button type="button" className="button" onClick={onOpenSample}>
          Open the sample paper
        </button>
      </p>
    </Notice>
  );
}

function UnfinishedOpen({ question, onOpenFile, onOpenRecent, onOpenSample }: Props<'unfinished'>) {
  const known = useAppStore((s) =>
    question.paperId !== null && s.papers[question.paperId] ? question.paperId : null,
  );
  const name = question.fileName ? <bdi>{question.fileName}</bdi> : 'a paper';
  return (
    <Notice kind="warning">
      <p>
        Last time, {name} did not finish opening (the page may have crashed or been closed while it
        worked), so it was not opened again.
      </p>
      <p className="notice__actions">
        {known ? (
          <button type="button" className="button" onClick={() => onOpenRecent(known)}>
            Open it again
          </button>
        ) : (
          <FileButton label="Open it again…" onFile={(file) => onOpenFile(file)} />
        )}
        <button type="button" className="button" onClick={onOpenSample}>
          Open the sample paper
        </button>
      </p>
    </Notice>
  );
}

/** A button that opens the file picker for a paper file. */
function FileButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={PAPER_ONLY_ACCEPT}
        hidden
        aria-label={`${label.replace('…', '')}: choose the paper’s file`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
