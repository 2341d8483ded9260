/**
 * Turns valibot issues into one sentence a person can act on: where in the file, what is wrong,
 * and what was found there (shortened, so a 10 MB note is not repeated back).
 */
import { isolate } from '../../paper/isolate';
import * as v from 'valibot';

/** Longest piece of the offending value quoted back in a message. */
const SHOWN_VALUE_CHARS = 40;

/** `where` (e.g. "annotation 3"), the issue's path in brackets-and-dots form, and its message. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], where: string): string {
  const { issue, path } = deepest(issues[0]!, []);
  const keys = path.map((item) => String(item.key));
  const dotted = keys.map((k, n) => (/^\d+$/.test(k) ? `[${k}]` : n === 0 ? k : `.${k}`)).join('');
  return `${dotted ? `${where}, ${dotted}` : where}: ${plain(issue)}`;
}

type PathItem = NonNullable<v.BaseIssue<unknown>['path']>[number];
interface Located {
  issue: v.BaseIssue<unknown>;
  path: PathItem[];
}

/**
 * Unions and variants nest the issues of their options, with paths relative to the union. The
 * one that matters is the one that got furthest into the value (the longest path); at equal
 * depth, one with a message written for people wins over valibot's generic ones.
 */
function deepest(issue: v.BaseIssue<unknown>, outer: PathItem[]): Located {
  const here = { issue, path: [...outer, ...(issue.path ?? [])] };
  const candidates = [here, ...(issue.issues ?? []).map((sub) => deepest(sub, here.path))];
  return candidates.reduce((best, next) => {
    const deeper = next.path.length - best.path.length;
    const clearer = isDefaultMessage(best.issue.message) && !isDefaultMessage(next.issue.message);
    return deeper > 0 || (deeper === 0 && clearer) ? next : best;
  });
}

/** Valibot's own messages start with "Invalid"; ours are written for people and kept. */
const isDefaultMessage = (message: string) => message.startsWith('Invalid ');

function plain(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'missing';
  if (isDefaultMessage(issue.message))
    return `expected ${issue.expected ?? 'another kind of value'}, found ${shown(issue.input)}`;
  return `${issue.message} (found ${shown(issue.input)})`;
}

function shown(value: unknown): string {
  if (typeof value === 'string')
    return value.length > SHOWN_VALUE_CHARS
      ? `a text of ${value.length.toLocaleString('en')} characters`
      : isolate(JSON.stringify(value));
  if (Array.isArray(value)) return `a list of ${value.length.toLocaleString('en')}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
