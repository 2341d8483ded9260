/**
 * For tests of the messages a reader can meet: whether a message says what to do next, not only
 * what happened. A next step is a sentence or clause that starts with an imperative ("Ask for the
 * link again", "Export it again", "open it with “Open paper…”", "To read it, …").
 */
const NEXT_STEP =
  /(?:^|[.:;)] |, |\(|— )(?:ask|export|get|pick|open|import|save|copy|update|share|check|try|download|reload|run|use|allow|to read it)\b/i;

export const saysWhatToDo = (message: string): boolean => NEXT_STEP.test(message);

/** Whether the plain words come first: no format jargon before the first full stop. */
export const plainFirst = (message: string): boolean =>
  !/W3C|JSON-LD|AnnotationPage|AnnotationCollection|base64/.test(message.split('. ')[0]!);
