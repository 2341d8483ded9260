/**
 * Reads W3C Web Annotation JSON: finds the annotations in whichever container holds them, checks
 * each against the schema (stopping at the first bad one, named by its position), and converts
 * them. A file with our `mg:formatVersion` is our own export and is held to its stricter schema:
 * version, paper, sets, and every annotation's id, dates, set and colour.
 */
import { isolate } from '../../paper/isolate';
import * as v from 'valibot';
import { isRecord } from '../json-guards';
import { asAnnotationId, asSetId, type AnnotationId, type AnnotationSet } from '../types';
import { fingerprint } from './fingerprint';
import {
  OwnAnnotationExtras,
  OwnCollectionSchema,
  VersionSchema,
  type OwnCollectionInput,
} from './own-schema';
import { paperIdFromIri } from './paper-iri';
import { finishFile, type FileDraft } from './finish-file';
import { capitalised, SOURCE_WORDS, type PlanSource } from './source-words';
import { NO_PAPER_ID, type FilePaper, type ParseResult } from './parsed-file';
import { cannotImport } from './refusal';
import { describeIssue } from './schema-messages';
import { creatorName, fromW3CAnnotation } from './w3c-import';
import {
  W3CAnnotationSchema,
  W3CArraySchema,
  W3CCollectionSchema,
  W3CPageSchema,
} from './w3c-schema';
import { FORMAT_VERSION, MG } from './vocab';

interface Container {
  items: unknown[];
  label?: string;
  id?: string;
  generated?: string;
}

/** Reads one annotation, an array, a page or a collection (ours or anyone's). */
export function readW3C(json: unknown, source: PlanSource = 'file'): ParseResult {
  const own = isRecord(json) && MG.formatVersion in json;
  if (own) {
    const version = v.safeParse(VersionSchema, json[MG.formatVersion]);
    if (!version.success)
      return fail(
        version.issues[0].type === 'max_value'
          ? `${capitalised(SOURCE_WORDS[source].here)} was made by a newer Marginalia (format ${String(json[MG.formatVersion])}; this one reads ${FORMAT_VERSION}). Update the app (reload the page), then ${SOURCE_WORDS[source].again}.`
          : cannotImport(version.issues[0].message),
      );
  }
  const container = findContainer(json);
  if ('message' in container) return fail(container.message);
  let ownInfo: OwnCollectionInput | null = null;
  if (own) {
    const parsed = v.safeParse(OwnCollectionSchema, json);
    if (!parsed.success) return fail(cannotImport(describeIssue(parsed.issues, 'the file')));
    ownInfo = parsed.output;
  }
  return readItems(container, ownInfo, source);
}

function readItems(
  container: Container,
  own: OwnCollectionInput | null,
  source: PlanSource,
): ParseResult {
  const fallbackTime = container.generated ? Date.parse(container.generated) : 0;
  const setIds = new Set(own?.[MG.sets].map((s) => s.id));
  const foreignSet = foreignSetOf(container, fallbackTime);
  const draft: FileDraft = { annotations: [], skipped: [], creators: [] };
  // Foreign ids may repeat (two identical notes, a file's own duplicate ids): the nth copy gets `#n`.
  const seen = new Map<string, number>();
  const unique = (id: AnnotationId): AnnotationId => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : asAnnotationId(`${id}#${n}`);
  };
  let firstSource: string | undefined;
  for (const [i, item] of container.items.entries()) {
    const where = `Annotation ${i + 1} of ${container.items.length}`;
    const parsed = v.safeParse(W3CAnnotationSchema, item);
    if (!parsed.success) return fail(cannotImport(describeIssue(parsed.issues, where)));
    if (own) {
      const extras = v.safeParse(OwnAnnotationExtras, item);
      if (!extras.success) return fail(cannotImport(describeIssue(extras.issues, where)));
      if (!setIds.has(extras.output[MG.set]))
        return fail(
          cannotImport(
            `${where} belongs to set "${isolate(extras.output[MG.set])}", which the file does not list`,
          ),
        );
    }
    const a = parsed.output;
    firstSource ??= [a.target].flat().map((t) => (typeof t === 'string' ? t : t.source))[0];
    const converted = fromW3CAnnotation(a, {
      paperId: own?.[MG.paper].id ?? NO_PAPER_ID,
      setId: foreignSet.id,
      fallbackTime,
    });
    if ('skip' in converted) {
      if (own) return fail(cannotImport(`${where} cannot be read (${converted.skip})`));
      draft.skipped.push({ index: i + 1, reason: converted.skip });
      continue;
    }
    draft.annotations.push(
      own ? converted : { ...converted, id: unique(converted.id), setId: foreignSet.id },
    );
    const name = creatorName(a);
    if (name) draft.creators.push(name);
  }
  if (own)
    return finishFile(
      'marginalia',
      ownPaper(own),
      ownSets(own),
      draft,
      container.items.length,
      source,
    );
  const author = draft.creators[0];
  return finishFile(
    'w3c',
    foreignPaper(firstSource),
    [author ? { ...foreignSet, author } : foreignSet],
    draft,
    container.items.length,
    source,
  );
}

function findContainer(json: unknown): Container | { message: string } {
  const types = isRecord(json) ? [json.type].flat() : [];
  const check = <S extends v.GenericSchema>(
    schema: S,
    value: unknown,
    what: string,
  ): { output: v.InferOutput<S> } | { message: string } => {
    const r = v.safeParse(schema, value);
    return r.success
      ? { output: r.output }
      : { message: cannotImport(describeIssue(r.issues, what)) };
  };
  if (Array.isArray(json)) {
    const r = check(W3CArraySchema, json, 'the list of annotations');
    return 'message' in r ? r : { items: r.output };
  }
  if (types.includes('AnnotationCollection')) {
    const r = check(W3CCollectionSchema, json, 'the collection of annotations');
    if ('message' in r) return r;
    const { first, label, id, generated } = r.output;
    return { items: first.items, label, id, generated };
  }
  if (types.includes('AnnotationPage')) {
    const r = check(W3CPageSchema, json, 'the page of annotations');
    return 'message' in r ? r : { items: r.output.items };
  }
  if (types.includes('Annotation')) return { items: [json] };
  return {
    message:
      'This is not an annotation file: it is JSON, but holds no annotations. Pick the .jsonld file ' +
      'that Share & export saved (or a Hypothesis export). Marginalia reads W3C Web Annotations ' +
      '("type": "Annotation", a list, page or collection of them) and Hypothesis’s "annotations".',
  };
}

function foreignSetOf(container: Container, created: number): AnnotationSet {
  const key = fingerprint(
    container.id ?? container.label ?? JSON.stringify(container.items[0] ?? ''),
  );
  return {
    id: asSetId(`w3c:${key}`),
    name: container.label?.trim().slice(0, 200) || 'Imported annotations',
    created,
  };
}

function foreignPaper(source: string | undefined): FilePaper {
  if (!source) return {};
  const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(.+)$/.exec(source)?.[1];
  const id = paperIdFromIri(source);
  return { source, ...(id ? { id } : {}), ...(doi ? { doi: safeDecode(doi) } : {}) };
}

function ownPaper(own: OwnCollectionInput): FilePaper {
  const p = own[MG.paper];
  return { id: p.id, title: p.title, source: p.source, ...(p.doi ? { doi: p.doi } : {}) };
}

function ownSets(own: OwnCollectionInput): AnnotationSet[] {
  return own[MG.sets].map((s) => ({
    id: asSetId(s.id),
    name: s.name,
    created: Date.parse(s.created),
    paperId: own[MG.paper].id,
    ...(s.author ? { author: s.author } : {}),
    ...(s.colour ? { colour: s.colour } : {}),
  }));
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

const fail = (message: string): ParseResult => ({ ok: false, message });
