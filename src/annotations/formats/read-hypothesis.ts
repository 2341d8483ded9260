/**
 * Reads a Hypothesis client JSON export: checks the envelope and each annotation against the
 * schemas in `hypothesis-import.ts`, keeps the annotations of the export's document, and skips
 * replies, page notes and annotations of other documents, each with its reason.
 */
import { isolate } from '../../paper/isolate';
import * as v from 'valibot';
import { finishFile, type FileDraft } from './finish-file';
import {
  HypothesisAnnotationSchema,
  HypothesisExportSchema,
  fromHypothesisAnnotation,
  hypothesisSet,
  hypothesisUserName,
} from './hypothesis-import';
import type { ParseResult } from './parsed-file';
import { cannotImport } from './refusal';
import { describeIssue } from './schema-messages';
import type { PlanSource } from './source-words';

/** Reads `{export_date, export_userid, client_version, annotations: [...]}`. */
export function readHypothesisExport(
  json: Record<string, unknown>,
  source: PlanSource = 'file',
): ParseResult {
  const envelope = v.safeParse(HypothesisExportSchema, json);
  if (!envelope.success)
    return fail(cannotImport(describeIssue(envelope.issues, 'the Hypothesis export')));
  const items = envelope.output.annotations;
  const parsed = [];
  for (const [i, item] of items.entries()) {
    const r = v.safeParse(HypothesisAnnotationSchema, item);
    if (!r.success)
      return fail(
        cannotImport(describeIssue(r.issues, `Hypothesis annotation ${i + 1} of ${items.length}`)),
      );
    parsed.push(r.output);
  }
  const first = parsed[0];
  const author = first ? hypothesisUserName(first) : 'unknown';
  const exported = envelope.output.export_date ? Date.parse(envelope.output.export_date) : 0;
  const set = hypothesisSet(author, exported);
  const draft: FileDraft = { annotations: [], skipped: [], creators: [] };
  for (const [i, a] of parsed.entries()) {
    const converted =
      a.uri === first!.uri
        ? fromHypothesisAnnotation(a, set.id)
        : { skip: `it was made on another document (${isolate(a.uri)})` };
    if ('skip' in converted) draft.skipped.push({ index: i + 1, reason: converted.skip });
    else {
      draft.annotations.push(converted);
      draft.creators.push(hypothesisUserName(a));
    }
  }
  const title = first?.document?.title?.[0];
  const paper = first ? { source: first.uri, ...(title ? { title } : {}) } : {};
  return finishFile('hypothesis', paper, [set], draft, items.length, source);
}

const fail = (message: string): ParseResult => ({ ok: false, message });
