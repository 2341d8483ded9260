/**
 * Turns valibot issues into one sentence a person can act on: where in the file, what is wrong,
 * and what was found there (shortened, so a 10 MB note is not repeated back).
 */
import * as v from 'valibot';

/** Longest piece of the offending value quoted back in a message. */
const SHOWN_VALUE_CHARS = 40;

/** `where` (e.g. "annotation 3"), the issue's path in brackets-and-dots form, and its message. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], where: string): string {
  const issue = deepest(issues[0]!);
  const path = v.getDotPath(issue);
  const at = path ? `${where}, ${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}` : where;
  return `${at}: ${plain(issue)}`;
}

/** A union's own issue hides the one that matters; follow it down to the first leaf. */
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  return issue.issues?.length ? deepest(issue.issues[0]!) : issue;
}

function plain(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'missing';
  if (issue.kind === 'schema' && issue.type !== 'union')
    return `expected ${issue.expected ?? 'another kind of value'}, found ${shown(issue.input)}`;
  return `${issue.message} (found ${shown(issue.input)})`;
}

function shown(value: unknown): string {
  if (typeof value === 'string')
    return value.length > SHOWN_VALUE_CHARS
      ? `a text of ${value.length.toLocaleString('en')} characters`
      : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
