/**
 * The one entry for reading an annotation file, whatever made it: our own W3C export (read back
 * without loss), any W3C annotation, array, AnnotationPage or AnnotationCollection, or the
 * Hypothesis client's JSON export (or what the Hypothesis API returns). Never throws; a bad file
 * gives one sentence naming what is wrong, and a file is either read whole or refused (never
 * half read).
 */
import { isRecord } from '../json-guards';
import type { ParseResult } from './parsed-file';
import { readHypothesisExport } from './read-hypothesis';
import { readW3C } from './read-w3c';
import { MAX_FILE_CHARS } from './vocab';
import type { PlanSource } from './source-words';

/** Reads the text of a file (or a decoded share code, or a paste: `source` words the messages). */
export function parseAnnotationFile(text: string, source: PlanSource = 'file'): ParseResult {
  if (text.length > MAX_FILE_CHARS)
    return fail(
      `The file is ${megabytes(text.length)} MB; Marginalia imports files up to ${megabytes(MAX_FILE_CHARS)} MB. Export one set at a time (or a filtered list) and import those.`,
    );
  if (text.trim() === '')
    return fail(
      'The file is empty. Pick the .jsonld file that Share & export saved, or get it again.',
    );
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    if (isCutOff(body, message))
      return fail(
        'This file is incomplete: it stops partway through (cut off while downloading or copying). Get the whole file again.',
      );
    return fail(notJson(body, message, source));
  }
  return parseAnnotationJson(json, source);
}

/** Reads already-parsed JSON. */
export function parseAnnotationJson(json: unknown, source: PlanSource = 'file'): ParseResult {
  if (isRecord(json) && Array.isArray(json.annotations) && !('type' in json))
    return readHypothesisExport(json, source);
  // What the Hypothesis API returns (`/api/search`: {total, rows}), or its rows saved alone.
  if (isRecord(json) && Array.isArray(json.rows) && !('type' in json))
    return readHypothesisExport({ annotations: json.rows }, source);
  if (Array.isArray(json) && json.length > 0 && json.every(isHypothesisAnnotation))
    return readHypothesisExport({ annotations: json }, source);
  return readW3C(json, source);
}

/** A Hypothesis API annotation: a document's `uri` and a `target` list, and no W3C `type`. */
const isHypothesisAnnotation = (item: unknown): boolean =>
  isRecord(item) && !('type' in item) && typeof item.uri === 'string' && Array.isArray(item.target);

/** How JSON.parse (V8, SpiderMonkey, JavaScriptCore) says the text ended before the JSON did. */
const CUT_OFF = /end of (?:JSON )?(?:input|data)|unterminated|unexpected EOF/i;

/** JSON-shaped text whose parse failed where the text ends: a file cut off, not a file of another kind. */
function isCutOff(text: string, message: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  const at = /at position (\d+)/.exec(message)?.[1];
  return CUT_OFF.test(message) || (at !== undefined && Number(at) >= text.trimEnd().length);
}

/**
 * Why a text that is not JSON is no annotation file, in the reader's words: a paper picked by
 * mistake (a PDF, or any text that does not open like JSON) is told where papers open; JSON
 * damaged partway is named so, with the engine's note of where.
 */
function notJson(text: string, message: string, source: PlanSource): string {
  if (text.trimStart().startsWith('%PDF-'))
    return 'This is a PDF, not an annotation file. To read it, open it with “Open paper…”; annotation files are the .jsonld files that Share & export saves.';
  if (!/^\s*[[{"]/.test(text))
    return 'This is not an annotation file: it is not JSON. Pick the .jsonld file that Share & export saved (or a Hypothesis .json export); to read a paper, open it with “Open paper…”.';
  return {
    file: `This JSON file is damaged and cannot be read (${message}). Get the file again, or export it again.`,
    link: `The annotations in this share link are damaged and cannot be read (${message}). Ask for the link again, or for the file.`,
    paste: `The pasted text is damaged JSON and cannot be read (${message}). Copy all of it again, or export it again.`,
  }[source];
}

const fail = (message: string): ParseResult => ({ ok: false, message });

const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(0);
